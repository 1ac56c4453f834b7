"""Every preference the window keeps, declared once with its default and type (QSettings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, Any] = {
    "default_country": "RO",
    "api_url": "",
    "concurrency": 4,
    "language": "",
    "window/geometry": b"",
    "window/state": b"",
    "window/splitter": b"",
}


class Preferences:
    """Typed access to QSettings; unknown names are a programming error."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def get(self, name: str) -> Any:
        default = DEFAULTS[name]
        value = self._settings.value(name, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, bytes):
            return bytes(value) if value else default
        return str(value) if value is not None else default

    def set(self, name: str, value: Any) -> None:
        if name not in DEFAULTS:
            raise KeyError(name)
        self._settings.setValue(name, value)
        self._settings.sync()

    @property
    def default_country(self) -> str:
        return str(self.get("default_country")).upper() or "RO"

    @property
    def api_url(self) -> str:
        return str(self.get("api_url"))
