"""The domain's shared vocabulary (DOMAIN.md): settings, employment types, shifts, duties.

Jobs, profiles, organisations and search all speak these codes; they are defined once, here,
on the lowest floor so every app can read them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Setting(models.TextChoices):
    COMMUNITY_RETAIL = "community-retail", _("Community / retail pharmacy")
    HOSPITAL = "hospital-health-system", _("Hospital / health system")
    AMBULATORY_CLINIC = "ambulatory-clinic", _("Ambulatory clinic")
    LONG_TERM_CARE = "long-term-care", _("Long-term care")
    MAIL_ORDER = "mail-order-central-fill", _("Mail order / central fill")
    SPECIALTY = "specialty", _("Specialty pharmacy")
    HOME_INFUSION = "home-infusion", _("Home infusion")
    COMPOUNDING_STERILE = "compounding-sterile", _("Sterile compounding")
    COMPOUNDING_NONSTERILE = "compounding-nonsterile", _("Nonsterile compounding")
    NUCLEAR = "nuclear", _("Nuclear pharmacy")
    MANAGED_CARE = "managed-care-pbm", _("Managed care / PBM")
    TELEPHARMACY = "telepharmacy-remote", _("Telepharmacy / remote")
    MILITARY_FEDERAL = "military-federal", _("Military / federal")
    VETERINARY = "veterinary", _("Veterinary pharmacy")
    ONLINE = "online", _("Online pharmacy")
    WHOLESALE = "wholesale-manufacturer", _("Wholesale / manufacturer")
    EDUCATION = "education-training", _("Education / training")
    OTHER = "other", _("Other")


class EmploymentType(models.TextChoices):
    FULL_TIME = "full-time", _("Full-time")
    PART_TIME = "part-time", _("Part-time")
    PER_DIEM = "per-diem", _("Per diem (PRN)")
    CONTRACT = "contract", _("Contract")
    TEMPORARY = "temporary", _("Temporary")
    INTERN = "intern", _("Intern")


class Shift(models.TextChoices):
    DAY = "day", _("Day")
    EVENING = "evening", _("Evening")
    NIGHT = "night", _("Night")
    WEEKEND = "weekend", _("Weekend")
    HOLIDAY = "holiday", _("Holiday")
    ROTATING = "rotating", _("Rotating")
    ON_CALL = "on-call", _("On call")
    VARIABLE = "variable", _("Variable")


class Duty(models.TextChoices):
    DATA_ENTRY = "data-entry", _("Data entry")
    FILL_LABEL = "fill-label", _("Fill and label")
    INVENTORY = "inventory-purchasing", _("Inventory / purchasing")
    INSURANCE = "insurance-claims", _("Insurance claims")
    PRIOR_AUTH = "prior-authorization", _("Prior authorization")
    CUSTOMER_SERVICE = "customer-service", _("Customer service / cashier")
    NONSTERILE = "nonsterile-compounding", _("Nonsterile compounding")
    STERILE = "sterile-iv-tpn", _("Sterile / IV / TPN")
    HAZARDOUS = "hazardous-chemo", _("Hazardous / chemo")
    ADC_RESTOCK = "adc-restock", _("Automated dispensing restock")
    UNIT_DOSE = "unit-dose-cart-fill", _("Unit-dose cart fill")
    DELIVERY = "medication-delivery", _("Medication delivery")
    MED_HISTORY = "medication-history", _("Medication history / reconciliation")
    IMMUNIZATIONS = "immunizations", _("Immunizations")
    TECH_CHECK_TECH = "tech-check-tech", _("Tech-check-tech")
    MTM = "mtm-support", _("MTM support")
    POCT = "point-of-care-testing", _("Point-of-care testing")
    CONTROLLED = "controlled-substance-inventory", _("Controlled substance inventory")


class Education(models.TextChoices):
    NONE = "none", _("No minimum")
    HIGH_SCHOOL = "high-school", _("High-school diploma or equivalent")
    TRAINING_PROGRAM = "training-program", _("Technician training program")
    ASSOCIATE = "associate", _("Associate degree")
    BACHELOR = "bachelor", _("Bachelor's degree")


def experience_area_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Where months of experience can be asked for: a setting or a duty (grouped choices)."""
    return [
        (str(_("Practice setting")), list(Setting.choices)),
        (str(_("Duty")), list(Duty.choices)),
    ]


def experience_area_label(code: str) -> str:
    """ "Sterile / IV / TPN", "Hospital / health system" (the code itself if unknown)."""
    labels = dict(Setting.choices) | dict(Duty.choices)
    return str(labels.get(code, code))
