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
from pharmacy.credentials import CREDENTIALS, issuers_for, reinstatable_until
from pharmacy.eligibility import (
    Match,
    Outcome,
    Reason,
    Requirement,
    RequirementResult,
    StateRequirement,
    evaluate,
)
from pharmacy.models import for_state, state_page_path

from .models import Application, SavedJob

HELD = {Outcome.MET, Outcome.PREFERRED_MET}
# How a row is drawn: met, missing (a hard requirement), or neither a pass nor a failure.
ROW_KINDS = {
    Outcome.MET: "met",
    Outcome.PREFERRED_MET: "met",
    Outcome.MISSING: "missing",
    Outcome.PREFERRED_MISSING: "preferred",
    Outcome.NEEDED_WITHIN: "after-hire",
}


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

    @property
    def kind(self) -> str:
        """ "met", "missing", "preferred" or "after-hire": how the panel draws the row."""
        return ROW_KINDS[self.outcome]


@dataclass(frozen=True, slots=True)
class JobMatch(Match):
    """A ``Match`` plus what the panel shows around it."""

    rows: tuple[MatchRow, ...] = ()
    saved: bool = False
    application: Application | None = None
    # The job's state when its rule is not confirmed: the verdict sends the reader to the board.
    check_state: str = ""

    @property
    def verdict_text(self) -> str:
        return match_text.verdict_text(self.verdict, check_state=self.check_state)


def match_for_user(user, job: Job, *, today: date | None = None) -> JobMatch | None:
    """The match for a signed-in job seeker; None for anyone else."""
    if not getattr(user, "is_authenticated", False) or not user.is_job_seeker:
        return None
    profile = CandidateProfile.objects.filter(user=user).first()
    held = profile.held_credentials() if profile else []
    today = today or timezone.localdate()
    # The job's stored policy is never below its state's floor (Job.apply_state_floor), so
    # the floor is always part of what is evaluated; extra licence states follow it.
    state_requirements = job.state_requirements()
    match = evaluate(held, job.credential_requirements(), state_requirements, today)
    law = job.state_law()
    return JobMatch(
        results=match.results,
        verdict=match.verdict,
        rows=tuple(_row(result, today) for result in match.results),
        saved=SavedJob.objects.filter(user=user, job=job).exists(),
        application=Application.objects.filter(candidate=user, job=job).first(),
        check_state="" if law.confirmed else job.state,
    )


def _row(result: RequirementResult, today: date) -> MatchRow:
    label = match_text.requirement_label(result.requirement)
    explanation = match_text.explanation(result)
    if result.outcome in HELD:
        return MatchRow(label, result.outcome, explanation)
    links = reinstatement_links(result, today) or how_to_get(result.requirement)
    return MatchRow(label, result.outcome, explanation, links)


def reinstatement_links(result: RequirementResult, today: date) -> tuple[HelpLink, ...]:
    """Where to reinstate a certification that lapsed less than its issuer's window ago."""
    held = result.closest
    if result.reason is not Reason.EXPIRED or held is None:
        return ()
    until = reinstatable_until(held.code, held.expires_on)
    if until is None or until < today:
        return ()
    issuer = CREDENTIALS[held.code].issuer
    text = _("Reinstate your %(credential)s with %(issuer)s by %(date)s") % {
        "credential": CREDENTIALS[held.code].short_label,
        "issuer": issuer.short_name,
        "date": match_text.site_date(until),
    }
    return (HelpLink(issuer.reinstatement_url, str(text)),)


def how_to_get(requirement: Requirement | StateRequirement) -> tuple[HelpLink, ...]:
    """Where to read how to get a missing credential: the state's page, or each issuer's guide.

    A state without a verified rule has no page yet, so it gets no link.
    """
    if isinstance(requirement, StateRequirement):
        if not for_state(requirement.state):
            return ()
        text = _("How to get %(a_state)s credential") % {
            "a_state": match_text.a_state(requirement.state)
        }
        return (HelpLink(state_page_path(requirement.state), str(text)),)
    return tuple(
        HelpLink(
            issuer.guide_url,
            str(_("How to get certified (%(issuer)s)") % {"issuer": issuer.short_name}),
        )
        for issuer in issuers_for(requirement.code)
    )
