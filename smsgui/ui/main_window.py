"""The main window: composes the four steps, menus and status bar. No business logic."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsgui import __version__
from smsgui.core import paths
from smsgui.core.sheets import SUFFIXES
from smsgui.ui.composer import DEBOUNCE_ABOVE, ComposerPanel, number_range
from smsgui.ui.contacts import ContactsPanel
from smsgui.ui.delivery import DeliveryPanel
from smsgui.ui.icons import icon
from smsgui.ui.jobs import Job
from smsgui.ui.preferences import Preferences
from smsgui.ui.sending import SendPanel
from smsgui.ui.sending_flow import SendingFlow
from smsgui.ui.widgets import named

if TYPE_CHECKING:  # loaded on first use, so the window paints sooner
    from smsgui.core.campaign import Campaign, Recipient
    from smsgui.core.journal import Journal
    from smsgui.core.secrets import Status, TokenStore
    from smsgui.core.simulator import Simulator
    from smsgui.ui.do_not_contact import DoNotContactDialog
    from smsgui.ui.settings import SettingsDialog

log = logging.getLogger(__name__)

DEMO_TOKEN = "demo"
AFTER_START_MS = 300  # when no paint came first


def _recipients_of(found: object) -> object:
    from smsgui.core.campaign import recipients_from
    from smsgui.core.contacts import ContactList

    return recipients_from(found) if isinstance(found, ContactList) else ()


class MainWindow(QMainWindow):
    """Contacts → Message → When and how → Send, top to bottom and left to right."""

    modeKnown = Signal()  # the token was looked for: `demo` is now settled
    recipientsChanged = Signal()  # the composer and Send now know the imported recipients

    def __init__(
        self,
        demo: bool = False,
        token_store: TokenStore | None = None,
        preferences: Preferences | None = None,
        journal: Journal | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("smsgui")
        self._force_demo = demo
        self._store = token_store  # the keyring loads in the background (see check_token)
        self.mode_known = False
        self._mode_generation = 0
        self._token_job: Job | None = None
        self.preferences = preferences if preferences is not None else Preferences()
        self._simulator: Simulator | None = None  # started when demo mode first sends
        self._journal: Journal | None = journal
        self.demo = True
        self._settings_dialog: SettingsDialog | None = None

        self.demoBanner = named(QFrame(self), "demoBanner", self.tr("Demo mode"))
        self.demoBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.demoBanner.setAutoFillBackground(True)
        self.demoBanner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        banner_text = QLabel(
            self.tr(
                "<b>Demo mode.</b> Messages go to the built-in simulator: no real SMS is sent."
            ),
            self.demoBanner,
        )
        banner_text.setWordWrap(True)
        self.enterTokenButton = named(
            QPushButton(self.tr("Enter your API &token…"), self.demoBanner), "enterTokenButton"
        )
        self.enterTokenButton.clicked.connect(self.open_settings)
        banner_layout = QHBoxLayout(self.demoBanner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.enterTokenButton)

        self.contacts = ContactsPanel(self)
        self.contacts.region = self.preferences.default_country
        self.contacts.blocked_numbers = self._blocked_numbers
        self.contacts.contactsLoaded.connect(self._remember_file)
        self.contacts.doNotContactRequested.connect(self.add_do_not_contact)
        self.contacts.prepare = _recipients_of
        self.composer = ComposerPanel(self)
        self.composer.journal = lambda: self.journal
        self.delivery = DeliveryPanel(self)
        self.sending = SendPanel(self)
        self.flow = SendingFlow(self)
        self.sending.sendButton.clicked.connect(lambda: self.flow.confirm_send())
        self.sending.pauseButton.clicked.connect(self.flow.toggle_pause)
        self.sending.cancelButton.clicked.connect(self.flow.cancel_send)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.composer, 1)
        right_layout.addWidget(self.delivery)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "mainSplitter")
        self.splitter.addWidget(self.contacts)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.demoBanner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.sending)
        self.setCentralWidget(central)

        self.modeLabel = named(QLabel(self), "modeLabel", self.tr("Mode"))
        self.statusBar().addPermanentWidget(self.modeLabel)
        self._recipients: tuple[Recipient, ...] = ()
        self._recipients_generation = 0
        self._jobs: set[Job] = set()
        self._readiness = QTimer(self)
        self._readiness.setSingleShot(True)
        self._readiness.setInterval(300)
        self._readiness.timeout.connect(self.refresh_readiness)
        self.contacts.contactsChanged.connect(self._contacts_changed)
        self.contacts.contactsView.selectionModel().currentRowChanged.connect(self._preview_row)
        self.composer.messageChanged.connect(self._schedule_readiness)
        self.delivery.optionsChanged.connect(self._schedule_readiness)
        self._build_menus()
        self._apply_icons()
        self._set_tab_order()
        self._restore_geometry()
        self.setAcceptDrops(True)
        self._show_checking()
        self._started = False
        # The keyring, the journal and readiness wait for the first paint, so their imports
        # never hold the window back; a window never painted (hidden) starts them anyway.
        QTimer.singleShot(AFTER_START_MS, self._after_start)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.importAction = QAction(self.tr("&Import contacts…"), self)
        self.importAction.setShortcut(QKeySequence.StandardKey.Open)
        self.importAction.triggered.connect(self.contacts.choose_file)
        file_menu.addAction(self.importAction)
        self.recentMenu = file_menu.addMenu(self.tr("Open &recent"))
        self.recentMenu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.exportResultsAction = QAction(self.tr("&Export results…"), self)
        self.exportResultsAction.setShortcut(QKeySequence("Ctrl+E"))
        self.exportResultsAction.triggered.connect(self.flow.choose_results_export)
        file_menu.addAction(self.exportResultsAction)
        export_invalid = QAction(self.tr("Export &invalid rows…"), self)
        export_invalid.triggered.connect(self.contacts.choose_invalid_export)
        file_menu.addAction(export_invalid)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = QAction(self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.composer.messageEdit.undo)
        redo = QAction(self.tr("&Redo"), self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(self.composer.messageEdit.redo)
        self.replaceDiacriticsAction = QAction(self.tr("Replace &diacritics"), self)
        self.replaceDiacriticsAction.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.replaceDiacriticsAction.triggered.connect(self.composer.replace_diacritics)
        for action in (undo, redo, self.replaceDiacriticsAction):
            edit_menu.addAction(action)

        campaign_menu = self.menuBar().addMenu(self.tr("&Campaign"))
        self.sendAction = QAction(self.tr("&Send…"), self)
        self.sendAction.setShortcut(QKeySequence("Ctrl+Return"))
        self.sendAction.triggered.connect(lambda: self.flow.confirm_send())
        self.testSendAction = QAction(self.tr("Send a &test…"), self)
        self.testSendAction.setShortcut(QKeySequence("Ctrl+T"))
        self.testSendAction.triggered.connect(lambda: self.flow.confirm_send(test=True))
        for action in (self.testSendAction, self.sendAction):
            action.setEnabled(False)
            self.sending.readyChanged.connect(action.setEnabled)
            campaign_menu.addAction(action)
        self.historyAction = QAction(self.tr("&History…"), self)
        self.historyAction.setShortcut(QKeySequence("Ctrl+H"))
        self.historyAction.triggered.connect(self.flow.open_history)
        campaign_menu.addAction(self.historyAction)
        campaign_menu.addSeparator()
        self.doNotContactAction = QAction(self.tr("&Do-not-contact list…"), self)
        self.doNotContactAction.triggered.connect(self.open_do_not_contact)
        campaign_menu.addAction(self.doNotContactAction)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settingsAction = QAction(self.tr("&Settings…"), self)
        self.settingsAction.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settingsAction.triggered.connect(self.open_settings)
        settings_menu.addAction(self.settingsAction)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About smsgui"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _set_tab_order(self) -> None:
        """Tab follows the work: contacts, message, when and how, send."""
        path = [
            self.enterTokenButton,
            self.contacts.importButton,
            self.contacts.sampleButton,
            self.contacts.filterCombo,
            self.contacts.searchEdit,
            self.contacts.contactsView,
            self.composer.fieldButton,
            self.composer.templateButton,
            self.composer.replaceDiacriticsButton,
            self.composer.messageEdit,
            self.composer.plainFieldsCheck,
            self.delivery.sendNowRadio,
            self.delivery.scheduleRadio,
            self.delivery.startEdit,
            self.delivery.endCheck,
            self.delivery.endEdit,
            self.delivery.networkRadio,
            self.delivery.ownDevicesRadio,
            self.delivery.failoverCheck,
            self.delivery.callbackEdit,
            self.sending.sendButton,
            self.sending.pauseButton,
            self.sending.cancelButton,
        ]
        for first, second in zip(path, path[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _apply_icons(self) -> None:
        """Icons in the palette's text colour; again when the desktop switches light/dark."""
        self.setWindowIcon(icon("smsgui"))
        self.contacts.importButton.setIcon(icon("import"))
        self.importAction.setIcon(icon("import"))
        self.sending.sendButton.setIcon(icon("send"))
        self.sendAction.setIcon(icon("send"))
        self.settingsAction.setIcon(icon("settings"))
        self.historyAction.setIcon(icon("history"))
        self.contacts.exportInvalidButton.setIcon(icon("export"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_icons()
        super().changeEvent(event)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About smsgui"))
        box.setText(
            self.tr(
                "smsgui {version}\nSend SMS campaigns through smsadvert.\n\nData folder: {folder}"
            ).format(version=__version__, folder=paths.data_dir())
        )
        box.open()

    # -- the campaign being prepared -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._after_start)

    def _after_start(self) -> None:
        """What can wait until the window is on screen: the keyring, the journal, readiness."""
        if self._started:
            return
        self._started = True
        self.check_token()
        self.refresh_readiness()
        self.flow.offer_resume()

    def campaign(self) -> Campaign:
        """The campaign the window shows now."""
        from smsgui.core.campaign import Campaign

        return Campaign(
            self._recipients,
            self.composer.text(),
            plain_fields=self.composer.plain_fields(),
            **self.delivery.options(),
        )

    def _contacts_changed(self) -> None:
        """The recipients are rebuilt on a worker: for 100,000 rows it takes a moment."""
        from smsgui.core.campaign import recipients_from

        found = self.contacts.contact_list
        self._recipients_generation += 1
        generation = self._recipients_generation
        if found is None:
            self._recipients_ready(generation, ())
            return
        prepared_for, prepared = self.contacts.prepared
        self.contacts.prepared = (None, None)
        if prepared_for is found and isinstance(prepared, tuple):  # made during the import
            self._recipients_ready(generation, prepared)
            return
        job = Job(lambda _progress, _stop: recipients_from(found), self)
        job.succeeded.connect(lambda recipients: self._recipients_ready(generation, recipients))
        job.finished.connect(lambda: self._jobs.discard(job))
        self._jobs.add(job.start())

    def _recipients_ready(self, generation: int, recipients: tuple[Recipient, ...]) -> None:
        if generation != self._recipients_generation:
            return  # the contacts changed again meanwhile
        self._recipients = recipients
        self.composer.set_recipients(recipients)
        self.refresh_readiness()
        self.recipientsChanged.emit()

    def _preview_row(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        contact = self.contacts.model.contact(current.row())
        match = next((r for r in self._recipients if r.row == contact.row), None)
        self.composer.set_preview_recipient(match)

    def _schedule_readiness(self) -> None:
        if len(self._recipients) > DEBOUNCE_ABOVE:
            self._readiness.start()
        else:
            self.refresh_readiness()

    def refresh_readiness(self) -> None:
        """Enables Send only when the campaign has no problem, and says what it will do."""
        campaign = self.campaign()
        delivery_problems = self.delivery.problems()
        problems = list(dict.fromkeys(delivery_problems + campaign.validate()))
        self.sending.show_readiness(
            len(self._recipients), self.delivery.scheduleRadio.isChecked(), problems
        )
        self._show_steps(campaign, delivery_problems)

    def _show_steps(self, campaign: Campaign, delivery_problems: list[str]) -> None:
        """Each step's title says whether it is ready: "1 · Contacts — ✓ 1,204 recipients"."""
        count = len(self._recipients)
        self.contacts.setTitle(
            self.tr("1 · Contacts")
            + (" — ✓ " + self.tr("%Ln recipient(s)", "", count) if count else "")
        )
        stats = campaign.stats() if self.composer.text().strip() else None
        message_ok = stats is not None and not self.composer.messageProblems.text()
        if message_ok and stats is not None:
            parts = number_range(stats.min_parts, stats.max_parts)
            status = " — ✓ " + self.tr("{parts} SMS each").format(parts=parts)
        else:
            status = ""
        self.composer.setTitle(self.tr("2 · Message") + status)
        ready = "" if delivery_problems else " — ✓ " + self.delivery.describe()
        self.delivery.setTitle(self.tr("3 · When and how") + ready)

    # -- contacts ----------------------------------------------------------------------------

    def open_contacts(self, path: str | Path, *, ask: bool = True) -> None:
        """Imports a contacts file: shows the import dialog (unless `ask` is False), then loads."""
        self.contacts.open_file(Path(path), ask=ask)

    @staticmethod
    def contacts_sample_path() -> Path:
        from smsgui.ui.contacts import SAMPLE_CONTACTS

        return SAMPLE_CONTACTS

    def _remember_file(self, path: str) -> None:
        self.preferences.add_recent_file(path)

    def _fill_recent(self) -> None:
        self.recentMenu.clear()
        files = self.preferences.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recentMenu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_contacts(p))
        if not files:
            self.recentMenu.addAction(self.tr("(none yet)")).setEnabled(False)

    @property
    def journal(self) -> Journal:
        from smsgui.core.journal import Journal

        if self._journal is None:
            self._journal = Journal()
        return self._journal

    def _blocked_numbers(self) -> set[str]:
        from smsgui.core.journal import JournalError

        try:
            return self.journal.do_not_contact()
        except JournalError as exc:
            self.statusBar().showMessage(str(exc))
            return set()

    def add_do_not_contact(self, numbers: list[str]) -> None:
        added = self.journal.add_do_not_contact(numbers)
        self.contacts.reapply_do_not_contact()
        self.statusBar().showMessage(
            self.tr("%Ln number(s) added to the do-not-contact list.", "", added), 5000
        )

    def open_do_not_contact(self) -> DoNotContactDialog:
        from smsgui.ui.do_not_contact import DoNotContactDialog

        dialog = DoNotContactDialog(self.journal, self.preferences.default_country, self)
        dialog.listChanged.connect(self.contacts.reapply_do_not_contact)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_contacts(path)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SUFFIXES:
                return Path(url.toLocalFile())
        return None

    # -- mode and connection ---------------------------------------------------------------

    @property
    def store(self) -> TokenStore:
        if self._store is None:
            from smsgui.core.secrets import TokenStore

            self._store = TokenStore()
        return self._store

    def _read_token(self) -> tuple[str | None, Status | None, str]:
        """(token, where it is kept, a problem in words): asks the keyring, which may be slow."""
        from smsgui.core.secrets import TokenStoreError

        try:
            return self.store.get(), self.store.status(), ""
        except TokenStoreError as exc:
            return None, None, str(exc)

    def check_token(self) -> None:
        """Looks for the token off the GUI thread: the window paints before the keyring answers."""
        if self.mode_known:
            return  # a synchronous look (connection(), Settings) came first
        self._mode_generation += 1
        generation = self._mode_generation
        self._show_checking()
        job = Job(lambda _progress, _stop: self._read_token(), self)

        def known(found: tuple[str | None, Status | None, str]) -> None:
            if generation == self._mode_generation:  # no newer answer came meanwhile
                self._apply_mode(*found)

        job.succeeded.connect(known)
        job.failed.connect(lambda _error: known((None, None, "")))
        self._token_job = job.start()

    def _show_checking(self) -> None:
        self.demoBanner.setVisible(self._force_demo)
        self.enterTokenButton.setVisible(False)
        self.modeLabel.setText(self.tr("Looking for the API token…"))

    def refresh_mode(self) -> None:
        """Demo when forced or when no token is stored; says so in the banner and status bar."""
        self._mode_generation += 1
        self._apply_mode(*self._read_token())

    def _apply_mode(self, token: str | None, status: Status | None, problem: str) -> None:
        from smsgui.core.secrets import Where

        if problem:
            self.statusBar().showMessage(problem)
        self.mode_known = True
        self.demo = self._force_demo or token is None
        self.modeKnown.emit()
        self.demoBanner.setVisible(self.demo)
        self.enterTokenButton.setVisible(token is None)
        if self.demo:
            self.modeLabel.setText(self.tr("Demo mode: built-in simulator, no real SMS"))
        elif status is not None and status.where is Where.KEYRING:
            self.modeLabel.setText(self.tr("Real mode · token in the system keyring"))
        elif status is not None and status.where is Where.ENVIRONMENT:
            self.modeLabel.setText(self.tr("Real mode · token from SMSGUI_TOKEN"))
        else:
            self.modeLabel.setText(self.tr("Real mode · token kept for this session only"))

    def connection(self) -> tuple[str, str]:
        """(base URL, token) to send with: the simulator in demo mode, else the settings."""
        from smsgui.core import api
        from smsgui.core.secrets import TokenStoreError
        from smsgui.core.simulator import Simulator

        if not self.mode_known:
            self.refresh_mode()
        if self.demo:
            if self._simulator is None:
                self._simulator = Simulator().start()
            return self._simulator.url, DEMO_TOKEN
        token = self.store.get()
        if token is None:
            raise TokenStoreError(self.tr("No API token is stored."))
        return api.resolve_base_url(self.preferences.api_url), token

    @property
    def simulator(self) -> Simulator | None:
        return self._simulator

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Opens the Settings dialog without blocking the window; returns it."""
        from smsgui.ui.settings import SettingsDialog

        if self._settings_dialog is None:
            dialog = SettingsDialog(self.preferences, self.store, self)
            dialog.tokenChanged.connect(self.refresh_mode)
            dialog.finished.connect(self._settings_closed)
            self._settings_dialog = dialog
        self._settings_dialog.open()
        return self._settings_dialog

    def _settings_closed(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
            self._settings_dialog = None
        self.contacts.region = self.preferences.default_country
        self.refresh_mode()

    # -- geometry --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.preferences.get("window/geometry")
        if not (geometry and self.restoreGeometry(geometry)):
            self.resize(1100, 720)
        splitter = self.preferences.get("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.flow.sending:
            event.ignore()
            if not self.flow.closing:
                self.flow.ask_to_stop()
            return
        self._started = True  # nothing starts after this: no thread outlives the window
        self.preferences.set("window/geometry", self.saveGeometry())
        self.preferences.set("window/splitter", self.splitter.saveState())
        self.contacts.shutdown()
        for job in list(self._jobs):
            job.wait()
        if self._token_job is not None:
            self._token_job.wait()
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None
        super().closeEvent(event)
