"""Sending speed against the simulator with 50 ms latency, as a ratio to the ideal time.

(a) 100,000 recipients, one text (100 requests) at concurrency 4;
(b) 2,000 personalised recipients at concurrency 1, 4 and 8;
pacing off (rate 0) in both. Ideal = requests × latency ÷ concurrency.
Target: ratio ≤ 1.25 for (b) at concurrency 4.
(c) the window sending (b) at concurrency 4: the longest event-loop stall (target ≤ 100 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/send_throughput.py [--latency 0.05] [--quick]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from smsgui.core.api import SmsAdvertClient
from smsgui.core.campaign import Campaign, Recipient
from smsgui.core.journal import Journal
from smsgui.core.sender import Sender
from smsgui.core.simulator import Faults, Simulator

TOKEN = "benchmark"


def people(count: int) -> tuple[Recipient, ...]:
    return tuple(Recipient(f"+407{i:08d}", i + 2, {"P": f"p{i}"}) for i in range(count))


def timed_send(
    campaign: Campaign, latency: float, concurrency: int, folder: Path
) -> tuple[float, int]:
    """(seconds, requests) for one campaign sent by the core sender."""
    with Simulator(tokens=[TOKEN], faults=Faults(latency=latency)) as simulator:
        with Journal(folder / f"journal-{time.monotonic_ns()}.sqlite3") as journal:
            campaign_id = journal.create_campaign(campaign, simulator.url)
            requests = len(journal.requests(campaign_id))
            with SmsAdvertClient(TOKEN, simulator.url) as client:
                sender = Sender(client, journal, campaign_id, concurrency=concurrency, rate=0)
                start = time.perf_counter()
                finish = sender.run()
                seconds = time.perf_counter() - start
        assert finish.status == "finished", finish
        assert sum(len(r.numbers) for r in simulator.accepted) == len(campaign.recipients)
    return seconds, requests


def report(label: str, seconds: float, requests: int, latency: float, concurrency: int) -> float:
    ideal = requests * latency / concurrency
    ratio = seconds / ideal
    print(f"{label:<44} {seconds:7.2f} s   ideal {ideal:6.2f} s   ratio {ratio:.2f}")
    return ratio


def window_stall(count: int, latency: float, folder: Path) -> tuple[float, float]:
    """(seconds, longest stall in ms) for the window sending `count` personalised messages."""
    os.environ["SMSGUI_DATA_DIR"] = str(folder / "window")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from smsgui.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("smsgui-benchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    window = MainWindow(demo=True)
    window.preferences.set("concurrency", 4)
    window.preferences.set("rate", 0.0)
    window.show()
    url, _ = window.connection()
    assert window.simulator is not None
    window.simulator.faults.latency = latency
    campaign = Campaign(people(count), "Salut {P}")
    campaign_id = window.journal.create_campaign(campaign, url)
    from stall import StallMeter

    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    window.flow.resume_campaign(campaign_id)
    assert window.flow.controller is not None
    window.flow.controller.finished.connect(lambda *_: app.quit())
    app.exec()
    seconds = time.perf_counter() - start
    meter.stop()
    window.close()
    return seconds, meter.worst_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--quick", action="store_true", help="(b) with 400 recipients")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    personalised = 400 if args.quick else 2000
    latency = args.latency
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(f"simulator latency {latency * 1000:.0f} ms, pacing off")
        seconds, requests = timed_send(
            Campaign(people(100_000), "Reduceri azi!"), latency, 4, folder
        )
        report("(a) 100,000 recipients, one text, c=4", seconds, requests, latency, 4)
        for concurrency in (1, 4, 8):
            campaign = Campaign(people(personalised), "Salut {P}")
            seconds, requests = timed_send(campaign, latency, concurrency, folder)
            report(
                f"(b) {personalised:,} personalised, c={concurrency}",
                seconds,
                requests,
                latency,
                concurrency,
            )
        seconds, stall = window_stall(personalised, latency, folder)
        print(
            f"(c) the window sending (b) at c=4: {seconds:.2f} s, "
            f"longest stall {stall:.0f} ms (≤ 100)"
        )


if __name__ == "__main__":
    main()
