"""`{% eligibility_snapshot application %}`, `{% snapshot_verdict_text application %}` and the
words for a stored credential's codes (``credential_status_label``, ``verification_label``).

The words for an application's stored eligibility snapshot, made when the page or email is
rendered (``applications.snapshot_text``), in the reader's voice: the candidate's by default,
``voice="employer"`` on the pages an employer reads.
"""

from django import template

from candidates.models import CandidateCredential
from pharmacy.eligibility import CredentialStatus
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


@register.filter
def credential_status_label(code):
    """A stored credential's status code ("active") in words, in the reader's language."""
    return _label(CredentialStatus, code)


@register.filter
def verification_label(code):
    """A stored credential's verification code ("self-reported") in words."""
    return _label(CandidateCredential.Verification, code)


def _label(choices, code):
    try:
        return choices(code).label
    except ValueError:  # Not a code of today's vocabulary: show what was stored.
        return code
