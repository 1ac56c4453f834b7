"""The do-not-contact list: numbers that must never receive a message, kept in the journal."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import contacts, phones
from smsgui.core.journal import Journal
from smsgui.core.sheets import UnreadableFile
from smsgui.ui.jobs import Job
from smsgui.ui.widgets import named

_SPLIT = re.compile(r"[,;\n]+")


class DoNotContactDialog(QDialog):
    """Shows the list; adds typed numbers or a file's numbers; removes the selected ones."""

    listChanged = Signal()

    def __init__(self, journal: Journal, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doNotContactDialog")
        self.setWindowTitle(self.tr("Do-not-contact list"))
        self._journal = journal
        self._region = region
        self._job: Job | None = None

        self.numbersList = named(
            QListWidget(self), "doNotContactList", self.tr("Numbers never texted")
        )
        self.numbersList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.addEdit = named(QLineEdit(self), "doNotContactEdit", self.tr("Numbers to add"))
        self.addEdit.setPlaceholderText(self.tr("Type numbers, separated by commas"))
        self.addButton = named(QPushButton(self.tr("&Add"), self), "doNotContactAdd")
        self.fileButton = named(QPushButton(self.tr("Add from &file…"), self), "doNotContactFile")
        self.removeButton = named(
            QPushButton(self.tr("&Remove selected"), self), "doNotContactRemove"
        )
        self.message = named(QLabel(self), "doNotContactMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        for button in (self.addButton, self.fileButton, self.removeButton):
            button.setAutoDefault(False)  # Return in the field adds; it does not press a button
        self.addButton.clicked.connect(self.add_typed)
        self.addEdit.returnPressed.connect(self.add_typed)
        self.fileButton.clicked.connect(self._choose_file)
        self.removeButton.clicked.connect(self.remove_selected)

        row = QHBoxLayout()
        row.addWidget(self.addEdit, 1)
        row.addWidget(self.addButton)
        actions = QHBoxLayout()
        actions.addWidget(self.fileButton)
        actions.addStretch(1)
        actions.addWidget(self.removeButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbersList, 1)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 420)
        self._refresh()

    def _refresh(self) -> None:
        self.numbersList.clear()
        self.numbersList.addItems(sorted(self._journal.do_not_contact()))

    def _added(self, numbers: list[str], refused: list[str]) -> None:
        added = self._journal.add_do_not_contact(numbers)
        self._refresh()
        text = self.tr("%Ln number(s) added.", "", added)
        if refused:
            text += " " + self.tr("Not phone numbers: {values}").format(
                values=", ".join(refused[:10])
            )
        self.message.setText(text)
        if added:
            self.listChanged.emit()

    def add_typed(self) -> None:
        if not self.addEdit.text().strip():
            return
        good: list[str] = []
        bad: list[str] = []
        for value in _SPLIT.split(self.addEdit.text()):
            if not value.strip():
                continue
            check = phones.check(value, self._region)
            if check.e164:
                good.append(check.e164)
            else:
                bad.append(value.strip())
        self.addEdit.clear()
        self._added(good, bad)

    def remove_selected(self) -> None:
        numbers = [item.text() for item in self.numbersList.selectedItems()]
        if numbers:
            self._journal.remove_do_not_contact(numbers)
            self._refresh()
            self.listChanged.emit()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add numbers from a file"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Adds every valid number of the file's phone column (in the background)."""
        region = self._region
        job = Job(lambda _p, stop: contacts.load(path, region=region, should_stop=stop), self)
        job.succeeded.connect(
            lambda found: self._added([c.phone for c in found.contacts if c.phone], [])
        )
        job.failed.connect(
            lambda error: self.message.setText(
                str(error)
                if isinstance(error, UnreadableFile)
                else self.tr("Cannot read the file.")
            )
        )
        job.finished.connect(self._job_done)
        self.fileButton.setEnabled(False)
        self._job = job.start()

    def _job_done(self) -> None:
        self._job = None
        self.fileButton.setEnabled(True)

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.wait()
        super().done(result)
