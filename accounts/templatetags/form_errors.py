"""The ids that tie a field to its help and errors, and the error summary above a form.

One scheme (docs/forms.md): Django's own ``<auto_id>_helptext`` for help and
``<auto_id>_error`` for errors, the ids ``BoundField`` writes into a widget's
``aria-describedby``; ``templates/includes/field.html`` renders elements with exactly these ids.
"""

from django import template
from django.forms import BaseForm, BaseFormSet

register = template.Library()


@register.filter
def help_id(field) -> str:
    return f"{field.auto_id}_helptext"


@register.filter
def error_id(field) -> str:
    return f"{field.auto_id}_error"


@register.filter
def anchor_id(field) -> str:
    """What a link to the field points at: its input, or a group's first choice."""
    return field.id_for_label or f"{field.auto_id}_0"


@register.filter
def non_field_errors_id(form) -> str:
    """The block of a form's (or a formset's) errors that belong to no one field."""
    if isinstance(form, BaseFormSet):
        return f"{form.prefix}-nonform-errors"
    return f"{form.prefix}-errors" if form.prefix else "form-errors"


def _non_field_entries(form, errors) -> list[tuple[str, str, str]]:
    return [(non_field_errors_id(form), "", error) for error in errors]


def _form_entries(form: BaseForm) -> list[tuple[str, str, str]]:
    entries = _non_field_entries(form, form.non_field_errors())
    for field in form:
        if not field.is_hidden:
            entries += [(anchor_id(field), field.label, error) for error in field.errors]
    return entries


def summary_entries(*forms) -> list[tuple[str, str, str]]:
    """(id to link to, field label or "", message) for each error of the forms and formsets,
    in page order."""
    entries = []
    for form in forms:
        if form is None or not form.is_bound:
            continue
        if isinstance(form, BaseFormSet):
            entries += _non_field_entries(form, form.non_form_errors())
            for subform in form:
                entries += _form_entries(subform)
        else:
            entries += _form_entries(form)
    return entries


@register.inclusion_tag("includes/error_summary.html")
def error_summary(*forms):
    """``{% error_summary form formset … %}``: nothing when the forms have no errors."""
    first = next((form for form in forms if form is not None), None)
    prefix = getattr(first, "prefix", None) or "form"
    return {"entries": summary_entries(*forms), "summary_id": f"{prefix}-error-summary"}
