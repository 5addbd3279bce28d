"""The search page's largest fragments, the facet lists, the tile map, the result cards and
the 51 options of the state credential a seeker holds, rendered once per distinct input.

Together ~150 form controls and SVG links: rendering the facets and the map through the
template engine was a third of the page's CPU; the 20 result cards were 45 % of what was
left. Each fragment is a pure function of the data handed to its template (labels and counts
included) and of the language (the cards: of what ``listing_cache`` keys them by), so a
rendered copy is kept per worker for the same inputs (``lru_cache``; nothing to invalidate:
other inputs make another key). A facet or map miss renders precomputed strings (ids,
classes, labels): no per-option tag or filter work.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

from pharmacy.credentials import CREDENTIALS
from pharmacy.states import state_choices

from . import job_map
from .listing_cache import listed

CACHED = 512  # distinct inputs kept per fragment and worker (~10–15 kB each)
CARDS_CACHED = 4096  # result cards kept per worker (~4.7 kB each, key and HTML: ~19 MB)


def facets_html(facets: list[dict], *, any_pay: bool) -> str:
    """The facet fieldsets. ``facets``: [{"param", "title", "multiple", "options": [{"value",
    "label", "count", "checked"}]}] as the view builds them; ``any_pay``: a pay band is set
    (the pay facet offers "Any pay")."""
    key = tuple(
        (
            facet["param"],
            str(facet["title"]),
            facet["multiple"],
            tuple(
                (o["value"], str(o["label"]), o["count"], o["checked"]) for o in facet["options"]
            ),
        )
        for facet in facets
    )
    return _facets_html(get_language(), key, any_pay)


@lru_cache(maxsize=CACHED)
def _facets_html(language: str, key: tuple, any_pay: bool) -> str:
    facets = [
        {
            "param": param,
            "title": title,
            "input": "checkbox" if multiple else "radio",
            "scroll": len(options) > 8,
            "any_pay": not multiple and any_pay,
            "options": [
                {
                    "value": value,
                    "id": f"f-{param}-{value}",
                    "label": label,
                    # Credentials keep their official English names (docs/glossary-es.md).
                    "lang": "en" if value in CREDENTIALS else "",
                    "count": str(count),
                    "checked": checked,
                }
                for value, label, count, checked in options
            ],
        }
        for param, title, multiple, options in key
        if options
    ]
    return mark_safe(render_to_string("search/_facets.html", {"facets": facets}))  # noqa: S308


def map_html(query, counts: dict[str, int], selected) -> str:
    """The tile map: one link per state to this search in that state (from page 1)."""
    keys = [k for k in query if k != "page"]
    if "state" not in keys:
        keys.append("state")
    at = keys.index("state")  # the state parameter keeps its place, as QueryDict.setlist does

    def encoded(names):
        return urlencode([(k, v) for k in names for v in query.getlist(k)])

    return _map_html(
        get_language(),
        encoded(keys[:at]),
        encoded(keys[at + 1 :]),
        tuple(sorted(counts.items())),
        tuple(sorted(selected)),
    )


@lru_cache(maxsize=CACHED)
def _map_html(language: str, before: str, after: str, counts: tuple, selected: tuple) -> str:
    tiles = [
        {
            "code": tile.code,
            # The same URL as {% querystring query state=tile.code page=None %}.
            "href": "?" + "&".join(p for p in (before, f"state={tile.code}", after) if p),
            "css": f"tile tile--{tile.shade}{' tile--selected' if tile.selected else ''}",
            "label": ngettext("%(state)s: %(count)s job", "%(state)s: %(count)s jobs", tile.count)
            % {"state": tile.name, "count": tile.count},
            "x": str(tile.x),
            "y": str(tile.y),
            "label_x": str(tile.label_x),
            "label_y": str(tile.label_y),
        }
        for tile in job_map.tiles(dict(counts), selected=selected)
    ]
    context = {
        "tiles": tiles,
        "width": job_map.WIDTH,
        "height": job_map.HEIGHT,
        "size": job_map.TILE,
    }
    return mark_safe(render_to_string("search/_map.html", context))  # noqa: S308


def state_options_html(selected: str) -> str:
    """The options of "My state registration or licence", one a state, ``selected`` (a
    ``state-registration-XX`` code or "") marked."""
    return _state_options_html(get_language(), selected)


@lru_cache(maxsize=CACHED)
def _state_options_html(language: str, selected: str) -> str:
    options = [
        (f"state-registration-{code}", name, selected == f"state-registration-{code}")
        for code, name in state_choices()
    ]
    return mark_safe(render_to_string("search/_state_options.html", {"options": options}))  # noqa: S308


def result_html(row: dict) -> str:
    """One result card (search/_result.html) for a row of ``presenters.page_rows`` with its
    ``marks`` (a signed-in job seeker's ``SeekerMarks`` or None)."""
    job = row["job"]
    logo = job.organisation.logo
    # The logo's URL is part of the key: object storage may sign it.
    logo_url = logo.url if logo else ""
    return _result_html(job, logo_url, row["title_html"], row["distance_miles"], row["marks"])


@listed(maxsize=CARDS_CACHED)
def _result_html(job, logo_url, title_html, distance_miles, marks) -> str:
    context = {
        "job": job,
        "logo_url": logo_url,
        "marks": marks,
        "look": "job-result",
        "title_html": title_html,
        "distance_miles": distance_miles,
        "show_requirements": True,
        "show_posted": True,
    }
    return mark_safe(render_to_string("search/_result.html", context))  # noqa: S308
