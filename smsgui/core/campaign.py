"""A campaign: who, what, when and through which channel; its problems and its requests.

`Campaign.validate()` lists every problem in plain words before anything is
sent (the window keeps Send disabled while there are any), and
`Campaign.plan()` turns it into the exact request bodies the contract
specifies: batches of up to 1000 numbers for one text, or one request per
person when the text is personalised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, NamedTuple

from smsgui.core import contract, text
from smsgui.core.contacts import ContactList, cell_text, collector_paused
from smsgui.core.text import TemplateError

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class Channel(Enum):
    NETWORK = "network"  # the provider's operator network (sendAsShort: true)
    OWN_DEVICES = "own_devices"  # the account's own Android phones


class Recipient(NamedTuple):
    """One person to text. A named tuple: a list of 100,000 is built in a blink."""

    phone: str  # E.164
    row: int = 0  # in the contacts file, 0 when typed
    fields: Mapping[str, str] = MappingProxyType({})


class RowFields(Mapping[str, str]):
    """A contact's columns as message text, rendered only when a placeholder asks."""

    __slots__ = ("_columns", "_values")

    def __init__(self, columns: dict[str, int], values: list[object]) -> None:
        self._columns = columns
        self._values = values

    def __getitem__(self, name: str) -> str:
        index = self._columns[name]
        return cell_text(self._values[index] if index < len(self._values) else None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


class UniqueRecipients(tuple[Recipient, ...]):
    """Recipients already one per number (an imported list's): no need to check again."""

    __slots__ = ()


def recipients_from(contact_list: ContactList) -> tuple[Recipient, ...]:
    """The recipients of an imported list, their fields as the text a message shows."""
    columns = {
        name: index
        for index, name in enumerate(contact_list.columns)
        if index != contact_list.phone_column
    }
    with collector_paused():  # 100,000 new objects: no full collection while they are made
        return UniqueRecipients(
            Recipient(c.phone or "", c.row, RowFields(columns, c.values))
            for c in contact_list.recipients()
        )


def to_ms(moment: dt.datetime) -> int:
    """Unix time in milliseconds, as the API wants it; `moment` must carry its time zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without a time zone is ambiguous")
    return (moment - EPOCH) // dt.timedelta(milliseconds=1)


@dataclass(frozen=True)
class PlannedRequest:
    numbers: tuple[str, ...]
    text: str
    body: dict[str, Any]


@dataclass(frozen=True)
class Stats:
    """The range over all recipients, for the counter: "62–75 characters · 1–2 SMS"."""

    recipients: int
    min_characters: int
    max_characters: int
    min_parts: int
    max_parts: int
    total_parts: int
    longest_row: int  # the row whose message is longest (0 when not personalised)
    unicode_characters: tuple[str, ...] = ()  # what makes any message Unicode


@dataclass(frozen=True)
class Campaign:
    recipients: tuple[Recipient, ...]
    text: str
    channel: Channel = Channel.NETWORK
    failover: bool = False
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    callback: str | None = None
    plain_fields: bool = False  # contacts' values lose their diacritics too

    def __post_init__(self) -> None:
        if isinstance(self.recipients, UniqueRecipients):
            return
        if len({r.phone for r in self.recipients}) == len(self.recipients):
            return  # already one per number, as an imported list is
        unique = {r.phone: r for r in reversed(self.recipients)}  # the first of a number wins
        kept = tuple(r for r in self.recipients if unique.get(r.phone) is r)
        object.__setattr__(self, "recipients", kept)

    @property
    def fields(self) -> list[str]:
        return list(self.recipients[0].fields) if self.recipients else []

    @property
    def personalised(self) -> bool:
        try:
            return bool(text.placeholders(self.text))
        except TemplateError:
            return False

    def message_for(self, recipient: Recipient) -> str:
        """The text this person receives; raises TemplateError or KeyError on a bad template."""
        return self._render(recipient) if self.personalised else self._literal()

    def _render(self, recipient: Recipient) -> str:
        fields = recipient.fields
        if self.plain_fields:
            fields = {k: text.transliterate(v) for k, v in fields.items()}
        return text.render(self.text, fields)

    def _literal(self) -> str:
        return text.render(self.text, {})

    def messages(self) -> list[tuple[Recipient, str]]:
        if not self.personalised:
            literal = self._literal()
            return [(r, literal) for r in self.recipients]
        return [(r, self._render(r)) for r in self.recipients]

    def stats(self) -> Stats | None:
        """None while the template cannot be filled for everyone (see `validate`)."""
        try:
            return self._stats()
        except (TemplateError, KeyError):
            return None

    def _stats(self) -> Stats:
        if not self.personalised:
            measured = text.measure(self._literal())
            count = len(self.recipients)
            return Stats(
                count,
                measured.characters,
                measured.characters,
                measured.parts,
                measured.parts,
                measured.parts * count,
                0,
                measured.unicode_characters,
            )
        lengths: list[tuple[int, int, int]] = []
        forcing: dict[str, None] = {}
        for recipient, message in self.messages():
            measured = text.measure(message)
            lengths.append((measured.characters, measured.parts, recipient.row))
            forcing.update(dict.fromkeys(measured.unicode_characters))
        if not lengths:
            return Stats(0, 0, 0, 0, 0, 0, 0)
        longest = max(lengths)
        return Stats(
            len(lengths),
            min(c for c, _, _ in lengths),
            longest[0],
            min(p for _, p, _ in lengths),
            max(p for _, p, _ in lengths),
            sum(p for _, p, _ in lengths),
            longest[2],
            tuple(forcing),
        )

    def validate(self, now: dt.datetime | None = None) -> list[str]:
        """Every problem in plain words; empty when the campaign can be sent."""
        problems: list[str] = []
        if not self.recipients:
            problems.append("There are no recipients yet: import your contacts.")
        problems.extend(self._text_problems())
        problems.extend(self._timing_problems(now or dt.datetime.now(dt.UTC)))
        if self.failover and self.channel is Channel.NETWORK:
            problems.append(
                "Fallback to the smsadvert network only applies when sending from your phones."
            )
        if self.callback and not contract.is_http_url(self.callback):
            problems.append(
                f"The delivery-report address “{self.callback}” is not a web address "
                "starting with http:// or https://."
            )
        return problems

    def _text_problems(self) -> list[str]:
        if not self.text.strip():
            return ["Write the message."]
        if contract.has_broken_characters(self.text):
            return ["The message has a broken character in it (often from pasted text)."]
        try:
            names = text.placeholders(self.text)
        except TemplateError as exc:
            return [str(exc)]
        if names and self.recipients:
            fields = self.recipients[0].fields
            missing = [n for n in names if text.resolve_field(n, fields) is None]
            if missing:
                columns = ", ".join(fields) or "none"
                return [
                    f"The message uses {{{name}}}, but the contacts have no such column "
                    f"(columns: {columns})."
                    for name in missing
                ]
        too_short: list[int] = []
        too_long: list[tuple[int, int]] = []
        if self.recipients and self.personalised:
            messages = self.messages()
        elif self.personalised:
            messages = []  # nothing to measure until there are contacts
        else:
            messages = [(Recipient(""), self._literal())]
        for recipient, message in messages:
            length = contract.utf16_length(message)
            if length < contract.MIN_TEXT:
                too_short.append(recipient.row)
            elif length > contract.MAX_TEXT:
                too_long.append((length, recipient.row))
        problems = []
        if too_long:
            length, row = max(too_long)
            where = f" for row {row}" if self.personalised else ""
            more = f" ({len(too_long)} recipients in all)" if len(too_long) > 1 else ""
            problems.append(
                f"The message{where} would have {length} characters; the service takes at "
                f"most {contract.MAX_TEXT}{more}."
            )
        if too_short:
            where = f" for row {too_short[0]}" if self.personalised else ""
            problems.append(
                f"The message{where} would have fewer than {contract.MIN_TEXT} characters."
            )
        return problems

    def _timing_problems(self, now: dt.datetime) -> list[str]:
        problems = []
        for label, moment in (("start", self.start), ("end", self.end)):
            if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
                return [f"The {label} time has no time zone."]
        if self.start is not None and self.start <= now:
            problems.append("The start time is in the past.")
        if self.end is not None:
            if self.start is not None and self.end <= self.start:
                problems.append("The end comes before the start.")
            elif self.end <= now:
                problems.append("The end time is in the past.")
        return problems

    def describe(self, left_out: Mapping[str, int]) -> list[str]:
        """What sending will do, in the words of the confirmation (window and command line)."""
        stats = self.stats()
        parts = stats.total_parts if stats else 0
        lines = [f"{len(self.recipients):,} recipients, {parts:,} SMS parts in total."]
        if self.channel is Channel.NETWORK:
            lines.append("Through the smsadvert network.")
        else:
            fallback = " with fallback to the smsadvert network" if self.failover else ""
            lines.append(f"Through your own phones{fallback}.")
        when = self.start.astimezone().strftime("%Y-%m-%d %H:%M %Z") if self.start else "now"
        stop = f" Stops at {self.end.astimezone():%Y-%m-%d %H:%M}." if self.end else ""
        lines.append(f"When: {when}.{stop}")
        skipped = ", ".join(
            f"{count:,} {what[:-1] if count == 1 and what.endswith('s') else what}"
            for what, count in left_out.items()
            if count
        )
        if skipped:
            lines.append(f"Left out: {skipped}.")
        return lines

    def plan_options(self) -> dict[str, Any]:
        return {
            "network": self.channel is Channel.NETWORK,
            "start_ms": to_ms(self.start) if self.start is not None else None,
            "end_ms": to_ms(self.end) if self.end is not None else None,
            "failover": self.failover and self.channel is Channel.OWN_DEVICES,
            "callback": self.callback or None,
        }

    def plan(self) -> list[PlannedRequest]:
        """The requests to send, with their exact bodies. Call after `validate()` is empty."""
        from smsgui.core import api  # the HTTP stack loads when a plan is made, not at start-up

        options = self.plan_options()
        if self.personalised:
            requests = []
            for recipient, message in self.messages():
                body = api.build_body([recipient.phone], message, **options)
                requests.append(PlannedRequest((recipient.phone,), message, body))
            return requests
        literal = self._literal()
        numbers = [r.phone for r in self.recipients]
        size = contract.MAX_NUMBERS
        return [
            PlannedRequest(
                tuple(numbers[i : i + size]),
                literal,
                api.build_body(numbers[i : i + size], literal, **options),
            )
            for i in range(0, len(numbers), size)
        ]
