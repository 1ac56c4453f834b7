"""QApplication set-up and the window's main loop."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ORGANIZATION = "smsgui"
APPLICATION = "smsgui"


def _no_display() -> bool:
    """On Linux/BSD, True when neither X11 nor Wayland nor an explicit Qt platform is set."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(*, demo: bool = False, verbose: bool = False) -> int:
    """Opens the main window and runs until it closes; returns the exit status."""
    if _no_display():
        print(
            "smsgui: no display found. Start it from a desktop session "
            "(or under Xvfb with DISPLAY set).",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from smsgui import __version__
    from smsgui.ui import translations
    from smsgui.ui.main_window import MainWindow
    from smsgui.ui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("smsgui")
    app.setDesktopFileName("smsgui")
    language = translations.chosen_language(str(Preferences().get("language")))
    app._smsgui_translators = translations.install(app, language)  # type: ignore[attr-defined]
    window = MainWindow(demo=demo)
    sys.excepthook = _plain_words_hook(window)
    if os.environ.get("SMSGUI_EXIT_AFTER_PAINT"):  # benchmarks/startup.py
        _exit_after_first_paint(app, window)
    window.show()
    log.info("window open (demo=%s)", window.demo)
    return int(app.exec())


def _exit_after_first_paint(app: QCoreApplication, window: QWidget) -> None:
    """Prints "painted" and quits once the window has painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and watched is window:
                print("painted", flush=True)
                QTimer.singleShot(0, window.close)  # closes as a person would, then quits
            return False

    spy = FirstPaint(window)
    window.installEventFilter(spy)


def _plain_words_hook(window: QWidget) -> Callable[..., None]:
    """An error no code expected reaches the log whole and the person in plain words."""
    from smsgui.core import logs
    from smsgui.ui.widgets import warn

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        from smsgui.core.journal import JournalError

        if isinstance(error, JournalError):
            text = str(error)
        else:
            text = window.tr(
                "Something went wrong ({kind}). The details are in the log: {log}"
            ).format(kind=kind.__name__, log=logs.log_file_hint())
        warn(window, "smsgui", text, "unexpectedErrorBox")

    return hook
