"""The public search page, its htmx partial and keyword suggestions."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from accounts.slots import fill
from pharmacy.credentials import CREDENTIALS, label_for

from . import fragments, marks, presenters, suggestions
from .criteria import FACET_PARAMS
from .filters import (
    POSTED_CHOICES,
    RADIUS_CHOICES,
    SORT_LABELS,
    JobSearchFilterSet,
    as_query_dict,
    candidate_held,
)
from .labels import FILTER_PARAMS, error_items, facet_titles
from .service import job_search
from .signals import search_page_shown

PER_PAGE = 20
# Parameters that change what a search finds; page and sort only change how it is shown.
CANONICAL_PARAMS = [n for n in JobSearchFilterSet.base_filters if n not in {"page", "sort"}]
# What the "Filters (n)" control counts: the panel's own choices.
PANEL_PARAMS = (*FACET_PARAMS, "have", "posted", "remote", "eligible")


@require_GET
@vary_on_headers("HX-Request")
def job_search_page(request):
    # Control characters in the address read as spaces here (config.middleware lets this page
    # have them: a pasted NUL gives a page, not a 400).
    query = as_query_dict(request.GET)
    result = job_search(query, user=request.user, per_page=PER_PAGE)
    selected = {param: query.getlist(param) for param in (*FACET_PARAMS, "have")}
    titles = facet_titles()
    facets = [
        {
            "param": param,
            "title": titles[param],
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
    have_state = next((c for c in have if c.startswith("state-")), "")
    form = result.filterset.form
    errors = error_items(form)
    rows = presenters.page_rows(result)
    held = candidate_held(request.user)
    seeker = marks.seeker_marks(request.user, result.jobs, held=held)
    for row in rows:
        row["marks"] = seeker.get(row["id"])
    context = {
        "result": result,
        "cards": [fragments.result_html(row) for row in rows],
        "errors": errors,
        "filters_open": any(item["param"] in FILTER_PARAMS for item in errors),
        "active_filters": sum(len(query.getlist(param)) for param in PANEL_PARAMS),
        "canonical_url": canonical_url(query),
        "form": form,
        # Every field's errors, none missing: a template lookup that misses costs four caught
        # exceptions and a dir() (~24 a page when form.errors was looked up field by field).
        "field_errors": {name: form.errors.get(name, ()) for name in form.fields},
        "query": query,
        "facets_html": fragments.facets_html(facets, any_pay="min_pay" in query),
        "map_html": fragments.map_html(query, state_counts, selected["state"]),
        "have_national": [(code, c.short_label, code in have) for code, c in CREDENTIALS.items()],
        "have_state": have_state,
        "have_state_options": fragments.state_options_html(have_state),
        "have_other": [(c, _safe_label(c)) for c in have if c.startswith("state-")][1:],
        "posted_choices": POSTED_CHOICES,
        "radius_choices": RADIUS_CHOICES,
        "sort_choices": [
            (value, label)
            for value, label in SORT_LABELS.items()
            if value != "distance" or query.get("zip")
        ],
        "can_use_own": held is not None,
        "is_job_seeker": marks.is_job_seeker(request.user),
        # Where the save buttons come back to (this search, as htmx has pushed it).
        "save_next": request.get_full_path(),
        **fill(search_page_shown, sender=None, query=query, user=request.user),
    }
    template = "search/_region.html" if request.htmx and not request.htmx.boosted else None
    return render(request, template or "search/job_search.html", context)


def canonical_url(query) -> str:
    """``SITE_URL/jobs/`` with the parameters that decide what is found, in one order."""
    params = QueryDict(mutable=True)
    for key in CANONICAL_PARAMS:
        if key in query:
            params.setlist(key, sorted(query.getlist(key)))
    suffix = f"?{params.urlencode()}" if params else ""
    return f"{settings.SITE_URL.rstrip('/')}{reverse('search:jobs')}{suffix}"


def _safe_label(code: str) -> str:
    try:
        return label_for(code)
    except ValueError:
        return code


@require_GET
def suggest(request):
    """Keyword suggestions for the search box (completion suggester; empty without ES)."""
    return JsonResponse({"suggestions": suggestions.suggest(request.GET.get("q", ""))})
