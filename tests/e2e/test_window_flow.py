"""The real MainWindow from spreadsheet to sent, against the simulator, from a clean data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smsgui.core.secrets import SERVICE, USERNAME
from smsgui.core.simulator import Simulator
from smsgui.ui.main_window import MainWindow
from smsgui.ui.results import ResultsDialog
from smsgui.ui.sending import ConfirmDialog
from tests import files
from tests.conftest import MemoryKeyring

TOKEN = "tok-e2e-5f1c"
ROWS = [
    ["Nume", "Prenume", "Telefon"],
    ["Popescu", "Ana", 740123456],  # stored as a number: Excel dropped the 0
    ["Ionescu", "Ștefan", 40722111222.0],  # stored as a number: Excel dropped the +
    ["Dumitru", "Ioana", "0740 123 456"],  # the same number as row 2
    ["Marin", "Radu", "0733-444-555"],
]


@pytest.fixture
def simulator(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Simulator]:
    memory_keyring.passwords[(SERVICE, USERNAME)] = TOKEN
    with Simulator(tokens=[TOKEN], callback_delay=0.05) as sim:
        monkeypatch.setenv("SMSGUI_API_URL", sim.url)
        yield sim


@pytest.fixture
def contacts_file(tmp_path: Path) -> Path:
    return files.xlsx(tmp_path / "clienti.xlsx", {"Clienți": ROWS})


def open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.mode_known, timeout=10000)  # the keyring answers after paint
    return window


def prepare(qtbot: QtBot, window: MainWindow, contacts_file: Path) -> None:
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=20000):
        window.open_contacts(contacts_file, ask=False)
    assert window.contacts.contactsSummary.text() == "3 recipients · 1 duplicate"
    qtbot.keyClicks(window.composer.messageEdit, "Salut ")
    window.composer.fieldMenu.actions()[1].trigger()  # {Prenume}
    window.composer.messageEdit.insertPlainText(", reduceri în magazin mâine!")
    assert "Unicode" in window.composer.messageCounter.text()
    qtbot.mouseClick(window.composer.replaceDiacriticsButton, Qt.MouseButton.LeftButton)
    assert window.composer.text() == "Salut {Prenume}, reduceri in magazin maine!"


def test_from_spreadsheet_to_sent(qtbot: QtBot, simulator: Simulator, contacts_file: Path) -> None:
    window = open_window(qtbot)
    assert not window.demo
    prepare(qtbot, window, contacts_file)
    delivery = window.delivery
    qtbot.mouseClick(delivery.scheduleRadio, Qt.MouseButton.LeftButton)
    tomorrow = QDateTime.currentDateTime().addDays(1)
    tomorrow.setTime(QTime(10, 0))
    delivery.startEdit.setDateTime(tomorrow)
    qtbot.mouseClick(delivery.ownDevicesRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(delivery.failoverCheck, Qt.MouseButton.LeftButton)
    assert window.sending.sendButton.text() == "Schedule 3 messages"

    qtbot.mouseClick(window.sending.sendButton, Qt.MouseButton.LeftButton)
    confirm = window.findChild(ConfirmDialog)
    assert confirm is not None
    assert "Through your own phones with fallback" in confirm.summary.text()
    confirm.sendButton.click()
    with qtbot.waitSignal(window.flow.controller.finished, timeout=30000):
        pass
    results = window.findChild(ResultsDialog)
    assert results is not None and results.summary.text() == "3 accepted"

    start_ms = tomorrow.toMSecsSinceEpoch()
    bodies = sorted((record.numbers, record.text, record.options) for record in simulator.accepted)
    options = {"startDate": start_ms, "failover": "short"}
    assert bodies == [
        (("+40722111222",), "Salut Stefan, reduceri in magazin maine!", options),
        (("+40733444555",), "Salut Radu, reduceri in magazin maine!", options),
        (("+40740123456",), "Salut Ana, reduceri in magazin maine!", options),
    ]
    history = window.flow.open_history()
    assert history.model.rowCount() == 1
    assert history.model.index(0, 1).data() == "Salut {Prenume}, reduceri in magazin maine!"


def test_closing_mid_send_then_resuming_sends_everyone_once(
    qtbot: QtBot, simulator: Simulator, contacts_file: Path
) -> None:
    simulator.faults.latency = 0.4
    window = open_window(qtbot)
    window.preferences.set("concurrency", 1)
    prepare(qtbot, window, contacts_file)
    qtbot.mouseClick(window.sending.sendButton, Qt.MouseButton.LeftButton)
    window.findChild(ConfirmDialog).sendButton.click()
    controller = window.flow.controller
    assert controller is not None
    qtbot.waitUntil(lambda: simulator.requests_seen >= 1, timeout=10000)  # one is on its way
    window.close()
    assert window.isVisible()  # it asks first
    with qtbot.waitSignal(controller.finished, timeout=30000):
        window.flow.close_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert len(simulator.accepted) == 1  # the one on its way finished and was recorded

    simulator.faults.latency = 0.0
    reopened = open_window(qtbot)
    qtbot.waitUntil(lambda: reopened.flow.resume_box is not None, timeout=10000)
    box = reopened.flow.resume_box
    assert "not sent yet" in box.text()
    next(b for b in box.buttons() if b.text() == "Resume sending").click()
    with qtbot.waitSignal(reopened.flow.controller.finished, timeout=30000):
        pass
    numbers = sorted(n for record in simulator.accepted for n in record.numbers)
    assert numbers == ["+40722111222", "+40733444555", "+40740123456"]
