"""Renders the main window at each step to PNG, for the README.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screens] [--language ro]

Runs in demo mode against the built-in simulator from a fresh data folder:
empty, contacts imported, a message with diacritics, the confirmation,
sending, and the results.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument(
        "--language", default="en", help="en, ro or fr (run 'make translations' first)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = tempfile.mkdtemp(prefix="smsgui-screens-")
    os.environ["SMSGUI_DATA_DIR"] = folder
    os.environ.pop("SMSGUI_TOKEN", None)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from smsgui.ui import translations
    from smsgui.ui.main_window import MainWindow
    from smsgui.ui.results import ResultsDialog
    from smsgui.ui.sending import ConfirmDialog

    app = QApplication(sys.argv)
    keep = translations.install(app, args.language)  # noqa: F841 - alive while the app runs
    QCoreApplication.setOrganizationName("smsgui-screens")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)

    def settle(condition: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("the window did not get there in time")
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        QTimer.singleShot(150, loop.quit)  # let it paint
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        path = args.out / f"{args.language}-{name}.png"
        widget.grab().save(str(path))
        print(path, f"{path.stat().st_size // 1024} KB")

    window = MainWindow(demo=True)
    window.resize(1024, 700)
    window.show()
    settle(lambda: window.mode_known)
    save(window, "1-empty")

    window.contacts.open_file(window.contacts_sample_path(), ask=False)
    settle(lambda: window.contacts.contact_list is not None)
    save(window, "2-contacts")

    window.composer.messageEdit.setPlainText(
        "Bună {Prenume}! Reduceri de 20% în magazinul nostru din Brașov, doar mâine."
    )
    settle()
    save(window, "3-message")
    window.composer.replace_diacritics()

    window.connection()
    assert window.simulator is not None
    window.simulator.faults.latency = 0.6
    window.preferences.set("concurrency", 1)
    confirm = window.flow.confirm_send()
    assert isinstance(confirm, ConfirmDialog)
    settle(lambda: confirm.isVisible())
    save(confirm, "4-confirm")

    confirm.sendButton.click()
    settle(lambda: window.sending.sendProgress.value() >= 2)
    save(window, "5-sending")

    settle(lambda: window.findChild(ResultsDialog) is not None, timeout=60)
    results = window.findChild(ResultsDialog)
    assert results is not None
    save(results, "6-results")
    results.accept()
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
