"""A 10 ms timer on the GUI thread: the longest gap between its ticks is the longest stall."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class StallMeter:
    """Start it before the work; `worst_ms` is the longest a click would have waited."""

    def __init__(self, interval_ms: int = 10) -> None:
        self._gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def worst_ms(self) -> float:
        return max(self._gaps, default=0.0) * 1000
