"""Which language versions of a page exist: its live, public translations.

One answer for the ``<link rel="alternate" hreflang>`` links in a page's head and for the
sitemap's ``xhtml:link`` alternates. A page not translated yet names only itself; x-default is
the version in the default language (English) when it is live, else the page itself.
"""

from wagtail.models import Locale


def page_alternates(page, request=None) -> list[dict[str, str]]:
    """``[{"hreflang": "en", "href": absolute URL}, ..., {"hreflang": "x-default", ...}]``."""
    versions = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    links = [
        {"hreflang": version.locale.language_code, "href": version.get_full_url(request)}
        for version in versions
    ]
    default = Locale.get_default().language_code
    fallback = page.get_full_url(request)
    x_default = next((link["href"] for link in links if link["hreflang"] == default), fallback)
    return [*links, {"hreflang": "x-default", "href": x_default}]
