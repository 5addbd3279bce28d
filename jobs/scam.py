"""Scam signals in a job posting: the patterns fake "pharmacy tech" ads follow.

Pure module (no Django, no I/O). A posting with any signal is held for a moderator, who sees
the reasons; nothing is rejected automatically, so a false positive costs a review, not a job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that, shortly before a match, turn it into a reassurance ("we never charge a fee").
_NEGATIONS = re.compile(
    r"\b(no|never|not|without|free|waive[sd]?|won't|will not|don't|do not|zero)\b",
    re.IGNORECASE,
)
_NEGATION_WINDOW = 40  # characters before the match


@dataclass(frozen=True, slots=True)
class Signal:
    reason: str
    pattern: re.Pattern[str]
    negatable: bool = True


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "Asks applicants to pay money or a fee",
        _p(
            r"\b(training|application|registration|processing|onboarding|enrollment|"
            r"background[- ]check|starter[- ]kit|certification|placement|uniform)\s+fees?\b"
            r"|\bpay\s+(us|a\s+fee|upfront|up\s+front|in\s+advance|a\s+deposit)\b"
            r"|\b(send|wire|transfer)\s+(us\s+)?(money|funds|a\s+payment|payment)\b"
            r"|\brefundable\s+deposit\b"
        ),
    ),
    Signal(
        "Asks applicants to buy equipment",
        _p(
            r"\b(purchase|buy)\s+(your\s+own\s+|the\s+|an?\s+)?(required\s+)?"
            r"(equipment|laptop|computer|software|supplies|starter\s+kit|work\s+station)\b"
            r"|\bequipment\s+purchase\b"
        ),
    ),
    Signal(
        "Asks applicants to deposit a check",
        _p(
            r"\bcashier'?s?\s+che(ck|que)\b|\bmoney\s+order\b|\bmobile\s+deposit\b"
            r"|\bdeposit\s+(a|the|this|our)\s+che(ck|que)\b|\bche(ck|que)\s+deposit\b"
        ),
    ),
    Signal(
        "Asks for bank or Social Security details up front",
        _p(
            r"\brouting\s+number\b"
            r"|\b(send|provide|submit|include|email|text|share|give)\b[^.]{0,40}"
            r"\b(ssn|social\s+security\s+(number|no|#)|bank\s+(account|details|login)|"
            r"account\s+number)\b"
        ),
        negatable=False,
    ),
    Signal(
        "Gives a chat app as the contact",
        _p(
            r"\b(contact|text|message|reach|interview|chat|add|dm)\b[^.]{0,40}"
            r"\b(telegram|whatsapp|wickr|kik|google\s+chat|hangouts|signal\s+(app|messenger)|"
            r"on\s+signal)\b"
            r"|\b(telegram|whatsapp)\s*(id|handle|number|only|:|@|\+?\d)"
        ),
        negatable=False,
    ),
    Signal(
        "Mentions a money-transfer app",
        _p(r"\b(zelle|cash\s*app|venmo|western\s+union|moneygram|wire\s+transfer)\b"),
    ),
)


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATIONS.search(text[max(0, start - _NEGATION_WINDOW) : start]))


def scam_signals(text: str) -> list[str]:
    """The reasons ``text`` looks like a scam posting, in a stable order; empty when none."""
    reasons: list[str] = []
    for signal in SIGNALS:
        for match in signal.pattern.finditer(text or ""):
            if signal.negatable and _negated(text, match.start()):
                continue
            reasons.append(signal.reason)
            break
    return reasons
