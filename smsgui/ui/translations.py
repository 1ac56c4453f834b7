"""The window's language: smsgui's own catalogue and Qt's, chosen by setting or by the system.

Sources are Qt Linguist files in resources/translations (`make translations-update`
refreshes them from the code, core's sentences included); the build compiles them to
.qm (`make translations`). Counted strings are written "%n file(s)"; English needs no
catalogue for them, `EnglishPlurals` picks "file" or "files".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from smsgui.core import words

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"en": "English", "ro": "Română", "fr": "Français"}


def chosen_language(setting: str) -> str:
    """The setting when it names a language we have, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


# Qt ships no Romanian catalogue (qtbase_ro), so the words of its own buttons, file
# dialogs and context menus are listed here: lupdate puts them in smsgui's catalogues,
# which Qt consults too. (For French, qtbase_fr has them as well.)
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)


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


def local_time(ms: float) -> str:
    """Unix milliseconds as the chosen locale writes a date and time, in local time."""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(round(ms)), date_time_format())


def moment(when: dt.datetime) -> str:
    """A date and time in the chosen locale, in local time: "26.11.2026 10:00"."""
    return local_time(when.timestamp() * 1000)


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
