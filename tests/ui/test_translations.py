"""Every string the window says is in the Romanian and French catalogues, translated."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from smsgui.core import contacts, phones, words
from smsgui.core.contacts import Status
from smsgui.core.sheets import UnreadableFile
from smsgui.ui import translations
from smsgui.ui.main_window import MainWindow
from smsgui.ui.sending import ConfirmDialog
from tests import files

BIN = Path(sys.executable).parent
UI = Path(translations.__file__).parent
CORE = UI.parent / "core"
PLACEHOLDER = re.compile(r"\{\w+\}")
PLURAL_FORMS = {"ro": 3, "fr": 2}  # Romanian: 1 / 2–19 / "20 de"; French: 0–1 / more


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
    sources = sorted(str(p) for p in [*UI.glob("*.py"), *CORE.glob("*.py")])
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
        counted = "%n" in source or "%Ln" in source
        assert (message.get("numerus") == "yes") == counted, f"not read as counted: {source}"
        if counted:
            texts = [form.text or "" for form in translation.iter("numerusform")]
            assert len(texts) == PLURAL_FORMS[language], source
            assert all("%n" in t or "%Ln" in t for t in texts), source
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), (context, source)
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize(
    "cell",
    [None, True, 40.5, dt.date(2024, 1, 2), "4.07E+10", "tel:", "abc 123", "0745 12",
     "07451234567890", "+999 123 456", "+40 21 234 5678", "0800 800 800", ""],
)  # fmt: skip
def test_every_reason_a_cell_gets_is_in_the_catalogue(cell: object) -> None:
    """A reason written without its marker would show in English in every language."""
    check = phones.check(cell, "RO")
    sources = {source for context, source in messages(translations.FOLDER / "smsgui_ro.ts")
               if context == words.CONTEXT}  # fmt: skip
    for said in (check.reason, check.number_type if check.reason else ""):
        assert not said or said in sources, said


def test_no_string_lands_without_a_context(extracted: set[tuple[str, str]]) -> None:
    """A bare `tr()` outside a class is extracted under no context and never found again."""
    assert not [source for context, source in extracted if not context]


@pytest.fixture
def speak(tmp_path: Path, qapp: QCoreApplication) -> Iterator[Callable[[str], None]]:
    """Compiles a catalogue as the build does and installs it; English again afterwards."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        if language != "en":
            subprocess.run(
                [str(BIN / "pyside6-lrelease"), "-silent",
                 str(translations.FOLDER / f"smsgui_{language}.ts"),
                 "-qm", str(tmp_path / f"smsgui_{language}.qm")],
                check=True,
            )  # fmt: skip
        installed.extend(translations.install(qapp, language, tmp_path))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install(qapp, "en")


def test_a_compiled_catalogue_changes_what_the_window_says(
    speak: Callable[[str], None],
) -> None:
    speak("ro")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fișier"
    assert QCoreApplication.translate("ContactsPanel", "Search…") == "Caută…"
    send = "Send %Ln message(s)"
    assert QCoreApplication.translate("SendPanel", send, None, 1) == "Trimite 1 mesaj"
    assert QCoreApplication.translate("SendPanel", send, None, 3) == "Trimite 3 mesaje"
    assert QCoreApplication.translate("SendPanel", send, None, 1204) == "Trimite 1.204 mesaje"
    assert QCoreApplication.translate("SendPanel", send, None, 20) == "Trimite 20 de mesaje"
    assert words.tr("too short") == "prea scurt"  # core speaks the window's language
    assert words.number(1204) == "1.204"


def test_english_again_after_another_language(speak: Callable[[str], None]) -> None:
    speak("fr")
    speak("en")
    assert QCoreApplication.translate("SendPanel", "Send %Ln message(s)", None, 1) == (
        "Send 1 message"
    )


def test_the_language_follows_the_setting_else_the_system() -> None:
    assert translations.chosen_language("fr") == "fr"
    assert translations.chosen_language("xx") in translations.LANGUAGES


@pytest.mark.parametrize("language", ["en", "ro", "fr"])
def test_the_window_fits_1024_by_700_in_every_language(
    language: str, speak: Callable[[str], None], qtbot: QtBot
) -> None:
    speak(language)
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, (language, hint)


def test_a_romanian_window_says_core_sentences_numbers_and_dates_in_romanian(
    speak: Callable[[str], None], qtbot: QtBot, tmp_path: Path
) -> None:
    speak("ro")
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    clients = files.xlsx(tmp_path / "clienti.xlsx", {"Clienți": files.CLIENTS})
    with qtbot.waitSignal(window.contacts.contactsLoaded, timeout=20000):
        window.open_contacts(clients, ask=False)
    summary = window.contacts.contactsSummary.text()
    assert summary == "3 destinatari · 1 invalid · 1 duplicat · 1 care nu e mobil", summary
    model = window.contacts.model
    invalid = next(
        model.status_text(model.contact(row))
        for row in range(model.rowCount())
        if model.contact(row).status is Status.INVALID
    )
    assert invalid.endswith("prea scurt"), invalid
    window.show()
    qtbot.keyClicks(window.composer.messageEdit, "Buna ziua")
    assert window.sending.sendButton.text() == "Trimite 3 mesaje"
    assert window.delivery.startEdit.displayFormat().startswith("dd.MM.yyyy")
    qtbot.mouseClick(window.sending.sendButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConfirmDialog)
    assert dialog is not None
    text = dialog.summary.text()
    assert "3 destinatari, 3 părți SMS în total." in text, text
    assert "Excluși: 1 invalid, 1 duplicat, 1 care nu e mobil." in text, text
    assert "Când: acum." in text, text
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Anulează"  # Qt has no Romanian catalogue of its own
    dialog.reject()


def test_file_problems_are_said_in_the_window_language(
    speak: Callable[[str], None], tmp_path: Path
) -> None:
    speak("ro")
    empty = tmp_path / "gol.csv"
    empty.write_text("")
    for path, said in ((tmp_path / "lipsă.csv", "nu (mai) există"), (empty, "este gol")):
        with pytest.raises(UnreadableFile) as error:
            contacts.load(path)
        assert said in str(error.value)
