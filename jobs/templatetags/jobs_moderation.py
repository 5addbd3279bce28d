"""`{{ reason|hold_reason }}`: a held job's stored reason in words (``jobs.scam_text``)."""

from django import template

from jobs.scam_text import hold_reason_text

register = template.Library()


@register.filter
def hold_reason(reason) -> str:
    return hold_reason_text(reason)
