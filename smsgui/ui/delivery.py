"""When and through what the message goes: send now or schedule, channel, fallback, reports."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smsgui.ui.widgets import named


def _tomorrow_at_ten() -> QDateTime:
    tomorrow = QDateTime.currentDateTime().addDays(1)
    tomorrow.setTime(QTime(10, 0))
    return tomorrow


class DeliveryPanel(QGroupBox):
    """Step 3: when and how."""

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
        self.startEdit.setDisplayFormat(f"yyyy-MM-dd HH:mm '{zone}'")
        self.endCheck = named(QCheckBox(self.tr("Stop sending &after"), self), "endCheck")
        self.endEdit = named(
            QDateTimeEdit(_tomorrow_at_ten().addSecs(4 * 3600), self), "endEdit", self.tr("End")
        )
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(f"yyyy-MM-dd HH:mm '{zone}'")

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
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        for signal in (
            self.scheduleRadio.toggled,
            self.endCheck.toggled,
            self.ownDevicesRadio.toggled,
        ):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        scheduled = self.scheduleRadio.isChecked()
        self.startEdit.setEnabled(scheduled)
        self.endCheck.setEnabled(scheduled)
        self.endEdit.setEnabled(scheduled and self.endCheck.isChecked())
        own = self.ownDevicesRadio.isChecked()
        self.failoverCheck.setEnabled(own)
        if not own:
            self.failoverCheck.setChecked(False)
