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
from pharmacy.credentials import label_for
from pharmacy.eligibility import (
    Match,
    Outcome,
    Requirement,
    RequirementResult,
    StateRequirement,
    Verdict,
    evaluate,
)
from pharmacy.models import for_state, state_page_path
from pharmacy.states import STATE_NAMES

from .models import Application, SavedJob

GUIDES_URL = "/guides/"
HELD = {Outcome.MET, Outcome.PREFERRED_MET}
VERDICT_TEXT = {
    Verdict.ELIGIBLE: _("You meet all requirements"),
    Verdict.ELIGIBLE_WITH_CONDITIONS: _("You meet the requirements; some are needed after hire"),
    Verdict.NOT_ELIGIBLE: _("You don't meet all requirements yet"),
}


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One requirement as the panel shows it."""

    label: str
    outcome: Outcome
    explanation: str
    help_url: str = ""
    help_text: str = ""

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
        return str(VERDICT_TEXT[self.verdict])


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


def requirement_label(requirement: Requirement | StateRequirement) -> str:
    if isinstance(requirement, StateRequirement):
        return str(
            _("%(state)s registration or licence") % {"state": STATE_NAMES[requirement.state]}
        )
    return label_for(requirement.code)


def _row(result: RequirementResult) -> MatchRow:
    label = requirement_label(result.requirement)
    if result.outcome in HELD:
        return MatchRow(label, result.outcome, result.explanation)
    url, text = how_to_get(result.requirement)
    return MatchRow(label, result.outcome, result.explanation, url, text)


def how_to_get(requirement: Requirement | StateRequirement) -> tuple[str, str]:
    """Where to read how to get a missing credential: the state page or the guides."""
    if isinstance(requirement, StateRequirement):
        name = STATE_NAMES[requirement.state]
        if for_state(requirement.state):
            return (
                state_page_path(requirement.state),
                str(_("How to get a %(state)s credential") % {"state": name}),
            )
        return GUIDES_URL, str(_("Career guides: state credentials"))
    issuer = "NHA" if requirement.code.startswith("nha-") else "PTCB"
    if requirement.code == "national-certification":
        issuer = "PTCB or NHA"
    return GUIDES_URL, str(_("How to get certified (%(issuer)s)") % {"issuer": issuer})
