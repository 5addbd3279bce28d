"""The scam screen's data: every signal with its code, weight and why it is one.

Signals come from the FTC's job-scam guidance (https://consumer.ftc.gov/articles/job-scams,
https://consumer.ftc.gov/articles/fake-checks) and the Better Business Bureau's employment-scam
reports (https://www.bbb.org/all/scam-tracker, "Employment scams"). Codes are stable: they
are stored on held jobs and turned into words by ``jobs.scam_text``. ``description`` is for
the people who tune the rule, never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A posting is held when its score reaches this. Each strong signal alone reaches it; the
# weak ones (urgency, pay far above the market, "no interview") only together.
HOLD_AT = 3


@dataclass(frozen=True, slots=True)
class Signal:
    code: str
    weight: int
    description: str


@dataclass(frozen=True, slots=True)
class TextPattern:
    """A wording of ``code``. ``negatable``: a negation just before it, or an employer paying,
    in the same sentence (``GUARDS_BEFORE`` / ``GUARDS_AFTER``) makes it a reassurance."""

    code: str
    pattern: re.Pattern[str]
    negatable: bool = True


SIGNALS: dict[str, Signal] = {
    signal.code: signal
    for signal in (
        Signal(
            "fee",
            3,
            "FTC: you pay for training, a starter kit, certification or a "
            "background check before you are hired; real employers never charge.",
        ),
        Signal(
            "equipment-purchase",
            3,
            "FTC/BBB: you buy equipment or software, usually from "
            "their 'vendor', often with money from a check they send.",
        ),
        Signal(
            "check-deposit",
            3,
            "FTC fake checks: they send a check to deposit and ask you "
            "to send part of it on (overpayment); it bounces days later.",
        ),
        Signal(
            "payment-channel",
            3,
            "FTC: only scammers ask to be paid with gift cards, "
            "cryptocurrency, wire transfers or payment apps.",
        ),
        Signal(
            "chat-interview",
            3,
            "FTC/BBB: the 'interview' is held on Telegram, WhatsApp, "
            "Signal, Google Chat or similar, away from any company system.",
        ),
        Signal("text-interview", 3, "BBB: the interview is done by text message or chat only."),
        Signal("personal-data", 3, "FTC: bank details, SSN or ID asked for before any offer."),
        Signal(
            "pay-above-market",
            2,
            "FTC: pay that is too good to be true for the role; see TECHNICIAN_HOURLY_CEILING.",
        ),
        Signal(
            "free-mail-chain",
            3,
            "BBB: a named chain's job with a free-mail contact "
            "(chains hire from their own domain).",
        ),
        Signal(
            "no-interview",
            2,
            "FTC: hired without an interview, or 'pre-selected' for a job you never applied to.",
        ),
        Signal("urgency", 1, "BBB: pressure to act now (hiring immediately, limited spots)."),
    )
}


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# What a posting asks the applicant to pay for (fee family).
_ITEM = r"""(training(\s+(course|package|materials?|program|portal))?|materials|starter(\s*kit)?
    |kit|onboarding|orientation|registration|enrol?lment|application|processing|activation
    |placement|background[\s-]*(check|screening)|screening|drug\s+(screen|test)|uniforms?
    |equipment|software|certification|course|portal|cohort|slot)"""
_AMOUNT = r"(\$\s?\d[\d,]*(\.\d\d)?|\d[\d,]*\s*(dollars|usd))"
_NOT_PAY_RATE = r"(?!\s*(/|an?\s+hour|per\s+hour|hourly|/h))"
_CHECK = r"che(ck|que)s?"
_APPLICANT = r"(you|you'll|you\s+will|applicants?|candidates?|new\s+hires?|employees?|trainees?)"
_GEAR = r"""(equipment|laptop|computer|scanner|printer|software|headset|work\s*station
    |home[\s-]*office|starter\s*kit|kit|supplies)"""
_PERSONAL = r"""(ssn|social\s+security(\s+(number|no\.?|\#))?|bank(ing)?\s+(account|details|info
    |information|login|credentials)|routing\s+number|account\s+number|online\s+banking
    |driver'?s\s+licen[cs]e|(photo|scan|copy|picture)\s+of\s+(your\s+)?(id|passport|licen[cs]e)
    |date\s+of\s+birth|passport|credit\s+card)"""

TEXT_PATTERNS: tuple[TextPattern, ...] = (
    # Fees ----------------------------------------------------------------------------------
    TextPattern("fee", _p(rf"\b{_ITEM}\s+(fees?|charges?|costs?|payments?)\b")),
    TextPattern(
        "fee", _p(rf"{_AMOUNT}\s*(one[\s-]time\s+)?([\w-]+\s+){{0,2}}(fee|charge|deposit)s?\b")
    ),
    TextPattern(
        "fee", _p(rf"\b(fee|charge|(?<!direct\s)(?<!mobile\s)deposit)\s+(of|is|:)?\s*{_AMOUNT}")
    ),
    TextPattern("fee", _p(rf"\b{_ITEM}\W{{0,3}}(costs?|is|of|=)?\s*\(?{_AMOUNT}{_NOT_PAY_RATE}")),
    TextPattern(
        "fee", _p(rf"\b(fee|charge)\s+(covers|for|to\s+cover|towards)\s+(your\s+|the\s+)?{_ITEM}")
    ),
    TextPattern("fee", _p(rf"\bpay\s+(for\s+)?(your|the)\s+(own\s+)?{_ITEM}")),
    TextPattern(
        "fee",
        _p(
            rf"\b{_APPLICANT}\b[^.;]{{0,30}}\b(must|need\s+to|have\s+to|are\s+required\s+to"
            rf"|responsible\s+for|pay)\b[^.;]{{0,30}}\b(pay|cover|cost|fee)"
        ),
    ),
    TextPattern(
        "fee", _p(r"\b(non-)?refundable\s+deposit\b|\bpay\s+(us|upfront|up\s+front|in\s+advance)\b")
    ),
    # Equipment bought by the applicant -------------------------------------------------------
    TextPattern(
        "equipment-purchase",
        _p(rf"\b{_APPLICANT}\b[^.;]{{0,30}}\b(buy|purchase|order)\b[^.;]{{0,30}}{_GEAR}"),
    ),
    TextPattern(
        "equipment-purchase",
        _p(rf"\b(use|with)\s+(it|the\s+{_CHECK}|the\s+funds|that)\s+to\s+(buy|purchase)\b"),
    ),
    TextPattern(
        "equipment-purchase",
        _p(
            r"\b(buy|purchase)\b[^.;]{0,40}\bfrom\s+(our|the|their)\s+([\w-]+\s+)?"
            r"(vendor|supplier|partner)"
        ),
    ),
    TextPattern("equipment-purchase", _p(rf"\bpurchase\s+of\s+(the\s+|your\s+)?{_GEAR}")),
    TextPattern(
        "equipment-purchase",
        _p(rf"{_GEAR}[^.;]{{0,60}}\b(employee'?s|applicant'?s|your)\s+(own\s+)?responsibility"),
    ),
    # Checks to deposit, overpayment --------------------------------------------------------
    TextPattern(
        "check-deposit",
        _p(rf"""\b(mail|send|issue|receive|forward|give|courier|ship|post)\w*\s+(you\s+)?(a|the|your|our)\s+
        ((cashier'?s?|certified|signing|business|company|payroll|personal|\$?[\d,.]+)\s+)*{_CHECK}\b"""),
    ),
    TextPattern(
        "check-deposit", _p(rf"\b{_CHECK}\s+(will\s+be|is|gets)\s+(mailed|sent|posted|issued)")
    ),
    TextPattern(
        "check-deposit",
        _p(rf"""\bcashier'?s?\s+{_CHECK}|\bmoney\s+orders?\b|\bmobile\s+deposit\b
        |\bdeposit\s+(it|them|the\s+{_CHECK}|this\s+{_CHECK})\b|\bcash\s+(it|the\s+{_CHECK})\b"""),
    ),
    TextPattern(
        "check-deposit",
        _p(r"""\boverpa(y|id|yment|ying)\b
        |\b(send|return|forward|wire|transfer)\w*\s+(back\s+)?(the\s+)?(rest|difference|balance|extra|surplus|remainder
        |excess|leftover|remaining)\b"""),
    ),
    # Gift cards, crypto, wires, payment apps ------------------------------------------------
    TextPattern(
        "payment-channel",
        _p(r"""\b(buy|purchase|send|load|get)\b[^.;]{0,30}\bgift\s*cards?
        |\b(paid|pay|payable)\b[^.;]{0,30}\b(with|in|by|using|via)\s+([\w-]+\s+){0,2}gift\s*cards?
        |\bgift\s*card\s+codes?"""),
    ),
    TextPattern(
        "payment-channel",
        _p(r"\b(bitcoin|btc|usdt|tether|crypto(currency)?|ethereum|coinbase|wallet\s+address)\b"),
    ),
    TextPattern(
        "payment-channel",
        _p(r"""\b(western\s+union|moneygram|zelle|cash\s*app|venmo|wire\s+transfer)\b
        |\bwire\s+(the|us|it|your|\$|money|funds|payment)"""),
    ),
    # Interviews by chat app or text ---------------------------------------------------------
    TextPattern(
        "chat-interview",
        _p(r"\b(telegram|whats\s?app|wickr|kik|wechat|hangouts|google\s+chat)\b"),
        negatable=False,
    ),
    TextPattern(
        "chat-interview",
        _p(r"\bsignal\s+(app|messenger)\b|\b(on|via|through|over)\s+signal\b"),
        negatable=False,
    ),
    TextPattern(
        "text-interview",
        _p(r"""\binterview\w*\b[^.;]{0,40}\b(by|via|over|through|on)\s+(text|sms|texting|chat|instant\s+messag\w*)\b
        |\b(text|sms|chat)[\s-]based\s+interview|\b(text|sms|message)\w*\s+you\s+(the\s+)?interview"""),
    ),
    # Bank details, SSN, ID before an offer --------------------------------------------------
    TextPattern(
        "personal-data",
        _p(
            rf"\b(send|provide|submit|include|email|text|share|give|forward|upload|attach|reply\s+with)\b[^.;]{{0,60}}\b{_PERSONAL}"
        ),
    ),
    TextPattern("personal-data", _p(r"\brouting\s+number\b")),
    # Pressure -------------------------------------------------------------------------------
    TextPattern(
        "no-interview",
        _p(r"""\bno\s+interviews?\b(?!\s+(fee|cost))|\bwithout\s+(an\s+)?interview
        |\bpre-?selected\b|\byou('ve|\s+have)\s+been\s+(selected|hired|approved)\b"""),
        negatable=False,
    ),
    TextPattern(
        "urgency",
        _p(r"""\bhiring\s+immediately|\bimmediate(ly)?\s+hir(e|ing)|\bstart\s+(today|tomorrow|right\s+away|this\s+week)
        |\burgent(ly)?\b|\basap\b|\bfilling\s+fast|\blimited\s+(spots|slots|positions|openings)|\bapply\s+now
        |\bact\s+(now|fast)|\brespond\s+within\s+\d+\s+(hours|minutes)"""),
        negatable=False,
    ),
)

# Same sentence, just before a match: the posting says the opposite ("no training fee").
NEGATION = _p(r"\b(no|never|not|without|free|waived?|zero|don't|do\s+not|won't|will\s+not)\b")
NEGATION_WINDOW = 30  # characters before the match
# Same sentence, from its start through the match: the employer pays ("we pay for your …").
GUARDS_BEFORE = _p(r"""\b(we|we'll|our\s+company|the\s+company|company|employer|hospital|contractor
    |pharmacy|apprenticeship|program)\s+(will\s+|also\s+)*(pay|pays|cover|covers)\b""")
# Same sentence, after the match: "(paid by employer)", "at our expense", "no cost to you".
GUARDS_AFTER = _p(r"""\b(paid|covered)\s+(for\s+)?by\s+(us|(the\s+)?(employer|company
    |hospital|contractor|pharmacy))\b|\b(employer|company)[\s-]paid\b|\bat\s+(our|no)\s+(cost|expense|charge)\b
    |\bno\s+cost\s+to\s+you\b|\bfree\s+of\s+charge\b|\bwhich\s+we\s+pay\b
    |\bafter\s+(an|the|your)\s+offer|\boffer\s+is\s+accepted|\bafter\s+(you\s+are|you're)\s+hired""")

# Pay: a pharmacy technician's median is about $20 an hour (U.S. Bureau of Labor Statistics,
# Occupational Outlook Handbook, "Pharmacy Technicians", median pay May 2023 ≈ $19.4/h,
# https://www.bls.gov/ooh/healthcare/pharmacy-technicians.htm); even the top 10 % earn well
# under $30. More than this for a technician's role is "too good to be true".
TECHNICIAN_HOURLY_CEILING = 45
# Titles that are not technicians' jobs: their pay is compared with nothing.
NOT_TECHNICIAN_TITLE = _p(r"\bpharmacist|\bpharm\.?\s?d\b|\bdirector\b|\bmanager\s+of\s+pharmacy")
HOURS_PER = {"hour": 1, "hr": 1, "h": 1, "day": 8, "week": 40, "wk": 40, "year": 2080, "yr": 2080}
PAY_IN_TEXT = _p(r"""(?P<amount>\$\s?\d[\d,]*(\.\d\d)?)\s*(/|an?\s+|per\s+)\s*
    (?P<unit>hour|hr|h|day|week|wk|year|yr)\b
    |\bweekly\s+(pay|income|earnings)\s+(of\s+)?(?P<weekly>\$\s?\d[\d,]*)""")

# Chains whose name on a free-mail contact is a known impersonation (BBB). Lower case, as
# written in names and email addresses once spaces and punctuation are dropped. Names that
# are also common words or name parts (H-E-B, Target, Capsule) are left out.
CHAINS = (
    "cvs",
    "walgreens",
    "riteaid",
    "walmart",
    "samsclub",
    "kroger",
    "costco",
    "publix",
    "safeway",
    "albertsons",
    "meijer",
    "hyvee",
    "gianteagle",
    "wegmans",
    "expressscripts",
    "optum",
    "caremark",
    "amazonpharmacy",
    "altopharmacy",
    "cigna",
    "humana",
    "kaiser",
    "centerwell",
)
