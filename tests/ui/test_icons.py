"""Icons exist, render at every size, and take the palette's text colour."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from smsgui.ui import icons
from smsgui.ui.main_window import MainWindow


def test_every_icon_renders_at_every_size() -> None:
    names = sorted(p.stem for p in icons.ICONS.glob("*.svg"))
    assert {"smsgui", "import", "send", "settings", "history", "export"} <= set(names)
    for name in names:
        icon = icons.icon(name)
        for size in (16, 32, 256):
            assert not icon.pixmap(QSize(size, size)).isNull(), (name, size)


def test_monochrome_icons_use_the_given_colour() -> None:
    image = icons._icon("send", "#ff0000", 1.0).pixmap(QSize(32, 32)).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {QColor("#ff0000").name()}


def test_the_window_has_its_icon(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert not window.sending.sendButton.icon().isNull()
