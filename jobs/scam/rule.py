"""How a posting is scored: text patterns, pay against the market, free-mail for a chain."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from decimal import Decimal

from employers.free_mail import is_free_mail

from . import patterns
from .patterns import SIGNALS

_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_WORD = re.compile(r"[a-z]+")
_VALUE_LENGTH = 80


@dataclass(frozen=True, slots=True)
class Posting:
    """What the screen reads of a job: its words, top hourly pay and who posts it."""

    title: str
    text: str
    pay_max_hourly: Decimal | float | None = None
    organisation: str = ""
    contact_emails: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    value: str = ""

    @property
    def weight(self) -> int:
        return SIGNALS[self.code].weight

    def as_dict(self) -> dict:
        return {"code": self.code, "value": self.value}


@dataclass(frozen=True, slots=True)
class Screening:
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def score(self) -> int:
        return sum(finding.weight for finding in self.findings)

    @property
    def held(self) -> bool:
        return self.score >= patterns.HOLD_AT

    def hold_reasons(self) -> list[dict]:
        """What a held job stores (JSON): ``[{"code": …, "value": …}]``; empty when not held."""
        return [finding.as_dict() for finding in self.findings] if self.held else []


def screen(posting: Posting) -> Screening:
    """The posting's findings, one per signal (its first wording), in the order of SIGNALS."""
    text = _plain(f"{posting.title}\n{posting.text}")
    found: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(text):
        for text_pattern in patterns.TEXT_PATTERNS:
            if text_pattern.code in found:
                continue
            value = _first_match(text_pattern, sentence)
            if value is not None:
                found[text_pattern.code] = value
    pay = _pay_above_market(posting, text)
    if pay:
        found["pay-above-market"] = pay
    contact = _free_mail_for_chain(posting, text)
    if contact:
        found["free-mail-chain"] = contact
    return Screening(tuple(Finding(code, found[code]) for code in SIGNALS if code in found))


def _plain(text: str) -> str:
    text = _TAG.sub("\n", text or "")
    return html.unescape(text).replace("\u2019", "'")


def _first_match(text_pattern: patterns.TextPattern, sentence: str) -> str | None:
    # Overlapping search: a negated first wording must not hide a second one after it.
    match = text_pattern.pattern.search(sentence)
    while match:
        if not (text_pattern.negatable and _reassurance(sentence, match)):
            return " ".join(match.group(0).split())[:_VALUE_LENGTH]
        match = text_pattern.pattern.search(sentence, match.start() + 1)
    return None


def _reassurance(sentence: str, match: re.Match) -> bool:
    before = sentence[max(0, match.start() - patterns.NEGATION_WINDOW) : match.start()]
    return bool(
        patterns.NEGATION.search(before)
        or patterns.GUARDS_BEFORE.search(sentence[: match.end()])
        or patterns.GUARDS_AFTER.search(sentence[match.end() :])
    )


def _pay_above_market(posting: Posting, text: str) -> str:
    if patterns.NOT_TECHNICIAN_TITLE.search(posting.title or ""):
        return ""
    rates = [float(posting.pay_max_hourly)] if posting.pay_max_hourly is not None else []
    for match in patterns.PAY_IN_TEXT.finditer(text):
        if match.group("weekly"):
            rates.append(_dollars(match.group("weekly")) / patterns.HOURS_PER["week"])
        else:
            unit = match.group("unit").lower()
            rates.append(_dollars(match.group("amount")) / patterns.HOURS_PER[unit])
    top = max(rates, default=0)
    return f"${top:,.2f}/h" if top > patterns.TECHNICIAN_HOURLY_CEILING else ""


def _dollars(amount: str) -> float:
    return float(amount.replace("$", "").replace(",", "").strip())


def _free_mail_for_chain(posting: Posting, text: str) -> str:
    """A free-mail contact (the poster's or one in the text) for an organisation named after
    a chain, or an address that carries the chain's name. A title is not enough: independents
    write "CVS experience welcome"."""
    addresses = {*posting.contact_emails, *(m.group(0) for m in _EMAIL.finditer(text))}
    words = _WORD.findall(posting.organisation.lower())
    # "Rite Aid Hiring" names riteaid: join each run of up to three words.
    named = {"".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
    for address in sorted(a.lower() for a in addresses if is_free_mail(a)):
        tokens = _WORD.findall(address.partition("@")[0])
        for chain in patterns.CHAINS:
            if chain in named or any(t.startswith(chain) or t.endswith(chain) for t in tokens):
                return address
    return ""
