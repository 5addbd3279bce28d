"""The credential vocabulary: the one source of truth for credential codes and their labels.

Credentials are identified by issuer + code, never by acronym: PTCB and NHA both award a "CPhT".
Pure module (no Django, no I/O) so models, forms, search and the eligibility rule can share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self


class LabelledChoice(StrEnum):
    """A str enum whose members carry a human label: ``MEMBER = "value", "Label"``."""

    label: str

    def __new__(cls, value: str, label: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, label) pairs, in declaration order, for form and model choices."""
        return [(member.value, member.label) for member in cls]


class Issuer(LabelledChoice):
    PTCB = "ptcb", "Pharmacy Technician Certification Board (PTCB)"
    NHA = "nha", "National Healthcareer Association (NHA)"


class CredentialKind(LabelledChoice):
    # Certifications need CE and give letters after the name; ABCs do neither.
    CERTIFICATION = "certification", "Certification"
    CERTIFICATE = "certificate", "Assessment-based certificate"


@dataclass(frozen=True, slots=True)
class Credential:
    """A national or specialty credential. ``None`` renewal/CE means none is known or stated."""

    code: str
    issuer: Issuer
    label: str
    short_label: str
    kind: CredentialKind
    renewal_months: int | None
    ce_hours: int | None
    notes: str = ""


def _certification(
    code: str, issuer: Issuer, label: str, short: str, months: int, ce: int | None, notes: str
) -> Credential:
    return Credential(code, issuer, label, short, CredentialKind.CERTIFICATION, months, ce, notes)


def _abc(code: str, name: str, short: str) -> Credential:
    # [U] PTCB's ABC renewal terms are not confirmed: treated as non-expiring until verified.
    return Credential(
        code=code,
        issuer=Issuer.PTCB,
        label=f"PTCB {name} certificate",
        short_label=f"PTCB {short} certificate",
        kind=CredentialKind.CERTIFICATE,
        renewal_months=None,
        ce_hours=None,
        notes="Assessment-based certificate; needs an active PTCB CPhT.",
    )


_ALL: tuple[Credential, ...] = (
    _certification(
        "ptcb-cpht",
        Issuer.PTCB,
        "PTCB Certified Pharmacy Technician (CPhT)",
        "PTCB CPhT",
        24,
        20,
        "Exam: PTCE. CE includes at least 1 h law and 1 h patient safety. Eligibility: a "
        "recognised training program or at least 500 h of work.",
    ),
    _certification(
        "nha-cpht",
        Issuer.NHA,
        "NHA Certified Pharmacy Technician (CPhT)",
        "NHA CPhT",
        24,
        20,
        "Exam: ExCPT. CE includes at least 1 h law. Eligibility: high-school diploma plus a "
        "training program or 1 year of supervised work.",
    ),
    _certification(
        "ptcb-cpht-adv",
        Issuer.PTCB,
        "PTCB Advanced Certified Pharmacy Technician (CPhT-Adv)",
        "PTCB CPhT-Adv",
        24,
        25,
        "Needs an active PTCB CPhT, 3 years of work in the last 8, and 4 ABCs or 3 ABCs plus "
        "CSPT. Keeps the CPhT number.",
    ),
    _certification(
        "ptcb-cspt",
        Issuer.PTCB,
        "PTCB Certified Compounded Sterile Preparation Technician (CSPT)",
        "PTCB CSPT",
        12,
        None,
        "Needs an active PTCB CPhT and sterile compounding experience.",
    ),
    _certification(
        "ptcb-cpted",
        Issuer.PTCB,
        "PTCB Certified Pharmacy Technician Educator (CPTEd)",
        "PTCB CPTEd",
        24,
        None,
        "For educators (from 2025).",
    ),
    _abc("ptcb-tpv", "Technician Product Verification", "Product Verification"),
    _abc("ptcb-med-history", "Medication History", "Medication History"),
    _abc("ptcb-hdm", "Hazardous Drug Management", "Hazardous Drug Management"),
    _abc("ptcb-billing", "Billing and Reimbursement", "Billing and Reimbursement"),
    _abc("ptcb-csdp", "Controlled Substances Diversion Prevention", "Diversion Prevention"),
    _abc("ptcb-immunization", "Immunization Administration", "Immunization"),
    _abc("ptcb-poct", "Point-of-Care Testing", "Point-of-Care Testing"),
    _abc("ptcb-mtm", "Medication Therapy Management", "MTM"),
    _abc("ptcb-regulatory", "Regulatory Compliance", "Regulatory Compliance"),
    _abc("ptcb-supply-chain", "Supply Chain and Inventory Management", "Supply Chain"),
    _abc("ptcb-nonsterile", "Nonsterile Compounding", "Nonsterile Compounding"),
)

CREDENTIALS: dict[str, Credential] = {credential.code: credential for credential in _ALL}

# Requirement groups: a job may ask for "any of" several credentials.
NATIONAL_CERTIFICATION = "national-certification"
GROUP_LABELS: dict[str, str] = {
    NATIONAL_CERTIFICATION: "National certification (PTCB or NHA CPhT)",
}
GROUP_SHORT_LABELS: dict[str, str] = {
    NATIONAL_CERTIFICATION: "PTCB or NHA CPhT",
}
GROUP_MEMBERS: dict[str, frozenset[str]] = {
    # CPhT-Adv is not listed: it reaches the group through COUNTS_AS.
    NATIONAL_CERTIFICATION: frozenset({"ptcb-cpht", "nha-cpht"}),
}
# A credential that also satisfies a requirement for another one (CPhT-Adv keeps the CPhT).
COUNTS_AS: dict[str, frozenset[str]] = {
    "ptcb-cpht-adv": frozenset({"ptcb-cpht"}),
}


def codes_met_by(code: str) -> frozenset[str]:
    """Every credential or group code that holding ``code`` satisfies, ``code`` included."""
    if code not in CREDENTIALS:
        raise ValueError(f"Unknown credential code {code!r}")
    codes = {code} | COUNTS_AS.get(code, frozenset())
    groups = {group for group, members in GROUP_MEMBERS.items() if codes & members}
    return frozenset(codes | groups)


def credential_choices() -> list[tuple[str, str]]:
    """(code, label) for the national and specialty credentials a person can hold."""
    return [(credential.code, credential.label) for credential in _ALL]


REQUIREMENT_CHOICES: list[tuple[str, str]] = [
    *GROUP_LABELS.items(),
    *credential_choices(),
]


# State credentials ------------------------------------------------------------------------------


class StateCredentialType(LabelledChoice):
    REGISTRATION = "registration", "Registration"
    LICENSE = "license", "License"
    STATE_CERTIFICATION = "state-certification", "State certification"
    TRAINEE = "trainee", "Trainee credential"
    ASSISTANT = "assistant", "Assistant credential"


# The 50 states and DC by name, then Puerto Rico: its board licenses pharmacy technicians and
# chains hire there, so a posting there must be expressible. Other territories are left out
# until someone needs them.
US_STATES: list[tuple[str, str]] = [
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
    ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
    ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
    ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
    ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
    ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
    ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
    ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"),
    ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"),
    ("WI", "Wisconsin"), ("WY", "Wyoming"),
    ("PR", "Puerto Rico"),
]  # fmt: skip
STATE_NAMES: dict[str, str] = dict(US_STATES)

_STATE_PREFIX = "state-"


def state_credential_code(credential_type: StateCredentialType | str, state: str) -> str:
    """Format ``state-<type>-<XX>``. Strict: the state must be an uppercase code in US_STATES."""
    credential_type = StateCredentialType(credential_type)
    if state not in STATE_NAMES:
        raise ValueError(f"Unknown state {state!r}: expected an uppercase USPS code such as 'TX'")
    return f"{_STATE_PREFIX}{credential_type.value}-{state}"


def parse_state_credential_code(code: str) -> tuple[StateCredentialType, str] | None:
    """``"state-registration-TX"`` -> ``(REGISTRATION, "TX")``; ``None`` unless exactly canonical.

    Only the spelling ``state_credential_code`` produces is accepted (lowercase prefix and type,
    uppercase state), so one credential never has two codes in URLs, storage or the index.
    """
    if not code.startswith(_STATE_PREFIX):
        return None
    # rsplit: the type "state-certification" itself contains a hyphen.
    type_value, _, state = code[len(_STATE_PREFIX) :].rpartition("-")
    if state not in STATE_NAMES:
        return None
    try:
        return StateCredentialType(type_value), state
    except ValueError:
        return None


def is_holdable(code: str) -> bool:
    """Whether a person can hold ``code``: a credential code or a state credential code."""
    return code in CREDENTIALS or parse_state_credential_code(code) is not None


def label_for(code: str) -> str:
    """A human label for a credential, group or state credential code; ValueError if unknown."""
    if code in CREDENTIALS:
        return CREDENTIALS[code].label
    if code in GROUP_LABELS:
        return GROUP_LABELS[code]
    parsed = parse_state_credential_code(code)
    if parsed is None:
        raise ValueError(f"Unknown credential code {code!r}")
    credential_type, state = parsed
    return f"{STATE_NAMES[state]} {credential_type.label.lower()}"


def short_label_for(code: str) -> str:
    """Like ``label_for`` but short ("PTCB CPhT"), for sentences and badges."""
    if code in CREDENTIALS:
        return CREDENTIALS[code].short_label
    if code in GROUP_SHORT_LABELS:
        return GROUP_SHORT_LABELS[code]
    return label_for(code)
