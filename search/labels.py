"""Human labels for facet values (the codes come from the shared vocabulary)."""

from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pharmacy.states import state_choices
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .criteria import PAY_BANDS, requires_choices


def facet_labels() -> dict[str, dict[str, str]]:
    """Each facet's values and their labels, made in the language of the request (kept per
    language, as ``state_choices`` is: read it, never change it)."""
    return _facet_labels(get_language())


@lru_cache(maxsize=8)
def _facet_labels(language: str | None) -> dict[str, dict[str, str]]:
    # ``language`` is the active one: the key of what ``gettext`` returns here.
    return {
        "setting": {value: str(label) for value, label in Setting.choices},
        "state": dict(state_choices()),
        "type": {value: str(label) for value, label in EmploymentType.choices},
        "shift": {value: str(label) for value, label in Shift.choices},
        "requires": {value: str(label) for value, label in requires_choices()},
        "min_pay": {str(band): _("$%(band)s+ an hour") % {"band": band} for band in PAY_BANDS},
    }


def facet_titles() -> dict[str, str]:
    """Each facet's heading on the page, in the language of the request."""
    return {
        "setting": _("Practice setting"),
        "state": _("State"),
        "type": _("Employment type"),
        "shift": _("Shift"),
        "requires": _("Requirements"),
        "min_pay": _("Pay"),
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


# Where a parameter's error is shown on the page: the id of its control (or of its group),
# for the controls an invalid search still draws.
ERROR_TARGETS = {
    "q": "id_q",
    "zip": "id_zip",
    "radius": "id_radius",
    "sort": "id_sort",
    "posted": "f-posted",
    "remote": "f-remote",
    "have": "f-have",
}
# Controls in the filters panel (it opens when one of them is wrong). The facets' own groups
# are drawn from the counts, which an invalid search has none of: their errors have no link.
FILTER_PARAMS = frozenset({"posted", "remote", "have"})


def error_items(form) -> list[dict]:
    """The form's errors as the page shows them: the field's label, not the parameter's key.

    ``[{"param": "zip", "label": "ZIP code", "target": "id_zip", "message": "…"}]``; errors
    of the whole search have no label. The API keeps the keys (``result.errors``).
    """
    items = []
    for param, messages in form.errors.items():
        field = form.fields.get(param)
        label = str(field.label) if field is not None and field.label else ""
        for message in messages:
            items.append(
                {
                    "param": param,
                    "label": label,
                    "target": ERROR_TARGETS.get(param, "") if label else "",
                    "message": str(message),
                }
            )
    return items
