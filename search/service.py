"""``job_search``: the one entry point for every job search (page, API, feed, CMS blocks).

It validates the public parameters, asks Elasticsearch when it is configured and falls back to
the database only when Elasticsearch cannot be reached (connection error or timeout), never
because a search found nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from functools import partial
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import timezone

from jobs.models import Job

from . import engine, fallback, labels, suggestions
from .criteria import Criteria
from .filters import JobSearchFilterSet, bind, criteria_from, page_number

logger = logging.getLogger(__name__)

ELASTICSEARCH = "elasticsearch"
DATABASE = "database"


@dataclass
class JobSearchResult:
    total: int
    page: int
    per_page: int
    jobs: list[Job]
    facets: dict[str, list[dict]]
    distances: dict[int, float] = field(default_factory=dict)
    engine: str = DATABASE
    errors: dict[str, list[str]] = field(default_factory=dict)
    # True when Elasticsearch is configured but could not answer (the page shows a notice).
    degraded: bool = False
    filterset: JobSearchFilterSet | None = None
    criteria: Criteria | None = None
    # Spelling: the corrected keywords. ``corrected``: the results are for them, because the
    # keywords as typed found nothing; otherwise a "did you mean" for a zero result.
    suggestion: str = ""
    corrected: bool = False
    # With zero results: each set filter whose removal would find jobs, as
    # {"param": public parameter, "count": jobs without it}, most jobs first.
    relaxations: list[dict] = field(default_factory=list)
    # Whether any filter beyond the keywords is set (the zero-result message depends on it).
    filtered: bool = False

    @property
    def keywords(self) -> str:
        """The keywords the results are for: the corrected ones when the typed found none."""
        if self.corrected:
            return self.suggestion
        return self.criteria.q if self.criteria else ""

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def job_search(
    params,
    *,
    user=None,
    page: int = 1,
    per_page: int = 20,
    facets: bool = True,
    relaxations: bool = True,
) -> JobSearchResult:
    """Search public jobs with the public GET parameters (``q``, ``state``, ``setting`` …).

    ``facets=False``: callers that show no facets skip their cost. ``relaxations=False``:
    callers that never say which filter to drop skip counting them (on a search that finds
    nothing, a count for each filter set).
    """
    filterset = bind(params)
    criteria = criteria_from(filterset, user=user, now=timezone.now())
    if criteria is None:
        return JobSearchResult(
            total=0,
            page=1,
            per_page=per_page,
            jobs=[],
            facets={},
            errors={k: [str(m) for m in v] for k, v in filterset.form.errors.items()},
            filterset=filterset,
        )
    page = page_number(filterset) if filterset.form.cleaned_data.get("page") else page
    offset = (page - 1) * per_page
    run = _runner(offset, per_page, facets, relaxations)
    answer, engine_name, degraded = run(criteria)
    suggestion, corrected = "", False
    if answer.total == 0 and criteria.q:
        suggestion = suggestions.corrected(criteria.q) or ""
        if suggestion:
            retry, retry_engine, _ = run(replace(criteria, q=suggestion))
            if retry.total:
                answer, engine_name, corrected = retry, retry_engine, True
            else:
                suggestion = ""  # a suggestion that finds nothing either is no help
    result = _result(answer, criteria, filterset, page, per_page, engine_name)
    result.degraded = degraded
    result.suggestion, result.corrected = suggestion, corrected
    if result.total == 0:
        result.filtered = bool(_set_filters(criteria))
        if relaxations:
            result.relaxations = _relaxations(
                criteria, _totals(engine_name, answer), _query_dict(params)
            )
    return result


def _totals(engine_name: str, answer):
    """``totals(criteria, params)``: the count with each filter in ``params`` dropped."""
    if engine_name == DATABASE:  # the search counted its facet filters' already
        return partial(fallback.relaxed_totals, known=answer.relaxed)
    return _totals_on_elasticsearch


def _runner(offset: int, limit: int, facets: bool, relaxed: bool):
    """``run(criteria) -> (answer, engine name, degraded)``: Elasticsearch when configured,
    the database when it is not or cannot answer (never because it found nothing)."""

    def run(criteria: Criteria):
        degraded = False
        if engine.is_configured():
            from . import elastic  # Imported here: the embedded default never loads the client.

            try:
                answer = elastic.search(criteria, offset=offset, limit=limit, facets=facets)
            except engine.SearchUnavailable as exc:
                logger.warning("Elasticsearch unavailable, searching the database: %s", exc)
                degraded = True
            else:
                return answer, ELASTICSEARCH, False
        answer = fallback.search(
            criteria, offset=offset, limit=limit, facets=facets, relaxed=relaxed
        )
        return answer, DATABASE, degraded

    return run


def _query_dict(params) -> QueryDict:
    if isinstance(params, QueryDict):
        return params
    query = QueryDict(mutable=True)
    for key, value in dict(params or {}).items():
        query.setlist(key, value if isinstance(value, list | tuple) else [value])
    return query


# Public parameter → the Criteria fields cleared to drop it.
RELAXABLE = {
    "state": {"states": ()},
    "setting": {"settings": ()},
    "type": {"types": ()},
    "shift": {"shifts": ()},
    "requires": {"requires": ()},
    "have": {"satisfied": None},
    "zip": {"origin": None, "radius": None},
    "min_pay": {"min_pay": None},
    "posted": {"posted_days": None},
    "remote": {"remote": False},
}


def _set_filters(criteria: Criteria) -> list[str]:
    """The public filter parameters that narrow this search."""
    return [
        param
        for param, cleared in RELAXABLE.items()
        if any(getattr(criteria, name) != value for name, value in cleared.items())
        # a ZIP without a radius sorts by distance, it does not filter
        and not (param == "zip" and criteria.radius is None)
    ]


# Public parameters that go with the one dropped (and `page`, which would point past the end).
DROPS = {"zip": ("zip", "radius", "page"), "have": ("have", "eligible", "page")}


def _totals_on_elasticsearch(criteria: Criteria, params: list[str]) -> dict[str, int]:
    """The total with each filter in ``params`` dropped: count-only searches in one request
    (``elastic.totals``; by date, which costs least), or the database when the node fails."""
    from . import elastic  # Imported here: the embedded default never loads the client.

    if not params:
        return {}
    relaxed = [replace(criteria, **RELAXABLE[param], sort="newest") for param in params]
    try:
        return dict(zip(params, elastic.totals(relaxed), strict=True))
    except engine.SearchUnavailable as exc:
        logger.warning("Elasticsearch unavailable, counting on the database: %s", exc)
        return fallback.relaxed_totals(criteria, params)


def _relaxations(criteria: Criteria, totals, params=None) -> list[dict]:
    """Which set filter to drop, with the count it would give (only filters that are set:
    with none set the list is empty and the page says so)."""
    found = []
    for param, count in totals(criteria, _set_filters(criteria)).items():
        if count:
            dropped = DROPS.get(param, (param, "page"))
            kept = [(k, v) for k, v in params.lists() if k not in dropped] if params else []
            query = urlencode([(k, v) for k, values in kept for v in values], doseq=False)
            found.append({"param": param, "count": count, "query": f"?{query}"})
    return sorted(found, key=lambda r: -r["count"])


def _result(answer, criteria, filterset, page, per_page, engine_name) -> JobSearchResult:
    jobs = Job.objects.visible().for_listing().in_bulk(answer.ids)
    return JobSearchResult(
        total=answer.total,
        page=page,
        per_page=per_page,
        jobs=[jobs[pk] for pk in answer.ids if pk in jobs],
        facets=labels.facet_lists(answer.facets),
        distances=answer.distances,
        engine=engine_name,
        filterset=filterset,
        criteria=criteria,
    )
