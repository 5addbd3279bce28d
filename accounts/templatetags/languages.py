"""The page in every language the site speaks: hreflang alternates and the switcher's choices."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import get_urlconf, translate_url
from django.utils import translation

from accounts.mail import absolute_url, site_url

register = template.Library()


def _versions(request) -> list[dict]:
    path = request.get_full_path() if request is not None else "/"
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "path": path,
            "current": translation.get_supported_language_variant(current) == code,
        }
        for code, name in settings.LANGUAGES
    ]


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """``<link rel="alternate" hreflang>`` for each language, and x-default (English)."""
    request = context.get("request")
    path = request.path if request is not None else "/"
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return {"links": _alternates(path, translation.get_language(), urlconf, site_url())}


@lru_cache(maxsize=1024)
def _alternates(path: str, language: str, urlconf: str, base: str) -> list[dict]:
    # A pure function of its arguments, kept per worker: two resolves and reverses were
    # ~0.4 ms of a page. ``urlconf`` and ``base`` (SITE_URL) are only keys: translate_url and
    # absolute_url read them themselves.
    hrefs = {code: absolute_url(translate_url(path, code)) for code, _name in settings.LANGUAGES}
    default = hrefs.get(settings.LANGUAGE_CODE) or absolute_url(
        translate_url(path, settings.LANGUAGE_CODE)
    )
    links = [{"hreflang": code, "href": href} for code, href in hrefs.items()]
    return [*links, {"hreflang": "x-default", "href": default}]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, place="footer"):
    """A form per other language: POST to ``language_set``, back to this page in it.

    ``place="header"``: only the other languages (the bar has no room for the current one)."""
    languages = _versions(context.get("request"))
    if place == "header":
        languages = [language for language in languages if not language["current"]]
    return {"languages": languages, "place": place, "csrf_token": context.get("csrf_token")}
