import pytest
from django.core.exceptions import ValidationError

from employers.identifiers import (
    is_valid_ncpdp,
    is_valid_npi,
    luhn_is_valid,
    npi_check_digit,
    validate_ncpdp,
    validate_npi,
)


@pytest.mark.parametrize("npi", ["1234567893", "1245319599", "1003000126", " 1234567893 "])
def test_valid_npis(npi):
    assert is_valid_npi(npi)


@pytest.mark.parametrize(
    "npi",
    [
        "1234567890",  # wrong check digit
        "1234567894",
        "123456789",  # 9 digits
        "12345678931",  # 11 digits
        "12345-7893",
        "abcdefghij",
        "١٢٣٤٥٦٧٨٩٣",  # Arabic-Indic digits are digits to Python, not to CMS
        "",
        None,
    ],
)
def test_invalid_npis(npi):
    assert not is_valid_npi(npi)


def test_npi_check_digit_uses_the_80840_prefix():
    # Without the prefix, Luhn over "123456789" would give check digit 7, not 3.
    assert luhn_is_valid("1234567897")
    assert npi_check_digit("123456789") == "3"


def test_luhn_known_values():
    assert luhn_is_valid("79927398713")
    assert not luhn_is_valid("79927398710")
    assert not luhn_is_valid("7992a398713")


@pytest.mark.parametrize(
    "ncpdp,ok",
    [
        ("1234567", True),
        ("0512345", True),
        ("123456", False),
        ("12345678", False),
        ("12345a7", False),
        ("", False),
    ],
)
def test_ncpdp_shape(ncpdp, ok):
    assert is_valid_ncpdp(ncpdp) is ok


def test_validators_raise_clear_messages():
    with pytest.raises(ValidationError, match="check digit"):
        validate_npi("1234567890")
    with pytest.raises(ValidationError, match="7-digit"):
        validate_ncpdp("123")
    validate_npi("1234567893")
    validate_ncpdp("1234567")
