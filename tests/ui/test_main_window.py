"""The first window: demo mode without a token, the Settings dialog, the panels' parts."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from smsgui.core.secrets import SERVICE, USERNAME, TokenStore
from smsgui.ui.main_window import MainWindow
from smsgui.ui.preferences import Preferences
from smsgui.ui.settings import SettingsDialog
from tests.conftest import MemoryKeyring

CONTRACT_NAMES = [
    "importButton", "contactsView", "contactsSummary", "messageEdit", "messageCounter",
    "sendNowRadio", "scheduleRadio", "startEdit", "endCheck", "endEdit", "networkRadio",
    "ownDevicesRadio", "failoverCheck", "callbackEdit", "sendButton", "sendProgress",
    "cancelButton",
]  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.modeKnown, timeout=10000):  # the keyring is asked after paint
        w.show()
    return w


def test_every_part_of_the_window_contract_is_there_and_named(window: MainWindow) -> None:
    for name in CONTRACT_NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_without_a_token_the_window_is_in_demo_mode_with_a_banner(window: MainWindow) -> None:
    assert window.demo
    assert window.demoBanner.isVisible()
    assert window.enterTokenButton.isVisible()
    assert "Demo" in window.modeLabel.text()
    url, token = window.connection()
    assert url.startswith("http://127.0.0.1:")
    assert window.simulator is not None and window.simulator.url == url


def test_with_a_stored_token_the_window_is_in_real_mode(
    qtbot: QtBot, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory_keyring.passwords[(SERVICE, USERNAME)] = "tok-1234"
    monkeypatch.setenv("SMSGUI_API_URL", "http://127.0.0.1:8999")
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.demoBanner.isVisible() and "Looking for" in w.modeLabel.text()
    with qtbot.waitSignal(w.modeKnown, timeout=10000):
        w.show()
    assert not w.demo
    assert not w.demoBanner.isVisible()
    assert "keyring" in w.modeLabel.text()
    assert w.connection() == ("http://127.0.0.1:8999", "tok-1234")


def test_demo_flag_forces_demo_mode_even_with_a_token(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(SERVICE, USERNAME)] = "tok-1234"
    w = MainWindow(demo=True)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.modeKnown, timeout=10000):
        w.show()
    assert w.demo and w.demoBanner.isVisible()
    assert not w.enterTokenButton.isVisible()
    assert w.connection()[1] != "tok-1234"


def test_entering_a_token_in_settings_stores_it_and_leaves_demo_mode(
    qtbot: QtBot, window: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    qtbot.mouseClick(window.enterTokenButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tokenEdit.echoMode() == dialog.tokenEdit.EchoMode.Password
    qtbot.keyClicks(dialog.tokenEdit, "tok-from-dialog")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert memory_keyring.passwords[(SERVICE, USERNAME)] == "tok-from-dialog"
    assert not window.demo
    assert not window.demoBanner.isVisible()


def test_settings_refuses_a_plain_http_address_inline(
    qtbot: QtBot, preferences: Preferences
) -> None:
    dialog = SettingsDialog(preferences, TokenStore())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.apiUrlEdit.setText("http://www.smsadvert.io")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.apiUrlError.isVisible()
    assert "https" in dialog.apiUrlError.text()
    assert preferences.api_url == ""


def test_settings_saves_country_and_address(qtbot: QtBot, preferences: Preferences) -> None:
    dialog = SettingsDialog(preferences, TokenStore())
    qtbot.addWidget(dialog)
    assert dialog.countryCombo.currentData() == "RO"
    dialog.countryCombo.setCurrentIndex(dialog.countryCombo.findData("FR"))
    dialog.apiUrlEdit.setText("https://www.smsadvert.ro/")
    assert dialog.concurrencySpin.value() == 4
    dialog.concurrencySpin.setValue(8)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert Preferences().default_country == "FR"
    assert Preferences().api_url == "https://www.smsadvert.ro"
    assert Preferences().get("concurrency") == 8


def test_without_a_keyring_the_token_can_be_kept_for_the_session_only(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(parent: QWidget, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    store = TokenStore(backend=fail.Keyring())
    dialog = SettingsDialog(preferences, store)
    qtbot.addWidget(dialog)
    dialog.tokenEdit.setText("tok-session")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "secure password store" in asked[0]
    assert store.get() == "tok-session"
    assert store.status().where.value == "session"


def test_failover_is_offered_only_with_my_phones(qtbot: QtBot, window: MainWindow) -> None:
    delivery = window.delivery
    assert delivery.networkRadio.isChecked()
    assert not delivery.failoverCheck.isEnabled()
    qtbot.mouseClick(delivery.ownDevicesRadio, Qt.MouseButton.LeftButton)
    assert delivery.failoverCheck.isEnabled()
    delivery.failoverCheck.setChecked(True)
    qtbot.mouseClick(delivery.networkRadio, Qt.MouseButton.LeftButton)
    assert not delivery.failoverCheck.isEnabled()
    assert not delivery.failoverCheck.isChecked()


def test_schedule_fields_follow_the_when_choice(qtbot: QtBot, window: MainWindow) -> None:
    delivery = window.delivery
    assert not delivery.startEdit.isEnabled()
    qtbot.mouseClick(delivery.scheduleRadio, Qt.MouseButton.LeftButton)
    assert delivery.startEdit.isEnabled() and not delivery.endEdit.isEnabled()
    qtbot.mouseClick(delivery.endCheck, Qt.MouseButton.LeftButton)
    assert delivery.endEdit.isEnabled()


def test_window_remembers_its_size(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 700)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (1024, 700)


def test_closing_the_window_stops_the_demo_simulator(qtbot: QtBot, window: MainWindow) -> None:
    simulator_url, _ = window.connection()
    window.close()
    assert window.simulator is None
    import httpx

    with pytest.raises(httpx.ConnectError):
        httpx.get(simulator_url, timeout=2)


def test_tab_follows_the_path_from_contacts_to_send(qtbot: QtBot, window: MainWindow) -> None:
    order = []
    widget = window.contacts.importButton
    for _ in range(30):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.objectName() and widget is not window:
            widget = widget.nextInFocusChain()
    for before, after in (
        ("importButton", "contactsView"),
        ("contactsView", "messageEdit"),
        ("messageEdit", "sendNowRadio"),
        ("failoverCheck", "callbackEdit"),
        ("callbackEdit", "sendButton"),
    ):
        assert order.index(before) < order.index(after), order


def test_a_window_closed_before_its_first_paint_starts_no_background_work(
    qtbot: QtBot,
) -> None:
    """The keyring is looked up after the first paint; a closed window never starts it,
    so no thread outlives the window (a running QThread at exit aborts the program)."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.close()
    w._after_start()  # the start that was queued behind the first paint
    assert w._token_job is None and not w.mode_known
