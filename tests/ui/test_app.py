"""Errors nobody expected reach the log whole and the person in plain words."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from smsgui.core.journal import JournalError
from smsgui.ui.app import _plain_words_hook
from smsgui.ui.main_window import MainWindow


def _raise(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:  # noqa: BLE001 - captured to hand to the hook
        return sys.exc_info()  # type: ignore[return-value]


def test_unexpected_errors_are_shown_in_words_and_logged(qtbot: QtBot, caplog: object) -> None:
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    hook = _plain_words_hook(window)
    hook(*_raise(RuntimeError("internal detail")))  # type: ignore[arg-type]
    box = window.findChild(QMessageBox, "unexpectedErrorBox")
    assert box is not None
    assert "Something went wrong (RuntimeError)" in box.text()
    assert "internal detail" not in box.text() and "Traceback" not in box.text()
    assert "unexpected error" in caplog.text  # type: ignore[attr-defined]
    box.close()


def test_a_damaged_journal_is_explained_not_crashed_on(qtbot: QtBot, isolated: Path) -> None:
    isolated.mkdir(parents=True, exist_ok=True)
    (isolated / "journal.sqlite3").write_bytes(b"this is not a database" * 100)
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "warningBox") is not None, timeout=10000)
    warning = window.findChild(QMessageBox, "warningBox")
    assert "cannot be opened" in warning.text() and "journal.sqlite3" in warning.text()
    hook = _plain_words_hook(window)
    try:
        window.journal.campaigns()
    except JournalError as error:
        hook(*_raise(error))  # type: ignore[arg-type]
    box = window.findChild(QMessageBox, "unexpectedErrorBox")
    assert box is not None and "journal" in box.text() and "cannot be opened" in box.text()
