"""What a signed-in job seeker sees on each result card: saved, applied, "You qualify".

Three queries for a whole page of results, whatever its length (the candidate's credentials,
their saved jobs among these, their applications to these); none for anyone else.
"You qualify" is the search's own eligibility test (``eligibility.requirement_keys`` of the
job against the candidate's ``satisfied_keys``), the one the "Only jobs I can take" filter uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from applications.models import Application, SavedJob
from jobs.models import Job
from pharmacy import eligibility

from .filters import candidate_held


@dataclass(frozen=True, slots=True)
class SeekerMarks:
    saved: bool = False
    qualifies: bool = False
    application: Application | None = None


def is_job_seeker(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_job_seeker)


def seeker_marks(
    user, jobs: list[Job], *, held: list[eligibility.Held] | None = None, today: date | None = None
) -> dict[int, SeekerMarks]:
    """``{job id: SeekerMarks}`` for a signed-in job seeker; ``{}`` for anyone else.

    ``held``: the candidate's credentials when the caller has read them already.
    """
    if not jobs or not is_job_seeker(user):
        return {}
    ids = [job.pk for job in jobs]
    if held is None:
        held = candidate_held(user) or []
    satisfied = eligibility.satisfied_keys(held, today or timezone.localdate())
    saved = set(SavedJob.objects.filter(user=user, job__in=ids).values_list("job_id", flat=True))
    applications = {
        application.job_id: application
        for application in Application.objects.filter(candidate=user, job__in=ids).order_by(
            "created_at"
        )
    }
    return {
        job.pk: SeekerMarks(
            saved=job.pk in saved,
            qualifies=_required_keys(job) <= satisfied,
            application=applications.get(job.pk),
        )
        for job in jobs
    }


def _required_keys(job: Job) -> frozenset[str]:
    # An unsaved copy of the job's state fields: its state requirements without reading the
    # state's rule again (the stored policy is already at the floor; the title is not a key).
    state_only = Job(
        state=job.state, state_credential=job.state_credential, licence_states=job.licence_states
    )
    return eligibility.requirement_keys(
        job.credential_requirements(), state_only.state_requirements()
    )
