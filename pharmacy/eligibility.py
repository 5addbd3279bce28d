"""The eligibility rule, written once.

"Which jobs can I take?", "how do I match this job?" and "which applicants meet all
requirements?" all come down to :func:`evaluate` or to its index form, :func:`requirement_keys`
and :func:`satisfied_keys`. Both are built on :func:`keys_met_by` (what one held credential
satisfies) and :func:`requirement_key` (what one requirement asks for), so they cannot drift.
Pure module: no database, no I/O (Django only for its choices and lazy labels). It returns
codes and values, never sentences: ``pharmacy.match_text`` puts a result into words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import overload

from django.db import models
from django.utils.translation import gettext_lazy as _

from .credentials import (
    CREDENTIALS,
    GROUP_MEMBERS,
    PREREQUISITES,
    StateCredentialType,
    codes_met_by,
    is_holdable,
    parse_state_credential_code,
)
from .states import STATE_NAMES

# A valid credential expiring within this many days is shown as "expiring soon".
EXPIRING_SOON_DAYS = 60


class CredentialStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PENDING = "pending", _("Pending")
    EXPIRED = "expired", _("Expired")
    INACTIVE = "inactive", _("Inactive")


class Level(models.TextChoices):
    REQUIRED = "required", _("Required")
    PREFERRED = "preferred", _("Preferred")


class StatePolicy(models.TextChoices):
    REQUIRED = "required", _("State credential required")
    TRAINEE_ACCEPTED = "trainee-accepted", _("State credential required; trainees accepted")
    NOT_REQUIRED = "not-required", _("No state credential required")


# How much each policy asks, to compare a posting with the state's legal floor.
POLICY_RANK = {
    StatePolicy.NOT_REQUIRED: 0,
    StatePolicy.TRAINEE_ACCEPTED: 1,
    StatePolicy.REQUIRED: 2,
}


def stricter(posted: StatePolicy | str, floor: StatePolicy | str | None) -> StatePolicy:
    """The policy that asks more: a posting can rise above the state's floor, never below."""
    posted = StatePolicy(posted)
    if floor is None:
        return posted
    floor = StatePolicy(floor)
    return floor if POLICY_RANK[floor] > POLICY_RANK[posted] else posted


class Outcome(models.TextChoices):
    MET = "met", _("Met")
    MISSING = "missing", _("Missing")
    NEEDED_WITHIN = "needed-within", _("Needed after hire")
    PREFERRED_MET = "preferred-met", _("Preferred, met")
    PREFERRED_MISSING = "preferred-missing", _("Preferred, not met")


class Reason(models.TextChoices):
    """Why a requirement is met or not; the values a sentence needs sit beside it."""

    MET = "met", _("Met by a valid credential")  # met_by
    EXPIRING_SOON = "expiring-soon", _("Met by a credential that expires soon")  # met_by
    REQUIRES = "requires", _("No matching credential held")
    PENDING = "pending", _("Matching credential still pending")  # closest
    INACTIVE = "inactive", _("Matching credential inactive")  # closest
    EXPIRED = "expired", _("Matching credential expired on a past date")  # closest
    MARKED_EXPIRED = "marked-expired", _("Matching credential marked expired")  # closest
    REJECTED = "rejected", _("Matching credential rejected by staff")  # closest
    # closest: the credential itself; prerequisite: the code it needs, e.g. "ptcb-cpht"
    PREREQUISITE = "prerequisite", _("Matching credential needs another that has lapsed")
    NOT_ISSUED = "not-issued", _("The state does not issue that credential type")  # closest
    TRAINEE_NOT_ACCEPTED = "trainee-not-accepted", _("Trainee credential not accepted")
    ASSISTANT_NOT_ACCEPTED = "assistant-not-accepted", _("Assistant credential does not count")
    OTHER_STATE = "other-state", _("State credential from another state")  # other_states
    NO_STATE_CREDENTIAL = "no-state-credential", _("No state technician credential")
    NO_STATE_OR_TRAINEE_CREDENTIAL = (
        "no-state-or-trainee-credential",
        _("No state technician or trainee credential"),
    )


class Verdict(models.TextChoices):
    ELIGIBLE = "eligible", _("Eligible")
    ELIGIBLE_WITH_CONDITIONS = "eligible-with-conditions", _("Eligible with conditions")
    NOT_ELIGIBLE = "not-eligible", _("Not eligible")


@dataclass(frozen=True, slots=True)
class Held:
    """A credential a candidate holds: a credential code or a ``state-<type>-<XX>`` code."""

    code: str
    status: CredentialStatus = CredentialStatus.ACTIVE
    expires_on: date | None = None
    # Staff checked it and refused it; the reason is theirs, shown to its holder as written.
    rejected: bool = False
    rejection_reason: str = ""
    # False for a state credential of a type its state does not issue ("Texas license").
    issued: bool = True

    def __post_init__(self) -> None:
        if not is_holdable(self.code):
            raise ValueError(f"Unknown credential code {self.code!r}")
        # Accept the plain strings a model field stores.
        object.__setattr__(self, "status", CredentialStatus(self.status))

    def is_valid_on(self, day: date) -> bool:
        """Active, unexpired on ``day``, not rejected by staff, and of a type that exists.

        Valid *through* its expiry date: a credential expiring on ``day`` still counts; one that
        expired the day before does not. Prerequisites are checked by :func:`countable`.
        """
        return (
            self.status is CredentialStatus.ACTIVE
            and not self.rejected
            and self.issued
            and (self.expires_on is None or self.expires_on >= day)
        )


@dataclass(frozen=True, slots=True)
class Requirement:
    """A job's credential requirement: one credential code or a group such as national cert."""

    code: str
    level: Level = Level.REQUIRED
    within_days: int | None = None  # "within N days of hire"

    def __post_init__(self) -> None:
        if self.code not in CREDENTIALS and self.code not in GROUP_MEMBERS:
            raise ValueError(f"Unknown requirement code {self.code!r}")
        if self.within_days is not None and self.within_days < 1:
            raise ValueError("within_days must be at least 1 (use None for 'at hire')")
        object.__setattr__(self, "level", Level(self.level))

    @property
    def is_hard(self) -> bool:
        """Whether a candidate must already hold it: required, and not "within N days"."""
        return self.level is Level.REQUIRED and self.within_days is None


@dataclass(frozen=True, slots=True)
class StateRequirement:
    """The job's state credential requirement (the job's state and whether trainees qualify)."""

    state: str
    policy: StatePolicy = StatePolicy.REQUIRED
    # The state's own title for the technician tier ("Registered pharmacy technician"), for
    # the words only: what a trainee needs instead. Never part of the keys.
    title: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.state not in STATE_NAMES:
            raise ValueError(f"Unknown state {self.state!r}: expected an uppercase USPS code")
        object.__setattr__(self, "policy", StatePolicy(self.policy))


@dataclass(frozen=True, slots=True)
class RequirementResult:
    """How one requirement came out, and why, with the values that explain it.

    ``met_by``: the credential that meets it. ``closest``: when none does, the matching
    credential nearest to counting (pending, inactive or expired). ``other_states``: USPS codes
    of the candidate's state credentials from other states (reason ``OTHER_STATE``).
    """

    requirement: Requirement | StateRequirement
    outcome: Outcome
    met_by: Held | None
    reason: Reason
    closest: Held | None = None
    other_states: tuple[str, ...] = ()
    prerequisite: str = ""  # reason PREREQUISITE: the credential code ``closest`` needs


@dataclass(frozen=True, slots=True)
class Match:
    results: tuple[RequirementResult, ...]
    verdict: Verdict

    @property
    def missing(self) -> tuple[RequirementResult, ...]:
        """Hard requirements not met: the reasons for "not eligible"."""
        return tuple(r for r in self.results if r.outcome is Outcome.MISSING)

    @property
    def conditions(self) -> tuple[RequirementResult, ...]:
        """Requirements to meet within N days of hire."""
        return tuple(r for r in self.results if r.outcome is Outcome.NEEDED_WITHIN)

    @property
    def is_eligible(self) -> bool:
        """Eligible, with or without conditions."""
        return self.verdict is not Verdict.NOT_ELIGIBLE


# Keys: the shared vocabulary of evaluate() and the search index -------------------------------

# Technician-level state credentials. Decision: an assistant title is a separate, non-technician
# tier in the states that have one, so it never meets a job's state requirement. Revisit if a
# state rule ever lets assistants work as technicians.
_TECHNICIAN_STATE_TYPES = frozenset(
    {
        StateCredentialType.REGISTRATION,
        StateCredentialType.LICENSE,
        StateCredentialType.STATE_CERTIFICATION,
    }
)


def state_key(state: str, *, trainee_ok: bool = False) -> str:
    """``"state-TX"`` (technician credential) or ``"state-TX-trainee-ok"`` (trainee will do)."""
    return f"state-{state}-trainee-ok" if trainee_ok else f"state-{state}"


def keys_met_by(held: Held) -> frozenset[str]:
    """Every requirement key ``held`` satisfies while valid (validity is checked separately)."""
    parsed = parse_state_credential_code(held.code)
    if parsed is None:
        return codes_met_by(held.code)
    if not held.issued:  # A type the state does not issue meets nothing.
        return frozenset({held.code})
    credential_type, state = parsed
    if credential_type in _TECHNICIAN_STATE_TYPES:
        return frozenset({held.code, state_key(state), state_key(state, trainee_ok=True)})
    if credential_type is StateCredentialType.TRAINEE:
        return frozenset({held.code, state_key(state, trainee_ok=True)})
    return frozenset({held.code})


@overload
def requirement_key(requirement: Requirement) -> str: ...
@overload
def requirement_key(requirement: StateRequirement) -> str | None: ...
def requirement_key(requirement: Requirement | StateRequirement) -> str | None:
    """The key that meets ``requirement``; ``None`` for a state requirement not required."""
    if isinstance(requirement, Requirement):
        return requirement.code
    if requirement.policy is StatePolicy.NOT_REQUIRED:
        return None
    trainee_ok = requirement.policy is StatePolicy.TRAINEE_ACCEPTED
    return state_key(requirement.state, trainee_ok=trainee_ok)


StateRequirements = StateRequirement | Iterable[StateRequirement] | None


def state_requirements_of(state_requirements: StateRequirements) -> tuple[StateRequirement, ...]:
    """One state requirement, several (remote work needs each state's credential), or none."""
    if state_requirements is None:
        return ()
    if isinstance(state_requirements, StateRequirement):
        return (state_requirements,)
    return tuple(state_requirements)


def requirement_keys(
    requirements: Iterable[Requirement], state_requirement: StateRequirements
) -> frozenset[str]:
    """Keys a candidate must hold for the job's hard requirements (index them on the job).

    A job matches a candidate when ``requirement_keys <= satisfied_keys``; in Elasticsearch, a
    ``terms_set`` query of the satisfied keys with the job's key count as minimum_should_match.
    """
    hard: list[Requirement | StateRequirement] = [r for r in requirements if r.is_hard]
    hard.extend(state_requirements_of(state_requirement))
    return frozenset(key for r in hard if (key := requirement_key(r)) is not None)


def missing_prerequisite(
    held: Held, everything: tuple[Held, ...], on: date, _seen: frozenset[int] = frozenset()
) -> str:
    """The prerequisite ``held`` lacks on ``on`` ("ptcb-cpht"), or "" when it has them all.

    A credential meets a prerequisite when it is valid and itself countable (a CPhT-Adv meets
    the CSPT's "active PTCB CPhT" while its own CPhT is active). A CPhT-Adv keeps its holder's
    CPhT number, so one held without any separate PTCB CPhT entry carries its own; with a
    separate entry, that entry decides.
    """
    seen = _seen | {id(held)}
    for needed in sorted(PREREQUISITES.get(held.code, ())):
        others = [h for h in everything if id(h) not in seen and _counts_as(h.code, needed)]
        if not others and _counts_as(held.code, needed):
            continue  # It carries the prerequisite itself (CPhT-Adv, no CPhT entry).
        if not any(
            h.is_valid_on(on) and not missing_prerequisite(h, everything, on, seen) for h in others
        ):
            return needed
    return ""


def _counts_as(code: str, needed: str) -> bool:
    return code in CREDENTIALS and needed in codes_met_by(code)


def countable(held: Iterable[Held], on: date) -> tuple[Held, ...]:
    """The credentials that count on ``on``: valid, with every prerequisite met."""
    everything = tuple(held)
    return tuple(
        h for h in everything if h.is_valid_on(on) and not missing_prerequisite(h, everything, on)
    )


def satisfied_keys(held: Iterable[Held], on: date) -> frozenset[str]:
    """Every key the candidate's countable credentials satisfy on ``on`` (changes with time)."""
    return frozenset(key for h in countable(held, on) for key in keys_met_by(h))


# evaluate() --------------------------------------------------------------------------------------


def evaluate(
    held: Iterable[Held],
    requirements: Iterable[Requirement],
    state_requirement: StateRequirements,
    on: date,
) -> Match:
    """Match a candidate's credentials against a job's requirements on day ``on``.

    ``state_requirement``: the job's state requirement, or all of them when the job also needs
    other states' credentials (remote work), or None.
    """
    held_all = tuple(held)
    counting = countable(held_all, on)
    results = [_evaluate_one(r, requirement_key(r), held_all, counting, on) for r in requirements]
    for one_state in state_requirements_of(state_requirement):
        key = requirement_key(one_state)
        if key is not None:  # A state that requires nothing is not evaluated or shown.
            results.append(_evaluate_one(one_state, key, held_all, counting, on))
    outcomes = {result.outcome for result in results}
    if Outcome.MISSING in outcomes:
        verdict = Verdict.NOT_ELIGIBLE
    elif Outcome.NEEDED_WITHIN in outcomes:
        verdict = Verdict.ELIGIBLE_WITH_CONDITIONS
    else:
        verdict = Verdict.ELIGIBLE
    return Match(tuple(results), verdict)


def _evaluate_one(
    requirement: Requirement | StateRequirement,
    key: str,
    held: tuple[Held, ...],
    counting: tuple[Held, ...],
    on: date,
) -> RequirementResult:
    # An unissued type matches nothing here; _state_near_miss names it.
    matching = [h for h in held if key in keys_met_by(h)]
    valid = [h for h in counting if key in keys_met_by(h)]
    preferred = isinstance(requirement, Requirement) and requirement.level is Level.PREFERRED
    within_days = requirement.within_days if isinstance(requirement, Requirement) else None

    if valid:
        # Show the longest-lasting one; no expiry date sorts last-to-expire.
        best = max(valid, key=lambda h: (h.expires_on is None, h.expires_on or date.min))
        outcome = Outcome.PREFERRED_MET if preferred else Outcome.MET
        soon = best.expires_on is not None and (best.expires_on - on).days <= EXPIRING_SOON_DAYS
        reason = Reason.EXPIRING_SOON if soon else Reason.MET
        return RequirementResult(requirement, outcome, best, reason)

    blocked = [h for h in matching if h.is_valid_on(on)]  # valid, but a prerequisite lapsed
    if blocked:
        closest = blocked[0]
        needs = missing_prerequisite(closest, held, on)
        why = RequirementResult(
            requirement, Outcome.MISSING, None, Reason.PREREQUISITE, closest, prerequisite=needs
        )
    elif matching:
        # The one closest to counting: not rejected, pending, then the most recently expired.
        closest = max(
            matching,
            key=lambda h: (
                not h.rejected,
                h.status is CredentialStatus.PENDING,
                h.expires_on or date.min,
            ),
        )
        reason = _invalid(closest, on)
        why = RequirementResult(requirement, Outcome.MISSING, None, reason, closest)
    elif isinstance(requirement, StateRequirement):
        why = _state_near_miss(requirement, held)
    else:
        why = RequirementResult(requirement, Outcome.MISSING, None, Reason.REQUIRES)
    if preferred:
        return replace(why, outcome=Outcome.PREFERRED_MISSING)
    if within_days is not None:
        # A lapsed or pending credential can still be sorted out after hire.
        return replace(why, outcome=Outcome.NEEDED_WITHIN)
    return why


def _invalid(held: Held, on: date) -> Reason:
    if held.rejected:
        return Reason.REJECTED
    if held.status is CredentialStatus.PENDING:
        return Reason.PENDING
    if held.status is CredentialStatus.INACTIVE:
        return Reason.INACTIVE
    if held.expires_on is not None and held.expires_on < on:
        return Reason.EXPIRED
    # Marked expired by its holder with no past expiry date: say so, not "expired on <future>".
    return Reason.MARKED_EXPIRED


def _state_near_miss(requirement: StateRequirement, held: tuple[Held, ...]) -> RequirementResult:
    """Why no state credential counts: trainee not accepted, assistant, wrong state, or none."""
    parsed = [(h, p) for h in held if (p := parse_state_credential_code(h.code)) is not None]
    same_state = [(h, t) for h, (t, s) in parsed if s == requirement.state]
    same_state_types = {t for h, t in same_state if h.issued}
    other_states = tuple(sorted({s for _, (_t, s) in parsed if s != requirement.state}))
    not_issued = [h for h, _t in same_state if not h.issued]
    if not_issued and not same_state_types - {StateCredentialType.ASSISTANT}:
        return RequirementResult(
            requirement, Outcome.MISSING, None, Reason.NOT_ISSUED, closest=not_issued[0]
        )
    if StateCredentialType.TRAINEE in same_state_types:
        reason = Reason.TRAINEE_NOT_ACCEPTED
    elif StateCredentialType.ASSISTANT in same_state_types:
        reason = Reason.ASSISTANT_NOT_ACCEPTED
    elif other_states:
        reason = Reason.OTHER_STATE
    elif requirement.policy is StatePolicy.TRAINEE_ACCEPTED:
        reason = Reason.NO_STATE_OR_TRAINEE_CREDENTIAL
    else:
        reason = Reason.NO_STATE_CREDENTIAL
    if reason is not Reason.OTHER_STATE:
        other_states = ()
    return RequirementResult(requirement, Outcome.MISSING, None, reason, other_states=other_states)


def held_from_have_codes(codes: Iterable[str]) -> list[Held]:
    """Active, non-expiring credentials from a search's "I have" codes; ValueError if unknown."""
    held: list[Held] = []
    for code in dict.fromkeys(codes):  # Drop repeats, keep order.
        if not is_holdable(code):
            raise ValueError(
                f"Unknown credential code {code!r}: expected a credential code such as "
                "'ptcb-cpht' or a state credential code such as 'state-registration-TX'"
            )
        held.append(Held(code))
    return held
