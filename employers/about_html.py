"""The one allow-list for an organisation's "about" text."""

import nh3

# Headings h2 and h3: what the editor writes and the help text promises.
ABOUT_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "a"}
ABOUT_ATTRIBUTES = {"a": {"href"}}
ABOUT_URL_SCHEMES = {"http", "https", "mailto"}


def clean_about(html: str) -> str:
    """Keep basic formatting and links (rel=nofollow); drop scripts, styles and handlers."""
    return nh3.clean(
        html or "",
        tags=ABOUT_TAGS,
        attributes=ABOUT_ATTRIBUTES,
        url_schemes=ABOUT_URL_SCHEMES,
        link_rel="nofollow noopener",
    ).strip()
