"""The contacts panel: import a spreadsheet, see every row and its status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smsgui.ui.widgets import named


class ContactsPanel(QGroupBox):
    """Step 1: who receives the message."""

    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("1 · Contacts"), parent)
        self.setObjectName("contactsPanel")
        self.importButton = named(
            QPushButton(self.tr("&Import contacts…"), self),
            "importButton",
            self.tr("Import contacts"),
        )
        self.importButton.clicked.connect(self.importRequested)
        self.contactsView = named(QTableView(self), "contactsView", self.tr("Contacts"))
        self.contactsView.setAlternatingRowColors(True)
        self.contactsSummary = named(QLabel(self), "contactsSummary", self.tr("Contacts summary"))
        self.contactsSummary.setText(
            self.tr("No contacts yet. Import the spreadsheet with your customers' numbers.")
        )
        self.contactsSummary.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.importButton)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.contactsView, 1)
        layout.addWidget(self.contactsSummary)
