"""The window's language: smsgui's own catalogue and Qt's, chosen by setting or by the system.

Sources are Qt Linguist files in resources/translations (`make translations-update`
refreshes them from the code); the build compiles them to .qm (`make translations`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"en": "English", "ro": "Română", "fr": "Français"}


def chosen_language(setting: str) -> str:
    """The setting when it names a language we have, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str, folder: Path = FOLDER) -> list[QTranslator]:
    """Loads smsgui's and Qt's catalogues for `language`; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"smsgui_{language}", str(folder)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed
