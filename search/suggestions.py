"""Keyword autocomplete: Elasticsearch's completion suggester (core, no analysis-common)."""

from __future__ import annotations

from . import engine, indexing

MAX_SUGGESTIONS = 8


def suggest(prefix: str) -> list[str]:
    """Up to eight distinct job titles or employers starting with ``prefix``; [] if ES is off."""
    prefix = prefix.strip()[:50]
    if len(prefix) < 2 or not engine.is_configured():
        return []
    body = {
        "suggest": {
            "titles": {
                "prefix": prefix,
                "completion": {
                    "field": "suggest",
                    "size": MAX_SUGGESTIONS,
                    "skip_duplicates": True,
                    "fuzzy": {"fuzziness": 1} if len(prefix) > 3 else None,
                },
            }
        },
        "_source": False,
    }
    if body["suggest"]["titles"]["completion"]["fuzzy"] is None:
        del body["suggest"]["titles"]["completion"]["fuzzy"]
    try:
        response = engine.get_client().search(index=indexing.alias_name(), **body)
    except (*engine.UNREACHABLE, engine.SearchUnavailable):
        return []
    except Exception:  # noqa: BLE001 — a missing index must not break typing in the box
        return []
    options = response["suggest"]["titles"][0]["options"]
    return list(dict.fromkeys(option["text"] for option in options))
