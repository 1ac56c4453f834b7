"""Every preference the window keeps, declared once with its default and type (QSettings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, Any] = {
    "default_country": "RO",
    "api_url": "",
    "concurrency": 4,
    "rate": 5.0,  # requests started per second at the most; 0: no limit
    "language": "",
    "window/geometry": b"",
    "window/state": b"",
    "window/splitter": b"",
    "recent_files": [],
}
MAX_RECENT = 8


class Preferences:
    """Typed access to QSettings; unknown names are a programming error."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def get(self, name: str) -> Any:
        default = DEFAULTS[name]
        value = self._settings.value(name, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, float):
            try:
                return float(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
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

    def recent_files(self) -> list[str]:
        return list(self.get("recent_files"))

    def add_recent_file(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files() if f != path]
        self.set("recent_files", files[:MAX_RECENT])
