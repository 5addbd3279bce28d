"""The scam screen's findings in words: the one place they become sentences.

``jobs.scam`` stores codes and the words or figures that triggered them on a held job
(``[{"code": "fee", "value": "$200 fee covers your training"}]``); moderators' pages and
emails show them through ``hold_reason_text``.
"""

from __future__ import annotations

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

REASONS = {
    "fee": _("Asks applicants to pay a fee (training, kit, certification or background check)"),
    "equipment-purchase": _("Asks applicants to buy equipment or software"),
    "check-deposit": _("Sends a check to deposit, or asks for money back (overpayment)"),
    "payment-channel": _("Asks for gift cards, cryptocurrency, a wire transfer or a payment app"),
    "chat-interview": _("Interviews by chat app (Telegram, WhatsApp, Signal, Google Chat…)"),
    "text-interview": _("Interviews by text message or chat only"),
    "personal-data": _("Asks for bank details, SSN or ID before any offer"),
    "pay-above-market": _("Pay far above the market for a technician (BLS median about $20/h)"),
    "free-mail-chain": _("A chain's name with a free-mail contact"),
    "no-interview": _("Hires without an interview, or says the reader was pre-selected"),
    "urgency": _("Pressure to act now"),
}

# Reasons stored before codes (issue 11): the data migration maps them, this keeps any left.
LEGACY = {
    "Asks applicants to pay money or a fee": "fee",
    "Asks applicants to buy equipment": "equipment-purchase",
    "Asks applicants to deposit a check": "check-deposit",
    "Asks for bank or Social Security details up front": "personal-data",
    "Gives a chat app as the contact": "chat-interview",
    "Mentions a money-transfer app": "payment-channel",
}


def hold_reason_text(reason) -> str:
    """One stored reason (``{"code", "value"}``, or a bare code) as a moderator reads it."""
    if isinstance(reason, dict):
        code, value = reason.get("code", ""), reason.get("value", "")
    else:
        code, value = LEGACY.get(str(reason), str(reason)), ""
    words = REASONS.get(code)
    if words is None:
        return str(code)
    if not value:
        return str(words)
    return gettext("%(reason)s: “%(value)s”") % {"reason": words, "value": value}
