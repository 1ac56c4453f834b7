"""The smsadvert request contract: limits and the checks both sides apply.

`SmsAdvertClient` runs these checks before any network traffic, and the
built-in simulator runs the very same ones on what it receives, so the two can
never disagree on what the service refuses.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from smsgui.core.words import QT_TRANSLATE_NOOP

MIN_TEXT = 3
MAX_TEXT = 480
MAX_NUMBERS = 1000
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# Said both before Send is enabled and by the client; translated where it is shown.
BROKEN_TEXT = QT_TRANSLATE_NOOP(
    "words", "The message has a broken character in it (often from pasted text)."
)


class Problem(Enum):
    """Why the service would refuse a field, independent of the wording shown."""

    PHONE_MISSING = "phone_missing"
    PHONE_INVALID = "phone_invalid"
    PHONE_TRAILING_COMMA = "phone_trailing_comma"
    PHONE_TOO_MANY = "phone_too_many"
    TEXT_MISSING = "text_missing"
    TEXT_TOO_SHORT = "text_too_short"
    TEXT_TOO_LONG = "text_too_long"
    TEXT_BROKEN = "text_broken"
    CHANNEL_INVALID = "channel_invalid"
    DATE_INVALID = "date_invalid"
    END_BEFORE_START = "end_before_start"
    FAILOVER_INVALID = "failover_invalid"
    FAILOVER_WITH_NETWORK = "failover_with_network"
    CALLBACK_INVALID = "callback_invalid"


def utf16_length(text: str) -> int:
    """Characters as the service counts them: UTF-16 code units (an emoji counts 2)."""
    # surrogatepass: a lone surrogate (broken pasted text, a JSON escape) counts as one unit
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def has_broken_characters(text: str) -> bool:
    """Lone surrogates: not characters at all, and they cannot be sent as UTF-8."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def is_e164(number: str) -> bool:
    return E164.fullmatch(number) is not None


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_http_url(url: object) -> bool:
    """An absolute http(s) URL with a host: what the service can call back."""
    if not isinstance(url, str) or not url or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port_ok


def dedupe(numbers: list[str]) -> list[str]:
    """The numbers in their first order, each once."""
    return list(dict.fromkeys(numbers))


def split_phones(phone: str) -> list[str]:
    return [part.strip() for part in phone.split(",")]


def _as_int(value: object) -> int | None:
    """The value when it is a true integer (not a bool), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check_body(body: Mapping[str, Any]) -> dict[str, tuple[Problem, Any]]:
    """Every field the service would refuse, with the problem and a detail (e.g. the number)."""
    found: dict[str, tuple[Problem, Any]] = {}
    phone = body.get("phone")
    if not isinstance(phone, str) or not phone.strip():
        found["phone"] = (Problem.PHONE_MISSING, None)
    elif phone.rstrip().endswith(","):
        found["phone"] = (Problem.PHONE_TRAILING_COMMA, None)
    else:
        numbers = split_phones(phone)
        bad = [n for n in numbers if not is_e164(n)]
        if bad:
            found["phone"] = (Problem.PHONE_INVALID, bad[0])
        elif len(dedupe(numbers)) > MAX_NUMBERS:
            found["phone"] = (Problem.PHONE_TOO_MANY, len(dedupe(numbers)))

    text = body.get("shortTextMessage")
    if not isinstance(text, str):
        found["shortTextMessage"] = (Problem.TEXT_MISSING, None)
    elif utf16_length(text) < MIN_TEXT:
        found["shortTextMessage"] = (Problem.TEXT_TOO_SHORT, utf16_length(text))
    elif utf16_length(text) > MAX_TEXT:
        found["shortTextMessage"] = (Problem.TEXT_TOO_LONG, utf16_length(text))
    elif has_broken_characters(text):
        found["shortTextMessage"] = (Problem.TEXT_BROKEN, None)

    send_as_short = body.get("sendAsShort")
    if "sendAsShort" in body and not isinstance(send_as_short, bool):
        found["sendAsShort"] = (Problem.CHANNEL_INVALID, None)

    start, end = _as_int(body.get("startDate")), _as_int(body.get("endDate"))
    for field, value in (("startDate", start), ("endDate", end)):
        if field in body and (value is None or value < 0):
            found[field] = (Problem.DATE_INVALID, body[field])
    if start is not None and end is not None and "startDate" not in found and end <= start:
        found["endDate"] = (Problem.END_BEFORE_START, None)

    if "failover" in body:
        if body["failover"] != "short":
            found["failover"] = (Problem.FAILOVER_INVALID, body["failover"])
        elif send_as_short is True:
            found["failover"] = (Problem.FAILOVER_WITH_NETWORK, None)

    if "callback" in body and not is_http_url(body["callback"]):
        found["callback"] = (Problem.CALLBACK_INVALID, body["callback"])
    return found
