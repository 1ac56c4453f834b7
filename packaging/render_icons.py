"""Renders the app icon (resources/icons/smsgui.svg) to PNG at every size the desktops ask for.

QT_QPA_PLATFORM=offscreen python packaging/render_icons.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parent.parent / "smsgui" / "resources" / "icons" / "smsgui.svg"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(SOURCE))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(out / f"smsgui-{size}.png"))
    image.save(str(out / "smsgui.png"))  # the largest, for the bundle and the .desktop file
    print(f"icons in {out}")


if __name__ == "__main__":
    main()
