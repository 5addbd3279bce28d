"""An alert's search: the public parameters, validated by the search page's own FilterSet.

``canonical`` keeps what defines the search (not ``page`` or ``sort``: an alert always lists the
newest jobs), sorted, so two sign-ups for the same search have the same ``params_key``.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from search.filters import JobSearchFilterSet, as_query_dict, bind, criteria_from

IGNORED = ("page", "sort")
ELIGIBLE = "eligible"


def canonical(params) -> dict[str, list[str]]:
    query = as_query_dict(params)
    return {key: sorted(query.getlist(key)) for key in sorted(query.keys()) if key not in IGNORED}


def params_key(params: dict[str, list[str]]) -> str:
    return hashlib.sha256(querystring(params).encode()).hexdigest()


def querystring(params: dict[str, list[str]]) -> str:
    return urlencode([(key, value) for key, values in sorted(params.items()) for value in values])


def params_errors(params, *, user=None) -> dict[str, list[str]]:
    """The search page's messages for these parameters ({} when they are valid)."""
    filterset = bind(params)
    if criteria_from(filterset, user=user) is None:
        return {k: [str(m) for m in v] for k, v in filterset.form.errors.items()}
    return {}


def with_eligible(params: dict[str, list[str]], eligible: bool) -> dict[str, list[str]]:
    params = {k: v for k, v in params.items() if k != ELIGIBLE}
    if eligible:
        params[ELIGIBLE] = ["1"]
    return dict(sorted(params.items()))


def describe(params: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The search in words: (parameter label, its values) pairs, for pages and emails."""
    filters = JobSearchFilterSet.base_filters
    rows = []
    for key, values in params.items():
        flt = filters.get(key)
        if flt is None:
            continue
        choices = dict(flt.extra.get("choices") and _choices(flt.extra["choices"]) or ())
        rows.append((str(flt.label), ", ".join(str(choices.get(v, v)) for v in values)))
    return rows


def _choices(choices):
    return choices() if callable(choices) else choices
