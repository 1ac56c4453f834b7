"""The contacts panel: import a spreadsheet off the GUI thread, see every row and its status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import contacts, report
from smsgui.core.contacts import Cancelled, ContactList, SheetLayout, Status
from smsgui.core.sheets import SUFFIXES, UnreadableFile
from smsgui.ui.contacts_model import ContactsModel
from smsgui.ui.jobs import Job
from smsgui.ui.widgets import named, warn

log = logging.getLogger(__name__)

SAMPLE_CONTACTS = Path(__file__).resolve().parent.parent / "resources" / "sample-contacts.csv"
PATTERNS = " ".join(f"*{s}" for s in SUFFIXES)


class ContactsPanel(QGroupBox):
    """Step 1: who receives the message."""

    contactsLoaded = Signal(str)  # the file's path
    contactsChanged = Signal()
    doNotContactRequested = Signal(list)  # E.164 numbers the user wants never to text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("1 · Contacts"), parent)
        self.setObjectName("contactsPanel")
        self.region = "RO"
        self.blocked_numbers: Callable[[], set[str]] = set
        # Work on a freshly loaded list done on the import's worker, while nothing paints the
        # table yet; (the list, the result) for whoever listens to contactsChanged.
        self.prepare: Callable[[ContactList], object] | None = None
        self.prepared: tuple[ContactList | None, object] = (None, None)
        self._job: Job | None = None
        self._message: QMessageBox | None = None

        self.importButton = named(
            QPushButton(self.tr("&Import contacts…"), self),
            "importButton",
            self.tr("Import contacts"),
        )
        self.importButton.clicked.connect(self.choose_file)
        self.sampleButton = named(
            QPushButton(self.tr("Try with &sample contacts"), self), "sampleButton"
        )
        self.sampleButton.setToolTip(self.tr("Eight made-up customers, to try every step"))
        self.sampleButton.clicked.connect(self.open_sample)
        self.filterCombo = named(QComboBox(self), "filterCombo", self.tr("Show"))
        self.filterCombo.addItem(self.tr("All rows"), None)
        for status, label in (
            (Status.RECIPIENT, self.tr("Recipients")),
            (Status.INVALID, self.tr("Invalid")),
            (Status.DUPLICATE, self.tr("Duplicates")),
            (Status.NOT_MOBILE, self.tr("Not mobile")),
            (Status.DO_NOT_CONTACT, self.tr("Do not contact")),
        ):
            self.filterCombo.addItem(label, status)
        self.searchEdit = named(QLineEdit(self), "searchEdit", self.tr("Search contacts"))
        self.searchEdit.setPlaceholderText(self.tr("Search…"))
        self.searchEdit.setClearButtonEnabled(True)

        self.model = ContactsModel(self)
        self.contactsView = named(QTableView(self), "contactsView", self.tr("Contacts"))
        self.contactsView.setModel(self.model)
        self.contactsView.setAlternatingRowColors(True)
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsView.verticalHeader().setVisible(False)
        # Column widths from the first rows only: measuring 100,000 rows would freeze the window.
        self.contactsView.horizontalHeader().setResizeContentsPrecision(50)
        self.contactsView.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.importProgress = named(
            QProgressBar(self), "importProgress", self.tr("Import progress")
        )
        self.importCancelButton = named(
            QPushButton(self.tr("Cancel import"), self), "importCancelButton"
        )
        self.importCancelButton.clicked.connect(self.cancel_import)
        self.contactsSummary = named(QLabel(self), "contactsSummary", self.tr("Contacts summary"))
        self.contactsSummary.setWordWrap(True)

        self.removeButton = named(QPushButton(self.tr("&Remove rows"), self), "removeRowsButton")
        self.removeButton.clicked.connect(self.remove_selected)
        self.neverButton = named(QPushButton(self.tr("&Never text these"), self), "neverTextButton")
        self.neverButton.setToolTip(self.tr("Add the selected numbers to the do-not-contact list"))
        self.neverButton.clicked.connect(self._never_selected)
        self.exportInvalidButton = named(
            QPushButton(self.tr("&Export invalid rows…"), self), "exportInvalidButton"
        )
        self.exportInvalidButton.clicked.connect(self.choose_invalid_export)
        QShortcut(QKeySequence.StandardKey.Delete, self.contactsView, self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(self.importButton)
        top.addWidget(self.sampleButton)
        top.addStretch(1)
        find = QHBoxLayout()  # a row of its own, so long labels in any language fit
        find.addWidget(self.filterCombo)
        find.addWidget(self.searchEdit, 1)
        busy = QHBoxLayout()
        busy.addWidget(self.importProgress, 1)
        busy.addWidget(self.importCancelButton)
        actions = QHBoxLayout()
        actions.addWidget(self.removeButton)
        actions.addWidget(self.neverButton)
        actions.addStretch(1)
        actions.addWidget(self.exportInvalidButton)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.contactsView, 1)
        layout.addLayout(busy)
        layout.addWidget(self.contactsSummary)
        layout.addLayout(actions)

        self.filterCombo.currentIndexChanged.connect(self._apply_filter)
        self.searchEdit.textChanged.connect(self._apply_filter)
        self.model.contactsEdited.connect(self._contacts_edited)
        self.model.modelReset.connect(self._update_actions)
        self.contactsView.selectionModel().selectionChanged.connect(self._update_actions)
        self._set_busy(False)
        self._show_summary()

    # -- state -------------------------------------------------------------------------------

    @property
    def contact_list(self) -> ContactList | None:
        return self.model.contact_list

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        self.importProgress.setVisible(busy)
        self.importCancelButton.setVisible(busy)
        self.importButton.setEnabled(not busy)
        if busy:
            self.importProgress.setRange(0, 0)

    def _show_summary(self) -> None:
        found = self.contact_list
        if found is None:
            self.contactsSummary.setText(
                self.tr("No contacts yet. Import the spreadsheet with your customers' numbers.")
            )
        else:
            self.contactsSummary.setText(found.summary())
        self._update_actions()

    def _update_actions(self) -> None:
        self.sampleButton.setVisible(self.contact_list is None)
        has_rows = self.model.rowCount() > 0
        selected = bool(self.contactsView.selectionModel().selectedRows())
        self.removeButton.setEnabled(has_rows and selected)
        self.neverButton.setEnabled(has_rows and selected)
        found = self.contact_list
        self.exportInvalidButton.setEnabled(
            found is not None and found.counts()[Status.INVALID] > 0
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filterCombo.currentData(), self.searchEdit.text())

    def _contacts_edited(self) -> None:
        self._show_summary()
        self.contactsChanged.emit()

    def reapply_do_not_contact(self) -> None:
        """Re-applies the do-not-contact list after it changed."""
        found = self.contact_list
        if found is not None:
            found.set_do_not_contact(self.blocked_numbers())
            self.model.refresh_statuses()

    # -- import ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Spreadsheets ({patterns});;All files (*)").format(patterns=PATTERNS),
        )
        if path:
            self.open_file(Path(path))

    def open_sample(self) -> None:
        """Imports the bundled sample file, so a new user can try the whole flow."""
        self.open_file(SAMPLE_CONTACTS)

    def open_file(self, path: Path, *, ask: bool = True) -> None:
        """Reads the file's layout, asks the user to confirm it (unless `ask` is False), imports."""
        if self.busy:
            return
        region = self.region
        self._start(
            lambda _progress, _stop: contacts.inspect(path, region=region),
            lambda layout: self._inspected(path, layout, ask),
        )
        self.contactsSummary.setText(self.tr("Reading {name}…").format(name=path.name))

    def _inspected(self, path: Path, layout: SheetLayout, ask: bool) -> None:
        if not ask:
            self._load(path, layout.sheet, layout.header_index, layout.phone_column)
            return
        from smsgui.ui.import_dialog import ImportDialog

        dialog = ImportDialog(path, layout, self.region, self)
        dialog.accepted.connect(lambda: self._load(path, *dialog.choice()))
        dialog.rejected.connect(self._show_summary)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    def _load(self, path: Path, sheet: str, header: int | None, column: int | None) -> None:
        region, blocked = self.region, self.blocked_numbers()

        prepare = self.prepare

        def work(
            progress: Callable[[int, int], None], stop: Callable[[], bool]
        ) -> tuple[ContactList, object]:
            found = contacts.load(
                path,
                sheet=sheet,
                header_index=header,
                column=column,
                region=region,
                do_not_contact=blocked,
                progress=progress,
                should_stop=stop,
            )
            return found, prepare(found) if prepare is not None else None

        self._start(work, lambda result: self._loaded(path, *result))
        self.contactsSummary.setText(self.tr("Importing {name}…").format(name=path.name))

    def _start(self, work: Callable[..., object], on_success: Callable[..., None]) -> None:
        job = Job(work, self)
        job.progress.connect(self._progress)
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self._job = job.start()
        self._set_busy(True)

    def _progress(self, done: int, total: int) -> None:
        self.importProgress.setRange(0, max(total, 1))
        self.importProgress.setValue(done)

    def _finished(self, job: Job) -> None:
        if self._job is job:  # a job started by this one's result is still running
            self._job = None
            self._set_busy(False)

    def _loaded(self, path: Path, found: ContactList, prepared: object) -> None:
        self.prepared = (found, prepared)
        self.model.set_contacts(found)
        self.contactsView.resizeColumnsToContents()
        self._show_summary()
        self.contactsLoaded.emit(str(path))
        self.contactsChanged.emit()

    def _failed(self, error: object) -> None:
        self._show_summary()
        if isinstance(error, Cancelled):
            self.contactsSummary.setText(
                self.tr("Import cancelled; nothing changed.") + " " + self.contactsSummary.text()
            )
            return
        if isinstance(error, UnreadableFile):
            words = str(error)
        else:
            log.error("import failed", exc_info=error if isinstance(error, BaseException) else None)
            words = self.tr("The file could not be imported because of an unexpected error.")
        self.show_message(self.tr("Cannot import"), words)

    def show_message(self, title: str, text: str) -> None:
        self._message = warn(self, title, text, "contactsMessage")

    def cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def shutdown(self) -> None:
        """Stops background work before the window goes away."""
        if self._job is not None:
            self._job.wait()

    # -- row actions -------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.contactsView.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        self.model.remove(self._selected_rows())

    def _never_selected(self) -> None:
        numbers = [self.model.contact(r).phone for r in self._selected_rows()]
        self.doNotContactRequested.emit([n for n in numbers if n])

    def choose_invalid_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export invalid rows"), "invalid-rows.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
        )
        if path:
            self.export_invalid(Path(path))

    def export_invalid(self, path: Path) -> Path | None:
        found = self.contact_list
        if found is None:
            return None
        header, rows = found.invalid_table()
        try:
            written = report.write_table(path, header, rows)
        except OSError as exc:
            self.show_message(self.tr("Cannot export"), str(exc.strerror or exc))
            return None
        self.contactsSummary.setText(
            found.summary()
            + " · "
            + self.tr("invalid rows saved to {name}").format(name=written.name)
        )
        return written
