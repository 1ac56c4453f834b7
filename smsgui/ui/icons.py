"""SVG icons drawn in the palette's text colour, so they follow a light or dark desktop."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)  # the app icon: every size a desktop asks for
SMALL = (16, 24, 32)  # buttons and menus


def _render(svg: bytes, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(pixmap.rect()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@functools.cache
def _icon(name: str, colour: str, ratio: float) -> QIcon:
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    icon = QIcon()
    for size in SIZES if name == "smsgui" else SMALL:
        icon.addPixmap(_render(svg.encode(), size, ratio))
    return icon


def icon(name: str) -> QIcon:
    """The named icon from resources/icons, crisp at the screen's scale, in the text colour."""
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette()
    colour = palette.color(QPalette.ColorRole.WindowText).name()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return _icon(name, colour, max(ratio, 1.0))
