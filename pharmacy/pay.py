"""Pay: units and normalisation to an hourly figure, so jobs paid by the year compare."""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.utils import timezone
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


# Pay transparency ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PayTransparencyLaw:
    """A state law that requires a pay range in job postings, with its source and dates."""

    state: str
    citation: str
    source_url: str
    in_force_from: date
    covers: str  # which employers, in the statute's terms (lazy: shown in the reader's language)
    checked_on: date  # when we last read the statute

    def in_force(self, on: date) -> bool:
        return on >= self.in_force_from


_CHECKED = date(2026, 12, 2)
# DOMAIN.md names these states ([P]); each row cites the statute, and the date we read it.
# Other states (Maryland, Minnesota, Hawaii, New Jersey, Vermont, Massachusetts, DC, …) are not
# enforced until a counsellor has read their statute: add a row here with its source.
PAY_TRANSPARENCY: dict[str, PayTransparencyLaw] = {
    law.state: law
    for law in (
        PayTransparencyLaw(
            "CA",
            "California Labor Code §432.3",
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
            "?lawCode=LAB&sectionNum=432.3",
            date(2023, 1, 1),
            _("employers with 15 or more employees, including postings through a third party"),
            _CHECKED,
        ),
        PayTransparencyLaw(
            "CO",
            "Colorado Equal Pay for Equal Work Act, C.R.S. §8-5-201",
            "https://cdle.colorado.gov/dlss/labor-laws-by-topic/equal-pay-for-equal-work-act",
            date(2021, 1, 1),
            _("employers with at least one employee in Colorado"),
            _CHECKED,
        ),
        PayTransparencyLaw(
            "WA",
            "RCW 49.58.110",
            "https://app.leg.wa.gov/rcw/default.aspx?cite=49.58.110",
            date(2023, 1, 1),
            _("employers with 15 or more employees"),
            _CHECKED,
        ),
        PayTransparencyLaw(
            "NY",
            "New York Labor Law §194-b",
            "https://www.nysenate.gov/legislation/laws/LAB/194-B",
            date(2023, 9, 17),
            _("employers with 4 or more employees"),
            _CHECKED,
        ),
        PayTransparencyLaw(
            "IL",
            "Illinois Equal Pay Act of 2003, 820 ILCS 112/10",
            "https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=082001120K10",
            date(2025, 1, 1),
            _("employers with 15 or more employees"),
            _CHECKED,
        ),
    )
}


def pay_laws_for(states, on: date | None = None) -> list[PayTransparencyLaw]:
    """The pay-transparency laws in force on ``on`` for a job in (or open to) ``states``."""
    on = on or timezone.localdate()
    return [
        PAY_TRANSPARENCY[state]
        for state in sorted(set(states))
        if state in PAY_TRANSPARENCY and PAY_TRANSPARENCY[state].in_force(on)
    ]
