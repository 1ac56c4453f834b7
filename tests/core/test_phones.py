"""Cell values to E.164: every usual form, Excel's numbers, and the reason when it fails."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsgui.core import phones
from smsgui.core.phones import Verdict


@pytest.mark.parametrize(
    "value",
    [
        "0740 123 456", "+40 740-123-456", "0040740123456", "(0740) 123.456", "tel: 0740123456",
        "Mobil: 0740 123 456", "0740-123-456", " +40740123456 ", 740123456, 40740123456,
        40740123456.0, 740123456.0, "40740123456", "740123456", "0040 740 123 456",
    ],
)  # fmt: skip
def test_usual_forms_become_one_e164_number(value: object) -> None:
    result = phones.check(value, "RO")
    assert result.verdict is Verdict.MOBILE
    assert result.e164 == "+40740123456"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("07401", "too short"),
        ("0745 12", "too short"),  # possible for some Romanian number, not for a mobile
        ("0745 123 4567", "too long"),
        ("abc", "not a phone number"),
        ("0740 12A 456", "has letters in it"),
        (740123456.5, "not a whole number"),
        ("4.07401E+10", "scientific notation"),
        (True, "not a phone number"),
        ("+999 123 456", "unknown country code"),
    ],
)
def test_invalid_values_have_a_reason(value: object, reason: str) -> None:
    result = phones.check(value, "RO")
    assert result.verdict is Verdict.INVALID
    assert reason in result.reason


def test_landlines_and_special_numbers_are_not_mobile() -> None:
    assert phones.check("021 234 5678").number_type == "landline"
    assert phones.check("0800 800 800").number_type == "toll-free"
    assert phones.check("0900 123 456").verdict is Verdict.NOT_MOBILE


def test_empty_cells_are_empty() -> None:
    for value in (None, "", "   "):
        assert phones.check(value).verdict is Verdict.EMPTY


def test_default_country_applies_to_national_numbers() -> None:
    assert phones.check("06 12 34 56 78", "FR").e164 == "+33612345678"
    assert phones.check(612345678, "FR").e164 == "+33612345678"
    assert phones.check("+40 740 123 456", "FR").e164 == "+40740123456"


def _reference(text: str, region: str) -> tuple[str | None, int | None]:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None, None
    if not phonenumbers.is_valid_number(number):
        return None, None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, phonenumbers.number_type(number)


@settings(max_examples=400, deadline=None)
@given(
    prefix=st.sampled_from(["+", "00", "0", "+40 ", "+33 ", "+39 ", "+44 ", "+1 ", "+49 "]),
    digits=st.text(alphabet="0123456789", min_size=4, max_size=13),
    region=st.sampled_from(["RO", "FR", "DE", "IT", "GB", "US"]),
)
def test_fast_path_agrees_with_phonenumbers(prefix: str, digits: str, region: str) -> None:
    text = prefix + digits
    result = phones.check(text, region)
    e164, kind = _reference(text, region)
    if e164 is None:
        assert result.e164 is None or result.e164 == _reference(result.e164, region)[0]
    else:
        assert result.e164 == e164
        is_mobile = kind in (phonenumbers.PhoneNumberType.MOBILE,
                             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)  # fmt: skip
        assert (result.verdict is Verdict.MOBILE) == is_mobile


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)),
    nsn=st.integers(10, 10**12),
)
def test_number_type_matches_phonenumbers(code: int, nsn: int) -> None:
    number = phonenumbers.PhoneNumber(country_code=code, national_number=nsn)
    assert phones.number_type(number) == phonenumbers.number_type(number)
