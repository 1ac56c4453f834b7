"""The contacts panel: import through the dialog, the table model, edits, filters, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from smsgui.core import contacts
from smsgui.core.contacts import Status
from smsgui.core.journal import Journal
from smsgui.ui.contacts_model import ContactsModel
from smsgui.ui.import_dialog import ImportDialog
from smsgui.ui.main_window import MainWindow
from smsgui.ui.preferences import Preferences
from tests import files

SUMMARY = "3 recipients · 1 invalid · 1 duplicate · 1 not mobile"


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    return files.xlsx(
        tmp_path / "clienti.xlsx",
        {"Cuprins": [["Raport"]], "Clienți": files.CLIENTS},
    )


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def import_without_dialog(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=20000):
        window.open_contacts(path, ask=False)


def test_import_through_the_dialog_shows_the_summary(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    window.open_contacts(clients)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=10000)
    dialog = window.findChild(ImportDialog)
    assert dialog.sheetCombo.currentText() == "Clienți"
    assert dialog.headerSpin.value() == 3
    assert dialog.phoneCombo.currentText().endswith("Telefon mobil")
    assert dialog.preview.rowCount() > 0
    assert dialog.preview.item(0, 0).text() == "Popescu"
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=10000):
        dialog.accept()
    assert window.contacts.contactsSummary.text() == SUMMARY
    assert window.contacts.model.rowCount() == 6
    assert Preferences().recent_files() == [str(clients)]


def test_changing_the_phone_column_in_the_dialog(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    window.open_contacts(clients)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=10000)
    dialog = window.findChild(ImportDialog)
    dialog.phoneCombo.setCurrentIndex(dialog.phoneCombo.findData(2))  # "Telefon fix"
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=10000):
        dialog.accept()
    assert window.contacts.contact_list.phone_column_name == "Telefon fix"


def test_choosing_another_sheet_rereads_it(qtbot: QtBot, window: MainWindow, clients: Path) -> None:
    window.open_contacts(clients)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=10000)
    dialog = window.findChild(ImportDialog)
    dialog.sheetCombo.setCurrentText("Cuprins")
    qtbot.waitUntil(lambda: dialog.preview.columnCount() == 1, timeout=10000)
    assert dialog.phoneCombo.currentData() is None
    assert "choose it" in dialog.message.text()
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.phoneCombo.currentData() is None


def test_model_passes_qt_model_tester(qtmodeltester, clients: Path) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel()
    model.set_contacts(contacts.load(clients))
    qtmodeltester.check(model)
    model.set_filter(Status.INVALID, "")
    qtmodeltester.check(model)


def test_editing_a_phone_cell_rechecks_the_row_at_once(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    import_without_dialog(qtbot, window, clients)
    model = window.contacts.model
    row = next(r for r in range(model.rowCount()) if model.contact(r).row == 9)
    phone = model.index(row, ContactsModel.FIXED + 3)
    assert model.flags(phone) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(row, ContactsModel.STATUS)) == "Invalid: too short"
    with qtbot.waitSignal(model.contactsEdited):
        assert model.setData(phone, "0733 111 222")
    assert model.data(model.index(row, ContactsModel.STATUS)) == "Recipient"
    assert model.data(model.index(row, ContactsModel.NUMBER)) == "+40733111222"
    assert window.contacts.contactsSummary.text().startswith("4 recipients")


def test_filter_by_status_and_search(qtbot: QtBot, window: MainWindow, clients: Path) -> None:
    import_without_dialog(qtbot, window, clients)
    panel = window.contacts
    panel.filterCombo.setCurrentIndex(panel.filterCombo.findData(Status.DUPLICATE))
    assert panel.model.rowCount() == 1 and panel.model.contact(0).row == 6
    panel.filterCombo.setCurrentIndex(0)
    qtbot.keyClicks(panel.searchEdit, "ionescu")
    assert [panel.model.contact(r).row for r in range(panel.model.rowCount())] == [5]


def test_rows_can_be_removed(qtbot: QtBot, window: MainWindow, clients: Path) -> None:
    import_without_dialog(qtbot, window, clients)
    panel = window.contacts
    panel.contactsView.selectRow(0)
    qtbot.mouseClick(panel.removeButton, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5
    # row 6 repeated row 4's number: with row 4 gone, it becomes the recipient
    assert panel.contactsSummary.text() == "3 recipients · 1 invalid · 1 not mobile"


def test_never_text_these_adds_to_the_do_not_contact_list(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    import_without_dialog(qtbot, window, clients)
    panel = window.contacts
    panel.contactsView.selectRow(0)
    qtbot.mouseClick(panel.neverButton, Qt.MouseButton.LeftButton)
    assert window.journal.do_not_contact() == {"+40740123456"}
    assert panel.model.contact(0).status is Status.DO_NOT_CONTACT
    # rows 4 and 6 hold the same number: both are now left out
    assert (
        panel.contactsSummary.text() == "2 recipients · 1 invalid · 1 not mobile · 2 do-not-contact"
    )


def test_do_not_contact_list_dialog_adds_typed_numbers(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    import_without_dialog(qtbot, window, clients)
    dialog = window.open_do_not_contact()
    qtbot.keyClicks(dialog.addEdit, "0722 000 111, nonsense")
    qtbot.keyClick(dialog.addEdit, Qt.Key.Key_Return)
    assert [dialog.numbersList.item(i).text() for i in range(dialog.numbersList.count())] == [
        "+40722000111"
    ]
    assert "nonsense" in dialog.message.text()
    assert "1 do-not-contact" in window.contacts.contactsSummary.text()
    dialog.numbersList.selectAll()
    dialog.removeButton.click()
    assert Journal().do_not_contact() == set()


def test_invalid_rows_export_to_xlsx(
    qtbot: QtBot, window: MainWindow, clients: Path, tmp_path: Path
) -> None:
    import_without_dialog(qtbot, window, clients)
    written = window.contacts.export_invalid(tmp_path / "fix-me.xlsx")
    assert written is not None
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Original row", "Problem")
    assert rows[1][:4] == ("Stan", "Elena", None, "07401")
    assert rows[1][-2:] == (9, "too short")


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.xlsx", b""), ("page.xls", b"<html><table><tr><td>x</td></tr></table></html>")],
)
def test_bad_file_shows_a_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, clients: Path, tmp_path: Path, name: str, data: bytes
) -> None:
    import_without_dialog(qtbot, window, clients)
    before = window.contacts.contact_list
    bad = tmp_path / name
    bad.write_bytes(data)
    window.open_contacts(bad, ask=False)
    qtbot.waitUntil(lambda: window.contacts._message is not None, timeout=10000)
    assert window.contacts._message.text()
    assert "Traceback" not in window.contacts._message.text()
    assert window.contacts.contact_list is before
    assert window.contacts.contactsSummary.text() == SUMMARY


def test_cancelling_an_import_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [["Nume", "Telefon"]] + [[f"N{i}", 740000000 + i] for i in range(40000)]
    big = files.xlsx(tmp_path / "big.xlsx", {"S": rows})
    panel = window.contacts
    panel.importProgress.valueChanged.connect(lambda _: panel.cancel_import())
    window.open_contacts(big, ask=False)
    qtbot.waitUntil(
        lambda: not panel.busy and "cancelled" in panel.contactsSummary.text(), timeout=30000
    )
    assert panel.contact_list is None
    assert panel.importButton.isEnabled()


def test_dropping_a_file_on_the_window_opens_the_import_dialog(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(clients))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=10000)


def test_recent_files_menu_lists_imported_files(
    qtbot: QtBot, window: MainWindow, clients: Path
) -> None:
    import_without_dialog(qtbot, window, clients)
    window._fill_recent()
    actions = window.recentMenu.actions()
    assert actions[0].text().endswith("clienti.xlsx")


def test_an_empty_panel_offers_the_sample_contacts(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.contacts
    assert panel.sampleButton.isVisible()
    qtbot.mouseClick(panel.sampleButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=10000)
    with qtbot.waitSignal(panel.contactsLoaded, timeout=10000):
        window.findChild(ImportDialog).accept()
    assert panel.contactsSummary.text() == "5 recipients · 1 invalid · 1 duplicate · 1 not mobile"
    assert not panel.sampleButton.isVisible()
    assert panel.title() == "1 · Contacts — ✓ 5 recipients"
