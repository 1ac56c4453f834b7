"""The token and Authorization headers never reach a log line."""

from __future__ import annotations

import logging
from pathlib import Path

from smsgui.core import logs

TOKEN = "tok-55aa66bb77"


def _log_text(directory: Path) -> str:
    return (directory / logs.LOG_FILE).read_text(encoding="utf-8")


def test_registered_secret_is_masked_in_messages_args_and_tracebacks(tmp_path: Path) -> None:
    logs.setup(directory=tmp_path)
    logs.register_secret(TOKEN)
    log = logging.getLogger("smsgui.test")
    log.info("token is %s", TOKEN)
    log.warning(f"in an f-string {TOKEN}")
    try:
        raise RuntimeError(f"failed with {TOKEN}")
    except RuntimeError:
        log.exception("boom")
    text = _log_text(tmp_path)
    assert TOKEN not in text
    assert text.count(logs.MASK) >= 3
    assert "RuntimeError" in text


def test_authorization_header_values_are_masked_even_unregistered(tmp_path: Path) -> None:
    logs.setup(directory=tmp_path)
    log = logging.getLogger("smsgui.test")
    log.info("headers: {'Authorization': 'unregistered-1'}")
    log.info("Authorization: unregistered-2")
    log.info("[(b'authorization', b'unregistered-3')]")
    text = _log_text(tmp_path)
    for n in (1, 2, 3):
        assert f"unregistered-{n}" not in text


def test_log_file_rotates_in_the_data_folder(isolated: Path) -> None:
    log_file = logs.setup()
    assert log_file.parent.parent == isolated
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_smsgui", False))
    assert isinstance(handler, logs.RotatingFile)
    handler.max_bytes = 2_000
    log = logging.getLogger("smsgui.test")
    for n in range(200):
        log.info("line %d %s", n, "x" * 60)
    handler.flush()
    assert log_file.stat().st_size <= 2_000 + 200
    kept = sorted(p.name for p in log_file.parent.iterdir())
    assert kept == ["smsgui.log", "smsgui.log.1", "smsgui.log.2", "smsgui.log.3"]
    assert "line 199 " in log_file.read_text(encoding="utf-8")
