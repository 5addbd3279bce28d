"""The eligibility rule's results in words: the one place they become sentences.

``pharmacy.eligibility`` returns codes and values; this module turns them into translated
text when a page or an email shows them, never before. Each sentence is a whole message with
``%(name)s`` placeholders so translators can reorder it. Sentences are written in a *voice*:
the candidate's ("Met by your PTCB CPhT") on their own pages and emails, the employer's ("Met
by their PTCB CPhT") on the applicant's pages an employer reads. Each voice is one phrase table
in ``_PHRASES`` (the sentences both voices say alike come once, from ``_NEUTRAL``) and one in
``_VERDICTS``; every reason has a sentence in every voice.
"""

from __future__ import annotations

from django.db import models
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from .credentials import (
    StateCredentialType,
    label_for,
    parse_state_credential_code,
    short_label_for,
)
from .eligibility import (
    Outcome,
    Reason,
    Requirement,
    RequirementResult,
    StateRequirement,
    Verdict,
)
from .states import state_label


class Voice(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    EMPLOYER = "employer", _("Employer")


# Dates as the rest of the site writes them: "Dec 1, 2026" (each language orders its own:
# templates write ``|date:_("M j, Y")``, the same message).
DATE_FORMAT = "M j, Y"

# The messages that read the same in either voice: they name what is asked, not whose it is.
_NEUTRAL = {
    Reason.REQUIRES: _("Requires %(credential)s"),
    Reason.NO_STATE_CREDENTIAL: _("Requires %(a_state)s technician credential"),
    Reason.NO_STATE_OR_TRAINEE_CREDENTIAL: _(
        "Requires %(a_state)s technician or trainee credential"
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
}
# For each voice, the neutral messages and one per remaining reason code (Reason values are the
# keys), "…-dated" variants for when a date is known. Plurals count the placeholder they name.
_PHRASES = {
    Voice.CANDIDATE: {
        **_NEUTRAL,
        Reason.MET: _("Met by your %(credential)s"),
        "met-dated": _("Met by your %(credential)s (expires %(date)s)"),
        Reason.EXPIRING_SOON: _("Met by your %(credential)s, which expires on %(date)s: renew it"),
        Reason.PENDING: _("Your %(credential)s is still pending"),
        Reason.INACTIVE: _("Your %(credential)s is inactive"),
        Reason.EXPIRED: _("Your %(credential)s expired on %(date)s"),
        Reason.MARKED_EXPIRED: _(
            "You marked your %(credential)s as expired; if you renewed it, update its status"
        ),
        Reason.REJECTED: _("Our staff could not verify your %(credential)s"),
        "rejected-reason": _("Our staff could not verify your %(credential)s: %(why)s"),
        Reason.PREREQUISITE: _("Your %(credential)s counts only with an active %(prerequisite)s"),
        Reason.NOT_ISSUED: _(
            "%(state)s does not issue %(type)s to pharmacy technicians; check your credential's "
            "type"
        ),
        Reason.TRAINEE_NOT_ACCEPTED: _(
            "This job does not accept trainees: it needs %(a_state)s technician credential"
        ),
        "trainee-not-accepted-titled": _(
            "This job does not accept trainees: it needs %(a_state)s technician credential "
            "(%(title)s)"
        ),
        Reason.ASSISTANT_NOT_ACCEPTED: _(
            "Requires %(a_state)s technician credential; an assistant credential does not count"
        ),
        Reason.OTHER_STATE: ngettext_lazy(
            "Requires %(a_state)s credential; yours is from %(states)s",
            "Requires %(a_state)s credential; yours are from %(states)s",
            "count",
        ),
    },
    Voice.EMPLOYER: {
        **_NEUTRAL,
        Reason.MET: _("Met by their %(credential)s"),
        "met-dated": _("Met by their %(credential)s (expires %(date)s)"),
        Reason.EXPIRING_SOON: _("Met by their %(credential)s, which expires on %(date)s"),
        Reason.PENDING: _("Their %(credential)s is still pending"),
        Reason.INACTIVE: _("Their %(credential)s is inactive"),
        Reason.EXPIRED: _("Their %(credential)s expired on %(date)s"),
        Reason.MARKED_EXPIRED: _("They marked their %(credential)s as expired"),
        # The staff's reason is the candidate's business: the employer reads only the fact.
        Reason.REJECTED: _("Our staff could not verify their %(credential)s"),
        "rejected-reason": _("Our staff could not verify their %(credential)s"),
        Reason.PREREQUISITE: _(
            "Their %(credential)s counts only with an active %(prerequisite)s, which they lack"
        ),
        Reason.NOT_ISSUED: _(
            "%(state)s does not issue %(type)s to pharmacy technicians; the credential they "
            "entered does not count"
        ),
        Reason.TRAINEE_NOT_ACCEPTED: _(
            "Holds a trainee credential; this job needs %(a_state)s technician credential"
        ),
        "trainee-not-accepted-titled": _(
            "Holds a trainee credential; this job needs %(a_state)s technician credential "
            "(%(title)s)"
        ),
        Reason.ASSISTANT_NOT_ACCEPTED: _(
            "Holds an assistant credential; this job needs %(a_state)s technician credential"
        ),
        Reason.OTHER_STATE: ngettext_lazy(
            "Requires %(a_state)s credential; theirs is from %(states)s",
            "Requires %(a_state)s credential; theirs are from %(states)s",
            "count",
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
        "check-state": _(
            "You meet this job's listed requirements; we have not confirmed %(state)s's rules, "
            "so check with the %(state)s board of pharmacy"
        ),
    },
    Voice.EMPLOYER: {
        Verdict.ELIGIBLE: _("Meets all required credentials"),
        Verdict.ELIGIBLE_WITH_CONDITIONS: _(
            "Meets the required credentials; some are needed after hire"
        ),
        Verdict.NOT_ELIGIBLE: _("Does not meet all required credentials"),
        "check-state": _(
            "Meets this job's listed requirements; we have not confirmed %(state)s's rules, "
            "so check their credential with the %(state)s board of pharmacy"
        ),
    },
}
# A credential type in the plural, as "Texas does not issue %(type)s …" reads it (made whole, not
# by adding an "s": languages do not all plural the same way).
_TYPE_PLURALS = {
    StateCredentialType.REGISTRATION: _("registrations"),
    StateCredentialType.LICENSE: _("licenses"),
    StateCredentialType.STATE_CERTIFICATION: _("state certifications"),
    StateCredentialType.TRAINEE: _("trainee credentials"),
    StateCredentialType.ASSISTANT: _("assistant credentials"),
}
# "a" or "an" before a state's name: by sound, so "a Utah", "an Ohio".
_AN_STATES = frozenset({"AL", "AK", "AZ", "AR", "ID", "IL", "IN", "IA", "OH", "OK", "OR"})


def a_state(state: str) -> str:
    """ "a Texas", "an Ohio": the state's name with its indefinite article."""
    name = state_label(state)
    return (gettext("an %(state)s") if state in _AN_STATES else gettext("a %(state)s")) % {
        "state": name
    }


def site_date(value) -> str:
    return date_format(value, gettext(DATE_FORMAT))


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


def verdict_text(
    verdict: Verdict | str, *, voice: Voice = Voice.CANDIDATE, check_state: str = ""
) -> str:
    """The verdict as a heading: "You meet all requirements", …

    ``check_state``: a state whose rule is not confirmed; "you meet all requirements" would
    then claim more than we know, so the heading sends the reader to the state's board.
    """
    verdict = Verdict(verdict)
    if check_state and verdict is not Verdict.NOT_ELIGIBLE:
        return str(_VERDICTS[voice]["check-state"]) % {"state": state_label(check_state)}
    return str(_VERDICTS[voice][verdict])


def requirement_label(requirement: Requirement | StateRequirement) -> str:
    """What a requirement asks for: "Texas: Registered pharmacy technician", "PTCB …"."""
    if isinstance(requirement, StateRequirement):
        state = state_label(requirement.state)
        if requirement.title:
            return gettext("%(state)s: %(title)s") % {"state": state, "title": requirement.title}
        return gettext("%(state)s state credential") % {"state": state}
    return label_for(requirement.code)


_ABOUT_A_CREDENTIAL = frozenset(
    {
        Reason.MET,
        Reason.EXPIRING_SOON,
        Reason.PENDING,
        Reason.INACTIVE,
        Reason.EXPIRED,
        Reason.MARKED_EXPIRED,
        Reason.REJECTED,
        Reason.PREREQUISITE,
    }
)


def _why(result: RequirementResult, phrases: dict) -> str:
    reason = result.reason
    if reason in _ABOUT_A_CREDENTIAL:
        credential = result.met_by if result.met_by is not None else result.closest
        values = {"credential": short_label_for(credential.code)}
        if credential.expires_on is not None:
            values["date"] = site_date(credential.expires_on)
        if reason is Reason.MET and credential.expires_on is not None:
            return phrases["met-dated"] % values
        if reason is Reason.REJECTED and credential.rejection_reason.strip():
            values["why"] = credential.rejection_reason.strip().rstrip(".")
            return phrases["rejected-reason"] % values
        if reason is Reason.PREREQUISITE:
            values["prerequisite"] = short_label_for(result.prerequisite)
        return phrases[reason] % values
    if reason is Reason.REQUIRES:
        return phrases[reason] % {"credential": short_label_for(result.requirement.code)}
    state = result.requirement.state
    values = {"state": state_label(state), "a_state": a_state(state)}
    if reason is Reason.NOT_ISSUED:
        held_type, _state = parse_state_credential_code(result.closest.code)
        values["type"] = str(_TYPE_PLURALS[held_type])
    if reason is Reason.TRAINEE_NOT_ACCEPTED and result.requirement.title:
        values["title"] = result.requirement.title
        return phrases["trainee-not-accepted-titled"] % values
    if reason is Reason.OTHER_STATE:
        names = sorted(state_label(code) for code in result.other_states)
        values |= {"states": get_text_list(names, gettext("and")), "count": len(names)}
    return phrases[reason] % values
