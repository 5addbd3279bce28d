"""The search API's query parameters as OpenAPI, read from the one FilterSet that validates them.

Each filter's form field says its type, its choices and its bounds, so the schema cannot drift
from what ``search.filters`` accepts. Repeatable parameters are arrays (``state=TX&state=OH``).
"""

from __future__ import annotations

from django import forms
from django_filters import MultipleChoiceFilter

from pharmacy.credentials import CREDENTIALS, StateCredentialType
from pharmacy.states import US_STATES

from .filters import HoldableCodesField, JobSearchFilterSet

DESCRIPTIONS = {
    "q": "Keywords (title, employer, place, setting, shifts, credentials).",
    "state": "Two-letter state codes; repeat for OR.",
    "setting": "Practice settings; repeat for OR.",
    "type": "Employment types; repeat for OR.",
    "shift": "Shifts; repeat for OR.",
    "requires": "Jobs that ask for these credentials; repeat for OR.",
    "have": "Credentials you hold: only jobs whose required credentials they meet.",
    "eligible": "1: only jobs the signed-in candidate's own credentials meet (400 otherwise).",
    "zip": "A 5-digit US ZIP code that exists (400 otherwise); the origin for radius and sort.",
    "radius": "Miles from zip (needs zip).",
    "min_pay": "Minimum hourly pay in dollars.",
    "posted": "Posted within this many days.",
    "remote": "1: remote jobs only.",
    "sort": "Order of results; distance needs zip.",
    "page": "Page of 20 results.",
}


def holdable_codes() -> list[str]:
    """Every code ``have`` accepts: national credentials and ``state-<type>-<XX>``."""
    state_codes = [
        f"state-{kind.value}-{code}" for kind in StateCredentialType for code, _name in US_STATES
    ]
    return [*CREDENTIALS, *state_codes]


def _field_schema(field: forms.Field) -> dict:
    if isinstance(field, HoldableCodesField):
        return {"type": "string", "enum": holdable_codes()}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [str(value) for value, _label in field.choices if value]}
    if isinstance(field, forms.DecimalField):
        integer = field.decimal_places == 0
        schema: dict = {"type": "integer" if integer else "number"}
        if field.min_value is not None:
            schema["minimum"] = int(field.min_value) if integer else float(field.min_value)
        if field.max_value is not None:
            schema["maximum"] = int(field.max_value) if integer else float(field.max_value)
        return schema
    schema = {"type": "string"}
    if field.max_length:
        schema["maxLength"] = field.max_length
    if field.min_length:
        schema["minLength"] = field.min_length
    return schema


def search_parameters() -> list[dict]:
    """The OpenAPI ``parameters`` of ``GET /api/v1/jobs``, in the FilterSet's order."""
    form = JobSearchFilterSet().form
    parameters = []
    for name, filter_ in JobSearchFilterSet.base_filters.items():
        field = form.fields[name]
        schema = _field_schema(field)
        if name == "zip":  # what _validate_zip's lookup needs before it can find the place
            schema["pattern"] = "^[0-9]{5}$"
        if isinstance(filter_, MultipleChoiceFilter):
            schema = {"type": "array", "items": schema}
        parameters.append(
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": DESCRIPTIONS.get(name, str(field.label or "")),
                "schema": schema,
                # An empty value (a form's "any" option sends posted=) means the parameter is out.
                "allowEmptyValue": True,
                "style": "form",
                "explode": True,
            }
        )
    return parameters
