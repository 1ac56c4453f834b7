"""The sending flow of the window: confirm, send, follow, finish, resume, history.

Kept apart from `MainWindow`, which only composes panels and menus: this
object turns the campaign the window shows into a stored, sent and reported
one, and owns the `SendController` while a campaign is going out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from smsgui.ui.jobs import Job
from smsgui.ui.widgets import warn

if TYPE_CHECKING:  # the HTTP stack, the sender and the result views load on first use
    from smsgui.core.api import SmsAdvertClient
    from smsgui.core.campaign import Campaign
    from smsgui.core.journal import CampaignRecord
    from smsgui.ui.main_window import MainWindow
    from smsgui.ui.results import HistoryDialog, ResultsDialog
    from smsgui.ui.sending import ConfirmDialog, SendController


class SendingFlow(QObject):
    """Everything from the Send button to the results, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: SendController | None = None
        self.closing = False
        self.confirm_dialog: ConfirmDialog | None = None
        self.results_dialog: ResultsDialog | None = None
        self.resume_box: QMessageBox | None = None
        self.close_box: QMessageBox | None = None

    @property
    def sending(self) -> bool:
        return self.controller is not None and self.controller.running

    def confirm_send(self, *, test: bool = False) -> ConfirmDialog | None:
        """Opens the confirmation that says exactly what will happen; with `test`, ready to
        send one test message to the user's own number first."""
        from smsgui.ui.sending import ConfirmDialog

        if self.controller is not None or not self.window.sending.sendButton.isEnabled():
            return None
        if not self.window.mode_known:
            self.window.refresh_mode()  # the confirmation must say demo or real for sure
        campaign = self.window.campaign()
        found = self.window.contacts.contact_list
        lines = campaign.describe(found.left_out() if found is not None else {})
        if self.window.demo:
            lines.append(self.tr("Demo mode: no real SMS is sent."))
        dialog = ConfirmDialog(
            campaign, lines, self._send_test, self.window.preferences.default_country, self.window
        )
        dialog.accepted.connect(lambda: self._send(campaign))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()
        if test:
            dialog.testCheck.setChecked(True)
            dialog.testNumber.setFocus()
        return dialog

    def _client(self) -> SmsAdvertClient | None:
        from smsgui.core.api import InsecureURL, SmsAdvertClient
        from smsgui.core.secrets import TokenStoreError

        try:
            url, token = self.window.connection()
            return SmsAdvertClient(token, url)
        except (TokenStoreError, InsecureURL, ValueError) as exc:
            self._warn(self.tr("Cannot send"), str(exc))
            return None

    def _send_test(self, number: str, message: str) -> None:
        from smsgui.core.api import Outcome, SendResult

        client = self._client()
        if client is None:
            return
        job = Job(lambda _p, _s: client.send([number], message), self)

        def answered(result: object) -> None:
            client.close()
            dialog = getattr(self, "confirm_dialog", None)
            if dialog is None or not isinstance(result, SendResult):
                return
            if result.outcome is Outcome.ACCEPTED:
                dialog.show_test_result(self.tr("Test sent to {number}.").format(number=number))
            else:
                dialog.show_test_result(result.message)

        job.succeeded.connect(answered)
        job.failed.connect(lambda error: answered(None))
        job.start()

    def _send(self, campaign: Campaign) -> None:
        from smsgui.core.journal import JournalError

        client = self._client()
        if client is None:
            return
        try:
            campaign_id = self.window.journal.create_campaign(campaign, client.base_url)
        except JournalError as exc:
            client.close()
            self._warn(self.tr("Cannot send"), str(exc))
            return
        self._start_controller(client, campaign_id)

    def _start_controller(self, client: SmsAdvertClient, campaign_id: int) -> None:
        from smsgui.ui.sending import SendController

        controller = SendController(
            client,
            self.window.journal,
            campaign_id,
            self.window.preferences.get("concurrency"),
            self.window.preferences.get("rate"),
            self,
        )
        controller.progressed.connect(
            lambda progress: self.window.sending.show_progress(progress, controller.started)
        )
        controller.finished.connect(self._send_finished)
        self.controller = controller.start()
        self.window.sending.set_sending(True)
        self.window.statusBar().showMessage(
            self.tr("Sending campaign {id}…").format(id=campaign_id)
        )

    def toggle_pause(self) -> None:
        if self.controller is None:
            return
        sender = self.controller.sender
        if sender.paused:
            sender.resume()
            self.window.sending.pauseButton.setText(self.tr("&Pause"))
        else:
            sender.pause()
            self.window.sending.pauseButton.setText(self.tr("&Resume"))

    def cancel_send(self) -> None:
        if self.controller is not None:
            self.controller.sender.cancel()
            self.window.sending.cancelButton.setEnabled(False)

    def _send_finished(self, campaign_id: int, outcome: object) -> None:
        from smsgui.core.sender import Finish

        self.controller = None
        self.window.sending.set_sending(False)
        self.window.refresh_readiness()
        if self.closing:
            self.window.close()
            return
        if isinstance(outcome, Finish) and outcome.status == "stopped":
            self._warn(self.tr("Sending stopped"), outcome.message)
        elif not isinstance(outcome, Finish):
            self._warn(self.tr("Sending stopped"), self.tr("An unexpected error stopped sending."))
        self.window.statusBar().showMessage(
            self.tr("Campaign {id} done.").format(id=campaign_id), 10000
        )
        self.show_results(campaign_id)

    def show_results(self, campaign_id: int) -> ResultsDialog:
        from smsgui.ui.results import ResultsDialog

        dialog = ResultsDialog(self.window.journal, campaign_id, self.window)
        dialog.retryRequested.connect(self.retry_failed)
        dialog.finished.connect(dialog.deleteLater)
        self.results_dialog = dialog
        dialog.open()
        return dialog

    def retry_failed(self, campaign_id: int) -> None:
        self.window.journal.retry_failed(campaign_id)
        self.resume_campaign(campaign_id)

    def resume_campaign(self, campaign_id: int) -> None:
        if self.controller is not None:
            return
        client = self._client()
        if client is not None:
            self._start_controller(client, campaign_id)

    def offer_resume(self) -> QMessageBox | None:
        """At start: a campaign left unfinished is offered; uncertain numbers need a choice."""
        from smsgui.core.journal import JournalError

        try:
            unfinished = self.window.journal.unfinished()
        except JournalError as exc:  # said once at start; the contacts and message still work
            self._warn(self.tr("The journal cannot be opened"), str(exc))
            return None
        if not unfinished or self.controller is not None:
            return None
        record = unfinished[0]
        self.window.journal.recover(record.id)
        recipients = self.window.journal.recipients(record.id)
        uncertain = [r.phone for r in recipients if r.state == "uncertain"]
        pending = sum(r.state == "pending" for r in recipients)
        box = QMessageBox(self.window)
        box.setObjectName("resumeDialog")
        box.setWindowTitle(self.tr("Unfinished campaign"))
        text = self.tr(
            "Campaign {id} was interrupted: %Ln message(s) not sent yet.", "", pending
        ).format(id=record.id)
        if uncertain:
            text += "\n\n" + self.tr(
                "%Ln may or may not have been sent (the answer never came): {numbers}",
                "",
                len(uncertain),
            ).format(numbers=", ".join(uncertain[:10]))
            resend = box.addButton(
                self.tr("Send those again (may duplicate)"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Treat those as sent"), QMessageBox.ButtonRole.AcceptRole)
        else:
            resend = box.addButton(self.tr("Resume sending"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setText(text)

        def chosen() -> None:
            clicked = box.clickedButton()
            if clicked is later or clicked is None:
                return
            if uncertain:
                self.window.journal.resolve_uncertain(record.id, resend=clicked is resend)
            self.resume_campaign(record.id)

        box.finished.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.resume_box = box
        box.open()
        return box

    def choose_results_export(self) -> None:
        """File › Export results: the latest campaign's results to .xlsx or .csv."""
        from PySide6.QtWidgets import QFileDialog

        records = self.window.journal.campaigns()
        if not records:
            self.window.statusBar().showMessage(self.tr("No campaign has been sent yet."), 5000)
            return
        latest = records[0]
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export results"),
            f"campaign-{latest.id}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.export_results(latest.id, Path(path))

    def export_results(self, campaign_id: int, path: Path) -> Path | None:
        from smsgui.ui.results import write_results

        try:
            written = write_results(self.window.journal, campaign_id, path)
        except OSError as exc:
            self._warn(self.tr("Cannot export"), str(exc.strerror or exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Results saved to {name}.").format(name=written.name), 10000
        )
        return written

    def open_history(self) -> HistoryDialog:
        from smsgui.ui.results import HistoryDialog

        dialog = HistoryDialog(self.window.journal, self.window)
        dialog.openRequested.connect(self.show_results)
        dialog.duplicateRequested.connect(self._duplicate_campaign)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _duplicate_campaign(self, record: CampaignRecord) -> None:
        self.window.composer.load_template(record.text)
        own = record.channel == "own_devices"
        (
            self.window.delivery.ownDevicesRadio if own else self.window.delivery.networkRadio
        ).setChecked(True)
        self.window.delivery.failoverCheck.setChecked(bool(record.failover) and own)

    def _warn(self, title: str, text: str) -> None:
        warn(self.window, title, text, "warningBox")

    def ask_to_stop(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Messages are being sent"),
            self.tr(
                "Stop sending and close? The messages on their way are recorded first; "
                "the rest can be sent later (Campaign › History, or at the next start)."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("closeWhileSendingBox")

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes and self.controller is not None:
                self.closing = True
                self.controller.sender.cancel()  # _send_finished closes the window

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.close_box = box
        box.open()
