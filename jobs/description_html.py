"""The one HTML allow-list for job descriptions (nh3): formatting and plain links only."""

import nh3

# Headings h2-h4: the help text promises headings and the editor writes h2 and h3.
ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h2", "h3", "h4", "a"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
# Anything else (javascript:, data:, vbscript:) loses its href.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def sanitise_description(html: str) -> str:
    """Strip everything but the allow-list; script/style go with their content."""
    return nh3.clean(
        html or "",
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        clean_content_tags={"script", "style"},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
    ).strip()
