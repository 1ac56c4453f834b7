"""Start-up time: process start to the main window painted (offscreen), against a bare window.

Both are fresh processes; each reports the first paint of its main window and
exits. Prints the median of --repeat runs and the ratio. Target: ratio ≤ 2.

Measured as a program starts once it is installed: with its compiled bytecode
(pip and PyInstaller compile it; a checkout writes __pycache__ on its first
start). A warm-up run of each writes that cache even where the environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise have every smsgui module compiled
from source on every start (about 30 ms more here).

    python benchmarks/startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            print("painted", flush=True)
            app.exit(0)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1024, 700)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


def until_painted(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its "painted" line (then it is let finish)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - start
    process.wait(timeout=120)
    if "painted" not in line:
        raise SystemExit(f"{command} did not paint")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "smsgui", "--demo"]
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            SMSGUI_DATA_DIR=folder,
            XDG_CONFIG_HOME=folder,
            SMSGUI_EXIT_AFTER_PAINT="1",
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        until_painted(bare_cmd, env)  # warm-up: the bytecode cache is written
        until_painted(app_cmd, env)
        bare, app = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine
            bare.append(until_painted(bare_cmd, env))
            app.append(until_painted(app_cmd, env))
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 QMainWindow painted: {bare_s:.3f} s (median of {args.repeat})")
    print(f"smsgui main window painted:       {app_s:.3f} s (median of {args.repeat})")
    print(f"ratio: {app_s / bare_s:.2f} (target ≤ 2)")


if __name__ == "__main__":
    main()
