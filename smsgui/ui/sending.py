"""Step 4: the send button, progress and cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QProgressBar, QPushButton, QWidget

from smsgui.ui.widgets import named


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
        layout = QHBoxLayout(self)
        layout.addWidget(self.sendButton)
        layout.addWidget(self.sendProgress, 1)
        layout.addWidget(self.cancelButton)
