"""The Settings dialog: API token (kept in the keyring), default country, API address."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsgui.core import api
from smsgui.core.secrets import NoKeyring, TokenStore, TokenStoreError, Where
from smsgui.ui.preferences import Preferences


def country_choices() -> list[tuple[str, str]]:
    """(region code, "Country name (+code)") for every region phonenumbers knows, by name."""
    choices = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(region)
        name = QLocale.territoryToString(territory) if territory != QLocale.AnyTerritory else region
        code = phonenumbers.country_code_for_region(region)
        choices.append((region, f"{name} (+{code})"))
    return sorted(choices, key=lambda choice: choice[1].casefold())


class SettingsDialog(QDialog):
    """Edits the preferences; the token goes to the keyring, never to QSettings."""

    tokenChanged = Signal()

    def __init__(
        self, preferences: Preferences, token_store: TokenStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._preferences = preferences
        self._store = token_store

        self.tokenEdit = QLineEdit(self)
        self.tokenEdit.setObjectName("tokenEdit")
        self.tokenEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tokenEdit.setAccessibleName(self.tr("API token"))
        self.tokenEdit.setPlaceholderText(self.tr("Paste the token from your smsadvert account"))
        self.clearTokenButton = QPushButton(self.tr("&Forget token"), self)
        self.clearTokenButton.setObjectName("clearTokenButton")
        self.clearTokenButton.clicked.connect(self._forget_token)
        self.tokenStatus = QLabel(self)
        self.tokenStatus.setObjectName("tokenStatus")
        self.tokenStatus.setWordWrap(True)

        self.countryCombo = QComboBox(self)
        self.countryCombo.setObjectName("countryCombo")
        self.countryCombo.setAccessibleName(self.tr("Default country for phone numbers"))
        for region, label in country_choices():
            self.countryCombo.addItem(label, region)
        index = self.countryCombo.findData(preferences.default_country)
        self.countryCombo.setCurrentIndex(max(index, 0))

        self.concurrencySpin = QSpinBox(self)
        self.concurrencySpin.setObjectName("concurrencySpin")
        self.concurrencySpin.setAccessibleName(self.tr("Messages sent at the same time"))
        self.concurrencySpin.setRange(1, 16)
        self.concurrencySpin.setValue(int(preferences.get("concurrency")))

        from smsgui.ui.translations import LANGUAGES

        self.languageCombo = QComboBox(self)
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.setAccessibleName(self.tr("Language"))
        self.languageCombo.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.languageCombo.addItem(name, code)
        index = self.languageCombo.findData(str(preferences.get("language")))
        self.languageCombo.setCurrentIndex(max(index, 0))

        self.apiUrlEdit = QLineEdit(preferences.api_url, self)
        self.apiUrlEdit.setObjectName("apiUrlEdit")
        self.apiUrlEdit.setAccessibleName(self.tr("API address"))
        self.apiUrlEdit.setPlaceholderText(api.DEFAULT_BASE_URL)
        self.apiUrlError = QLabel(self)
        self.apiUrlError.setObjectName("apiUrlError")
        self.apiUrlError.setWordWrap(True)
        self.apiUrlError.hide()

        token_row = QHBoxLayout()
        token_row.addWidget(self.tokenEdit, 1)
        token_row.addWidget(self.clearTokenButton)
        form = QFormLayout()
        form.addRow(self.tr("API &token:"), token_row)
        form.addRow("", self.tokenStatus)
        form.addRow(self.tr("Default &country:"), self.countryCombo)
        form.addRow(self.tr("Requests at the same &time:"), self.concurrencySpin)
        form.addRow(self.tr("&Language (from the next start):"), self.languageCombo)
        form.addRow(self.tr("API &address:"), self.apiUrlEdit)
        form.addRow("", self.apiUrlError)
        for label_widget in (
            form.labelForField(self.countryCombo),
            form.labelForField(self.apiUrlEdit),
        ):
            if isinstance(label_widget, QLabel):
                label_widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._show_token_status()

    def _show_token_status(self) -> None:
        try:
            status = self._store.status()
        except TokenStoreError as exc:
            self.tokenStatus.setText(str(exc))
            return
        self.tokenStatus.setText(status.describe())
        self.clearTokenButton.setEnabled(status.where in (Where.KEYRING, Where.SESSION))

    def _forget_token(self) -> None:
        try:
            self._store.clear()
        except TokenStoreError as exc:
            QMessageBox.warning(self, self.tr("Token"), str(exc))
        self._show_token_status()
        self.tokenChanged.emit()

    def accept(self) -> None:
        url = self.apiUrlEdit.text().strip()
        if url:
            try:
                url = api.check_base_url(url)
            except api.InsecureURL as exc:
                self.apiUrlError.setText(str(exc))
                self.apiUrlError.show()
                self.apiUrlEdit.setFocus()
                return
        self.apiUrlError.hide()
        token = self.tokenEdit.text().strip()
        if token and not self._store_token(token):
            return
        self._preferences.set("api_url", url)
        self._preferences.set("default_country", self.countryCombo.currentData())
        self._preferences.set("concurrency", self.concurrencySpin.value())
        self._preferences.set("language", self.languageCombo.currentData())
        super().accept()

    def _store_token(self, token: str) -> bool:
        """True when the token is kept somewhere; the user decides when nothing is secure."""
        try:
            self._store.set(token)
        except NoKeyring as exc:
            answer = QMessageBox.question(
                self,
                self.tr("No secure password store"),
                str(exc) + "\n\n" + self.tr("Keep the token for this session only?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self._store.set(token, session_only=True)
        except TokenStoreError as exc:
            QMessageBox.warning(self, self.tr("Token"), str(exc))
            return False
        self.tokenEdit.clear()
        self.tokenChanged.emit()
        return True
