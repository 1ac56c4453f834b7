"""When and through what the message goes: send now or schedule, channel, fallback, reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import contract
from smsgui.ui.translations import date_time_format
from smsgui.ui.widgets import named, show_text


def to_utc(moment: QDateTime) -> dt.datetime:
    """A QDateTime (local, or in any zone) as an aware UTC datetime, to the millisecond."""
    ms = moment.toMSecsSinceEpoch()
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms)


def _tomorrow_at_ten() -> QDateTime:
    tomorrow = QDateTime.currentDateTime().addDays(1)
    tomorrow.setTime(QTime(10, 0))
    return tomorrow


class DeliveryPanel(QGroupBox):
    """Step 3: when and how."""

    optionsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("3 · When and how"), parent)
        self.setObjectName("deliveryPanel")
        self.sendNowRadio = named(QRadioButton(self.tr("Send &now"), self), "sendNowRadio")
        self.scheduleRadio = named(QRadioButton(self.tr("Sc&hedule"), self), "scheduleRadio")
        when = QButtonGroup(self)
        when.addButton(self.sendNowRadio)
        when.addButton(self.scheduleRadio)
        self.sendNowRadio.setChecked(True)

        zone = QDateTime.currentDateTime().timeZoneAbbreviation()
        self.startEdit = named(
            QDateTimeEdit(_tomorrow_at_ten(), self), "startEdit", self.tr("Start")
        )
        self.startEdit.setCalendarPopup(True)
        shown = f"{date_time_format()} '{zone}'"
        self.startEdit.setDisplayFormat(shown)
        self.endCheck = named(QCheckBox(self.tr("Stop sending &after"), self), "endCheck")
        self.endEdit = named(
            QDateTimeEdit(_tomorrow_at_ten().addSecs(4 * 3600), self), "endEdit", self.tr("End")
        )
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(shown)

        self.networkRadio = named(QRadioButton(self.tr("smsadvert &network"), self), "networkRadio")
        self.ownDevicesRadio = named(QRadioButton(self.tr("&My phones"), self), "ownDevicesRadio")
        channel = QButtonGroup(self)
        channel.addButton(self.networkRadio)
        channel.addButton(self.ownDevicesRadio)
        self.networkRadio.setChecked(True)
        self.failoverCheck = named(
            QCheckBox(self.tr("If my phones cannot send, use the smsadvert network"), self),
            "failoverCheck",
        )
        self.callbackEdit = named(
            QLineEdit(self), "callbackEdit", self.tr("Delivery report address")
        )
        self.callbackEdit.setPlaceholderText(
            self.tr("Optional: https://… to receive delivery reports")
        )

        when_row = QHBoxLayout()
        when_row.addWidget(self.sendNowRadio)
        when_row.addWidget(self.scheduleRadio)
        when_row.addWidget(self.startEdit, 1)
        end_row = QHBoxLayout()
        end_row.addWidget(self.endCheck)
        end_row.addWidget(self.endEdit, 1)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.networkRadio)
        channel_row.addWidget(self.ownDevicesRadio)
        channel_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("When:"), when_row)
        form.addRow("", end_row)
        form.addRow(self.tr("Through:"), channel_row)
        form.addRow("", self.failoverCheck)
        form.addRow(self.tr("Reports:"), self.callbackEdit)
        self.deliveryProblems = named(
            QLabel(self), "deliveryProblems", self.tr("Delivery problems")
        )
        self.deliveryProblems.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.deliveryProblems)

        for signal in (
            self.scheduleRadio.toggled,
            self.endCheck.toggled,
            self.ownDevicesRadio.toggled,
            self.failoverCheck.toggled,
            self.startEdit.dateTimeChanged,
            self.endEdit.dateTimeChanged,
            self.callbackEdit.textChanged,
        ):
            signal.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self._update_enabled()
        show_text(self.deliveryProblems, "\n".join(self.problems()))
        self.optionsChanged.emit()

    def problems(self, now: dt.datetime | None = None) -> list[str]:
        """What is wrong with the choices, shown under them; Send waits until it is empty."""
        now = now or dt.datetime.now(dt.UTC)
        found = []
        scheduled = self.scheduleRadio.isChecked()
        if self.endCheck.isChecked() and not scheduled:
            found.append(
                self.tr("A stop time only applies to a scheduled campaign: choose Schedule.")
            )
        if scheduled:
            start = to_utc(self.startEdit.dateTime())
            if start <= now:
                found.append(self.tr("The start time is in the past."))
            if self.endCheck.isChecked() and to_utc(self.endEdit.dateTime()) <= start:
                found.append(self.tr("The stop time comes before the start."))
        callback = self.callbackEdit.text().strip()
        if callback and not contract.is_http_url(callback):
            found.append(self.tr("The report address must start with http:// or https://."))
        return found

    def options(self) -> dict[str, Any]:
        """The campaign options these widgets say: channel, failover, start, end, callback."""
        from smsgui.core.campaign import Channel  # loads after the window has painted

        scheduled = self.scheduleRadio.isChecked()
        own = self.ownDevicesRadio.isChecked()
        return {
            "channel": Channel.OWN_DEVICES if own else Channel.NETWORK,
            "failover": own and self.failoverCheck.isChecked(),
            "start": to_utc(self.startEdit.dateTime()) if scheduled else None,
            "end": to_utc(self.endEdit.dateTime())
            if scheduled and self.endCheck.isChecked()
            else None,
            "callback": self.callbackEdit.text().strip() or None,
        }

    def describe(self) -> str:
        """In words, for the confirmation and the step's status: "Tomorrow 10:00, my phones"."""
        if self.scheduleRadio.isChecked():
            start = self.startEdit.dateTime()
            days = QDateTime.currentDateTime().date().daysTo(start.date())
            locale = QLocale()
            clock = locale.toString(start.time(), QLocale.FormatType.ShortFormat)
            if days == 0:
                when = self.tr("Today {time}").format(time=clock)
            elif days == 1:
                when = self.tr("Tomorrow {time}").format(time=clock)
            else:
                when = locale.toString(start, date_time_format())
        else:
            when = self.tr("Now")
        if self.ownDevicesRadio.isChecked():
            how = self.tr("my phones")
            if self.failoverCheck.isChecked():
                how += self.tr(" with fallback")
        else:
            how = self.tr("smsadvert network")
        return f"{when}, {how}"

    def _update_enabled(self) -> None:
        scheduled = self.scheduleRadio.isChecked()
        self.startEdit.setEnabled(scheduled)
        self.endEdit.setEnabled(self.endCheck.isChecked())
        own = self.ownDevicesRadio.isChecked()
        self.failoverCheck.setEnabled(own)
        if not own and self.failoverCheck.isChecked():
            self.failoverCheck.blockSignals(True)
            self.failoverCheck.setChecked(False)
            self.failoverCheck.blockSignals(False)
