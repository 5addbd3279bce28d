"""The eligibility rule's results in words: the one place they become sentences.

``pharmacy.eligibility`` returns codes and values; this module turns them into translated
text when a page or an email shows them, never before. Each sentence is a whole message with
``%(name)s`` placeholders so translators can reorder it. Sentences are written in a *voice*:
today only the candidate's ("Met by your PTCB CPhT"); an employer's voice ("Met by their …")
is one more phrase table in ``_PHRASES``.
"""

from __future__ import annotations

from django.db import models
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from .credentials import label_for, short_label_for
from .eligibility import (
    Outcome,
    Reason,
    Requirement,
    RequirementResult,
    StateRequirement,
    Verdict,
)
from .states import STATE_NAMES


class Voice(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")


# For each voice, a message per reason code (Reason values are the keys), "…-dated" variants for
# when a date is known, and the outcome wrappers. Plurals count the placeholder they name.
_PHRASES = {
    Voice.CANDIDATE: {
        Reason.MET: _("Met by your %(credential)s"),
        "met-dated": _("Met by your %(credential)s (expires %(date)s)"),
        Reason.REQUIRES: _("Requires %(credential)s"),
        Reason.PENDING: _("Your %(credential)s is still pending"),
        Reason.INACTIVE: _("Your %(credential)s is inactive"),
        Reason.EXPIRED: _("Your %(credential)s has expired"),
        "expired-dated": _("Your %(credential)s expired on %(date)s"),
        Reason.TRAINEE_NOT_ACCEPTED: _("This job does not accept trainees"),
        Reason.ASSISTANT_NOT_ACCEPTED: _(
            "Requires a %(state)s technician credential; an assistant credential does not count"
        ),
        Reason.OTHER_STATE: ngettext_lazy(
            "Requires a %(state)s credential; yours is from %(states)s",
            "Requires a %(state)s credential; yours are from %(states)s",
            "count",
        ),
        Reason.NO_STATE_CREDENTIAL: _("Requires a %(state)s technician credential"),
        Reason.NO_STATE_OR_TRAINEE_CREDENTIAL: _(
            "Requires a %(state)s technician or trainee credential"
        ),
        Outcome.PREFERRED_MISSING: _("%(reason)s (preferred, not required)"),
        Outcome.NEEDED_WITHIN: ngettext_lazy(
            "Needed within %(days)s day of hire", "Needed within %(days)s days of hire", "days"
        ),
        "needed-within-reason": ngettext_lazy(
            "%(reason)s; needed within %(days)s day of hire",
            "%(reason)s; needed within %(days)s days of hire",
            "days",
        ),
    },
}
_VERDICTS = {
    Voice.CANDIDATE: {
        Verdict.ELIGIBLE: _("You meet all requirements"),
        Verdict.ELIGIBLE_WITH_CONDITIONS: _(
            "You meet the requirements; some are needed after hire"
        ),
        Verdict.NOT_ELIGIBLE: _("You don't meet all requirements yet"),
    },
}


def explanation(result: RequirementResult, *, voice: Voice = Voice.CANDIDATE) -> str:
    """One line on how ``result`` came out and why, in ``voice``."""
    phrases = _PHRASES[voice]
    if result.outcome is Outcome.NEEDED_WITHIN:
        days = result.requirement.within_days
        if result.reason is Reason.REQUIRES:  # Nothing held: the deadline is the whole story.
            return phrases[Outcome.NEEDED_WITHIN] % {"days": days}
        return phrases["needed-within-reason"] % {"reason": _why(result, phrases), "days": days}
    if result.outcome is Outcome.PREFERRED_MISSING:
        return phrases[Outcome.PREFERRED_MISSING] % {"reason": _why(result, phrases)}
    return _why(result, phrases)


def verdict_text(verdict: Verdict | str, *, voice: Voice = Voice.CANDIDATE) -> str:
    """The verdict as a heading: "You meet all requirements", …"""
    return str(_VERDICTS[voice][Verdict(verdict)])


def requirement_label(requirement: Requirement | StateRequirement) -> str:
    """What a requirement asks for: "Texas registration or licence", "PTCB Certified …"."""
    if isinstance(requirement, StateRequirement):
        return gettext("%(state)s registration or licence") % {
            "state": STATE_NAMES[requirement.state]
        }
    return label_for(requirement.code)


def _why(result: RequirementResult, phrases: dict) -> str:
    reason = result.reason
    if reason in (Reason.MET, Reason.PENDING, Reason.INACTIVE, Reason.EXPIRED):
        credential = result.met_by if reason is Reason.MET else result.closest
        values = {"credential": short_label_for(credential.code)}
        if reason in (Reason.MET, Reason.EXPIRED) and credential.expires_on is not None:
            values["date"] = date_format(credential.expires_on)
            return phrases[f"{reason.value}-dated"] % values
        return phrases[reason] % values
    if reason is Reason.REQUIRES:
        return phrases[reason] % {"credential": short_label_for(result.requirement.code)}
    values = {"state": STATE_NAMES[result.requirement.state]}
    if reason is Reason.OTHER_STATE:
        names = sorted(STATE_NAMES[code] for code in result.other_states)
        values |= {"states": get_text_list(names, gettext("and")), "count": len(names)}
    return phrases[reason] % values
