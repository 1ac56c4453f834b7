"""Exporting tables (results, invalid rows) to .xlsx or .csv, safe to open in a spreadsheet.

A cell that starts with = + - @ would run as a formula when the file is
opened; such text is written with a leading apostrophe so it stays text.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would read as a formula, made plain text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Writes .xlsx (default) or .csv by the path's suffix; the file appears whole or not at all."""
    path = Path(path)
    table = [list(row) for row in rows]  # a failing source fails before any file exists
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    handle, temporary = tempfile.mkstemp(prefix=".smsgui-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        if path.suffix.lower() == ".csv":
            with open(temporary, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, delimiter=";")
                writer.writerow([neutralise(h) for h in header])
                for row in table:
                    writer.writerow([_csv_cell(v) for v in row])
        else:
            from openpyxl import Workbook  # only exports need it: keep start-up light

            book = Workbook(write_only=True)
            sheet = book.create_sheet("smsgui")
            sheet.append([neutralise(h) for h in header])
            for row in table:
                sheet.append([_xlsx_cell(v) for v in row])
            book.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _xlsx_cell(value: object) -> object:
    if value is None or isinstance(value, int | float | bool | dt.date | dt.datetime | dt.time):
        return value
    return neutralise(str(value))


def _csv_cell(value: object) -> object:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return (
        neutralise("" if value is None else str(value))
        if not isinstance(value, int | float)
        else value
    )
