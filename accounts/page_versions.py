"""Where the language switcher lands on a Wagtail page: its own version in the chosen language,
or — when that page is not translated yet — its nearest translated ancestor (a guide with no
Spanish version lands on the Spanish guides index, never on a 404)."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page


def _strip_language(path: str, language: str) -> str:
    prefix = f"/{language}/"
    return "/" + path[len(prefix) :] if path.startswith(prefix) else path


def page_url_in(request, url: str, language: str) -> str | None:
    """The URL of the Wagtail page at ``url`` in ``language``; None when ``url`` is not a page."""
    source = translation.get_language_from_path(url) or settings.LANGUAGE_CODE
    path = _strip_language(url.split("?", 1)[0].split("#", 1)[0], source)
    with translation.override(source):
        page = Page.find_for_request(request, path)
    locale = Locale.objects.filter(language_code=language).first()
    if page is None or locale is None:
        return None
    for candidate in (page, *reversed(page.get_ancestors())):
        version = candidate.get_translation_or_none(locale)
        if version is not None and version.live:
            with translation.override(language):
                return version.get_url(request)
    return None
