"""SMS accounting, diacritics and placeholders: what a message costs and what each person gets.

Accounting follows GSM 03.38 as the usual calculators do (Twilio's segment
calculator, the gsm0338 codec): a text that fits the GSM 7-bit alphabet costs
one septet per character and two for the extension table; anything else
makes the whole message UCS-2, one unit per UTF-16 code unit. One part holds
160 septets or 70 units; a multi-part message 153 or 67 per part, and an
escape pair or a surrogate pair never straddles two parts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from smsgui.core import words
from smsgui.core.contract import utf16_length

GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "\f^{}\\[~]|€"
_BASIC = frozenset(GSM_BASIC) - {"\x1b"}
_EXTENSION = frozenset(GSM_EXTENSION)
_GSM = _BASIC | _EXTENSION

GSM7 = "GSM-7"
UCS2 = "UCS-2"
SINGLE = {GSM7: 160, UCS2: 70}
MULTI = {GSM7: 153, UCS2: 67}


@dataclass(frozen=True)
class Measure:
    """What a text costs: `characters` for the 3..480 rule, `parts` for the bill."""

    characters: int  # UTF-16 code units
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 units (UCS-2)
    parts: int
    unicode_characters: tuple[str, ...]  # distinct characters that force UCS-2, in order

    def as_json(self) -> dict[str, object]:
        return {
            "characters": self.characters,
            "encoding": self.encoding,
            "parts": self.parts,
            "units": self.units,
        }


def is_gsm(text: str) -> bool:
    return all(ch in _GSM for ch in text)


def non_gsm_characters(text: str) -> tuple[str, ...]:
    """The distinct characters that force UCS-2, in their first order."""
    return tuple(dict.fromkeys(ch for ch in text if ch not in _GSM))


def _costs(text: str, encoding: str) -> list[int]:
    """Each indivisible piece's cost: a character, an escape pair, or a surrogate pair."""
    if encoding == GSM7:
        return [2 if ch in _EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _count_parts(costs: list[int], encoding: str) -> int:
    total = sum(costs)
    if total == 0:
        return 0
    if total <= SINGLE[encoding]:
        return 1
    size = MULTI[encoding]
    parts, used = 1, 0
    for cost in costs:
        if used + cost > size:
            parts, used = parts + 1, 0
        used += cost
    return parts


def measure(text: str) -> Measure:
    """Characters, encoding, units and parts of `text`, as it will be sent."""
    forcing = non_gsm_characters(text)
    encoding = UCS2 if forcing else GSM7
    costs = _costs(text, encoding)
    return Measure(
        characters=utf16_length(text),
        encoding=encoding,
        units=sum(costs),
        parts=_count_parts(costs, encoding),
        unicode_characters=forcing,
    )


# -- diacritics ---------------------------------------------------------------------------

_REPLACEMENTS = {
    "ș": "s", "ş": "s", "Ș": "S", "Ş": "S",
    "ț": "t", "ţ": "t", "Ț": "T", "Ţ": "T",
    "ă": "a", "â": "a", "Ă": "A", "Â": "A",
    "î": "i", "Î": "I",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-",
    "…": "...", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "œ": "oe", "Œ": "OE",
}  # fmt: skip


def transliterate(text: str) -> str:
    """The text with diacritics and typographic punctuation a GSM phone shows plainly.

    Letters GSM has (é è à ù ì ò ä ö ü ñ Ç É …) are kept; others lose their accent
    (ê → e, ç → c), Romanian ș ț ă â î in both comma and cedilla forms included.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _GSM:
            out.append(ch)
        elif ch in _REPLACEMENTS:
            out.append(_REPLACEMENTS[ch])
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
            out.append(base if base and is_gsm(base) else ch)
    return "".join(out)


# -- placeholders -------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TemplateError(ValueError):
    """The message's braces do not make sense; plain words."""


def placeholders(template: str) -> list[str]:
    """The field names used in `template`, each once, in order; raises `TemplateError`."""
    names: list[str] = []
    for match in _TOKEN.finditer(template):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        if match.group(1) is None:
            raise TemplateError(
                words.tr(
                    "The message has a lone “{token}”. Write {open} or {close} for a brace, "
                    "or a column's name in braces (like {example}) for its value.",
                ).format(
                    token=token,
                    open="{{",
                    close="}}",
                    example="{" + words.tr("Name") + "}",
                )
            )
        name = match.group(1).strip()
        if not name:
            raise TemplateError(
                words.tr("The message has an empty placeholder “{braces}”.").format(braces="{}")
            )
        if name not in names:
            names.append(name)
    return names


def has_placeholders(template: str) -> bool:
    """True when the message names a column; a message with broken braces names none."""
    try:
        return bool(placeholders(template))
    except TemplateError:
        return False


def resolve_field(name: str, fields: Mapping[str, object]) -> str | None:
    """The column a placeholder names: exact, else ignoring case; None when none matches."""
    if name in fields:
        return name
    folded = name.casefold()
    return next((key for key in fields if key.casefold() == folded), None)


def render(template: str, fields: Mapping[str, str]) -> str:
    """The message one person receives. Fields are text already; a missing one raises KeyError."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        if match.group(1) is None:
            raise TemplateError(words.tr("The message has a lone “{token}”.").format(token=token))
        key = resolve_field(match.group(1).strip(), fields)
        if key is None:
            raise KeyError(match.group(1).strip())
        return fields[key]

    return _TOKEN.sub(replace, template)
