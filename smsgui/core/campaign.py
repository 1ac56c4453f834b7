"""A campaign: who, what, when and through which channel; its problems and its requests.

`Campaign.validate()` lists every problem in plain words before anything is
sent (the window keeps Send disabled while there are any), and
`Campaign.plan()` turns it into the exact request bodies the contract
specifies: batches of up to 1000 numbers for one text, or one request per
person when the text is personalised.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, NamedTuple

from smsgui.core import contract, text, words
from smsgui.core.contacts import ContactList, Status, cell_text, collector_paused, count_words
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

    @functools.cached_property
    def personalised(self) -> bool:
        return text.has_placeholders(self.text)

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
        """Each recipient with their message, rendered once per campaign (validate, stats and
        plan all read it); raises TemplateError or KeyError on a bad template."""
        return self._messages

    @functools.cached_property
    def _messages(self) -> list[tuple[Recipient, str]]:
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
            problems.append(words.tr("There are no recipients yet: import your contacts."))
        problems.extend(self.text_problems())
        problems.extend(self._timing_problems(now or dt.datetime.now(dt.UTC)))
        if self.failover and self.channel is Channel.NETWORK:
            problems.append(
                words.tr(
                    "Fallback to the smsadvert network only applies when sending from your own "
                    "phones."
                )
            )
        if self.callback and not contract.is_http_url(self.callback):
            problems.append(
                words.tr(
                    "The delivery-report address “{address}” is not a web address "
                    "starting with http:// or https://.",
                ).format(address=self.callback)
            )
        return problems

    def text_problems(self) -> list[str]:
        """The message's own problems (the composer shows these under the text)."""
        if not self.text.strip():
            return [words.tr("Write the message.")]
        if contract.has_broken_characters(self.text):
            return [words.tr(contract.BROKEN_TEXT)]
        try:
            names = text.placeholders(self.text)
        except TemplateError as exc:
            return [str(exc)]
        if names and self.recipients:
            fields = self.recipients[0].fields
            missing = [n for n in names if text.resolve_field(n, fields) is None]
            if missing:
                columns = ", ".join(fields) or words.tr("none")
                sentence = words.tr(
                    "The message uses {placeholder}, but the contacts have no such column "
                    "(columns: {columns}).",
                )
                return [
                    sentence.format(placeholder="{" + name + "}", columns=columns)
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
            if self.personalised and len(too_long) > 1:
                sentence = words.tr(
                    "The message for row {row} would have {length} characters; the service "
                    "takes at most {limit} (%Ln recipient(s) in all).",
                    "",
                    len(too_long),
                )
            elif self.personalised:
                sentence = words.tr(
                    "The message for row {row} would have {length} characters; the service "
                    "takes at most {limit}.",
                )
            else:
                sentence = words.tr(
                    "The message would have {length} characters; the service takes at most "
                    "{limit}.",
                )
            problems.append(sentence.format(row=row, length=length, limit=contract.MAX_TEXT))
        if too_short:
            if self.personalised:
                sentence = words.tr(
                    "The message for row {row} would have fewer than {limit} characters."
                )
            else:
                sentence = words.tr("The message would have fewer than {limit} characters.")
            problems.append(sentence.format(row=too_short[0], limit=contract.MIN_TEXT))
        return problems

    def _timing_problems(self, now: dt.datetime) -> list[str]:
        problems = []
        for time in (self.start, self.end):
            if time is not None and (time.tzinfo is None or time.utcoffset() is None):
                return [words.tr("A time has no time zone.")]
        if self.start is not None and self.start <= now:
            problems.append(words.tr("The start time is in the past."))
        if self.end is not None:
            if self.start is not None and self.end <= self.start:
                problems.append(words.tr("The end comes before the start."))
            elif self.end <= now:
                problems.append(words.tr("The end time is in the past."))
        return problems

    def describe(self, left_out: Mapping[Status, int]) -> list[str]:
        """What sending will do, in the words of the confirmation (window and command line)."""
        stats = self.stats()
        parts = stats.total_parts if stats else 0
        lines = [
            words.tr("{recipients}, {parts} in total.").format(
                recipients=count_words(Status.RECIPIENT, len(self.recipients)),
                parts=words.tr("%Ln SMS part(s)", "", parts),
            )
        ]
        if self.channel is Channel.NETWORK:
            lines.append(words.tr("Through the smsadvert network."))
        elif self.failover:
            lines.append(
                words.tr("Through your own phones with fallback to the smsadvert network.")
            )
        else:
            lines.append(words.tr("Through your own phones."))
        if self.start is None:
            when = words.tr("When: now.")
        else:
            when = words.tr("When: {time}.").format(time=words.moment(self.start))
        if self.end is not None:
            stop = words.tr("Stops at {time}.").format(time=words.moment(self.end))
            when = f"{when} {stop}"
        lines.append(when)
        skipped = ", ".join(count_words(status, n) for status, n in left_out.items() if n)
        if skipped:
            lines.append(words.tr("Left out: {rows}.").format(rows=skipped))
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
