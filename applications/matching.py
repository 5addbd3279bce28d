"""How a signed-in candidate matches a job: the "How you match" panel's data.

The rule itself is ``pharmacy.eligibility.evaluate``; this module only feeds it the
candidate's credentials and the job's requirements, and adds what the panel shows around it
(labels, where to get a missing credential, whether the job is saved or applied to).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candidates.models import CandidateProfile
from jobs.models import Job
from pharmacy import match_text
from pharmacy.credentials import issuers_for
from pharmacy.eligibility import (
    Match,
    Outcome,
    Requirement,
    RequirementResult,
    StateRequirement,
    evaluate,
)
from pharmacy.models import for_state, state_page_path
from pharmacy.states import STATE_NAMES

from .models import Application, SavedJob

HELD = {Outcome.MET, Outcome.PREFERRED_MET}


@dataclass(frozen=True, slots=True)
class HelpLink:
    """Where to read how to get a credential."""

    url: str
    text: str


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One requirement as the panel shows it."""

    label: str
    outcome: Outcome
    explanation: str
    help_links: tuple[HelpLink, ...] = ()

    @property
    def is_held(self) -> bool:
        return self.outcome in HELD


@dataclass(frozen=True, slots=True)
class JobMatch(Match):
    """A ``Match`` plus what the panel shows around it."""

    rows: tuple[MatchRow, ...] = ()
    saved: bool = False
    application: Application | None = None

    @property
    def verdict_text(self) -> str:
        return match_text.verdict_text(self.verdict)


def match_for_user(user, job: Job, *, today: date | None = None) -> JobMatch | None:
    """The match for a signed-in job seeker; None for anyone else."""
    if not getattr(user, "is_authenticated", False) or not user.is_job_seeker:
        return None
    profile = CandidateProfile.objects.filter(user=user).first()
    held = profile.held_credentials() if profile else []
    match = evaluate(
        held, job.credential_requirements(), job.state_requirement(), today or timezone.localdate()
    )
    return JobMatch(
        results=match.results,
        verdict=match.verdict,
        rows=tuple(_row(result) for result in match.results),
        saved=SavedJob.objects.filter(user=user, job=job).exists(),
        application=Application.objects.filter(candidate=user, job=job).first(),
    )


def _row(result: RequirementResult) -> MatchRow:
    label = match_text.requirement_label(result.requirement)
    explanation = match_text.explanation(result)
    if result.outcome in HELD:
        return MatchRow(label, result.outcome, explanation)
    return MatchRow(label, result.outcome, explanation, how_to_get(result.requirement))


def how_to_get(requirement: Requirement | StateRequirement) -> tuple[HelpLink, ...]:
    """Where to read how to get a missing credential: the state's page, or each issuer's guide.

    A state without a verified rule has no page yet, so it gets no link.
    """
    if isinstance(requirement, StateRequirement):
        if not for_state(requirement.state):
            return ()
        text = _("How to get a %(state)s credential") % {"state": STATE_NAMES[requirement.state]}
        return (HelpLink(state_page_path(requirement.state), str(text)),)
    return tuple(
        HelpLink(
            issuer.guide_url,
            str(_("How to get certified (%(issuer)s)") % {"issuer": issuer.short_name}),
        )
        for issuer in issuers_for(requirement.code)
    )
