"""Sending from the window: confirmation, background sending, pause, cancel, close, resume."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.journal import Journal
from smsgui.core.simulator import Simulator
from smsgui.ui.main_window import MainWindow
from smsgui.ui.results import HistoryDialog, ResultsDialog
from smsgui.ui.sending import ConfirmDialog
from tests import files


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    path = files.xlsx(tmp_path / "c.xlsx", {"S": files.CLIENTS})
    with qtbot.waitSignal(w.contacts.contactsLoaded, timeout=10000):
        w.open_contacts(path, ask=False)
    qtbot.keyClicks(w.composer.messageEdit, "Salut {Prenume}, reduceri azi!")
    return w


def simulator_of(window: MainWindow) -> Simulator:
    window.connection()  # starts the demo simulator
    assert window.simulator is not None
    return window.simulator


def confirm(qtbot: QtBot, window: MainWindow) -> ConfirmDialog:
    qtbot.mouseClick(window.sending.sendButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConfirmDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def send_and_wait(qtbot: QtBot, window: MainWindow) -> ResultsDialog:
    dialog = confirm(qtbot, window)
    dialog.sendButton.click()
    assert window.flow.controller is not None
    with qtbot.waitSignal(window.flow.controller.finished, timeout=30000):
        pass
    results = window.findChild(ResultsDialog)
    assert results is not None
    return results


def test_confirmation_says_what_will_happen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = confirm(qtbot, window)
    text = dialog.summary.text()
    assert "3 recipients, 3 SMS parts in total." in text
    assert "Through the smsadvert network." in text
    assert "When: now." in text
    assert "Left out: 1 invalid, 1 duplicate, 1 not mobile." in text
    assert "Demo mode" in text
    assert dialog.sendButton.text() == "Send 3 messages"
    dialog.reject()
    assert window.flow.controller is None


def test_sending_runs_in_the_background_and_ends_with_results(
    qtbot: QtBot, window: MainWindow
) -> None:
    simulator = simulator_of(window)
    results = send_and_wait(qtbot, window)
    assert sorted(r.text for r in simulator.accepted) == [
        "Salut Ana, reduceri azi!",
        "Salut Radu, reduceri azi!",
        "Salut Ștefan, reduceri azi!",
    ]
    assert results.summary.text() == "3 accepted"
    assert results.model.rowCount() == 3
    assert window.sending.sendProgress.value() == 3
    assert window.sending.sendProgress.format() == "3 / 3 sent"
    assert window.sending.sendButton.isEnabled()
    exported = results.export(Path(window.journal.path).parent / "results.xlsx")
    rows = list(load_workbook(exported).active.iter_rows(values_only=True))
    assert rows[0] == ("Phone", "Row", "Result", "Message id", "Details")
    assert rows[1][0] == "'+40740123456" and rows[1][2] == "Accepted"


def test_a_test_message_goes_to_my_number_first(qtbot: QtBot, window: MainWindow) -> None:
    simulator = simulator_of(window)
    dialog = confirm(qtbot, window)
    dialog.testCheck.setChecked(True)
    qtbot.keyClicks(dialog.testNumber, "0799 000 111")
    dialog.testButton.click()
    qtbot.waitUntil(lambda: "Test sent" in dialog.testStatus.text(), timeout=10000)
    assert [(r.numbers, r.text) for r in simulator.accepted] == [
        (("+40799000111",), "Salut Ana, reduceri azi!")
    ]


def test_cancel_keeps_the_rest_pending(qtbot: QtBot, window: MainWindow) -> None:
    simulator = simulator_of(window)
    simulator.faults.latency = 0.3
    dialog = confirm(qtbot, window)
    window.preferences.set("concurrency", 1)
    dialog.sendButton.click()
    controller = window.flow.controller
    assert controller is not None
    with qtbot.waitSignal(controller.finished, timeout=30000):
        qtbot.mouseClick(window.sending.cancelButton, Qt.MouseButton.LeftButton)
    states = [r.state for r in window.journal.recipients(controller.campaign_id)]
    assert "pending" in states and "sending" not in states
    assert states.count("accepted") == len(simulator.accepted)


def test_pause_and_resume(qtbot: QtBot, window: MainWindow) -> None:
    simulator = simulator_of(window)
    simulator.faults.latency = 0.2
    confirm(qtbot, window).sendButton.click()
    controller = window.flow.controller
    assert controller is not None
    qtbot.mouseClick(window.sending.pauseButton, Qt.MouseButton.LeftButton)
    assert controller.sender.paused and window.sending.pauseButton.text() == "&Resume"
    with qtbot.waitSignal(controller.finished, timeout=30000):
        qtbot.mouseClick(window.sending.pauseButton, Qt.MouseButton.LeftButton)
    assert len(simulator.accepted) == 3


def test_closing_while_sending_asks_and_records_everything(
    qtbot: QtBot, window: MainWindow
) -> None:
    simulator = simulator_of(window)
    simulator.faults.latency = 0.3
    confirm(qtbot, window).sendButton.click()
    controller = window.flow.controller
    assert controller is not None
    window.close()
    assert window.isVisible()
    box = window.flow.close_box
    with qtbot.waitSignal(controller.finished, timeout=30000):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    states = {r.state for r in Journal().recipients(controller.campaign_id)}
    assert "sending" not in states


def test_an_interrupted_campaign_is_offered_at_start(qtbot: QtBot) -> None:
    recipients = tuple(Recipient(f"+4074000000{i}", i + 2, {"P": str(i)}) for i in range(3))
    with Journal() as journal:
        campaign_id = journal.create_campaign(Campaign(recipients, "Salut {P}"), "http://x")
        journal.mark(journal.requests(campaign_id)[0].id, "sending", attempts=1)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.flow.resume_box is not None, timeout=10000)
    box = w.flow.resume_box
    assert "+40740000000" in box.text() and "may or may not" in box.text()
    treat = next(b for b in box.buttons() if b.text() == "Treat those as sent")
    treat.click()
    assert w.flow.controller is not None
    with qtbot.waitSignal(w.flow.controller.finished, timeout=30000):
        pass
    states = [r.state for r in w.journal.recipients(campaign_id)]
    assert states == ["assumed_sent", "accepted", "accepted"]
    assert w.simulator is not None and len(w.simulator.accepted) == 2


def test_history_lists_the_campaign_and_duplicates_it(qtbot: QtBot, window: MainWindow) -> None:
    send_and_wait(qtbot, window).accept()
    window.composer.messageEdit.clear()
    history = window.flow.open_history()
    assert isinstance(history, HistoryDialog)
    assert history.model.rowCount() == 1
    assert history.model.index(0, 4).data() == "3"
    history.duplicateButton.click()
    assert window.composer.text() == "Salut {Prenume}, reduceri azi!"


def test_retry_failed_sends_only_the_failed_ones_again(qtbot: QtBot) -> None:
    recipients = tuple(Recipient(f"+4074000001{i}", i + 2, {"P": str(i)}) for i in range(2))
    with Journal() as journal:
        campaign_id = journal.create_campaign(Campaign(recipients, "Salut {P}"), "http://x")
        failed, done = journal.requests(campaign_id)
        journal.mark(failed.id, "failed", detail="There was a database error!", attempts=5)
        journal.mark(done.id, "accepted", msg_id="m1")
        journal.set_campaign_status(campaign_id, "finished")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    history = w.flow.open_history()
    history.openButton.click()
    results = w.flow.results_dialog
    assert results is not None and results.retryButton.isEnabled()
    results.retryButton.click()
    assert w.flow.controller is not None
    with qtbot.waitSignal(w.flow.controller.finished, timeout=30000):
        pass
    assert [r.state for r in w.journal.recipients(campaign_id)] == ["accepted", "accepted"]
    assert w.simulator is not None
    assert [r.numbers for r in w.simulator.accepted] == [("+40740000010",)]


def test_file_menu_exports_the_latest_results(qtbot: QtBot, window: MainWindow) -> None:
    send_and_wait(qtbot, window).accept()
    target = Path(window.journal.path).parent / "latest.csv"
    written = window.flow.export_results(window.journal.campaigns()[0].id, target)
    assert written is not None
    assert "+40740123456" in written.read_text(encoding="utf-8-sig")
    assert window.exportResultsAction.shortcut().toString() == "Ctrl+E"


def test_a_refused_token_stops_sending_with_a_plain_warning(
    qtbot: QtBot, tmp_path: Path, memory_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smsgui.core.secrets import SERVICE, USERNAME

    memory_keyring.passwords[(SERVICE, USERNAME)] = "tok-wrong"  # type: ignore[attr-defined]
    with Simulator(tokens=["tok-right"]) as simulator:
        monkeypatch.setenv("SMSGUI_API_URL", simulator.url)
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.mode_known, timeout=10000)
        assert not w.demo
        path = files.xlsx(tmp_path / "c.xlsx", {"S": files.CLIENTS})
        with qtbot.waitSignal(w.recipientsChanged, timeout=10000):
            w.open_contacts(path, ask=False)
        qtbot.keyClicks(w.composer.messageEdit, "Hello there")
        confirm(qtbot, w).sendButton.click()
        with qtbot.waitSignal(w.flow.controller.finished, timeout=30000):
            pass
        warning = w.findChild(QMessageBox, "warningBox")
        assert warning is not None and "refused the API token" in warning.text()
        assert simulator.accepted == []
        states = {r.state for r in w.journal.recipients(w.journal.campaigns()[0].id)}
        assert states == {"pending"}  # nothing lost: it can be sent once the token is fixed


def test_the_campaign_menu_offers_a_test_send_once_the_campaign_is_ready(
    qtbot: QtBot, tmp_path: Path
) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.modeKnown, timeout=10000):
        w.show()
    assert not w.testSendAction.isEnabled() and not w.sendAction.isEnabled()
    path = files.xlsx(tmp_path / "c.xlsx", {"S": files.CLIENTS})
    with qtbot.waitSignal(w.contacts.contactsLoaded, timeout=10000):
        w.open_contacts(path, ask=False)
    qtbot.keyClicks(w.composer.messageEdit, "Salut!")
    assert w.testSendAction.isEnabled() and w.sendAction.isEnabled()
    w.testSendAction.trigger()
    dialog = w.findChild(ConfirmDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.testCheck.isChecked() and dialog.testNumber.isEnabled()
    dialog.reject()
