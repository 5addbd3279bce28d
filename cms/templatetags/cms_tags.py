"""Template helpers for CMS pages: breadcrumbs, JSON-LD, social meta, language versions and the
state rules' words."""

import json

from django import template
from django.utils.html import conditional_escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from ..alternates import page_alternates

register = template.Library()

# The same escapes as Django's json_script: the JSON can never close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data) -> str:
    """``{{ data|jsonld }}``: a ``<script type="application/ld+json">`` element."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.filter
def rule_words(words) -> str:
    """``{{ rule.texts.notes|rule_words }}``: a state rule's words (``RuleText``) as HTML, in a
    ``<span lang="en">`` when the English text stands in for a missing translation."""
    lang = getattr(words, "lang", "")
    if lang:
        return format_html('<span lang="{}">{}</span>', lang, str(words))
    return conditional_escape(str(words))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """(title, absolute URL) from the home page down to ``page``."""
    request = context.get("request")
    trail = page.get_ancestors(inclusive=True).live().public().filter(depth__gte=2).specific()
    crumbs = [(crumb.title, crumb.get_full_url(request)) for crumb in trail]
    if crumbs:
        crumbs[0] = (gettext("Home"), crumbs[0][1])
    return crumbs


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def page_language_alternates(context, page):
    """The ``{% language_alternates %}`` links for a Wagtail page: only the languages it has
    been translated into (a page's translation may not exist yet), and x-default."""
    return {"links": page_alternates(page, context.get("request"))}


@register.simple_tag
def breadcrumb_list(crumbs) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": title, "item": url}
            for position, (title, url) in enumerate(crumbs, start=1)
        ],
    }


@register.simple_tag
def faq_page(items) -> dict | None:
    """FAQPage JSON-LD from (question, answer HTML) pairs; None when there are none."""
    if not items:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(answer).strip()},
            }
            for question, answer in items
        ],
    }
