"""After a token is stored and the app has run and sent, it is in no file and no log line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smsgui.core import logs
from smsgui.core.api import Outcome, SmsAdvertClient
from smsgui.core.secrets import TokenStore
from smsgui.core.simulator import Simulator
from smsgui.ui.main_window import MainWindow
from smsgui.ui.settings import SettingsDialog
from tests.conftest import MemoryKeyring

TOKEN = "tok-9e8d7c6b5a4f"


def test_token_reaches_no_file_and_no_log_line(
    qtbot: QtBot,
    isolated: Path,
    qsettings_in_tmp: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    log_file = logs.setup(verbose=True)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    with Simulator(tokens=[TOKEN]) as simulator:
        monkeypatch.setenv("SMSGUI_API_URL", simulator.url)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        dialog = window.open_settings()
        assert isinstance(dialog, SettingsDialog)
        dialog.tokenEdit.setText(TOKEN)
        with qtbot.waitSignal(dialog.finished):
            dialog.accept()
        assert not window.demo
        url, token = window.connection()
        assert token == TOKEN
        with SmsAdvertClient(token, url) as client:
            assert client.send("+40740123456", "Hello").outcome is Outcome.ACCEPTED
        with SmsAdvertClient(TOKEN + "x", url) as client:
            assert client.send("+40740123456", "Hello").outcome is Outcome.BAD_TOKEN
        try:
            raise RuntimeError(f"something mentioned {TOKEN}")
        except RuntimeError:
            logging.getLogger("smsgui").exception("failure")
        logging.getLogger("smsgui").info("headers %s", {"Authorization": TOKEN})
        window.close()
    assert memory_keyring.passwords  # it was stored, in the keyring only
    assert TokenStore().get() == TOKEN

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.stat().st_size > 0
    files = [p for p in (*isolated.rglob("*"), *qsettings_in_tmp.rglob("*")) if p.is_file()]
    assert log_file in files
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), path
    out, err = capfd.readouterr()
    assert "HTTP Request" in err  # the verbose log did run
    assert TOKEN not in out + err
