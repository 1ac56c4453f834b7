"""Per-recipient results of a campaign, and the history of campaigns."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import report
from smsgui.core.journal import CampaignRecord, Journal, RecipientState
from smsgui.ui.translations import local_time
from smsgui.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex


def state_word(state: str) -> str:
    """A recipient's state as the results table shows it."""
    words = {
        "accepted": ResultsDialog.tr("Accepted"),
        "assumed_sent": ResultsDialog.tr("Treated as sent"),
        "rejected": ResultsDialog.tr("Rejected"),
        "failed": ResultsDialog.tr("Failed"),
        "uncertain": ResultsDialog.tr("Uncertain"),
        "pending": ResultsDialog.tr("Not sent yet"),
        "sending": ResultsDialog.tr("Sending"),
    }
    return words.get(state, state)


def state_count(state: str, n: int) -> str:
    """ "3 accepted", for the summary above the results."""
    counted = {
        "accepted": ResultsDialog.tr("%Ln accepted", "", n),
        "assumed_sent": ResultsDialog.tr("%Ln treated as sent", "", n),
        "rejected": ResultsDialog.tr("%Ln rejected", "", n),
        "failed": ResultsDialog.tr("%Ln failed", "", n),
        "uncertain": ResultsDialog.tr("%Ln uncertain", "", n),
        "pending": ResultsDialog.tr("%Ln not sent yet", "", n),
        "sending": ResultsDialog.tr("%Ln sending", "", n),
    }
    return counted.get(state, f"{QLocale().toString(n)} {state}")


def result_header() -> list[str]:
    return [
        ResultsDialog.tr("Phone"),
        ResultsDialog.tr("Row"),
        ResultsDialog.tr("Result"),
        ResultsDialog.tr("Message id"),
        ResultsDialog.tr("Details"),
    ]


class TableModel(QAbstractTableModel):
    """A read-only table of rows of text."""

    def __init__(self, header: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = header
        self._rows: list[list[object]] = []

    def set_rows(self, rows: list[list[object]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows)) or not (0 <= column < len(self._header)):
            return None
        value = self._rows[index.row()][index.column()]
        return "" if value is None else str(value)


def result_rows(recipients: list[RecipientState]) -> list[list[object]]:
    return [
        [r.phone, r.row or "", state_word(r.state), r.msg_id or "", r.detail] for r in recipients
    ]


def write_results(journal: Journal, campaign_id: int, path: Path) -> Path:
    """One campaign's per-recipient results to .xlsx or .csv; raises OSError."""
    return report.write_table(path, result_header(), result_rows(journal.recipients(campaign_id)))


def _table_view(dialog: QDialog, model: TableModel, name: str, accessible: str) -> QTableView:
    """A read-only table that selects whole rows, its last column stretched."""
    view = named(QTableView(dialog), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _button_row(dialog: QDialog, *buttons: QPushButton) -> QHBoxLayout:
    """The dialog's own buttons on the left, Close on the right."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(close)
    return row


class ResultsDialog(QDialog):
    """Every recipient of one campaign with its result; retry failed, export."""

    retryRequested = Signal(int)

    def __init__(self, journal: Journal, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.setWindowTitle(self.tr("Campaign {id}: results").format(id=campaign_id))
        self._journal = journal
        self._campaign = campaign_id
        self.model = TableModel(result_header(), self)
        self.resultsView = _table_view(self, self.model, "resultsView", self.tr("Results"))
        self.summary = named(QLabel(self), "resultsSummary")
        self.retryButton = named(QPushButton(self.tr("&Retry failed"), self), "retryFailedButton")
        self.retryButton.clicked.connect(self._retry)
        self.exportButton = named(QPushButton(self.tr("&Export…"), self), "exportResultsButton")
        self.exportButton.clicked.connect(self._choose_export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.resultsView, 1)
        layout.addLayout(_button_row(self, self.retryButton, self.exportButton))
        self.resize(760, 480)
        self.refresh()

    def refresh(self) -> None:
        recipients = self._journal.recipients(self._campaign)
        self.model.set_rows(result_rows(recipients))
        self.resultsView.resizeColumnsToContents()
        states = Counter(r.state for r in recipients)  # in the order the states first come
        self.summary.setText(" · ".join(state_count(s, n) for s, n in states.items()))
        self.retryButton.setEnabled("failed" in states)

    def _retry(self) -> None:
        self.retryRequested.emit(self._campaign)
        self.accept()

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            f"campaign-{self._campaign}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Path | None:
        try:
            return write_results(self._journal, self._campaign, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc.strerror or exc))
            return None


def _when(record: CampaignRecord) -> str:
    created = local_time(record.created_at * 1000)
    if record.start_ms:
        return ResultsDialog.tr("{created} (for {start})").format(
            created=created, start=local_time(record.start_ms)
        )
    return created


class HistoryDialog(QDialog):
    """The campaigns sent so far; open one's results or start a new one from it."""

    openRequested = Signal(int)
    duplicateRequested = Signal(object)  # the CampaignRecord

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Campaign history"))
        self._records = journal.campaigns()
        header = [
            self.tr("Date"),
            self.tr("Message"),
            self.tr("Recipients"),
            self.tr("SMS"),
            self.tr("Accepted"),
            self.tr("Failed"),
            self.tr("Uncertain"),
            self.tr("Channel"),
        ]
        self.model = TableModel(header, self)
        number = QLocale().toString
        self.model.set_rows(
            [
                [
                    _when(r),
                    r.text.splitlines()[0][:60] if r.text else "",
                    number(r.recipients),
                    number(r.parts),
                    number(r.accepted),
                    number(r.failed),
                    number(r.uncertain),
                    self._channel(r),
                ]
                for r in self._records
            ]
        )
        self.historyView = _table_view(self, self.model, "historyView", self.tr("Campaigns"))
        self.historyView.doubleClicked.connect(lambda _: self._open())
        self.openButton = named(QPushButton(self.tr("&Open results"), self), "openCampaignButton")
        self.openButton.clicked.connect(self._open)
        self.duplicateButton = named(
            QPushButton(self.tr("&Duplicate as new"), self), "duplicateCampaignButton"
        )
        self.duplicateButton.clicked.connect(self._duplicate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.historyView, 1)
        layout.addLayout(_button_row(self, self.openButton, self.duplicateButton))
        self.resize(860, 420)
        if self._records:
            self.historyView.selectRow(0)
        self.historyView.resizeColumnsToContents()

    def _channel(self, record: CampaignRecord) -> str:
        if record.channel != "own_devices":
            return self.tr("smsadvert network")
        return self.tr("my phones + fallback") if record.failover else self.tr("my phones")

    def _selected(self) -> CampaignRecord | None:
        rows = self.historyView.selectionModel().selectedRows()
        return self._records[rows[0].row()] if rows else None

    def _open(self) -> None:
        record = self._selected()
        if record is not None:
            self.openRequested.emit(record.id)

    def _duplicate(self) -> None:
        record = self._selected()
        if record is not None:
            self.duplicateRequested.emit(record)
            self.accept()
