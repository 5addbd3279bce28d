"""Human labels for facet values (the codes come from the shared vocabulary)."""

from django.utils.translation import gettext as _

from pharmacy.states import STATE_NAMES
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .criteria import PAY_BANDS, requires_choices


def facet_labels() -> dict[str, dict[str, str]]:
    """Each facet's values and their labels, made in the language of the request."""
    return {
        "setting": {value: str(label) for value, label in Setting.choices},
        "state": dict(STATE_NAMES),
        "type": {value: str(label) for value, label in EmploymentType.choices},
        "shift": {value: str(label) for value, label in Shift.choices},
        "requires": {value: str(label) for value, label in requires_choices()},
        "min_pay": {str(band): _("$%(band)s+ an hour") % {"band": band} for band in PAY_BANDS},
    }


def facet_lists(counts: dict[str, dict[str, int]]) -> dict[str, list[dict]]:
    """``{"state": {"TX": 3}}`` → ``{"state": [{"value": "TX", "label": "Texas", "count": 3}]}``.

    Every known value is listed, in vocabulary order, zero counts included, so a facet never
    disappears when a sibling filter is active.
    """
    labels = facet_labels()
    return {
        param: [
            {"value": value, "label": label, "count": counts[param].get(value, 0)}
            for value, label in labels[param].items()
        ]
        for param in labels
        if param in counts
    }
