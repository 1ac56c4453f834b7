"""The import dialog: which sheet, which header row, which phone column, with a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import contacts
from smsgui.core.contacts import SheetLayout, cell_text
from smsgui.core.sheets import UnreadableFile
from smsgui.ui.jobs import Job
from smsgui.ui.widgets import named


class ImportDialog(QDialog):
    """Shows what was detected and lets the user change it; `choice()` is the result."""

    def __init__(
        self, path: Path, layout: SheetLayout, region: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self._path = path
        self._region = region
        self._layout = layout
        self._job: Job | None = None

        self.sheetCombo = named(QComboBox(self), "sheetCombo", self.tr("Sheet"))
        self.sheetCombo.addItems(layout.sheets)
        self.headerSpin = named(QSpinBox(self), "headerSpin", self.tr("Header row"))
        self.headerSpin.setRange(0, contacts.HEADER_SCAN)
        self.headerSpin.setSpecialValueText(self.tr("none"))
        self.phoneCombo = named(QComboBox(self), "phoneCombo", self.tr("Phone column"))
        self.preview = named(QTableWidget(self), "importPreview", self.tr("Preview"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.message = named(QLabel(self), "importMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheetCombo)
        form.addRow(self.tr("&Header row:"), self.headerSpin)
        form.addRow(self.tr("&Phone column:"), self.phoneCombo)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("First rows:"), self))
        box.addWidget(self.preview, 1)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.resize(720, 460)

        self._show(layout)
        self.sheetCombo.currentTextChanged.connect(lambda _: self._reinspect(header="auto"))
        self.headerSpin.valueChanged.connect(lambda value: self._reinspect(header=value - 1))
        self.phoneCombo.currentIndexChanged.connect(self._update_ok)

    def _show(self, layout: SheetLayout) -> None:
        self._layout = layout
        for widget in (self.sheetCombo, self.headerSpin, self.phoneCombo):
            widget.blockSignals(True)
        self.sheetCombo.setCurrentText(layout.sheet)
        self.headerSpin.setValue(0 if layout.header_index is None else layout.header_index + 1)
        self.phoneCombo.clear()
        self.phoneCombo.addItem(self.tr("(choose the column with the numbers)"), None)
        for index, name in enumerate(layout.columns):
            self.phoneCombo.addItem(f"{contacts.column_letter(index)} · {name}", index)
        if layout.phone_column is not None:
            self.phoneCombo.setCurrentIndex(layout.phone_column + 1)
        for widget in (self.sheetCombo, self.headerSpin, self.phoneCombo):
            widget.blockSignals(False)

        self.preview.clear()
        self.preview.setColumnCount(len(layout.columns))
        self.preview.setRowCount(len(layout.preview))
        self.preview.setHorizontalHeaderLabels(layout.columns)
        for r, row in enumerate(layout.preview):
            for c, value in enumerate(row[: len(layout.columns)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.message.setText(
            self.tr("No column looks like phone numbers: choose it above.")
            if layout.phone_column is None
            else ""
        )
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.phoneCombo.currentData() is not None and self._job is None)

    def _reinspect(self, header: int | str) -> None:
        sheet = self.sheetCombo.currentText()
        path, region = self._path, self._region
        header_index: int | None | str = None if header == -1 else header
        self.message.setText(self.tr("Reading…"))
        job = Job(
            lambda _progress, _stop: contacts.inspect(
                path, sheet=sheet, header_index=header_index, region=region
            ),
            self,
        )
        job.succeeded.connect(lambda layout: self._show(layout) if self._job is job else None)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._job_done(job))
        self._job = job.start()
        self._update_ok()

    def _job_done(self, job: Job) -> None:
        if self._job is job:
            self._job = None
        self._update_ok()

    def _failed(self, error: object) -> None:
        words = (
            str(error)
            if isinstance(error, UnreadableFile)
            else self.tr("This sheet cannot be read.")
        )
        self.message.setText(words)

    def choice(self) -> tuple[str, int | None, int]:
        """(sheet, header row index or None, phone column index)."""
        return self._layout.sheet, self._layout.header_index, int(self.phoneCombo.currentData())

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.wait()
        super().done(result)
