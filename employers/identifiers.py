"""Pharmacy identifiers staff check before verifying an organisation.

NPI: 10 digits whose last is a Luhn check digit computed over the number prefixed with
80840 (the health-industry issuer prefix, per CMS's NPI check-digit specification).
NCPDP provider ID: 7 digits (no public check-digit rule, so only the shape is checked).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NPI_PREFIX = "80840"


def luhn_is_valid(digits: str) -> bool:
    """True when the string of digits passes the Luhn (mod 10) check."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def is_valid_npi(value: str) -> bool:
    """True for a 10-digit NPI with a valid check digit (e.g. 1234567893)."""
    value = (value or "").strip()
    return (
        len(value) == 10
        and value.isascii()
        and value.isdigit()
        and luhn_is_valid(NPI_PREFIX + value)
    )


def is_valid_ncpdp(value: str) -> bool:
    """True for a 7-digit NCPDP provider ID."""
    value = (value or "").strip()
    return len(value) == 7 and value.isascii() and value.isdigit()


def npi_check_digit(first_nine: str) -> str:
    """The check digit that completes a 9-digit NPI stem (used by factories and demo data)."""
    for digit in "0123456789":
        if luhn_is_valid(NPI_PREFIX + first_nine + digit):
            return digit
    raise ValueError("first_nine must be nine digits")


def validate_npi(value: str) -> None:
    if not is_valid_npi(value):
        raise ValidationError(
            _("Enter a 10-digit NPI with a valid check digit (for example 1234567893)."),
            code="invalid_npi",
        )


def validate_ncpdp(value: str) -> None:
    if not is_valid_ncpdp(value):
        raise ValidationError(
            _("Enter the 7-digit NCPDP provider ID (digits only)."), code="invalid_ncpdp"
        )
