"""Every string the window says is in the Romanian and French catalogues, translated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from smsgui.ui import translations

BIN = Path(sys.executable).parent
UI = Path(translations.__file__).parent
PLACEHOLDER = re.compile(r"\{\w+\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code now."""
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return set(messages(out))


@pytest.mark.parametrize("language", ["ro", "fr"])
def test_every_string_is_in_the_catalogue_and_translated(
    language: str, extracted: set[tuple[str, str]]
) -> None:
    catalogue = messages(translations.FOLDER / f"smsgui_{language}.ts")
    missing = extracted - set(catalogue)
    assert not missing, f"run 'make translations-update' and translate: {sorted(missing)[:5]}"
    for (context, source), message in catalogue.items():
        if (context, source) not in extracted:
            continue
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), source


def test_a_compiled_catalogue_changes_what_the_window_says(
    tmp_path: Path, qapp: QCoreApplication
) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent",
         str(translations.FOLDER / "smsgui_ro.ts"), "-qm", str(tmp_path / "smsgui_ro.qm")],
        check=True,
    )  # fmt: skip
    installed = translations.install(qapp, "ro", tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fișier"
        assert QCoreApplication.translate("ContactsPanel", "Search…") == "Caută…"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_language_follows_the_setting_else_the_system() -> None:
    assert translations.chosen_language("fr") == "fr"
    assert translations.chosen_language("xx") in translations.LANGUAGES


@pytest.mark.parametrize("language", ["en", "ro", "fr"])
def test_the_window_fits_1024_by_700_in_every_language(
    language: str, tmp_path: Path, qapp: QCoreApplication, qtbot: object
) -> None:
    from smsgui.ui.main_window import MainWindow

    if language != "en":
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent",
             str(translations.FOLDER / f"smsgui_{language}.ts"),
             "-qm", str(tmp_path / f"smsgui_{language}.qm")],
            check=True,
        )  # fmt: skip
    installed = translations.install(qapp, language, tmp_path)
    try:
        window = MainWindow(demo=True)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (language, hint)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
