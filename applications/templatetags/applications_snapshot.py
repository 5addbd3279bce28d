"""`{% eligibility_snapshot application %}` and `{% snapshot_verdict_text application %}`.

The words for an application's stored eligibility snapshot, made when the page or email is
rendered (``applications.snapshot_text``).
"""

from django import template

from ..snapshot_text import snapshot_text

register = template.Library()


@register.inclusion_tag("applications/includes/eligibility.html")
def eligibility_snapshot(application):
    """The snapshot's verdict and one line per requirement."""
    return {"eligibility": _text(application)}


@register.simple_tag
def snapshot_verdict_text(application):
    """The snapshot's verdict in words ("You meet all requirements")."""
    return _text(application).verdict_text


def _text(application):
    return snapshot_text(application.eligibility_snapshot, verdict=application.verdict)
