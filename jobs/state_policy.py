"""What a job's state credential policy defaults to, read from the stored state rules."""

from pharmacy.eligibility import StatePolicy
from pharmacy.models import for_state


def state_policy_default(state: str) -> str | None:
    """The policy to pre-fill for a job in ``state``; None when no verified rule is stored.

    Any verified tier means the state credentials technicians, so "required". A trainee tier
    only makes "trainees accepted" possible, not the default: the employer opts in.
    """
    return StatePolicy.REQUIRED.value if for_state(state) else None
