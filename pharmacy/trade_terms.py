"""The trade's words as data: what technicians and employers type, and what it means.

Reviewed against the demo and factory postings (``jobs/factories.py`` PROFILES, ``jobs/demo.py``)
and the vocabulary codes (settings, duties, shifts, employment types, benefits, credentials).
``search.analysis`` reads these tables; both search engines (Elasticsearch and the database)
get the same analysis from it, so a word means the same thing everywhere.

Each synonym group is written as plain phrases; the first one names the group. A phrase of
several words ("long term care") is matched as a whole, before single words. Hyphens and
spaces are the same ("part-time" = "part time").
"""

from __future__ import annotations

from .credentials import CREDENTIALS
from .states import US_STATES

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("technician", "tech", "techs", "technicians"),
    ("pharmacy", "pharm", "pharmacies", "rx"),
    ("sterile", "iv", "ivs", "intravenous", "tpn", "cleanroom", "clean room", "iv room",
     "compounding sterile", "sterile compounding", "usp 797", "cspt", "cleanroom compounding"),
    ("chemo", "chemotherapy", "hazardous", "oncology", "hazardous drugs", "usp 800",
     "antineoplastic"),
    ("ltc", "long term care", "nursing home", "nursing homes", "skilled nursing",
     "assisted living"),
    ("prn", "per diem", "perdiem", "as needed"),
    ("cpht", "certified", "certified pharmacy technician", "cpht certified",
     "national certification", "nationally certified"),
    ("ptcb", "ptce"),
    ("nha", "excpt"),
    ("retail", "community", "drugstore", "drug store", "community pharmacy", "store"),
    ("hospital", "inpatient", "health system", "medical center", "acute care"),
    ("mailorder", "mail order", "central fill", "centralfill", "mail service"),
    ("compounding", "compounder", "compounders", "compound"),
    ("immunization", "immunizing", "immunizations", "vaccine", "vaccines", "vaccination",
     "vaccinations", "immunize", "shots", "flu shots"),
    ("priorauth", "prior auth", "prior authorization", "prior authorizations", "pa tech",
     "prior approval"),
    ("night", "nights", "overnight", "overnights", "nocturnal", "graveyard", "third shift"),
    ("evening", "evenings", "second shift", "swing"),
    ("day", "days", "daytime", "first shift"),
    ("weekend", "weekends", "saturday", "sunday"),
    ("oncall", "on call"),
    ("parttime", "part time", "pt"),
    ("fulltime", "full time", "ft"),
    ("remote", "work from home", "wfh", "from home", "telecommute", "virtual", "home based",
     "telepharmacy"),
    ("outpatient", "ambulatory", "clinic"),
    ("pbm", "managed care", "pharmacy benefit manager"),
    ("infusion", "home infusion"),
    ("nuclear", "radiopharmacy", "radiopharmaceutical", "radiopharmaceuticals"),
    ("insurance", "billing", "claims", "third party"),
    ("dataentry", "data entry", "order entry", "typing"),
    ("unitdose", "unit dose", "cart fill", "cartfill"),
    ("adc", "pyxis", "omnicell", "automated dispensing"),
    ("techchecktech", "tech check tech", "tct"),
    ("signonbonus", "sign on bonus", "signing bonus", "sign on"),
    ("willtrain", "will train", "no experience", "entry level", "trainee"),
    ("lead", "senior", "supervisor"),
    ("401k", "retirement"),
    ("pto", "paid time off", "vacation"),
    ("temporary", "temp", "travel"),
    ("contract", "contractor"),
    ("intern", "internship", "extern", "externship"),
)  # fmt: skip

# Words that carry no meaning in a job search ("jobs in ohio"). "in" and "or" are also USPS
# codes (Indiana, Oregon): those states are found by name.
STOP_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "at",
        "on",
        "for",
        "to",
        "with",
        "or",
        "by",
        "near",
        "around",
        "job",
        "jobs",
        "position",
        "positions",
        "opening",
        "openings",
        "work",
        "role",
        "roles",
        "hiring",
        "now",
        "opportunity",
        "opportunities",
        "career",
        "careers",
        "looking",
        "me",
        "my",
        "i",
        "from",
        "want",
    ]
)

# What every posting on the board is, whatever its title ("Patient Access Technician").
EVERY_JOB = "pharmacy technician"

# Structured facts as the words a posting would use for them (code → words). Codes with no
# entry are read as their own words ("hospital-health-system" → "hospital health system").
FACT_WORDS: dict[str, str] = {
    # settings
    "community-retail": "community retail pharmacy",
    "hospital-health-system": "hospital health system inpatient",
    "ambulatory-clinic": "ambulatory clinic outpatient",
    "long-term-care": "long term care",
    "mail-order-central-fill": "mail order central fill",
    "compounding-sterile": "sterile compounding",
    "compounding-nonsterile": "nonsterile compounding",
    "telepharmacy-remote": "telepharmacy remote",
    "managed-care-pbm": "managed care pbm",
    "wholesale-manufacturer": "wholesale manufacturer",
    "military-federal": "military federal",
    "education-training": "education training",
    # employment types
    "per-diem": "per diem",
    # shifts
    "night": "night shift",
    "evening": "evening shift",
    "day": "day shift",
    "weekend": "weekend shift",
    "holiday": "holiday shift",
    "rotating": "rotating shift",
    "on-call": "on call",
    "variable": "variable shift",
    # duties
    "sterile-iv-tpn": "sterile iv tpn",
    "hazardous-chemo": "hazardous chemo",
    "prior-authorization": "prior authorization",
    "insurance-claims": "insurance claims",
    "customer-service": "customer service cashier",
    "inventory-purchasing": "inventory purchasing",
    "fill-label": "fill label",
    "adc-restock": "automated dispensing restock",
    "unit-dose-cart-fill": "unit dose cart fill",
    "medication-delivery": "medication delivery",
    "medication-history": "medication history reconciliation",
    "tech-check-tech": "tech check tech",
    "mtm-support": "mtm support",
    "point-of-care-testing": "point of care testing",
    "controlled-substance-inventory": "controlled substance inventory",
    # benefits
    "health-insurance": "health benefits",
    "dental-vision": "dental vision",
    "retirement": "retirement",
    "paid-time-off": "paid time off",
    "we-pay-certification": "paid exam fees",
    "will-train": "will train",
    "tuition-assistance": "tuition assistance",
    "sign-on-bonus": "sign on bonus",
    "shift-differential": "shift differential",
    "employee-discount": "employee discount",
    # requirement codes beyond the credentials' own names
    "national-certification": "cpht ptcb nha national certification",
    "state-credential": "state registration licence license",
    "none": "",
}


def credential_words(code: str) -> str:
    """The words a requirement code is known by: its names and its code's parts."""
    credential = CREDENTIALS.get(code)
    words = [FACT_WORDS.get(code, "")]
    if credential is not None:
        # The short label, not the long one: "Certified … Sterile … (CSPT)" is no CPhT.
        words += [credential.short_label, code.replace("-", " ")]
    return " ".join(w for w in words if w)


STATE_CODES: dict[str, str] = {code.lower(): name for code, name in US_STATES}
