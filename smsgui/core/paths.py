"""Where smsgui keeps its files: the user data folder, overridable for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "SMSGUI_DATA_DIR"


def data_dir(*, create: bool = True) -> Path:
    """The folder for the journal and the logs (`SMSGUI_DATA_DIR` wins)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir("smsgui", appauthor=False))
    )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(*, create: bool = True) -> Path:
    path = data_dir(create=create) / "logs"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
