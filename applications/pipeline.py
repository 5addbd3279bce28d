"""An organisation's applications counted per job: the employer dashboard's jobs panel and
the pipeline page read them here (one query, whatever the number of jobs).

"New" applicants are the ones nobody has looked at yet (status submitted); a job with new
applicants comes first, the one most recently applied to before the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, F, Max, Q
from django.utils import timezone

from jobs.models import Job

from .models import Application

NEW = Application.Status.SUBMITTED
RECENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    label: str
    count: int


def _status_key(status: str) -> str:
    return f"status_{status}"


def jobs_with_applicant_counts(organisation, *, today=None):
    """The organisation's jobs, new applicants first, each annotated with its counts:
    ``application_count``, ``new_count``, ``today_count``, ``recent_count`` (last 30 days),
    ``last_applied_at`` and one ``status_<status>`` per application status."""
    today = today or timezone.localdate()
    since = today - timedelta(days=RECENT_DAYS - 1)
    per_status = {
        _status_key(status): Count("applications", filter=Q(applications__status=status))
        for status in Application.Status.values
    }
    return (
        Job.objects.for_organisation(organisation)
        .select_related("organisation")
        .annotate(
            application_count=Count("applications"),
            new_count=Count("applications", filter=Q(applications__status=NEW)),
            today_count=Count("applications", filter=Q(applications__created_at__date=today)),
            recent_count=Count("applications", filter=Q(applications__created_at__date__gte=since)),
            last_applied_at=Max("applications__created_at"),
            **per_status,
        )
        .order_by("-new_count", F("last_applied_at").desc(nulls_last=True), "-updated_at", "-pk")
    )


def status_counts(job) -> list[StatusCount]:
    """A job's (annotated) applications by status, in the pipeline's order."""
    return [
        StatusCount(value, label, getattr(job, _status_key(value)))
        for value, label in Application.Status.choices
    ]


def organisation_totals(jobs) -> list[StatusCount]:
    """Applications by status across ``jobs`` (annotated by ``jobs_with_applicant_counts``)."""
    return [
        StatusCount(value, label, sum(getattr(job, _status_key(value)) for job in jobs))
        for value, label in Application.Status.choices
    ]
