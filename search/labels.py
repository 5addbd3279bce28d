"""Human labels for facet values (the codes come from the shared vocabulary)."""

from candidates.credentials import STATE_NAMES
from candidates.vocabulary import EmploymentType, Setting, Shift

from .criteria import PAY_BANDS, requires_choices

FACET_LABELS: dict[str, dict[str, str]] = {
    "setting": {value: str(label) for value, label in Setting.choices},
    "state": dict(STATE_NAMES),
    "type": {value: str(label) for value, label in EmploymentType.choices},
    "shift": {value: str(label) for value, label in Shift.choices},
    "requires": dict(requires_choices()),
    "min_pay": {str(band): f"${band}+ an hour" for band in PAY_BANDS},
}


def facet_lists(counts: dict[str, dict[str, int]]) -> dict[str, list[dict]]:
    """``{"state": {"TX": 3}}`` → ``{"state": [{"value": "TX", "label": "Texas", "count": 3}]}``.

    Every known value is listed, in vocabulary order, zero counts included, so a facet never
    disappears when a sibling filter is active.
    """
    return {
        param: [
            {"value": value, "label": label, "count": counts[param].get(value, 0)}
            for value, label in FACET_LABELS[param].items()
        ]
        for param in FACET_LABELS
        if param in counts
    }
