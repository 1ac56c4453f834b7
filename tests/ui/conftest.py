"""Window tests: QSettings redirected to the test's folder, the app named as in production."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from smsgui.ui.app import APPLICATION, ORGANIZATION
from smsgui.ui.preferences import Preferences


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path, qapp: QCoreApplication) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def preferences(qsettings_in_tmp: Path) -> Preferences:
    return Preferences()
