"""Exports open safely in a spreadsheet: formula-like text stays text."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smsgui.core.report import neutralise, write_table


def test_formula_like_cells_are_neutralised() -> None:
    for text in ('=HYPERLINK("x")', "+40740", "-1", "@SUM(A1)"):
        assert neutralise(text) == "'" + text
    assert neutralise("Ana") == "Ana"
    assert neutralise(12) == 12


def test_xlsx_keeps_numbers_and_dates_and_neutralises_text(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "out.xlsx",
        ["Phone", "When", "Note"],
        [["+40740123456", dt.date(2026, 11, 26), "=cmd|' /C calc'!A0"], [None, 3, "ok"]],
    )
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1][0] == "'+40740123456"
    assert rows[1][1] == dt.datetime(2026, 11, 26)
    assert rows[1][2] == "'=cmd|' /C calc'!A0"
    assert rows[2] == (None, 3, "ok")


def test_csv_is_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = write_table(tmp_path / "out.csv", ["Nume", "Notă"], [["Ștefan", "@x"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [["Nume", "Notă"], ["Ștefan", "'@x"]]


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    class Broken:
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield ["a"]
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_table(tmp_path / "out.xlsx", ["A"], Broken())
    assert list(tmp_path.iterdir()) == []
