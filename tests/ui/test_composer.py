"""Typing a message: the live counter, diacritics, placeholders, templates, when and how."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from smsgui.core.campaign import Channel, Recipient
from smsgui.ui.composer import ComposerPanel
from smsgui.ui.delivery import DeliveryPanel, to_utc
from smsgui.ui.main_window import MainWindow
from tests import files


@pytest.fixture
def composer(qtbot: QtBot) -> ComposerPanel:
    panel = ComposerPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.modeKnown, timeout=10000):  # readiness is first said after paint
        w.show()
    return w


def test_counter_follows_every_keystroke(qtbot: QtBot, composer: ComposerPanel) -> None:
    qtbot.keyClicks(composer.messageEdit, "Salut")
    assert composer.messageCounter.text() == "5 / 480 characters · 1 SMS"
    # QTest types ASCII only: diacritics arrive as an input method would deliver them
    composer.messageEdit.insertPlainText(" Ștefan")
    assert composer.messageCounter.text() == "12 / 480 characters · 1 SMS · Unicode (Ș)"
    composer.messageEdit.setPlainText("a" * 161)
    assert composer.messageCounter.text() == "161 / 480 characters · 2 SMS"


def test_too_short_and_too_long_are_said_inline_never_cut(composer: ComposerPanel) -> None:
    composer.messageEdit.setPlainText("Hi")
    assert "At least 3" in composer.messageProblems.text()
    composer.messageEdit.setPlainText("x" * 490)
    assert "10 characters too many" in composer.messageProblems.text()
    assert len(composer.text()) == 490


def test_replace_diacritics_is_one_undoable_step(qtbot: QtBot, composer: ComposerPanel) -> None:
    composer.messageEdit.insertPlainText("Bună ziua, Ştefan – „reduceri”")
    assert "Unicode" in composer.messageCounter.text()
    qtbot.mouseClick(composer.replaceDiacriticsButton, Qt.MouseButton.LeftButton)
    assert composer.text() == 'Buna ziua, Stefan - "reduceri"'
    assert "Unicode" not in composer.messageCounter.text()
    assert not composer.replaceDiacriticsButton.isEnabled()
    composer.messageEdit.undo()
    assert composer.text() == "Bună ziua, Ştefan – „reduceri”"


def test_placeholders_show_the_range_the_cost_and_the_preview(
    qtbot: QtBot, composer: ComposerPanel
) -> None:
    composer.set_recipients(
        (
            Recipient("+40740000001", 4, {"Prenume": "Ana", "Oraș": "Iași"}),
            Recipient("+40740000002", 5, {"Prenume": "Alexandra", "Oraș": "Cluj"}),
        )
    )
    assert composer.fieldButton.isEnabled()
    qtbot.keyClicks(composer.messageEdit, "Salut ")
    composer.fieldMenu.actions()[0].trigger()
    assert composer.text() == "Salut {Prenume}"
    assert composer.messageCounter.text() == "9–15 characters · 1 SMS (longest: row 5)"
    assert composer.costLabel.text() == "2 recipients × 1 SMS = 2 SMS"
    assert composer.previewLabel.text() == "Row 4 receives: Salut Ana"
    composer.set_preview_recipient(
        Recipient("+40740000002", 5, {"Prenume": "Alexandra", "Oraș": "Cluj"})
    )
    assert composer.previewLabel.text() == "Row 5 receives: Salut Alexandra"
    qtbot.keyClicks(composer.messageEdit, " {Nume}")
    assert "no such column" in composer.messageProblems.text()


def test_replace_diacritics_also_covers_the_contacts_values(
    qtbot: QtBot, composer: ComposerPanel
) -> None:
    composer.set_recipients((Recipient("+40740000001", 4, {"Prenume": "Ștefan"}),))
    composer.messageEdit.setPlainText("Bună {Prenume}")
    assert composer.plainFieldsCheck.isVisible() and not composer.plain_fields()
    assert "Unicode (ă, Ș)" in composer.messageCounter.text()
    qtbot.mouseClick(composer.replaceDiacriticsButton, Qt.MouseButton.LeftButton)
    assert composer.plain_fields()
    assert composer.previewLabel.text() == "Row 4 receives: Buna Stefan"
    assert "Unicode" not in composer.messageCounter.text()


def test_templates_are_saved_and_loaded(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    composer = window.composer
    composer.messageEdit.setPlainText("Reduceri de Black Friday!")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Black Friday", True))
    composer.save_template_dialog()
    assert window.journal.templates() == {"Black Friday": "Reduceri de Black Friday!"}
    composer.messageEdit.clear()
    composer._fill_templates()
    submenu = composer.templateMenu.actions()[-1].menu()
    assert submenu.title() == "Black Friday"
    submenu.actions()[0].trigger()
    assert composer.text() == "Reduceri de Black Friday!"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vara", True))
    composer.rename_template_dialog("Black Friday")
    composer.delete_template("Nope")
    assert list(window.journal.templates()) == ["Vara"]
    composer.delete_template("Vara")
    assert window.journal.templates() == {}


def test_channel_and_failover_options(qtbot: QtBot) -> None:
    panel = DeliveryPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.options()["channel"] is Channel.NETWORK
    qtbot.mouseClick(panel.ownDevicesRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.failoverCheck, Qt.MouseButton.LeftButton)
    options = panel.options()
    assert options["channel"] is Channel.OWN_DEVICES and options["failover"] is True
    assert "fallback" in panel.describe()
    panel.callbackEdit.setText("ftp://x")
    assert "http" in panel.deliveryProblems.text()


def test_dates_problems_are_shown_inline(qtbot: QtBot) -> None:
    panel = DeliveryPanel()
    qtbot.addWidget(panel)
    panel.endCheck.setChecked(True)
    assert "scheduled" in panel.deliveryProblems.text()
    panel.scheduleRadio.setChecked(True)
    panel.startEdit.setDateTime(QDateTime.currentDateTime().addDays(-1))
    assert "in the past" in panel.deliveryProblems.text()
    start = QDateTime.currentDateTime().addDays(2)
    panel.startEdit.setDateTime(start)
    panel.endEdit.setDateTime(start.addSecs(-3600))
    assert "before the start" in panel.deliveryProblems.text()
    panel.endEdit.setDateTime(start.addSecs(3600))
    assert panel.deliveryProblems.text() == ""
    options = panel.options()
    assert options["end"] - options["start"] == dt.timedelta(hours=1)


def test_times_in_a_zone_convert_across_dst() -> None:
    zone = QTimeZone(b"Europe/Bucharest")
    before = QDateTime(QDate(2026, 3, 29), QTime(2, 30), zone)
    after = QDateTime(QDate(2026, 3, 29), QTime(4, 30), zone)
    assert to_utc(before) == dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)
    assert to_utc(after) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)


def test_send_button_waits_until_nothing_is_missing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    send = window.sending.sendButton
    assert not send.isEnabled()
    assert "no recipients" in window.sending.sendProblems.text()
    path = files.xlsx(tmp_path / "c.xlsx", {"S": files.CLIENTS})
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=10000):
        window.open_contacts(path, ask=False)
    assert not send.isEnabled()
    qtbot.keyClicks(window.composer.messageEdit, "Buna {Prenume}, reduceri azi!")
    assert send.isEnabled()
    assert send.text() == "Send 3 messages"
    assert window.composer.title() == "2 · Message — ✓ 1 SMS each"
    assert window.delivery.title() == "3 · When and how — ✓ Now, smsadvert network"
    window.delivery.scheduleRadio.setChecked(True)
    assert send.text() == "Schedule 3 messages"
    window.composer.messageEdit.setPlainText("Hi")
    assert not send.isEnabled()
    assert window.campaign().recipients[0].fields["Prenume"] == "Ana"


def test_messages_too_long_for_some_recipients_are_said_under_the_text(
    qtbot: QtBot, composer: ComposerPanel
) -> None:
    composer.set_recipients(
        (
            Recipient("+40740000001", 4, {"Nota": "scurt"}),
            Recipient("+40740000002", 5, {"Nota": "x" * 480}),
            Recipient("+40740000003", 6, {"Nota": "y" * 479}),
        )
    )
    qtbot.keyClicks(composer.messageEdit, "Nota: {Nota}")
    problems = composer.messageProblems.text()
    assert "row 5 would have 486 characters" in problems
    assert "(2 recipients in all)" in problems
