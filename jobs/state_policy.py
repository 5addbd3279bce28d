"""A job's state credential policy and the state's law: the pre-fill and the floor.

The floor itself is ``pharmacy.state_law``; this module says what the posting form offers and
brings existing jobs up to it (``raise_jobs_to_state_floor``).
"""

from __future__ import annotations

from pharmacy.eligibility import StatePolicy
from pharmacy.state_law import StateLaw, state_law


def state_policy_default(state: str, setting: str = "") -> str | None:
    """The policy to pre-fill for a job in ``state`` (and ``setting``); None: the employer picks.

    With a confirmed rule: "required" where the law asks for a state credential (trainees stay
    an opt-in the employer makes, where the state has a trainee tier), "not required" where it
    does not reach the setting (New York retail). No pre-fill without a confirmed rule, nor
    before the setting is known in a state whose rule depends on it.
    """
    law = state_law(state, setting)
    if not law.confirmed or (law.depends_on_setting and not setting):
        return None
    if law.floor in (None, StatePolicy.NOT_REQUIRED):
        return StatePolicy.NOT_REQUIRED.value
    return StatePolicy.REQUIRED.value


def policy_choices_for(law: StateLaw) -> dict[str, bool]:
    """Each policy value and whether a posting under ``law`` may choose it."""
    return {policy.value: law.allows(policy) for policy in StatePolicy}


def raise_jobs_to_state_floor(jobs) -> int:
    """Bring each job's policy up to its state's floor (flagged for its owners); how many.

    Saved one by one so the search index hears of each change.
    """
    changed = 0
    for job in jobs:
        if job.apply_state_floor():
            job.save()
            changed += 1
    return changed
