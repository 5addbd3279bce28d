"""``job_search``: the one entry point for every job search (page, API, feed, CMS blocks).

It validates the public parameters, asks Elasticsearch when it is configured and falls back to
the database only when Elasticsearch cannot be reached (connection error or timeout), never
because a search found nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.utils import timezone

from jobs.models import Job

from . import engine, fallback, labels
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
    highlights: dict[int, str] = field(default_factory=dict)
    distances: dict[int, float] = field(default_factory=dict)
    engine: str = DATABASE
    errors: dict[str, list[str]] = field(default_factory=dict)
    # True when Elasticsearch is configured but could not answer (the page shows a notice).
    degraded: bool = False
    filterset: JobSearchFilterSet | None = None
    criteria: Criteria | None = None

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
    highlights: bool = True,
) -> JobSearchResult:
    """Search public jobs with the public GET parameters (``q``, ``state``, ``setting`` …).

    ``facets=False`` / ``highlights=False``: callers that show neither skip their cost.
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
    degraded = False
    if engine.is_configured():
        from . import elastic  # Imported here: the embedded default never loads the client.

        try:
            answer = elastic.search(
                criteria, offset=offset, limit=per_page, facets=facets, highlights=highlights
            )
        except engine.SearchUnavailable as exc:
            logger.warning("Elasticsearch unavailable, searching the database: %s", exc)
            degraded = True
        else:
            return _result(answer, criteria, filterset, page, per_page, ELASTICSEARCH)
    answer = fallback.search(criteria, offset=offset, limit=per_page, facets=facets)
    result = _result(answer, criteria, filterset, page, per_page, DATABASE)
    result.degraded = degraded
    return result


def _result(answer, criteria, filterset, page, per_page, engine_name) -> JobSearchResult:
    jobs = Job.objects.visible().with_public_relations().in_bulk(answer.ids)
    return JobSearchResult(
        total=answer.total,
        page=page,
        per_page=per_page,
        jobs=[jobs[pk] for pk in answer.ids if pk in jobs],
        facets=labels.facet_lists(answer.facets),
        highlights=getattr(answer, "highlights", {}),
        distances=answer.distances,
        engine=engine_name,
        filterset=filterset,
        criteria=criteria,
    )
