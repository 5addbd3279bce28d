"""An application's stored eligibility snapshot in words, for its pages and emails.

The snapshot holds codes and dates (``services.eligibility_snapshot``); the words come from
``pharmacy.match_text`` when it is shown, in the reader's language. Rows stored before that
(format 1, with English ``verdict_text``, ``outcome_label`` and ``explanation``) still show
their stored text, and a row whose reason could not be read back shows its outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from pharmacy import match_text
from pharmacy.eligibility import (
    CredentialStatus,
    Held,
    Level,
    Outcome,
    Reason,
    Requirement,
    RequirementResult,
    StatePolicy,
    StateRequirement,
    Verdict,
)
from pharmacy.match_text import Voice

HELD = {Outcome.MET, Outcome.PREFERRED_MET}
# A reason the conversion from format 1 could not recover (see migration 0002).
UNKNOWN_REASON = "unknown"
# Migrated rows may not know a credential's status; the reason implies it.
_STATUS_FOR_REASON = {
    Reason.MET: CredentialStatus.ACTIVE,
    Reason.PENDING: CredentialStatus.PENDING,
    Reason.INACTIVE: CredentialStatus.INACTIVE,
    Reason.EXPIRED: CredentialStatus.EXPIRED,
}
# What can go wrong reading a stored dict back into the rule's types.
_UNREADABLE = (KeyError, TypeError, ValueError, AttributeError)


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    label: str
    outcome: str  # An Outcome value, or "" when unknown.
    explanation: str

    @property
    def is_met(self) -> bool:
        return self.outcome in HELD


@dataclass(frozen=True, slots=True)
class SnapshotText:
    anonymised: bool = False
    verdict: str = ""
    verdict_text: str = ""
    on: date | None = None
    rows: tuple[SnapshotRow, ...] = ()


def snapshot_text(
    snapshot: dict, *, verdict: str = "", voice: Voice = Voice.CANDIDATE
) -> SnapshotText:
    """``snapshot`` ready to show; ``verdict`` (the application's column) when it has none."""
    if snapshot.get("anonymised"):
        return SnapshotText(anonymised=True)
    verdict = snapshot.get("verdict") or verdict
    if verdict in Verdict.values:
        heading = match_text.verdict_text(verdict, voice=voice)
    else:
        heading = str(snapshot.get("verdict_text", ""))
    return SnapshotText(
        verdict=verdict,
        verdict_text=heading,
        on=_day(snapshot.get("on")),
        rows=tuple(_row(stored, voice) for stored in snapshot.get("results") or ()),
    )


def result_from_snapshot(stored: dict) -> RequirementResult:
    """The rule's result back from its stored form; KeyError, TypeError or ValueError if not."""
    requirement = _requirement(stored["requirement"])
    outcome, reason = Outcome(stored["outcome"]), Reason(stored["reason"])
    held = None
    if credential := stored.get("credential"):
        status = credential.get("status") or _STATUS_FOR_REASON[reason]
        held = Held(
            credential["code"],
            status,
            _date(credential.get("expires_on")),
            rejected=bool(credential.get("rejected")),
            issued=credential.get("issued", True) is not False,
        )
    met = reason in (Reason.MET, Reason.EXPIRING_SOON)
    return RequirementResult(
        requirement,
        outcome,
        held if met else None,
        reason,
        closest=None if met else held,
        other_states=tuple(stored.get("other_states") or ()),
        prerequisite=stored.get("prerequisite") or "",
    )


def _row(stored: dict, voice: Voice) -> SnapshotRow:
    outcome = stored.get("outcome") if stored.get("outcome") in Outcome.values else ""
    try:
        label = match_text.requirement_label(_requirement(stored["requirement"]))
    except _UNREADABLE:
        legacy = stored.get("requirement")
        label = legacy if isinstance(legacy, str) else _("Credential requirement")
    try:
        explanation = match_text.explanation(result_from_snapshot(stored), voice=voice)
    except _UNREADABLE:
        if isinstance(stored.get("explanation"), str):
            explanation = stored["explanation"]
        else:
            explanation = str(Outcome(outcome).label) if outcome else ""
    return SnapshotRow(label, outcome, explanation)


def _requirement(stored: dict) -> Requirement | StateRequirement:
    if not isinstance(stored, dict):  # Format 1 stored the label.
        raise TypeError(stored)
    if "state" in stored:
        # Migrated rows may not know the policy; no sentence depends on it.
        return StateRequirement(
            stored["state"],
            stored.get("policy") or StatePolicy.REQUIRED,
            title=stored.get("title") or "",
        )
    return Requirement(
        stored["code"], stored.get("level") or Level.REQUIRED, stored.get("within_days")
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _day(value: str | None) -> date | None:
    try:
        return _date(value)
    except _UNREADABLE:
        return None
