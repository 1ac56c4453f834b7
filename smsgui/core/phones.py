"""Any cell value → an E.164 number with a default country, or the reason it is not one.

Spreadsheets store phone numbers as text in every usual form, or as numbers
from which Excel dropped the leading 0 or +. Both come back here as E.164
when they can, and the number's type decides whether it can receive an SMS.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from smsgui.core.phone_check import DEFAULT_REGION, PhoneCheck, Verdict
from smsgui.core.words import QT_TRANSLATE_NOOP

__all__ = ["DEFAULT_REGION", "PhoneCheck", "Verdict", "check", "is_phone_like", "number_type"]


_LEADING_WORDS = re.compile(r"^[^\d+(]*")  # "tel: ", "Mobil:", "nr. " ...
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d(?:[.,]\d+)?[eE][+]?\d+\s*$")
_LETTERS = re.compile(r"[A-Za-z]")
_DIGITS_ONLY = re.compile(r"\d+")
_SEPARATORS = str.maketrans("", "", " -./()\u00a0\u2009\t")


# Readable names of the types that cannot receive an SMS here.
TYPE_NAMES: dict[int, str] = {
    PhoneNumberType.FIXED_LINE: QT_TRANSLATE_NOOP("words", "landline"),
    PhoneNumberType.TOLL_FREE: QT_TRANSLATE_NOOP("words", "toll-free"),
    PhoneNumberType.PREMIUM_RATE: QT_TRANSLATE_NOOP("words", "premium-rate"),
    PhoneNumberType.SHARED_COST: QT_TRANSLATE_NOOP("words", "shared-cost"),
    PhoneNumberType.VOIP: QT_TRANSLATE_NOOP("words", "VoIP"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("words", "personal number"),
    PhoneNumberType.PAGER: QT_TRANSLATE_NOOP("words", "pager"),
    PhoneNumberType.UAN: QT_TRANSLATE_NOOP("words", "company number"),
    PhoneNumberType.VOICEMAIL: QT_TRANSLATE_NOOP("words", "voicemail"),
}
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


_NOT_A_PHONE = QT_TRANSLATE_NOOP("words", "not a phone number")
_TOO_SHORT = QT_TRANSLATE_NOOP("words", "too short")
_TOO_LONG = QT_TRANSLATE_NOOP("words", "too long")
_UNKNOWN_CODE = QT_TRANSLATE_NOOP("words", "unknown country code")
_EMPTY = PhoneCheck(Verdict.EMPTY, reason=QT_TRANSLATE_NOOP("words", "no phone number"))


def _invalid(reason: str) -> PhoneCheck:
    return PhoneCheck(Verdict.INVALID, reason=reason)


def cell_digits(value: float | int | Decimal) -> str | None:
    """The digits of a numeric cell, exactly: 40740123456.0 → "40740123456" (never str(float))."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            return None
        value = int(value)
    elif isinstance(value, Decimal):
        if value != value.to_integral_value():
            return None
        value = int(value)
    return str(value) if value >= 0 else None


def _parsed(text: str, region: str) -> PhoneCheck | None:
    """What phonenumbers' full parser makes of the text, or None when it finds no valid number."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    return _judge(number)


_Desc = tuple[frozenset[int], re.Pattern[str]] | None
_SPECIAL_TYPES = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
)


def _desc(desc: Any) -> _Desc:
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)


def _matches(nsn: str, desc: _Desc) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


@functools.cache
def _type_table(
    country_code: int,
) -> tuple[_Desc, list[tuple[int, _Desc]], _Desc, _Desc, bool] | None:
    """phonenumbers' own type rules for a one-region calling code, with patterns compiled once."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) != 1:
        return None
    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, regions[0])
    if meta is None:
        return None
    specials = [(kind, _desc(getattr(meta, name))) for name, kind in _SPECIAL_TYPES]
    return (
        _desc(meta.general_desc),
        specials,
        _desc(meta.fixed_line),
        _desc(meta.mobile),
        bool(meta.same_mobile_and_fixed_line_pattern),
    )


def number_type(number: phonenumbers.PhoneNumber) -> int:
    """`phonenumbers.number_type`, with the same rules in the same order, several times faster.

    Falls back to phonenumbers where a calling code spans several regions (+1, +7, +44 …)
    or the number has leading zeros, whose rules need the parser's own care.
    """
    table = _type_table(number.country_code or 0)
    if table is None or number.italian_leading_zero:
        return int(phonenumbers.number_type(number))
    nsn = str(number.national_number)
    general, specials, fixed, mobile, same = table
    if not _matches(nsn, general):
        return PhoneNumberType.UNKNOWN
    for kind, desc in specials:
        if _matches(nsn, desc):
            return kind
    if _matches(nsn, fixed):
        if same or _matches(nsn, mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not same and _matches(nsn, mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def _judge(number: phonenumbers.PhoneNumber) -> PhoneCheck | None:
    """Mobile / not mobile for a valid number; None when it is not valid."""
    kind = number_type(number)  # UNKNOWN ⇔ not a valid number
    if kind == PhoneNumberType.UNKNOWN:
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind in _MOBILE_TYPES:
        return PhoneCheck(Verdict.MOBILE, e164=e164, number_type="mobile")
    name = TYPE_NAMES.get(kind, QT_TRANSLATE_NOOP("words", "not a mobile"))
    return PhoneCheck(
        Verdict.NOT_MOBILE,
        e164=e164,
        reason=QT_TRANSLATE_NOOP("words", "not a mobile number"),
        number_type=name,
    )


_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: _UNKNOWN_CODE,
    NumberParseException.TOO_SHORT_AFTER_IDD: _TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: _TOO_SHORT,
    NumberParseException.TOO_LONG: _TOO_LONG,
}


def _why_invalid(text: str, region: str) -> str:
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return _PARSE_REASONS.get(exc.error_type, _NOT_A_PHONE)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return _TOO_SHORT
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return _TOO_LONG
    if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return _UNKNOWN_CODE
    # Possible for some number of that country, but compared with its mobile numbers:
    region_code = phonenumbers.region_code_for_country_code(number.country_code or 0)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region_code)
    lengths = list(meta.mobile.possible_length) if meta is not None and meta.mobile else []
    digits = len(str(number.national_number))
    if lengths and digits < min(lengths):
        return _TOO_SHORT
    if lengths and digits > max(lengths):
        return _TOO_LONG
    return QT_TRANSLATE_NOOP("words", "not a valid number")


@functools.lru_cache(maxsize=64)
def _region_rules(region: str) -> tuple[int, str | None, str | None] | None:
    """(country code, trunk prefix, international prefix) where they are plain digits."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.country_code is None:
        return None
    simple_trunk = (
        meta.national_prefix
        and meta.national_prefix_for_parsing == meta.national_prefix
        and not meta.national_prefix_transform_rule
    )
    idd = meta.international_prefix
    return (
        meta.country_code,
        meta.national_prefix if simple_trunk else None,
        idd if idd and idd.isdigit() else None,
    )


def _national(country_code: int, nsn: str) -> PhoneCheck | None:
    """A valid number from its parts, or None (then the full parser decides)."""
    if not nsn.isdigit() or nsn.startswith("0") or not 2 <= len(nsn) <= 17:
        return None
    return _judge(phonenumbers.PhoneNumber(country_code=country_code, national_number=int(nsn)))


def _international(digits: str) -> PhoneCheck | None:
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return _national(code, digits[size:])
    return None


def _fast(compact: str, region: str) -> PhoneCheck | None:
    """The common forms (+40…, 0040…, 07…) without the full parser; None when unsure.

    Exact where it answers: it builds the same number the parser would and asks
    the same metadata for its type, skipping only the parser's text handling.
    """
    rules = _region_rules(region)
    if compact.startswith("+"):
        return _international(compact[1:]) if compact[1:].isdigit() else None
    if rules is None or not compact.isdigit():
        return None
    country_code, trunk, idd = rules
    if idd and compact.startswith(idd):
        return _international(compact[len(idd) :])
    if trunk and compact.startswith(trunk):
        return _national(country_code, compact[len(trunk) :])
    return None


def _from_digits(digits: str, region: str) -> PhoneCheck:
    """Digits whose leading 0 or + may have been dropped (numeric cells, digit-only text)."""
    rules = _region_rules(region)
    quick = (_national(rules[0], digits) if rules else None) or _international(digits)
    if quick is not None:
        return quick
    for candidate in (digits, "+" + digits, "0" + digits):
        judged = _parsed(candidate, region)
        if judged is not None:
            return judged
    return _invalid(_why_invalid(digits, region))


def check(value: object, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Turns one cell into E.164 or a reason; `region` is the default country (e.g. "RO")."""
    if value is None or isinstance(value, bool):
        return _EMPTY if value is None else _invalid(_NOT_A_PHONE)
    if isinstance(value, int | float | Decimal):
        digits = cell_digits(value)
        if digits is None:
            return _invalid(QT_TRANSLATE_NOOP("words", "not a whole number"))
        return _from_digits(digits, region)
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return _invalid(QT_TRANSLATE_NOOP("words", "a date, not a phone number"))
    text = str(value).strip()
    if not text:
        return _EMPTY
    if _SCIENTIFIC.match(text):
        return _invalid(
            QT_TRANSLATE_NOOP("words", "shortened by Excel to scientific notation (like 4.07E+10)")
        )
    text = _LEADING_WORDS.sub("", text)
    if not text:
        return _invalid(_NOT_A_PHONE)
    if _LETTERS.search(text):
        return _invalid(QT_TRANSLATE_NOOP("words", "has letters in it"))
    compact = text.translate(_SEPARATORS)
    if _DIGITS_ONLY.fullmatch(compact) and not compact.startswith("0"):
        return _from_digits(compact, region)  # typed without its 0 or +
    quick = _fast(compact, region)
    if quick is not None:
        return quick
    judged = _parsed(text, region)
    if judged is not None:
        return judged
    return _invalid(_why_invalid(text, region))


def is_phone_like(value: object, region: str = DEFAULT_REGION) -> bool:
    """True when the cell holds a valid number of any type."""
    return check(value, region).e164 is not None
