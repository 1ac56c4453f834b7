"""From a sheet's rows to the list of recipients: header row, phone column, each row's status.

Every row keeps its spreadsheet row number, so a person can find it in the
file: a recipient, an invalid number (with the reason), a duplicate of an
earlier row, a number that is not a mobile, or a number on the
do-not-contact list. Empty rows are skipped silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from smsgui.core import sheets, words
from smsgui.core.phone_check import DEFAULT_REGION, PhoneCheck, Verdict
from smsgui.core.sheets import Row, UnreadableFile

HEADER_SCAN = 30  # rows searched for the header
SAMPLE = 200  # values per column looked at to recognise phone numbers
_PROGRESS_EVERY = 2000

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the import; nothing was changed."""


class Status(Enum):
    RECIPIENT = "recipient"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_MOBILE = "not_mobile"
    DO_NOT_CONTACT = "do_not_contact"


# Words a phone column's header is made of; the first group names a phone on its own.
_MOBILE_WORDS = {
    "mobile",
    "mobil",
    "cell",
    "cellphone",
    "cellular",
    "gsm",
    "portable",
    "portabil",
    "mob",
}
_PHONE_WORDS = {
    "phone",
    "telephone",
    "tel",
    "telefon",
    "telefono",
    "sms",
    "whatsapp",
} | _MOBILE_WORDS
_LANDLINE_WORDS = {
    "fix",
    "fixe",
    "fixed",
    "landline",
    "home",
    "acasa",
    "domicile",
    "birou",
    "office",
}
_FILLER_WORDS = {
    "nr",
    "no",
    "num",
    "number",
    "numar",
    "numero",
    "de",
    "of",
    "du",
    "contact",
    "1",
    "2",
}
_VOCABULARY = _PHONE_WORDS | _LANDLINE_WORDS | _FILLER_WORDS


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return "".join(ch if ch.isalnum() else " " for ch in plain).split()


def header_score(name: object) -> int:
    """How strongly a header names a mobile phone column: 0 when it does not name a phone."""
    if not isinstance(name, str):
        return 0
    tokens = _words(name)
    if not tokens or not any(w in _PHONE_WORDS for w in tokens):
        return 0
    if not all(w in _VOCABULARY for w in tokens):
        return 0
    score = 3 if any(w in _MOBILE_WORDS for w in tokens) else 2
    return score - (2 if any(w in _LANDLINE_WORDS for w in tokens) else 0)


def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_text(value: object) -> str:
    """A cell as the text a message shows: 12.0 → "12", a date → "25.11.2026"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def find_header(rows: Sequence[Row], region: str = DEFAULT_REGION) -> int | None:
    """Index of the header row (title rows above it skipped), or None when data starts at once."""
    from smsgui.core import phones  # phonenumbers loads on first use

    scan = rows[:HEADER_SCAN]
    for index, row in enumerate(scan):
        if any(header_score(cell) for cell in row):
            return index
    widest = max((sum(not is_blank(c) for c in row) for row in scan), default=0)
    for index, row in enumerate(scan):
        filled = [cell for cell in row if not is_blank(cell)]
        if not filled:
            continue
        if any(phones.is_phone_like(cell, region) for cell in filled):
            return None  # data before any header
        texts = all(isinstance(c, str) and not _is_number_text(c) for c in filled)
        if texts and len(filled) >= max(2, math.ceil(0.6 * widest)):
            return index
    return None


def _is_number_text(text: str) -> bool:
    return text.strip().replace(".", "", 1).replace(",", "", 1).isdigit()


def column_names(header: Row | None, width: int) -> list[str]:
    """One unique, non-empty name per column ("Column C" where the header says nothing)."""
    names: list[str] = []
    seen: Counter[str] = Counter()
    for index in range(width):
        cell = header[index] if header is not None and index < len(header) else None
        name = cell_text(cell) or words.tr("Column {letter}").format(letter=column_letter(index))
        seen[name.casefold()] += 1
        if seen[name.casefold()] > 1:
            name = f"{name} ({seen[name.casefold()]})"
        names.append(name)
    return names


def find_phone_column(
    names: Sequence[str], data: Sequence[Row], region: str = DEFAULT_REGION
) -> int | None:
    """The column with the mobile numbers: by header name first, by content otherwise."""
    from smsgui.core import phones  # phonenumbers loads on first use

    sample = data[:SAMPLE]

    def mobile_share(index: int) -> float:
        values = [row[index] for row in sample if index < len(row) and not is_blank(row[index])]
        if not values:
            return 0.0
        return sum(phones.check(v, region).is_recipient for v in values) / len(values)

    by_name = [(header_score(name), index) for index, name in enumerate(names)]
    best = max((score for score, _ in by_name), default=0)
    if best > 0:
        tied = [index for score, index in by_name if score == best]
        return max(tied, key=lambda index: (mobile_share(index), -index))
    shares = [(mobile_share(index), -index) for index in range(len(names))]
    share, negative_index = max(shares, default=(0.0, 0))
    return -negative_index if share >= 0.5 else None


@dataclass
class Contact:
    """One row of the sheet and what became of it."""

    row: int  # as the spreadsheet shows it
    values: Row
    check: PhoneCheck
    status: Status = Status.RECIPIENT
    first_row: int | None = None  # for a duplicate: the row it repeats

    @property
    def phone(self) -> str | None:
        return self.check.e164

    @property
    def reason(self) -> str:
        if self.status is Status.DUPLICATE:
            return words.tr("duplicate of row {row}").format(row=self.first_row)
        if self.status is Status.DO_NOT_CONTACT:
            return words.tr("on the do-not-contact list")
        if self.status is Status.NOT_MOBILE:
            return words.tr("not a mobile number ({kind})").format(
                kind=words.tr(self.check.number_type)
            )
        return words.tr(self.check.reason) if self.check.reason else ""


@dataclass
class ContactList:
    """The imported contacts, their columns, and each row's status."""

    columns: list[str]
    phone_column: int
    contacts: list[Contact]
    region: str = DEFAULT_REGION
    source: Path | None = None
    sheet: str = ""
    header_row: int | None = None  # as the spreadsheet shows it
    do_not_contact: set[str] = field(default_factory=set)
    _counts: Counter[Status] = field(default_factory=Counter, init=False, repr=False)

    def __post_init__(self) -> None:
        self.classify()

    @property
    def phone_column_name(self) -> str:
        return self.columns[self.phone_column]

    @property
    def field_names(self) -> list[str]:
        """Columns usable as placeholders: every column but the phone's."""
        return [name for i, name in enumerate(self.columns) if i != self.phone_column]

    def fields(self, contact: Contact) -> dict[str, object]:
        return {
            name: contact.values[i] if i < len(contact.values) else None
            for i, name in enumerate(self.columns)
            if i != self.phone_column
        }

    def classify(self) -> None:
        """Recomputes every status in row order: the first of equal numbers is the recipient."""
        first: dict[str, int] = {}
        blocked = self.do_not_contact
        counts: Counter[Status] = Counter()
        for contact in self.contacts:
            verdict = contact.check.verdict
            contact.first_row = None
            if verdict in (Verdict.INVALID, Verdict.EMPTY):
                contact.status = Status.INVALID
            elif verdict is Verdict.NOT_MOBILE:
                contact.status = Status.NOT_MOBILE
            elif contact.check.e164 in blocked:
                contact.status = Status.DO_NOT_CONTACT
            elif contact.check.e164 in first:
                contact.status = Status.DUPLICATE
                contact.first_row = first[contact.check.e164]
            else:
                contact.status = Status.RECIPIENT
                first[contact.check.e164 or ""] = contact.row
            counts[contact.status] += 1
        self._counts = counts

    def set_phone(self, index: int, value: object) -> None:
        """Replaces one row's phone cell and re-checks the whole list (duplicates may move)."""
        from smsgui.core import phones  # phonenumbers loads on first use

        contact = self.contacts[index]
        values = list(contact.values)
        while len(values) <= self.phone_column:
            values.append(None)
        values[self.phone_column] = value
        contact.values = values
        contact.check = phones.check(value, self.region)
        self.classify()

    def remove(self, indices: Iterable[int]) -> None:
        gone = set(indices)
        self.contacts = [c for i, c in enumerate(self.contacts) if i not in gone]
        self.classify()

    def set_do_not_contact(self, numbers: Iterable[str]) -> None:
        self.do_not_contact = set(numbers)
        self.classify()

    def counts(self) -> Counter[Status]:
        """How many rows have each status (kept by `classify`, which every change runs)."""
        return Counter(self._counts)

    def left_out(self) -> dict[Status, int]:
        """The rows that will receive nothing, by status, for the confirmation."""
        return {status: self._counts[status] for status in LEFT_OUT}

    def recipients(self) -> list[Contact]:
        return [c for c in self.contacts if c.status is Status.RECIPIENT]

    def summary(self) -> str:
        """ "1,204 recipients · 12 invalid · 30 duplicates · 3 not mobile · 2 do-not-contact"."""
        counts = self.counts()
        parts = [count_words(Status.RECIPIENT, counts[Status.RECIPIENT])]
        parts.extend(count_words(s, counts[s]) for s in LEFT_OUT if counts[s])
        return " · ".join(parts)

    def invalid_table(self) -> tuple[list[str], list[list[object]]]:
        """The invalid rows as a table to fix and import again: the cells, then row and problem."""
        width = len(self.columns)
        header = [*self.columns, words.tr("Original row"), words.tr("Problem")]
        rows = [
            [*(list(c.values) + [None] * width)[:width], c.row, c.reason]
            for c in self.contacts
            if c.status is Status.INVALID
        ]
        return header, rows

    def to_json(self) -> dict[str, Any]:
        """The document `smsgui contacts --json` prints."""
        document: dict[str, Any] = {
            "sheet": self.sheet,
            "phone_column": self.phone_column_name,
            "recipients": [],
            "invalid": [],
            "duplicates": [],
            "not_mobile": [],
            "do_not_contact": [],
        }
        for c in self.contacts:
            if c.status is Status.RECIPIENT:
                fields = {k: _json_value(v) for k, v in self.fields(c).items()}
                document["recipients"].append({"phone": c.phone, "row": c.row, "fields": fields})
            elif c.status is Status.INVALID:
                value = c.values[self.phone_column] if self.phone_column < len(c.values) else None
                document["invalid"].append(
                    {"row": c.row, "value": _json_value(value), "reason": c.reason}
                )
            elif c.status is Status.DUPLICATE:
                document["duplicates"].append(
                    {"row": c.row, "phone": c.phone, "first_row": c.first_row}
                )
            elif c.status is Status.NOT_MOBILE:
                document["not_mobile"].append(
                    {"row": c.row, "phone": c.phone, "type": c.check.number_type}
                )
            else:
                document["do_not_contact"].append({"row": c.row, "phone": c.phone})
        return document


LEFT_OUT = (Status.INVALID, Status.DUPLICATE, Status.NOT_MOBILE, Status.DO_NOT_CONTACT)


def count_words(status: Status, count: int) -> str:
    """ "1,204 recipients", "1 duplicate", "3 not mobile", in the chosen language."""
    if status is Status.RECIPIENT:
        return words.tr("%Ln recipient(s)", "", count)
    if status is Status.INVALID:
        return words.tr("%Ln invalid", "", count)
    if status is Status.DUPLICATE:
        return words.tr("%Ln duplicate(s)", "", count)
    if status is Status.NOT_MOBILE:
        return words.tr("%Ln not mobile", "", count)
    return words.tr("%Ln do-not-contact", "", count)


def _json_value(value: object) -> object:
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e16 else value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return cell_text(value)


@dataclass(frozen=True)
class SheetLayout:
    """What the import dialog shows and lets the user change."""

    sheet: str
    sheets: list[str]
    header_index: int | None  # 0-based row index of the header, None when there is none
    columns: list[str]
    phone_column: int | None
    preview: list[Row]  # the first rows after the header


def _resolve_column(column: str | int, names: Sequence[str]) -> int:
    if isinstance(column, int):
        if 0 <= column < len(names):
            return column
        raise UnreadableFile(
            words.tr("There is no column number {number}.").format(number=column + 1)
        )
    wanted = column.strip()
    for index, name in enumerate(names):
        if name.casefold() == wanted.casefold():
            return index
    if wanted.isalpha() and wanted.isupper() and len(wanted) <= 3:
        for index in range(len(names)):
            if column_letter(index) == wanted:
                return index
    raise UnreadableFile(
        words.tr("There is no column “{column}”. The columns are: {columns}.").format(
            column=column, columns=", ".join(names)
        )
    )


def _has_content(rows: Iterable[Row]) -> bool:
    return any(not is_blank(cell) for row in rows for cell in row)


def _columns_and_data(rows: list[Row], header_index: int | None) -> tuple[list[str], list[Row]]:
    """The column names, and the rows under the header (every row when there is none)."""
    width = max((len(row) for row in rows), default=0)
    if header_index is None:
        return column_names(None, width), rows
    header = rows[header_index] if header_index < len(rows) else None
    return column_names(header, width), rows[header_index + 1 :]


def _has_phone_column(rows: list[Row], region: str) -> bool:
    head = rows[: HEADER_SCAN + SAMPLE]
    if not _has_content(head):
        return False
    names, data = _columns_and_data(head, find_header(head, region))
    return find_phone_column(names, data, region) is not None


def _read_sheet(
    book: sheets.Workbook,
    sheet: str | None,
    region: str,
    should_stop: ShouldStop | None = None,
    limit: int | None = None,
) -> tuple[str, list[Row]]:
    """The named sheet's rows; without a name, the first sheet with a phone-like column
    (else the first with anything in it). Each sheet is read once."""
    fallback: tuple[str, list[Row]] | None = None
    for name in [sheet] if sheet is not None else book.sheet_names:
        rows: list[Row] = []
        for row in book.rows(name):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
            if should_stop is not None and len(rows) % _PROGRESS_EVERY == 0 and should_stop():
                raise Cancelled()
        if sheet is not None or _has_phone_column(rows, region):
            return name, rows
        if fallback is None and _has_content(rows):
            fallback = (name, rows)
    return fallback or (book.sheet_names[0], [])


def inspect(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_index: int | None | str = "auto",
    region: str = DEFAULT_REGION,
) -> SheetLayout:
    """The detected layout of a file, for the import dialog, reading only its first rows."""
    book = sheets.open_workbook(path)
    try:
        sheet, head = _read_sheet(book, sheet, region, limit=HEADER_SCAN + SAMPLE)
    finally:
        book.close()
    if header_index == "auto":
        header_index = find_header(head, region)
    assert header_index is None or isinstance(header_index, int)
    names, data = _columns_and_data(head, header_index)
    return SheetLayout(
        sheet=sheet,
        sheets=list(book.sheet_names),
        header_index=header_index,
        columns=names,
        phone_column=find_phone_column(names, data, region),
        preview=[row for row in data if any(not is_blank(c) for c in row)][:20],
    )


_gc_lock = threading.Lock()
_gc_pauses = 0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a big list is built, then its objects are frozen.

    A full collection over 100,000 fresh rows holds the interpreter for ~150 ms, which
    would freeze the window while a background import runs. The rows hold no cycles, so
    pausing loses nothing, and freezing keeps later collections from rescanning them.
    """
    global _gc_pauses
    with _gc_lock:
        _gc_pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.freeze()
                gc.enable()


def load(
    path: str | Path,
    *,
    sheet: str | None = None,
    column: str | int | None = None,
    header_index: int | None | str = "auto",
    region: str = DEFAULT_REGION,
    do_not_contact: Iterable[str] = (),
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> ContactList:
    """Reads a file into a `ContactList`; raises `UnreadableFile` or `Cancelled`."""
    with collector_paused():
        return _load(
            Path(path), sheet, column, header_index, region, do_not_contact, progress, should_stop
        )


def _load(
    path: Path,
    sheet: str | None,
    column: str | int | None,
    header_index: int | None | str,
    region: str,
    do_not_contact: Iterable[str],
    progress: Progress | None,
    should_stop: ShouldStop | None,
) -> ContactList:
    book = sheets.open_workbook(path)
    try:
        sheet, rows = _read_sheet(book, sheet, region, should_stop)
    finally:
        book.close()
    if not _has_content(rows):
        raise UnreadableFile(words.tr("The sheet “{sheet}” is empty.").format(sheet=sheet))
    if header_index == "auto":
        header_index = find_header(rows, region)
    assert header_index is None or isinstance(header_index, int)
    names, data = _columns_and_data(rows, header_index)
    first_data = header_index + 1 if header_index is not None else 0
    if not _has_content(data):
        raise UnreadableFile(
            words.tr("The sheet “{sheet}” has column names but no contacts under them.").format(
                sheet=sheet
            )
        )
    phone_column = (
        _resolve_column(column, names)
        if column is not None
        else find_phone_column(names, data, region)
    )
    if phone_column is None:
        raise UnreadableFile(
            words.tr(
                "No column of the sheet “{sheet}” looks like phone numbers. "
                "Choose the phone column yourself.",
            ).format(sheet=sheet)
        )
    contacts = _check_rows(data, first_data, phone_column, region, progress, should_stop)
    return ContactList(
        columns=names,
        phone_column=phone_column,
        contacts=contacts,
        region=region,
        source=path,
        sheet=sheet,
        header_row=header_index + 1 if header_index is not None else None,
        do_not_contact=set(do_not_contact),
    )


def _check_rows(
    data: list[Row],
    offset: int,
    phone_column: int,
    region: str,
    progress: Progress | None,
    should_stop: ShouldStop | None,
) -> list[Contact]:
    from smsgui.core import phones  # phonenumbers loads on first use

    contacts: list[Contact] = []
    seen: dict[tuple[type, object], PhoneCheck] = {}
    total = len(data)
    for index, values in enumerate(data):
        if index % _PROGRESS_EVERY == 0:
            if should_stop is not None and should_stop():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        if all(is_blank(cell) for cell in values):
            continue
        value = values[phone_column] if phone_column < len(values) else None
        key = (type(value), value)
        check = seen.get(key)
        if check is None:
            check = phones.check(value, region)
            seen[key] = check
        contacts.append(Contact(row=offset + index + 1, values=values, check=check))
    if progress is not None:
        progress(total, total)
    return contacts
