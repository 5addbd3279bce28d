"""The credential vocabulary: the one source of truth for credentials, issuers and their codes.

Credentials are identified by issuer + code, never by acronym: PTCB and NHA both award a "CPhT".
Adding a credential or an issuer is one entry below: model and form choices read these lists
through callables, so no migration follows and no page can meet an unknown issuer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from .states import STATE_NAMES, state_label


@dataclass(frozen=True, slots=True)
class Issuer:
    """A body that awards national credentials (schema.org's ``recognizedBy``)."""

    code: str
    name: str
    short_name: str
    url: str
    guide_url: str  # The issuer's own page on how to earn its credentials.
    # Where a lapsed certification can be reinstated, and for how long after it expired.
    reinstatement_url: str = ""
    reinstatement_days: int | None = None


ISSUERS: dict[str, Issuer] = {
    issuer.code: issuer
    for issuer in (
        Issuer(
            "ptcb",
            "Pharmacy Technician Certification Board",
            "PTCB",
            "https://www.ptcb.org/",
            "https://www.ptcb.org/credentials/certified-pharmacy-technician",
            # [C] PTCB: reinstate within 1 year of expiry with 20 CE h; later, retake the PTCE.
            "https://ptcb.zendesk.com/hc/en-us/articles/30025462669837-What-is-reinstatement-and-how-do-I-apply",
            365,
        ),
        Issuer(
            "nha",
            "National Healthcareer Association",
            "NHA",
            "https://www.nhanow.com/",
            "https://www.nhanow.com/certifications/pharmacy-technician",
            # [C] NHA: expired < 1 year: reinstate with 20 CE h; > 1 year: retake the exam.
            "https://www.nhanow.com/certifications/pharmacy-technician",
            365,
        ),
    )
}
PTCB, NHA = ISSUERS["ptcb"], ISSUERS["nha"]


class CredentialKind(models.TextChoices):
    # Certifications need CE and give letters after the name; ABCs do neither.
    CERTIFICATION = "certification", _("Certification")
    CERTIFICATE = "certificate", _("Assessment-based certificate")


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
        issuer=PTCB,
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
        PTCB,
        "PTCB Certified Pharmacy Technician (CPhT)",
        "PTCB CPhT",
        24,
        20,
        "Exam: PTCE. CE includes at least 1 h law and 1 h patient safety. Eligibility: a "
        "recognised training program or at least 500 h of work.",
    ),
    _certification(
        "nha-cpht",
        NHA,
        "NHA Certified Pharmacy Technician (CPhT)",
        "NHA CPhT",
        24,
        20,
        "Exam: ExCPT. CE includes at least 1 h law and 1 h patient safety. Eligibility: "
        "high-school diploma plus a training program or 1 year of supervised work.",
    ),
    _certification(
        "ptcb-cpht-adv",
        PTCB,
        "PTCB Advanced Certified Pharmacy Technician (CPhT-Adv)",
        "PTCB CPhT-Adv",
        24,
        25,
        "Needs an active PTCB CPhT, 3 years of work in the last 8, and 4 ABCs or 3 ABCs plus "
        "CSPT. Keeps the CPhT number.",
    ),
    _certification(
        "ptcb-cspt",
        PTCB,
        "PTCB Certified Compounded Sterile Preparation Technician (CSPT)",
        "PTCB CSPT",
        12,
        None,
        "Needs an active PTCB CPhT and sterile compounding experience.",
    ),
    _certification(
        "ptcb-cpted",
        PTCB,
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
    NATIONAL_CERTIFICATION: _("National certification (PTCB or NHA CPhT)"),
}
GROUP_SHORT_LABELS: dict[str, str] = {
    NATIONAL_CERTIFICATION: _("PTCB or NHA CPhT"),
}
GROUP_MEMBERS: dict[str, frozenset[str]] = {
    # CPhT-Adv is not listed: it reaches the group through COUNTS_AS.
    NATIONAL_CERTIFICATION: frozenset({"ptcb-cpht", "nha-cpht"}),
}
# A credential that also satisfies a requirement for another one (CPhT-Adv keeps the CPhT).
COUNTS_AS: dict[str, frozenset[str]] = {
    "ptcb-cpht-adv": frozenset({"ptcb-cpht"}),
}
# [C] Credentials that count only while their holder also holds an active one of these:
# PTCB's CSPT, CPhT-Adv and every assessment-based certificate need an active PTCB CPhT.
PREREQUISITES: dict[str, frozenset[str]] = {
    code: frozenset({"ptcb-cpht"})
    for code, credential in CREDENTIALS.items()
    if code in {"ptcb-cspt", "ptcb-cpht-adv"} or credential.kind == CredentialKind.CERTIFICATE
}


def reinstatable_until(code: str, expired_on: date | None) -> date | None:
    """The last day a lapsed certification can be reinstated, or None when it cannot be."""
    credential = CREDENTIALS.get(code)
    if credential is None or credential.kind != CredentialKind.CERTIFICATION:
        return None
    days = credential.issuer.reinstatement_days
    if not days or not credential.issuer.reinstatement_url or expired_on is None:
        return None
    return expired_on + timedelta(days=days)


def codes_met_by(code: str) -> frozenset[str]:
    """Every credential or group code that holding ``code`` satisfies, ``code`` included."""
    if code not in CREDENTIALS:
        raise ValueError(f"Unknown credential code {code!r}")
    codes = {code} | COUNTS_AS.get(code, frozenset())
    groups = {group for group, members in GROUP_MEMBERS.items() if codes & members}
    return frozenset(codes | groups)


def credential_choices() -> list[tuple[str, str]]:
    """(code, label) for the national and specialty credentials a person can hold."""
    return [(credential.code, credential.label) for credential in CREDENTIALS.values()]


def requirement_choices() -> list[tuple[str, str]]:
    """(code, label) for what a job can require: the groups, then each credential."""
    return [*((code, str(label)) for code, label in GROUP_LABELS.items()), *credential_choices()]


def issuers_for(code: str) -> list[Issuer]:
    """The issuers of a credential or of a group's members, in a stable order."""
    codes = GROUP_MEMBERS.get(code, {code})
    issuers = {CREDENTIALS[c].issuer.code: CREDENTIALS[c].issuer for c in codes if c in CREDENTIALS}
    return [issuers[key] for key in sorted(issuers)]


# State credentials ------------------------------------------------------------------------------


class StateCredentialType(models.TextChoices):
    REGISTRATION = "registration", _("Registration")
    LICENSE = "license", _("License")
    STATE_CERTIFICATION = "state-certification", _("State certification")
    TRAINEE = "trainee", _("Trainee credential")
    ASSISTANT = "assistant", _("Assistant credential")


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
    type_value, _sep, state = code[len(_STATE_PREFIX) :].rpartition("-")
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
        return str(GROUP_LABELS[code])
    parsed = parse_state_credential_code(code)
    if parsed is None:
        raise ValueError(f"Unknown credential code {code!r}")
    credential_type, state = parsed
    return _("%(state)s %(type)s") % {
        "state": state_label(state),
        "type": str(credential_type.label).lower(),
    }


def short_label_for(code: str) -> str:
    """Like ``label_for`` but short ("PTCB CPhT"), for sentences and badges."""
    if code in CREDENTIALS:
        return CREDENTIALS[code].short_label
    if code in GROUP_SHORT_LABELS:
        return str(GROUP_SHORT_LABELS[code])
    return label_for(code)
