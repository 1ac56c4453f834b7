"""The one way the window runs long core work off the GUI thread.

A `Job` wraps a core function `fn(progress, should_stop)`; it runs in a
worker QObject moved to its own QThread, and its progress and result come
back as queued signals, so widgets are only ever touched on the GUI thread.
Cancelling sets a flag the core function checks; threads are never killed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._stop.is_set)
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class Job(QObject):
    """Runs `work` once on a thread of its own. Emits `succeeded` or `failed`, then `finished`."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.running = False

    def start(self) -> Job:
        self.running = True
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Asks the work to stop at its next check; it still ends through `failed`."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _on_done(self, result: object) -> None:
        self._wind_down()
        self.succeeded.emit(result)
        self.finished.emit()
        self.deleteLater()  # its owner may live long; the finished job need not

    def _on_failed(self, error: object) -> None:
        self._wind_down()
        self.failed.emit(error)
        self.finished.emit()
        self.deleteLater()

    def _wind_down(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()

    def wait(self) -> None:
        """Blocks until the thread has ended (used when the window closes)."""
        self._stop.set()
        self._thread.quit()
        self._thread.wait()
