"""Contact files made the way users make them: Excel numbers, title rows, CSV from Windows."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook


def xlsx(
    path: Path, sheets: dict[str, Sequence[Sequence[object]]], merged: Sequence[str] = ()
) -> Path:
    """A workbook with the given sheets (first one first); `merged` ranges on the first sheet."""
    book = Workbook()
    book.remove(book.active)
    for index, (name, rows) in enumerate(sheets.items()):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        if index == 0:
            for cells in merged:
                sheet.merge_cells(cells)
    book.save(path)
    return path


def with_saved_formula(path: Path, cell: str, formula: str, value: str) -> Path:
    """Gives a formula cell the saved result Excel would have stored (openpyxl stores none)."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    sheet = items["xl/worksheets/sheet1.xml"].decode()
    empty = f'<c r="{cell}"><f>{formula}</f><v /></c>'
    assert empty in sheet, sheet
    sheet = sheet.replace(empty, f'<c r="{cell}" t="str"><f>{formula}</f><v>{value}</v></c>')
    items["xl/worksheets/sheet1.xml"] = sheet.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def encrypted_xlsx(path: Path, password: str = "secret") -> Path:
    import msoffcrypto.format.ooxml

    plain = xlsx(path.with_suffix(".plain.xlsx"), {"Sheet": [["Telefon"], ["0740123456"]]})
    with plain.open("rb") as source, path.open("wb") as target:
        msoffcrypto.format.ooxml.OOXMLFile(source).encrypt(password, target)
    return path


CLIENTS = [
    ["Lista clienți — noiembrie 2026"],
    [],
    ["Nume", "Prenume", "Telefon fix", "Telefon mobil", "Data nașterii"],
    ["Popescu", "Ana", "0212345678", 740123456, dt.datetime(1990, 5, 17)],
    ["Ionescu", "Ștefan", None, 40740123457.0, dt.datetime(1985, 1, 2)],
    ["Dumitru", "Ioana", None, "+40 740-123-456", dt.datetime(1970, 3, 3)],
    [None, None, None, None, None],
    ["Marin", "Radu", None, "0040 722 000 111", dt.datetime(2000, 12, 31)],
    ["Stan", "Elena", None, "07401", None],
    ["Vasile", "Mihai", None, "0212345679", None],
]
