"""Background index updates (django-tasks). Queued only after the transaction commits."""

from __future__ import annotations

import logging

from django_tasks import task

from jobs.models import Job

from . import engine, indexing

logger = logging.getLogger(__name__)


def sync_or_flag(job_ids: list[int]) -> None:
    """Bring the index in line for ``job_ids``; if Elasticsearch is down, flag them for re-sync.

    The database write that caused this has already committed: it stands either way, and
    ``search_check --fix`` or the next ``search_reindex`` picks the flagged jobs up.
    """
    if not engine.is_configured() or not job_ids:
        return
    try:
        indexing.sync_jobs(job_ids)
    except engine.UNREACHABLE as exc:
        logger.warning("Search index update deferred for %d job(s): %s", len(job_ids), exc)
        # queryset.update(): no save(), so no signal and no second attempt from here.
        Job.objects.filter(pk__in=job_ids).update(needs_index_sync=True)


@task()
def sync_jobs_task(job_ids: list[int]) -> None:
    sync_or_flag(job_ids)


@task()
def sync_organisation_task(organisation_id: int) -> None:
    # A rename changes every job's employer; a rejection hides them all.
    sync_or_flag(
        list(Job.objects.filter(organisation_id=organisation_id).values_list("pk", flat=True))
    )
