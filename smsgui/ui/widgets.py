"""Small helpers every panel uses to name its parts for people, tests and screen readers."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    """Sets the stable objectName (the window contract) and the accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


def warn(parent: QWidget, title: str, text: str, name: str) -> QMessageBox:
    """A warning that does not block the window (`open`, not `exec`); gone once closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def show_text(label: QLabel, text: str) -> None:
    """Sets an inline message and hides the label while there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
