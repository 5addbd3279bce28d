"""The public search page, its htmx partial and keyword suggestions."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from accounts.slots import fill
from pharmacy.credentials import CREDENTIALS, label_for
from pharmacy.states import US_STATES

from . import job_map, presenters, suggestions
from .criteria import FACET_PARAMS
from .filters import POSTED_CHOICES, RADIUS_CHOICES, SORT_LABELS, as_query_dict, candidate_held
from .labels import facet_labels
from .service import job_search
from .signals import search_page_shown

PER_PAGE = 20
FACET_TITLES = {
    "setting": "Practice setting",
    "state": "State",
    "type": "Employment type",
    "shift": "Shift",
    "requires": "Requirements",
    "min_pay": "Pay",
}


@require_GET
@vary_on_headers("HX-Request")
def job_search_page(request):
    result = job_search(request.GET, user=request.user, per_page=PER_PAGE)
    query = as_query_dict(request.GET)
    selected = {param: query.getlist(param) for param in (*FACET_PARAMS, "have")}
    facets = [
        {
            "param": param,
            "title": FACET_TITLES[param],
            "options": [
                {**option, "checked": option["value"] in selected[param]}
                for option in result.facets.get(param, [])
                # Long lists: hide empty options unless selected (the state map shows all).
                if option["count"] or option["value"] in selected[param]
            ],
            "multiple": param != "min_pay",
        }
        for param in FACET_PARAMS
    ]
    state_counts = {o["value"]: o["count"] for o in result.facets.get("state", [])}
    have = query.getlist("have")
    context = {
        "result": result,
        "rows": presenters.result_rows(result),
        "form": result.filterset.form,
        "query": query,
        "facets": facets,
        "tiles": [
            {"tile": tile, "href": _state_href(query, tile.code)}
            for tile in job_map.tiles(state_counts, selected=selected["state"])
        ],
        "map_size": (job_map.WIDTH, job_map.HEIGHT, job_map.TILE),
        "have_national": [(code, c.short_label, code in have) for code, c in CREDENTIALS.items()],
        "have_state": next((c for c in have if c.startswith("state-")), ""),
        "have_other": [(c, _safe_label(c)) for c in have if c.startswith("state-")][1:],
        "states": US_STATES,
        "posted_choices": POSTED_CHOICES,
        "radius_choices": RADIUS_CHOICES,
        "sort_choices": [
            (value, label)
            for value, label in SORT_LABELS.items()
            if value != "distance" or query.get("zip")
        ],
        "can_use_own": candidate_held(request.user) is not None,
        "facet_labels": facet_labels(),
        **fill(search_page_shown, sender=None, query=query, user=request.user),
    }
    template = "search/_region.html" if request.htmx and not request.htmx.boosted else None
    return render(request, template or "search/job_search.html", context)


def _state_href(query, state: str) -> str:
    """This search in one state, from page 1 (what ``{% querystring query state=… page=None %}``
    gives; the tile map's template takes a ready href)."""
    params = query.copy()
    params.setlist("state", [state])
    params.pop("page", None)
    return f"?{params.urlencode()}"


def _safe_label(code: str) -> str:
    try:
        return label_for(code)
    except ValueError:
        return code


@require_GET
def suggest(request):
    """Keyword suggestions for the search box (completion suggester; empty without ES)."""
    return JsonResponse({"suggestions": suggestions.suggest(request.GET.get("q", ""))})
