"""Reading contact files as users make them, and what becomes of each row."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smsgui.core import contacts
from smsgui.core.contacts import Status, header_score
from smsgui.core.journal import Journal
from smsgui.core.sheets import UnreadableFile, decode_text, sniff_delimiter
from tests import files


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    return files.xlsx(tmp_path / "clienti.xlsx", {"Clienți": files.CLIENTS})


def test_numbers_stored_as_numbers_keep_their_digits(clients: Path) -> None:
    found = contacts.load(clients)
    phones = {c.row: c.phone for c in found.contacts}
    assert phones[4] == "+40740123456"  # 740123456: the 0 Excel dropped
    assert phones[5] == "+40740123457"  # 40740123457.0: the + Excel dropped


def test_title_rows_are_skipped_and_rows_numbered_as_the_sheet_shows(clients: Path) -> None:
    found = contacts.load(clients)
    assert found.header_row == 3
    assert found.columns == ["Nume", "Prenume", "Telefon fix", "Telefon mobil", "Data nașterii"]
    assert [c.row for c in found.contacts] == [4, 5, 6, 8, 9, 10]  # row 7 is empty: skipped


def test_mobile_column_wins_over_landline_column(clients: Path) -> None:
    assert contacts.load(clients).phone_column_name == "Telefon mobil"
    assert contacts.load(clients, column="Telefon fix").phone_column_name == "Telefon fix"
    assert contacts.load(clients, column="C").phone_column_name == "Telefon fix"


def test_each_row_gets_its_status_and_reason(clients: Path) -> None:
    found = contacts.load(clients)
    by_row = {c.row: c for c in found.contacts}
    assert by_row[4].status is Status.RECIPIENT
    assert by_row[6].status is Status.DUPLICATE and by_row[6].first_row == 4
    assert by_row[6].reason == "duplicate of row 4"
    assert by_row[9].status is Status.INVALID and by_row[9].reason == "too short"
    assert by_row[10].status is Status.NOT_MOBILE
    assert by_row[10].reason == "not a mobile number (landline)"
    assert found.summary() == "3 recipients · 1 invalid · 1 duplicate · 1 not mobile"


def test_dates_stay_dates_and_other_columns_become_fields(clients: Path) -> None:
    found = contacts.load(clients)
    first = found.contacts[0]
    assert found.field_names == ["Nume", "Prenume", "Telefon fix", "Data nașterii"]
    assert found.fields(first)["Data nașterii"] == dt.date(1990, 5, 17)
    assert contacts.cell_text(found.fields(first)["Data nașterii"]) == "17.05.1990"


def test_do_not_contact_numbers_are_left_out_and_counted(clients: Path) -> None:
    with Journal() as journal:
        assert journal.add_do_not_contact(["+40722000111"]) == 1
        assert journal.add_do_not_contact(["+40722000111"]) == 0
        blocked = journal.do_not_contact()
    found = contacts.load(clients, do_not_contact=blocked)
    assert {c.row for c in found.contacts if c.status is Status.DO_NOT_CONTACT} == {8}
    assert "1 do-not-contact" in found.summary()
    with Journal() as journal:
        assert journal.do_not_contact() == {"+40722000111"}  # kept across openings


def test_editing_a_phone_rechecks_the_row_and_the_duplicates(clients: Path) -> None:
    found = contacts.load(clients)
    index = next(i for i, c in enumerate(found.contacts) if c.row == 4)
    found.set_phone(index, "0733 999 888")
    by_row = {c.row: c for c in found.contacts}
    assert by_row[4].phone == "+40733999888"
    assert by_row[6].status is Status.RECIPIENT  # no longer a duplicate of row 4
    found.remove([index])
    assert 4 not in {c.row for c in found.contacts}


def test_default_sheet_is_the_first_with_a_phone_column(tmp_path: Path) -> None:
    path = files.xlsx(
        tmp_path / "two.xlsx",
        {
            "Cuprins": [["Raport"], ["Generat automat"]],
            "Clienți": [["Nume", "Mobil"], ["A", "0740123456"]],
        },
    )
    assert contacts.load(path).sheet == "Clienți"
    with pytest.raises(UnreadableFile, match="looks like phone numbers"):
        contacts.load(path, sheet="Cuprins")
    layout = contacts.inspect(path)
    assert layout.sheets == ["Cuprins", "Clienți"] and layout.sheet == "Clienți"
    assert layout.columns[layout.phone_column or 0] == "Mobil"


def test_formulas_give_their_saved_values(tmp_path: Path) -> None:
    path = files.xlsx(
        tmp_path / "f.xlsx", {"S": [["Nume", "Telefon"], ["Ana", '=CONCATENATE("0","740123456")']]}
    )
    files.with_saved_formula(path, "B2", 'CONCATENATE("0","740123456")', "0740123456")
    assert [c.phone for c in contacts.load(path).contacts] == ["+40740123456"]


def test_merged_header_cells(tmp_path: Path) -> None:
    rows = [
        ["Date personale", None, "Contact", None],
        ["Nume", "Prenume", "Telefon", "E-mail"],
        ["Pop", "Ana", "0740123456", "ana@example.com"],
    ]
    path = files.xlsx(tmp_path / "m.xlsx", {"S": rows}, merged=["A1:B1", "C1:D1"])
    found = contacts.load(path)
    assert found.header_row == 2 and found.phone_column_name == "Telefon"
    assert found.contacts[0].phone == "+40740123456"


def test_phone_column_found_by_content_when_headers_say_nothing(tmp_path: Path) -> None:
    path = files.xlsx(
        tmp_path / "c.xlsx",
        {"S": [["A", "B", "C"], ["x", "12", "0740123456"], ["y", "13", 722111222]]},
    )
    assert contacts.load(path).phone_column_name == "C"
    bare = files.xlsx(tmp_path / "bare.xlsx", {"S": [["0740123456", "Ana"], ["0722111222", "Dan"]]})
    found = contacts.load(bare)
    assert found.header_row is None and found.columns == ["Column A", "Column B"]
    assert [c.row for c in found.contacts] == [1, 2]


def test_windows_1250_semicolon_csv(tmp_path: Path) -> None:
    text = "Nume;Prenume;Telefon\r\nŞtefănescu;Ţuţu;0740 123 456\r\nÎncă;Ion;0722.111.222\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1250"))
    found = contacts.load(path)
    assert found.columns == ["Nume", "Prenume", "Telefon"]
    assert found.fields(found.contacts[0]) == {"Nume": "Ştefănescu", "Prenume": "Ţuţu"}
    assert [c.phone for c in found.contacts] == ["+40740123456", "+40722111222"]


def test_utf8_bom_comma_csv_with_quoted_commas_and_line_breaks(tmp_path: Path) -> None:
    text = 'Name,Address,Mobile\n"Pop, Ana","Str. Lungă 1,\nBrașov",+40740123456\n'
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    found = contacts.load(path)
    assert found.fields(found.contacts[0]) == {
        "Name": "Pop, Ana",
        "Address": "Str. Lungă 1,\nBrașov",
    }


def test_latin1_and_tab_text(tmp_path: Path) -> None:
    path = tmp_path / "liste.txt"
    path.write_bytes("Prénom\tTéléphone\nHélène\t06 12 34 56 78\n".encode("latin-1"))
    found = contacts.load(path, region="FR")
    assert found.columns == ["Prénom", "Téléphone"]
    assert found.contacts[0].phone == "+33612345678"


def test_encoding_and_delimiter_sniffing() -> None:
    assert decode_text("Ştefan".encode("cp1250")) == "Ştefan"
    assert decode_text("Hélène à Noël".encode("latin-1")) == "Hélène à Noël"
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a,b\n1,2\n") == ","


@pytest.mark.parametrize(
    ("name", "score"),
    [
        ("Telefon", 2), ("Nr. telefon", 2), ("TELEFON MOBIL", 3), ("Téléphone", 2),
        ("Portable", 3), ("Mobile phone", 3), ("Telefon fix", 0), ("Nume", 0),
        ("Lista telefoane clienți", 0), ("Phone number", 2),
    ],
)  # fmt: skip
def test_phone_header_names(name: str, score: int) -> None:
    assert header_score(name) == score


# -- bad files ----------------------------------------------------------------------------


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.xlsx", b"", "is empty"),
        ("empty.csv", b"\n\n", "is empty"),
        ("notes.xlsx", b"Nume,Telefon\nAna,0740123456\n", "plain text"),
        (
            "export.xls",
            b"<html><body><table><tr><td>Telefon</td></tr><tr><td>0740123456</td></tr></table>",
            "web page",
        ),
        ("garbage.xlsx", b"\x00\x01\x02\x03garbage" * 20, "damaged"),
        ("photo.png", b"\x89PNG....", "cannot read .png"),
    ],
)
def test_bad_files_get_a_plain_message(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    with pytest.raises(UnreadableFile, match=words):
        contacts.load(_bad(tmp_path, name, data))


def test_truncated_workbook_is_damaged(tmp_path: Path, clients: Path) -> None:
    data = clients.read_bytes()
    path = _bad(tmp_path, "cut.xlsx", data[: len(data) // 2])
    with pytest.raises(UnreadableFile, match="damaged or incomplete"):
        contacts.load(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = files.encrypted_xlsx(tmp_path / "locked.xlsx")
    with pytest.raises(UnreadableFile, match="protected by a password"):
        contacts.load(path)


def test_sheet_without_phone_column_and_header_without_rows(tmp_path: Path) -> None:
    no_phone = files.xlsx(tmp_path / "np.xlsx", {"S": [["Nume", "Oraș"], ["Ana", "Cluj"]]})
    with pytest.raises(UnreadableFile, match="No column"):
        contacts.load(no_phone)
    header_only = files.xlsx(tmp_path / "h.xlsx", {"S": [["Nume", "Telefon"]]})
    with pytest.raises(UnreadableFile, match="no contacts under them"):
        contacts.load(header_only)
    missing = tmp_path / "nowhere.xlsx"
    with pytest.raises(UnreadableFile, match="does not exist"):
        contacts.load(missing)


# -- the command --------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smsgui", "contacts", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


def test_contacts_command_json(clients: Path) -> None:
    result = _cli(str(clients), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["sheet"] == "Clienți"
    assert document["phone_column"] == "Telefon mobil"
    assert document["recipients"][0] == {
        "phone": "+40740123456",
        "row": 4,
        "fields": {
            "Nume": "Popescu",
            "Prenume": "Ana",
            "Telefon fix": "0212345678",
            "Data nașterii": "1990-05-17",
        },
    }
    assert document["invalid"] == [{"row": 9, "value": "07401", "reason": "too short"}]
    assert document["duplicates"] == [{"row": 6, "phone": "+40740123456", "first_row": 4}]
    assert document["not_mobile"] == [{"row": 10, "phone": "+40212345679", "type": "landline"}]
    assert document["do_not_contact"] == []


def test_contacts_command_unreadable_file_exits_2_in_one_line(tmp_path: Path) -> None:
    result = _cli(str(_bad(tmp_path, "x.xlsx", b"")))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "empty" in result.stderr
    assert "Traceback" not in result.stderr
