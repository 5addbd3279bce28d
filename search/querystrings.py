"""Building search URLs that keep every other parameter (facets, tiles, pages)."""

from __future__ import annotations

from django.http import QueryDict


def replace(query: QueryDict, **changes) -> str:
    """``query`` urlencoded with params replaced (a list, a value, or None to drop); page reset."""
    result = query.copy()
    result.pop("page", None)
    for key, value in changes.items():
        result.pop(key, None)
        if value is None:
            continue
        result.setlist(key, [str(v) for v in (value if isinstance(value, list) else [value])])
    return result.urlencode()


def without_page(query: QueryDict) -> str:
    result = query.copy()
    result.pop("page", None)
    return result.urlencode()
