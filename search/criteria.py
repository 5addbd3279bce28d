"""Validated search criteria: what both engines (Elasticsearch and the database) receive.

The FilterSet in ``filters.py`` validates the public GET parameters; ``Criteria`` is the
plain, typed result both ``queries.py`` and ``fallback.py`` read, so they cannot disagree on
what a parameter means.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from pharmacy.credentials import CREDENTIALS, GROUP_LABELS
from pharmacy.eligibility import StatePolicy

# `requires=` values beyond credential codes.
REQUIRES_NONE = "none"
REQUIRES_STATE = "state-credential"

# Facet parameters, in the order the page shows them.
FACET_PARAMS = ("setting", "state", "type", "shift", "requires", "min_pay")
# `min_pay` facet: "at least $X/h" steps (hourly, against the top of the job's pay range).
PAY_BANDS = (15, 18, 20, 22, 25, 30)

SORTS = ("relevance", "newest", "pay", "distance")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where distances are measured from (a ZIP's centroid)."""

    zip_code: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Criteria:
    """One search. Empty tuples and ``None`` mean "no filter"."""

    q: str = ""
    states: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    shifts: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    # Requirement keys the seeker satisfies (have= / eligible=1); None = no eligibility filter.
    satisfied: frozenset[str] | None = None
    origin: Origin | None = None
    radius: int | None = None  # miles; only with origin
    min_pay: Decimal | None = None
    posted_days: int | None = None
    remote: bool = False
    sort: str = "relevance"
    now: datetime | None = field(default=None, compare=False)

    def without(self, param: str) -> Criteria:
        """The same search with one facet parameter cleared (facet counts use this)."""
        attr = {
            "state": "states",
            "setting": "settings",
            "type": "types",
            "shift": "shifts",
            "requires": "requires",
        }.get(param)
        if attr:
            return replace(self, **{attr: ()})
        if param == "min_pay":
            return replace(self, min_pay=None)
        raise ValueError(f"Not a facet parameter: {param!r}")


def requirement_codes(codes, state_policy: str) -> list[str]:
    """The `requires=` values a job answers to, from its requirement codes and state policy.

    Every credential or group code the job mentions (required or preferred), plus
    ``state-credential`` when the state asks for one, or ``none`` when it mentions nothing.
    """
    values = set(codes)
    if state_policy != StatePolicy.NOT_REQUIRED:
        values.add(REQUIRES_STATE)
    return sorted(values) or [REQUIRES_NONE]


def requires_choices() -> list[tuple[str, str]]:
    return [
        (REQUIRES_NONE, _("No credential mentioned")),
        *GROUP_LABELS.items(),
        (REQUIRES_STATE, _("State registration or licence")),
        *((c.code, c.short_label) for c in CREDENTIALS.values()),
    ]


def job_states(state: str, workplace: str, remote_states) -> list[str]:
    """States a job answers `state=` for: where it is, and for remote jobs where applicants
    may live."""
    states = {state} if state else set()
    if workplace == "remote":
        states |= set(remote_states or [])
    return sorted(states)
