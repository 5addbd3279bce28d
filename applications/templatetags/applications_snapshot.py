"""`{% eligibility_snapshot application %}` and `{% snapshot_verdict_text application %}`.

The words for an application's stored eligibility snapshot, made when the page or email is
rendered (``applications.snapshot_text``), in the reader's voice: the candidate's by default,
``voice="employer"`` on the pages an employer reads.
"""

from django import template

from pharmacy.match_text import Voice

from ..snapshot_text import snapshot_text

register = template.Library()


@register.inclusion_tag("applications/includes/eligibility.html")
def eligibility_snapshot(application, voice=Voice.CANDIDATE):
    """The snapshot's verdict and one line per requirement."""
    return {"eligibility": _text(application, voice)}


@register.simple_tag
def snapshot_verdict_text(application, voice=Voice.CANDIDATE):
    """The snapshot's verdict in words ("You meet all requirements")."""
    return _text(application, voice).verdict_text


def _text(application, voice):
    return snapshot_text(
        application.eligibility_snapshot, verdict=application.verdict, voice=Voice(voice)
    )
