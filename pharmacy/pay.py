"""Pay: units and normalisation to an hourly figure, so jobs paid by the year compare."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PayUnit(models.TextChoices):
    HOUR = "hour", _("per hour")
    YEAR = "year", _("per year")


HOURS_PER_YEAR = 2080


def hourly(amount, unit: str):
    """Normalise pay to an hourly figure (2,080 working hours a year)."""
    if amount is None:
        return None
    return round(amount / HOURS_PER_YEAR, 2) if unit == PayUnit.YEAR else amount
