"""Does the window keep breathing while 100,000 contacts load? Prints the longest stall.

A 10 ms timer ticks on the GUI thread during `MainWindow.open_contacts`; the
longest gap between ticks is the longest time a click would have waited.
Target: no stall over 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/import_responsiveness.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from import_contacts import make_workbook  # noqa: E402
from stall import StallMeter  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SMSGUI_DATA_DIR"] = folder
        path = Path(folder) / "contacts.xlsx"
        make_workbook(path, args.rows)

        from PySide6.QtCore import QCoreApplication, QSettings, QTimer
        from PySide6.QtWidgets import QApplication

        from smsgui.ui.main_window import MainWindow

        app = QApplication([])
        QCoreApplication.setOrganizationName("smsgui-benchmark")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        window = MainWindow()
        window.show()
        meter = StallMeter()
        started = time.perf_counter()
        window.recipientsChanged.connect(lambda: QTimer.singleShot(300, app.quit))
        meter.start()
        window.open_contacts(path, ask=False)
        app.exec()
        loaded = time.perf_counter() - started - 0.3
        worst = meter.worst_ms
        print(f"rows: {args.rows:,}; loaded and shown in {loaded:.2f} s")
        print(f"summary: {window.contacts.contactsSummary.text()}")
        print(f"longest event-loop stall: {worst:.0f} ms (target ≤ 100 ms)")
        window.close()


if __name__ == "__main__":
    main()
