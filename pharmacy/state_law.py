"""What a state's law asks of every pharmacy technician job there: the floor no posting lowers.

Built from the stored ``StateRule`` tiers. Only a *confirmed* rule (reviewed, confidence
"confirmed") is a floor; anything else means "check with the state board". The floor can
depend on the practice setting (New York licenses technicians only in Article 28 facilities)
and on the date (Pennsylvania's registration became mandatory on 2026-06-28).
``law_from_rules`` is pure (rows in, facts out), so migrations can use it on historical rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from .credentials import StateCredentialType
from .eligibility import POLICY_RANK, StatePolicy
from .rule_text import RuleText, rule_text

_TECHNICIAN_TYPES = (
    StateCredentialType.REGISTRATION,
    StateCredentialType.LICENSE,
    StateCredentialType.STATE_CERTIFICATION,
)
CONFIRMED = "confirmed"  # pharmacy.models.Confidence.CONFIRMED, without importing the models


@dataclass(frozen=True, slots=True)
class StateLaw:
    """One state's law for one job setting on one day."""

    state: str
    # A reviewed, confirmed rule is stored for the state: its floor is enforced.
    confirmed: bool = False
    # The state's credential types (empty when no rule is stored: anything may exist).
    issued_types: frozenset[str] = frozenset()
    # The least a job there may ask; None when unknown (no confirmed rule).
    floor: StatePolicy | None = None
    # False where the state's credential rule does not reach this setting (NY retail).
    applies: bool = True
    # Whether the floor depends on the setting (so a form cannot pre-fill before it is known).
    depends_on_setting: bool = False
    technician_title: str = ""
    trainee_title: str = ""
    citation: str = ""
    source_url: str = ""
    scope: str = ""  # where the rule applies, in the rule's own words (English)
    scope_es: str = ""  # the same in Spanish, when a counsellor wrote it
    board_name: str = ""
    board_url: str = ""
    titles: dict[str, str] = field(default_factory=dict)  # credential type -> official title

    def scope_text(self, language: str | None = None) -> RuleText:
        """Where the rule applies, in ``language`` (default: the active one) or else English."""
        return rule_text(self, "scope", language)

    @property
    def known(self) -> bool:
        """Some reviewed rule is stored (confirmed or not)."""
        return bool(self.issued_types)

    @property
    def issues_trainees(self) -> bool:
        return StateCredentialType.TRAINEE in self.issued_types

    def issues(self, credential_type: str) -> bool:
        """Whether the state issues ``credential_type``; True when no rule is stored."""
        return not self.known or credential_type in self.issued_types

    def allows(self, policy: StatePolicy | str) -> bool:
        """Whether a posting may say ``policy`` here (at or above the floor, and possible)."""
        policy = StatePolicy(policy)
        if not self.confirmed:
            return True
        if policy is StatePolicy.TRAINEE_ACCEPTED and not self.issues_trainees:
            return False
        return self.floor is None or POLICY_RANK[policy] >= POLICY_RANK[self.floor]

    def allowed_policies(self) -> list[StatePolicy]:
        return [policy for policy in StatePolicy if self.allows(policy)]

    def raised(self, posted: StatePolicy | str) -> StatePolicy:
        """``posted`` raised to the least this law allows (what the job must say)."""
        posted = StatePolicy(posted)
        if self.allows(posted):
            return posted
        allowed = sorted(self.allowed_policies(), key=POLICY_RANK.__getitem__)
        higher = [p for p in allowed if POLICY_RANK[p] >= POLICY_RANK[posted]]
        return (higher or allowed or [StatePolicy.REQUIRED])[0]


def law_from_rules(state: str, rules: Iterable, *, setting: str = "", on: date) -> StateLaw:
    """The law for a job in ``state`` and ``setting`` on ``on``, from its reviewed rule rows."""
    rules = sorted((r for r in rules if r.verified_on is not None), key=lambda r: r.tier_order)
    if not rules:
        return StateLaw(state=state)
    issued = frozenset(r.credential_type for r in rules)
    titles = {r.credential_type: r.official_title for r in reversed(rules)}
    confirmed = [r for r in rules if r.confidence == CONFIRMED]
    needed = [r for r in confirmed if r.required_to_work]
    in_force = [r for r in needed if r.required_from is None or r.required_from <= on]
    scoped = any(r.applies_in_settings for r in needed)
    here = [r for r in in_force if not r.applies_in_settings or setting in r.applies_in_settings]
    floor: StatePolicy | None = None
    if confirmed:
        floor = StatePolicy.NOT_REQUIRED
        if here:
            entry = here[0]
            trainee = entry.credential_type == StateCredentialType.TRAINEE
            floor = StatePolicy.TRAINEE_ACCEPTED if trainee else StatePolicy.REQUIRED
    cited = (here or needed or rules)[0]
    technician = next((r for r in rules if r.credential_type in _TECHNICIAN_TYPES), None)
    trainees = [r for r in rules if r.credential_type == StateCredentialType.TRAINEE]
    trainee_rule = trainees[0] if trainees else None
    return StateLaw(
        state=state,
        confirmed=bool(confirmed),
        issued_types=issued,
        floor=floor,
        applies=bool(here) or not needed,
        depends_on_setting=scoped,
        technician_title=technician.official_title if technician else "",
        trainee_title=trainee_rule.official_title if trainee_rule else "",
        citation=cited.source_citation,
        source_url=cited.source_url,
        scope=cited.practice_limits,
        # A historical row from before pharmacy 0004 has no Spanish field.
        scope_es=getattr(cited, "practice_limits_es", ""),
        board_name=cited.board_name,
        board_url=cited.board_url,
        titles=titles,
    )


def state_law(state: str, setting: str = "", on: date | None = None) -> StateLaw:
    """The law for a job in ``state`` (and ``setting``) today, read from the stored rules."""
    from .models import for_state  # The pure part above must not need the models loaded.

    state = (state or "").upper()
    if not state:
        return StateLaw(state="")
    return law_from_rules(state, for_state(state), setting=setting, on=on or timezone.localdate())
