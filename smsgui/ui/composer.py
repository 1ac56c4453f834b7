"""The message editor: an honest live count, Unicode highlighted, placeholders, templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import text
from smsgui.core.contract import MAX_TEXT, MIN_TEXT
from smsgui.ui.widgets import named, show_text

if TYPE_CHECKING:  # the campaign model and the journal load once there is a message
    from smsgui.core.campaign import Campaign, Recipient, Stats
    from smsgui.core.journal import Journal


class UnicodeHighlighter(QSyntaxHighlighter):
    """Marks every character that makes the message Unicode (and so shorter per SMS)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(255, 214, 102))
        self._format.setForeground(QColor(0, 0, 0))

    def highlightBlock(self, block: str) -> None:  # noqa: N802
        position = 0  # in UTF-16 units, as Qt counts
        for ch in block:
            width = 2 if ord(ch) > 0xFFFF else 1
            if not text.is_gsm(ch):
                self.setFormat(position, width, self._format)
            position += width


DEBOUNCE_ABOVE = 2000  # recipients


def number_range(low: int, high: int) -> str:
    """ "2" or "1–2", in the locale's digits, for the counter and the step titles."""
    number = QLocale().toString
    return number(low) if low == high else f"{number(low)}–{number(high)}"


class ComposerPanel(QGroupBox):
    """Step 2: what the message says, what it costs, and what each person receives."""

    messageChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("2 · Message"), parent)
        self.setObjectName("composerPanel")
        self.journal: Callable[[], Journal] | None = None
        self._recipients: tuple[Recipient, ...] = ()
        self._preview_for: Recipient | None = None

        self.messageEdit = named(QPlainTextEdit(self), "messageEdit", self.tr("Message"))
        self.messageEdit.setPlaceholderText(self.tr("Write the message your customers receive…"))
        self.messageEdit.setTabChangesFocus(True)
        self._highlighter = UnicodeHighlighter(self.messageEdit.document())
        self.messageCounter = named(QLabel(self), "messageCounter", self.tr("Message length"))
        self.messageProblems = named(QLabel(self), "messageProblems", self.tr("Message problems"))
        self.messageProblems.setWordWrap(True)
        self.costLabel = named(QLabel(self), "costLabel", self.tr("Cost"))
        self.previewLabel = named(QLabel(self), "previewLabel", self.tr("Preview"))
        self.previewLabel.setWordWrap(True)

        self.replaceDiacriticsButton = named(
            QPushButton(self.tr("Replace &diacritics"), self), "replaceDiacriticsButton"
        )
        self.replaceDiacriticsButton.setToolTip(
            self.tr("ș→s, ț→t, ă→a, î→i, typographic quotes and dashes → plain ones")
        )
        self.replaceDiacriticsButton.clicked.connect(self.replace_diacritics)
        self.plainFieldsCheck = named(
            QCheckBox(self.tr("Also replace diacritics in the contacts' values"), self),
            "plainFieldsCheck",
        )
        self.plainFieldsCheck.toggled.connect(self._changed)
        self.fieldButton = named(QToolButton(self), "insertFieldButton", self.tr("Insert field"))
        self.fieldButton.setText(self.tr("Insert &field"))
        self.fieldButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.fieldMenu = QMenu(self.fieldButton)
        self.fieldButton.setMenu(self.fieldMenu)
        self.templateButton = named(QToolButton(self), "templatesButton", self.tr("Templates"))
        self.templateButton.setText(self.tr("&Templates"))
        self.templateButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templateMenu = QMenu(self.templateButton)
        self.templateMenu.aboutToShow.connect(self._fill_templates)
        self.templateButton.setMenu(self.templateMenu)

        tools = QHBoxLayout()
        tools.addWidget(self.fieldButton)
        tools.addWidget(self.templateButton)
        tools.addStretch(1)
        tools.addWidget(self.replaceDiacriticsButton)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.messageEdit, 1)
        layout.addWidget(self.plainFieldsCheck)
        layout.addWidget(self.messageCounter)
        layout.addWidget(self.messageProblems)
        layout.addWidget(self.costLabel)
        layout.addWidget(self.previewLabel)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._update)
        self.messageEdit.textChanged.connect(self._changed)
        self._fill_fields()
        self._changed()

    # -- content -------------------------------------------------------------------------------

    def text(self) -> str:
        return self.messageEdit.toPlainText()

    def set_recipients(self, recipients: tuple[Recipient, ...]) -> None:
        self._recipients = recipients
        if self._preview_for not in recipients:
            self._preview_for = None
        self._fill_fields()
        self._changed()

    def set_preview_recipient(self, recipient: Recipient | None) -> None:
        self._preview_for = recipient
        self._update()

    def _fill_fields(self) -> None:
        self.fieldMenu.clear()
        names = list(self._recipients[0].fields) if self._recipients else []
        for name in names:
            action = self.fieldMenu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.insert_field(n))
        self.fieldButton.setEnabled(bool(names))
        self.fieldButton.setToolTip(
            "" if names else self.tr("Import contacts to use their columns in the message")
        )

    def insert_field(self, name: str) -> None:
        self.messageEdit.insertPlainText("{" + name + "}")
        self.messageEdit.setFocus()

    def plain_fields(self) -> bool:
        """Whether the values filled into placeholders lose their diacritics too."""
        return self.plainFieldsCheck.isChecked()

    def replace_diacritics(self) -> None:
        """Replaces the whole text in one step that Edit › Undo takes back.

        With placeholders, the contacts' values are made plain too (the check box says so).
        """
        before = self.text()
        after = text.transliterate(before)
        if self._has_fields(after):
            self.plainFieldsCheck.setChecked(True)
        if after == before:
            return
        cursor = self.messageEdit.textCursor()
        position = cursor.position()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(after)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(after)))
        self.messageEdit.setTextCursor(cursor)

    # -- the counter ---------------------------------------------------------------------------

    def _changed(self) -> None:
        # Every keystroke counts at once; over a long personalised list the count over all
        # recipients waits for a pause in typing.
        if len(self._recipients) > DEBOUNCE_ABOVE and "{" in self.text():
            self._debounce.start()
        else:
            self._debounce.stop()
            self._update()
        self.messageChanged.emit()

    def _has_fields(self, message: str) -> bool:
        return bool(self._recipients) and bool(message) and text.has_placeholders(message)

    def _update(self) -> None:
        from smsgui.core.campaign import Campaign

        message = self.text()
        if not message and not self._recipients:  # at start: nothing to count yet
            self.messageCounter.setText(
                self.tr("{count} / {limit} characters · {parts} SMS").format(
                    count=0, limit=MAX_TEXT, parts=0
                )
            )
            for label in (self.messageProblems, self.costLabel, self.previewLabel):
                show_text(label, "")
            self.plainFieldsCheck.setVisible(False)
            self.replaceDiacriticsButton.setEnabled(False)
            return
        campaign = Campaign(self._recipients, message, plain_fields=self.plain_fields())
        measured = text.measure(message)
        personalised = self._has_fields(message)
        self.plainFieldsCheck.setVisible(personalised)
        stats = campaign.stats() if personalised else None
        forcing = stats.unicode_characters if stats is not None else measured.unicode_characters
        self.replaceDiacriticsButton.setEnabled(
            text.transliterate(message) != message or (personalised and bool(forcing))
        )
        if stats is not None:
            counter = self.tr("{chars} characters · {parts} SMS (longest: row {row})").format(
                chars=number_range(stats.min_characters, stats.max_characters),
                parts=number_range(stats.min_parts, stats.max_parts),
                row=stats.longest_row,
            )
        else:
            counter = self.tr("{count} / {limit} characters · {parts} SMS").format(
                count=measured.characters, limit=MAX_TEXT, parts=measured.parts
            )
        if forcing:
            shown = ", ".join(forcing[:5])
            more = "…" if len(forcing) > 5 else ""
            counter += " · " + self.tr("Unicode ({chars})").format(chars=shown + more)
        self.messageCounter.setText(counter)
        show_text(self.messageProblems, self._problems(campaign, measured))
        # Personalised: the stats above already rendered every message; plain: they cost nothing.
        self._update_cost(stats if personalised else campaign.stats())
        self._update_preview(campaign)

    def _problems(self, campaign: Campaign, measured: text.Measure) -> str:
        if not self.text():
            return ""
        problems = campaign.text_problems()
        if not campaign.personalised or not self._recipients:
            if measured.characters < MIN_TEXT:
                problems = [self.tr("At least {n} characters.").format(n=MIN_TEXT)]
            elif measured.characters > MAX_TEXT:
                problems = [
                    self.tr("{over} characters too many: the service takes at most {n}.").format(
                        over=measured.characters - MAX_TEXT, n=MAX_TEXT
                    )
                ]
        return "\n".join(problems)

    def _update_cost(self, full: Stats | None) -> None:
        if full is None or not self._recipients or not self.text():
            show_text(self.costLabel, "")
            return
        show_text(
            self.costLabel,
            self.tr("%Ln recipient(s) × {parts} SMS = {total} SMS", "", full.recipients).format(
                parts=number_range(full.min_parts, full.max_parts),
                total=QLocale().toString(full.total_parts),
            ),
        )

    def _update_preview(self, campaign: Campaign) -> None:
        recipient = self._preview_for or (self._recipients[0] if self._recipients else None)
        if recipient is None or not campaign.personalised:
            show_text(self.previewLabel, "")
            return
        try:
            message = campaign.message_for(recipient)
        except (text.TemplateError, KeyError):
            show_text(self.previewLabel, "")
            return
        show_text(
            self.previewLabel,
            self.tr("Row {row} receives: {message}").format(row=recipient.row, message=message),
        )

    # -- templates -----------------------------------------------------------------------------

    def _journal(self) -> Journal | None:
        return self.journal() if self.journal is not None else None

    def _fill_templates(self) -> None:
        self.templateMenu.clear()
        save = self.templateMenu.addAction(self.tr("&Save as template…"))
        save.setEnabled(bool(self.text().strip()))
        save.triggered.connect(self.save_template_dialog)
        journal = self._journal()
        saved = journal.templates() if journal is not None else {}
        if saved:
            self.templateMenu.addSeparator()
        for name, body in saved.items():
            sub = self.templateMenu.addMenu(name)
            sub.addAction(self.tr("&Use"), lambda b=body: self.load_template(b))
            sub.addAction(self.tr("&Rename…"), lambda n=name: self.rename_template_dialog(n))
            sub.addAction(self.tr("&Delete"), lambda n=name: self.delete_template(n))

    def load_template(self, body: str) -> None:
        cursor = self.messageEdit.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(body)
        cursor.endEditBlock()

    def save_template_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Name:"))
        if ok and name.strip():
            self._template_action(lambda j: j.save_template(name, self.text()))

    def rename_template_dialog(self, old: str) -> None:
        new, ok = QInputDialog.getText(
            self, self.tr("Rename template"), self.tr("New name:"), text=old
        )
        if ok and new.strip():
            self._template_action(lambda j: j.rename_template(old, new))

    def delete_template(self, name: str) -> None:
        self._template_action(lambda j: j.delete_template(name))

    def _template_action(self, action: Callable[[Journal], None]) -> None:
        journal = self._journal()
        if journal is None:
            return
        from smsgui.core.journal import JournalError

        try:
            action(journal)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Templates"), str(exc))
