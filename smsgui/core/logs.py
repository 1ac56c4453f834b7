"""Logging to a rotating file in the data folder, with secrets redacted by a filter.

The token must never reach a log line. Every handler smsgui installs carries
`RedactingFilter`, which replaces each registered secret and any value of an
`Authorization` header with a mask before the record is formatted for output.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path

from smsgui.core import paths

MASK = "[redacted]"
LOG_FILE = "smsgui.log"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

# `Authorization: xyz`, `'Authorization': 'xyz'`, `b'authorization', b'xyz'` ...
_AUTH_HEADER = re.compile(
    r"""(?P<key>authorization['"]?\s*[:=,]\s*b?['"]?)(?P<value>[^'"\s,}\])]+)""",
    re.IGNORECASE,
)

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Mask this value wherever it appears in a log record from now on."""
    if secret and len(secret) >= 3:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """The text with every registered secret and Authorization value masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return _AUTH_HEADER.sub(lambda m: m.group("key") + MASK, text)


class RedactingFilter(logging.Filter):
    """Renders the record's message and traceback now, with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RotatingFile(logging.FileHandler):
    """The file rolls to .1, .2 … when full, as `logging.handlers.RotatingFileHandler` does;
    written here because that module loads sockets, pickle and queues before the window
    can paint."""

    def __init__(self, path: Path, max_bytes: int = 1_000_000, backups: int = 3) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._roll()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # reopened by FileHandler.emit
        for index in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{index + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def setup(*, verbose: bool = False, directory: Path | None = None) -> Path:
    """Send smsgui's log to a rotating file (and to stderr when verbose); returns the file."""
    folder = directory if directory is not None else paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_smsgui", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [RotatingFile(log_file)]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._smsgui = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


def log_file_hint() -> str:
    """Where the log file is, for messages that send a person there."""
    return str(paths.log_dir(create=False) / LOG_FILE)
