"""Step 4: confirm, send in the background, watch progress, pause or cancel, see results."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.ui.jobs import Job
from smsgui.ui.widgets import named, show_text

if TYPE_CHECKING:  # the HTTP stack and the sender load when a campaign is sent
    from smsgui.core import api
    from smsgui.core.campaign import Campaign
    from smsgui.core.journal import Journal
    from smsgui.core.sender import Finish, Progress


class SendPanel(QGroupBox):
    """Step 4: send, watch it go, pause, cancel."""

    readyChanged = Signal(bool)  # whether Send can be pressed (the menu's actions follow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("4 · Send"), parent)
        self.setObjectName("sendPanel")
        self.sendButton = named(QPushButton(self.tr("&Send"), self), "sendButton")
        self.sendButton.setEnabled(False)
        self.sendProgress = named(QProgressBar(self), "sendProgress", self.tr("Sending progress"))
        self.sendProgress.setRange(0, 1)
        self.sendProgress.setValue(0)
        self.sendProgress.setFormat(self.tr("Nothing sent yet"))
        self.pauseButton = named(QPushButton(self.tr("&Pause"), self), "pauseButton")
        self.pauseButton.setEnabled(False)
        self.cancelButton = named(QPushButton(self.tr("Cancel"), self), "cancelButton")
        self.cancelButton.setEnabled(False)
        self.sendProblems = named(QLabel(self), "sendProblems", self.tr("What is missing"))
        self.sendProblems.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sendButton)
        row.addWidget(self.sendProgress, 1)
        row.addWidget(self.pauseButton)
        row.addWidget(self.cancelButton)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.sendProblems)

    def show_readiness(self, recipients: int, scheduled: bool, problems: list[str]) -> None:
        """Send is enabled only when nothing is missing; its label says what it will do."""
        self.sendButton.setText(
            send_label(recipients, scheduled) if recipients else self.tr("&Send")
        )
        self._set_ready(not problems)
        self.sendButton.setToolTip("\n".join(problems))
        show_text(self.sendProblems, problems[0] if problems else "")

    def show_progress(self, progress: Progress, started: float) -> None:
        self.sendProgress.setRange(0, max(progress.total, 1))
        self.sendProgress.setValue(progress.done)
        left = ""
        if 0 < progress.done < progress.total:
            elapsed = time.monotonic() - started
            seconds = elapsed / progress.done * (progress.total - progress.done)
            left = " · " + self.tr("about {time} left").format(time=_duration(seconds))
        self.sendProgress.setFormat(
            self.tr("{done} / {total} sent").format(
                done=QLocale().toString(progress.done), total=QLocale().toString(progress.total)
            )
            + left
        )

    def set_sending(self, sending: bool) -> None:
        self.pauseButton.setEnabled(sending)
        self.cancelButton.setEnabled(sending)
        self.pauseButton.setText(self.tr("&Pause"))
        if sending:
            self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.sendButton.setEnabled(ready)
        self.readyChanged.emit(ready)


def send_label(count: int, scheduled: bool) -> str:
    """ "Send 1,204 messages" / "Schedule 1 message": what the button will do."""
    if scheduled:
        return SendPanel.tr("Schedule %Ln message(s)", "", count)
    return SendPanel.tr("Send %Ln message(s)", "", count)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    return f"{QLocale().toString(seconds / 3600, 'f', 1)} h"  # "1.5 h", "1,5 h"


class ConfirmDialog(QDialog):
    """Says exactly what will happen; offers a test message to the user's own number first."""

    def __init__(
        self,
        campaign: Campaign,
        lines: list[str],
        send_test: Callable[[str, str], None],
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(self.tr("Send the campaign?"))
        self._campaign = campaign
        self._send_test = send_test
        self._region = region
        self.summary = named(QLabel("\n".join(lines), self), "confirmSummary")
        self.summary.setWordWrap(True)
        self.testCheck = named(
            QCheckBox(self.tr("Send a &test to my number first"), self), "testCheck"
        )
        self.testNumber = named(QLineEdit(self), "testNumber", self.tr("My number"))
        self.testNumber.setPlaceholderText(self.tr("Your mobile number"))
        self.testButton = named(QPushButton(self.tr("Send &test"), self), "testButton")
        self.testButton.setAutoDefault(False)
        self.testStatus = named(QLabel(self), "testStatus")
        self.testStatus.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.sendButton = self.buttons.addButton(
            send_label(len(campaign.recipients), campaign.start is not None),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.testCheck.toggled.connect(self._update)
        self.testButton.clicked.connect(self._test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.testNumber, 1)
        test_row.addWidget(self.testButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.testCheck)
        layout.addLayout(test_row)
        layout.addWidget(self.testStatus)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def _update(self) -> None:
        on = self.testCheck.isChecked()
        self.testNumber.setEnabled(on)
        self.testButton.setEnabled(on)

    def _test(self) -> None:
        from smsgui.core import phones

        check = phones.check(self.testNumber.text(), self._region)
        if not check.is_recipient or check.e164 is None:
            self.testStatus.setText(self.tr("That is not a mobile number."))
            return
        first = self._campaign.recipients[0]
        self.testStatus.setText(self.tr("Sending the test…"))
        self._send_test(check.e164, self._campaign.message_for(first))

    def show_test_result(self, words: str) -> None:
        self.testStatus.setText(words)


class _Relay(QObject):
    """Carries the sender's progress from its threads to the GUI thread."""

    progressed = Signal(object)


class SendController(QObject):
    """One campaign being sent: the Sender on a worker, its progress as signals."""

    progressed = Signal(object)  # Progress
    finished = Signal(int, object)  # campaign id, Finish (or an exception)

    def __init__(
        self,
        client: api.SmsAdvertClient,
        journal: Journal,
        campaign_id: int,
        concurrency: int,
        rate: float,
        parent: QObject | None = None,
    ) -> None:
        from smsgui.core.sender import Sender

        super().__init__(parent)
        self.campaign_id = campaign_id
        self._client = client
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self.sender = Sender(
            client,
            journal,
            campaign_id,
            concurrency=concurrency,
            rate=rate,
            on_progress=self._relay.progressed.emit,
        )
        self.started = time.monotonic()
        self._job = Job(lambda _p, _s: self.sender.run(), self)
        self._job.succeeded.connect(self._done)
        self._job.failed.connect(self._done)

    def start(self) -> SendController:
        self._job.start()
        return self

    @property
    def running(self) -> bool:
        return self._job.running

    def _done(self, outcome: Finish | Exception) -> None:
        self._client.close()
        self.finished.emit(self.campaign_id, outcome)

    def wait(self) -> None:
        """Cancels and waits until the requests in flight are recorded."""
        self.sender.cancel()
        self._job.wait()
