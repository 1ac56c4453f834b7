"""Small helpers every panel uses to name its parts for people, tests and screen readers."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    """Sets the stable objectName (the window contract) and the accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget
