"""Building search URLs that keep every other parameter (facets, tiles, pages)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict


def replace(query: QueryDict, **changes) -> str:
    """``query`` urlencoded with params replaced (a list, a value, or None to drop); page reset."""
    # Pairs, not query.copy(): QueryDict copies deep, and the page builds ~80 of these URLs.
    # Same order and encoding as QueryDict.urlencode(): kept keys first, changed ones last.
    pairs = [
        (key, value)
        for key, values in query.lists()
        if key != "page" and key not in changes
        for value in values
    ]
    for key, value in changes.items():
        if value is not None:
            pairs += [(key, str(v)) for v in (value if isinstance(value, list) else [value])]
    return urlencode(pairs)


def without_page(query: QueryDict) -> str:
    result = query.copy()
    result.pop("page", None)
    return result.urlencode()
