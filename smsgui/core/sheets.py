"""Reading the rows of a spreadsheet or text file, whatever program wrote it.

Workbooks (.xlsx .xlsm .xlsb .xls .ods) go through python-calamine, which
gives formulas' saved values and keeps dates as dates. Text files (.csv .txt
.tsv) have their encoding and delimiter sniffed. A file that cannot be read
raises `UnreadableFile` with a sentence a person can act on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from smsgui.core import words

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = WORKBOOK_SUFFIXES + TEXT_SUFFIXES

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_DELIMITERS = (";", ",", "\t", "|")
# Letters that are common in the languages our users write; a wrong decoding shows few of them.
_COMMON_LETTERS = set("ăâîșțşţĂÂÎȘȚŞŢéèêëàçôûùïœÉÈÀÇäöüß")

Cell = object
Row = list[Cell]


class UnreadableFile(Exception):
    """The file cannot be read as contacts; the message says why in plain words."""


@dataclass
class Workbook:
    """An opened file: its sheet names, and the rows of any sheet on demand."""

    path: Path
    sheet_names: list[str]
    _book: calamine.CalamineWorkbook | None = None
    _text_rows: list[Row] = field(default_factory=list)

    def rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Every row of the sheet from row 1, so index + 1 is the row the spreadsheet shows."""
        name = sheet if sheet is not None else self.sheet_names[0]
        if name not in self.sheet_names:
            raise UnreadableFile(
                words.tr("There is no sheet named “{sheet}” in this file.").format(sheet=name)
            )
        if self._book is None:
            yield from self._text_rows
            return
        try:
            data = self._book.get_sheet_by_name(name)
            start_row, start_col = data.start or (0, 0)
            for _ in range(start_row):
                yield []
            padding: Row = [""] * start_col
            # iter_rows hands back one row at a time, so other threads keep running.
            for cells in data.iter_rows():
                row: Row = list(cells)
                yield padding + row if start_col else row
        except (calamine.CalamineError, ValueError, OSError) as exc:
            raise UnreadableFile(_damaged(self.path)) from exc

    def close(self) -> None:
        if self._book is not None:
            self._book.close()


def _damaged(path: Path) -> str:
    return words.tr("“{file}” is damaged or incomplete and cannot be read.").format(file=path.name)


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<", b"\xff\xfe<", b"\xfe\xff\x00<")) and (
        b"<html" in head.lower() or b"<table" in head.lower() or b"<!doctype" in head.lower()
    )


def _looks_like_text(head: bytes) -> bool:
    return b"\x00" not in head[:4096]


def _check_signature(path: Path, head: bytes) -> None:
    suffix = path.suffix.lower()
    if _looks_like_html(head):
        raise UnreadableFile(
            words.tr(
                "“{file}” is a web page (an HTML table) saved with a {suffix} name, not a real "
                "spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx or .csv, and "
                "import that file.",
            ).format(file=path.name, suffix=suffix)
        )
    if head.startswith(_OLE) and suffix != ".xls":
        try:
            with path.open("rb") as handle:
                encrypted = _ENCRYPTED in handle.read(1_000_000)
        except OSError:
            encrypted = False
        if encrypted:
            raise UnreadableFile(_password_words(path))
    expected = _OLE if suffix == ".xls" else _ZIP
    if suffix in WORKBOOK_SUFFIXES and not head.startswith(expected):
        if head.startswith(_ZIP if suffix == ".xls" else _OLE):
            return  # a workbook of the other kind with the wrong name: calamine copes
        if _looks_like_text(head):
            raise UnreadableFile(
                words.tr(
                    "“{file}” is plain text, not a {suffix} workbook. If it is a list "
                    "separated by commas or semicolons, rename it to .csv and import it again.",
                ).format(file=path.name, suffix=suffix)
            )
        raise UnreadableFile(_damaged(path))


def _password_words(path: Path) -> str:
    return words.tr(
        "“{file}” is protected by a password. Open it in Excel or LibreOffice, "
        "remove the password (or save an unprotected copy), and import that.",
    ).format(file=path.name)


def open_workbook(path: str | Path) -> Workbook:
    """Opens any supported file; raises `UnreadableFile` with the reason in plain words."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        kind = suffix or words.tr("files without an extension")
        raise UnreadableFile(
            words.tr(
                "smsgui cannot read {kind}. "
                "Use an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV (.csv) file.",
            ).format(kind=kind)
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError:
        raise UnreadableFile(
            words.tr("“{file}” does not exist (any more).").format(file=path.name)
        ) from None
    except IsADirectoryError:
        raise UnreadableFile(
            words.tr("“{file}” is a folder, not a file.").format(file=path.name)
        ) from None
    except OSError as exc:
        raise UnreadableFile(
            words.tr("“{file}” cannot be opened: {error}.").format(
                file=path.name, error=exc.strerror
            )
        ) from None
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UnreadableFile(words.tr("“{file}” is empty.").format(file=path.name))
    _check_signature(path, head)
    if suffix in TEXT_SUFFIXES:
        return Workbook(path, [path.stem], _text_rows=read_text_rows(path.read_bytes()))
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except calamine.PasswordError:
        raise UnreadableFile(_password_words(path)) from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise UnreadableFile(_password_words(path)) from None
        raise UnreadableFile(_damaged(path)) from None
    if not names:
        raise UnreadableFile(words.tr("“{file}” has no sheets.").format(file=path.name))
    return Workbook(path, names, _book=book)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1250 or Latin-1, whichever reads more naturally."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    try:
        central = data.decode("cp1250")
    except UnicodeDecodeError:
        return latin
    score = sum(ch in _COMMON_LETTERS for ch in central) - sum(
        ch in _COMMON_LETTERS for ch in latin
    )
    return central if score >= 0 else latin


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of fields most often."""
    sample = text[:65536]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        widths = [len(row) for row in rows if any(cell.strip() for cell in row)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = (widths.count(common), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_rows(data: bytes) -> list[Row]:
    """The rows of a CSV or text file, quoted fields with commas and line breaks kept whole."""
    text = decode_text(data)
    delimiter = sniff_delimiter(text)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise UnreadableFile(
            words.tr("The text file cannot be read as a table: {error}.").format(error=exc)
        ) from None
