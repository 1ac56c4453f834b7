"""The message editor with its live count of characters."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from smsgui.core.contract import MAX_TEXT, utf16_length
from smsgui.ui.widgets import named


class ComposerPanel(QGroupBox):
    """Step 2: what the message says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("2 · Message"), parent)
        self.setObjectName("composerPanel")
        self.messageEdit = named(QPlainTextEdit(self), "messageEdit", self.tr("Message"))
        self.messageEdit.setPlaceholderText(self.tr("Write the message your customers receive…"))
        self.messageCounter = named(QLabel(self), "messageCounter", self.tr("Message length"))
        self.messageEdit.textChanged.connect(self._update_counter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messageEdit, 1)
        layout.addWidget(self.messageCounter)
        self._update_counter()

    def text(self) -> str:
        return self.messageEdit.toPlainText()

    def _update_counter(self) -> None:
        count = utf16_length(self.text())
        self.messageCounter.setText(
            self.tr("{count} / {limit} characters").format(count=count, limit=MAX_TEXT)
        )
