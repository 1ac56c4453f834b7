"""Step 4: the send button, progress and cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.ui.widgets import named, show_text


class SendPanel(QGroupBox):
    """Step 4: send, watch it go, cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("4 · Send"), parent)
        self.setObjectName("sendPanel")
        self.sendButton = named(QPushButton(self.tr("&Send"), self), "sendButton")
        self.sendButton.setEnabled(False)
        self.sendButton.setToolTip(self.tr("Import contacts and write a message first."))
        self.sendProgress = named(QProgressBar(self), "sendProgress", self.tr("Sending progress"))
        self.sendProgress.setRange(0, 1)
        self.sendProgress.setValue(0)
        self.sendProgress.setFormat(self.tr("Nothing sent yet"))
        self.cancelButton = named(QPushButton(self.tr("Cancel"), self), "cancelButton")
        self.cancelButton.setEnabled(False)
        self.sendProblems = named(QLabel(self), "sendProblems", self.tr("What is missing"))
        self.sendProblems.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sendButton)
        row.addWidget(self.sendProgress, 1)
        row.addWidget(self.cancelButton)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.sendProblems)

    def show_readiness(self, recipients: int, scheduled: bool, problems: list[str]) -> None:
        """Send is enabled only when nothing is missing; its label says what it will do."""
        if scheduled:
            label = self.tr("Schedule {count} messages").format(count=f"{recipients:,}")
        else:
            label = self.tr("Send {count} messages").format(count=f"{recipients:,}")
        self.sendButton.setText(label if recipients else self.tr("&Send"))
        self.sendButton.setEnabled(not problems)
        self.sendButton.setToolTip("\n".join(problems))
        show_text(self.sendProblems, problems[0] if problems else "")
