"""The window's language: smsgui's own catalogue and Qt's, chosen by setting or by the system.

Sources are Qt Linguist files in resources/translations (`make translations-update`
refreshes them from the code, core's sentences included); the build compiles them to
.qm (`make translations`). Counted strings are written "%n file(s)"; English needs no
catalogue for them, `EnglishPlurals` picks "file" or "files".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from smsgui.core import words

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"en": "English", "ro": "Română", "fr": "Français"}


def chosen_language(setting: str) -> str:
    """The setting when it names a language we have, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


class EnglishPlurals(QTranslator):
    """The English of "%n file(s)": "1 file", "2 files". Asked last, after any catalogue."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n >= 0 and "(s)" in source:
            return words.english(source, n)
        return None  # not ours: the next catalogue, or the source text


def number(n: int) -> str:
    """A count in the chosen locale: "1,204", "1.204", "1 204"."""
    return QLocale().toString(n)


def date_time_format(locale: QLocale | None = None) -> str:
    """The locale's short date (with a four-digit year) and time, for pickers and tables."""
    locale = locale or QLocale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def moment(when: dt.datetime) -> str:
    """A date and time in the chosen locale, in local time: "26.11.2026 10:00"."""
    local = QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))
    return QLocale().toString(local, date_time_format())


def install(app: QCoreApplication, language: str, folder: Path = FOLDER) -> list[QTranslator]:
    """Loads smsgui's and Qt's catalogues for `language`, sets its locale for numbers and
    dates, and makes core speak it too; returns the catalogues (keep them alive)."""
    for translator in app.findChildren(QTranslator):
        if translator.property("smsgui-catalogue"):
            app.removeTranslator(translator)  # the language chosen before
            translator.deleteLater()
    if not any(isinstance(t, EnglishPlurals) for t in app.findChildren(QTranslator)):
        app.installTranslator(EnglishPlurals(app))  # first installed, so asked last
    QLocale.setDefault(QLocale(language))
    words.use(QCoreApplication.translate, number, moment)
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"smsgui_{language}", str(folder)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        translator.setProperty("smsgui-catalogue", True)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
