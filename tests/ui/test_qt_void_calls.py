"""Regression: PySide6 6.12.0 on Python 3.11 aborts after ~5000 calls of void methods.

Run in a child process so an abort fails this test instead of killing the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication([])
model = QStandardItemModel(0, 3)
view = QTableView()
view.setModel(model)
for row in range(20_000):
    model.appendRow([QStandardItem(f"+4074{row:07d}"), QStandardItem("ok"), QStandardItem()])
    model.setData(model.index(row, 2), f"row {row}")
    view.setRowHidden(row, False)
model.setRowCount(20_000)
print(model.rowCount(), model.data(model.index(19_999, 2)))
"""


def test_filling_a_model_with_20000_rows_through_void_calls_does_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["20000", "row", "19999"]
