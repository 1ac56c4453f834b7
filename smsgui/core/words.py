"""The sentences core shows a person, in the window's language once the window chose one.

Core never imports Qt, yet its sentences belong in the window's catalogues. Each one
is written as `words.tr("English…")` (counted ones as `words.tr("%Ln row(s)", "", n)`),
a call shape Qt's lupdate extracts under the context "words", so
`make translations-update` collects them with the window's own strings. Sentences
kept in tables are marked with `QT_TRANSLATE_NOOP("words", "…")` and passed through
`words.tr` where they are shown.

The command line uses the English as written: "(s)" is dropped for one and becomes
"s" otherwise, `%n` is the number and `%Ln` the number with thousands separators.
The window hands its translator and locale to `use()` when it starts; from then on
every sentence core builds, on any thread, is in the chosen language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str, "str | None", int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for the catalogue without translating it yet."""
    return text


def english(text: str, n: int) -> str:
    """The English form of a counted sentence: "%n file(s)" → "1 file", "2 files"."""
    return text.replace("(s)", "" if n == 1 else "s")


def _english_number(n: int) -> str:
    return f"{n:,}"


def _english_moment(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M %Z}".rstrip()


@dataclass(frozen=True)
class _Language:
    translate: Translate | None = None
    number: Callable[[int], str] = _english_number
    moment: Callable[[dt.datetime], str] = _english_moment


_current = _Language()


def use(
    translate: Translate | None,
    number: Callable[[int], str] | None = None,
    moment: Callable[[dt.datetime], str] | None = None,
) -> None:
    """Installs the window's translator and locale formats (None: back to English)."""
    global _current
    _current = _Language(translate, number or _english_number, moment or _english_moment)


CONTEXT = "words"  # what lupdate calls the sentences of `words.tr(...)`


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """`text` in the chosen language; with `n`, its counted form with the number in it."""
    language = _current
    if language.translate is not None:
        return language.translate(CONTEXT, text, disambiguation or None, n)
    if n < 0:
        return text
    return english(text, n).replace("%Ln", language.number(n)).replace("%n", str(n))


def number(n: int) -> str:
    """A count as the chosen locale writes it ("1,204", "1.204", "1 204")."""
    return _current.number(n)


def moment(when: dt.datetime) -> str:
    """A date and time as the chosen locale writes it, in local time."""
    return _current.moment(when)
