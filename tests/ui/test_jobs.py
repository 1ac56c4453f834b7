"""ui/jobs.Job: work off the GUI thread, progress and results as signals, cancel by a flag."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from smsgui.ui.jobs import Job


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work(progress: Callable[[int, int], None], stop: Callable[[], bool]) -> int:
        progress(1, 2)
        return threading.get_ident()

    owner = QObject()
    job = Job(work, owner)
    job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded) as result:
        job.start()
    assert result.args[0] != gui
    assert seen == [(1, 2)]


def test_failures_arrive_as_the_exception(qtbot: QtBot) -> None:
    def work(progress: Callable[[int, int], None], stop: Callable[[], bool]) -> None:
        raise ValueError("plain words")

    owner = QObject()
    job = Job(work, owner)
    with qtbot.waitSignal(job.failed) as failure:
        job.start()
    assert isinstance(failure.args[0], ValueError)


def test_cancel_is_a_flag_the_work_reads(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: Callable[[int, int], None], stop: Callable[[], bool]) -> str:
        started.set()
        while not stop():
            threading.Event().wait(0.005)
        return "stopped by the flag"

    owner = QObject()
    job = Job(work, owner)
    with qtbot.waitSignal(job.succeeded) as result:
        job.start()
        assert started.wait(5)
        job.cancel()
    assert result.args[0] == "stopped by the flag"


def test_a_finished_job_is_released(qtbot: QtBot) -> None:
    owner = QObject()
    job = Job(lambda _p, _s: None, owner)
    with qtbot.waitSignal(job.destroyed, timeout=5000):
        job.start()
    assert owner.children() == []
