"""The API token: in the OS keyring, in the environment, or for this session only.

The token is never written to a file by smsgui. Where the machine has no
secure store (a headless Linux with no Secret Service), `NoKeyring` says so
and the caller may keep the token in memory for the session; plaintext
stores such as keyrings.alt's are refused, never used.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from smsgui.core import logs, words
from smsgui.core.words import QT_TRANSLATE_NOOP

SERVICE = "smsgui"
USERNAME = "api-token"
TOKEN_ENV = "SMSGUI_TOKEN"

log = logging.getLogger(__name__)

NO_KEYRING_WORDS = QT_TRANSLATE_NOOP(
    "words",
    "This computer has no secure password store (keyring), so the API token "
    "cannot be saved. It can be kept for this session only and must be entered "
    "again next time.",
)


class NoKeyring(Exception):
    """No secure store is available on this machine."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(words.tr(NO_KEYRING_WORDS))
        self.detail = detail


class TokenStoreError(Exception):
    """The keyring is there but refused (locked, dismissed, broken); plain words."""


class Where(Enum):
    ENVIRONMENT = "environment"
    SESSION = "session"
    KEYRING = "keyring"
    NOWHERE = "nowhere"


@dataclass(frozen=True)
class Status:
    where: Where
    keyring_name: str | None  # None when no secure store exists

    def describe(self) -> str:
        if self.where is Where.ENVIRONMENT:
            return words.tr("The API token comes from the {variable} environment variable.").format(
                variable=TOKEN_ENV
            )
        if self.where is Where.SESSION:
            return words.tr("The API token is kept in memory for this session only.")
        if self.where is Where.KEYRING:
            return words.tr("The API token is stored in the system keyring ({keyring}).").format(
                keyring=self.keyring_name
            )
        if self.keyring_name is None:
            return words.tr(
                "No API token is stored, and this computer has no secure password store."
            )
        return words.tr(
            "No API token is stored (it would go to the system keyring: {keyring})."
        ).format(keyring=self.keyring_name)


def _is_secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def secure_backend(backend: KeyringBackend | None = None) -> KeyringBackend | None:
    """The keyring to use, or None when only an insecure or failing one exists."""
    chosen = backend if backend is not None else keyring.get_keyring()
    if isinstance(chosen, chainer.ChainerBackend):
        usable = [b for b in chosen.backends if _is_secure(b)]
        return usable[0] if usable else None
    return chosen if _is_secure(chosen) else None


def _backend_name(backend: KeyringBackend) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


class TokenStore:
    """Where the token is read from and written to. `get()` order: env, session, keyring."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._backend = backend
        self._resolved = False
        self._secure: KeyringBackend | None = None
        self._environ = environ if environ is not None else os.environ
        self._session: str | None = None

    def _keyring(self) -> KeyringBackend | None:
        if not self._resolved:
            self._secure = secure_backend(self._backend)
            self._resolved = True
        return self._secure

    @property
    def keyring_available(self) -> bool:
        return self._keyring() is not None

    def _env_token(self) -> str | None:
        token = self._environ.get(TOKEN_ENV, "").strip()
        return token or None

    def _read_keyring(self) -> str | None:
        backend = self._keyring()
        if backend is None:
            return None
        try:
            token = backend.get_password(SERVICE, USERNAME)
        except keyring.errors.KeyringError as exc:
            _log_keyring_error(exc)
            raise TokenStoreError(
                words.tr("The system keyring could not be read; it may be locked.")
            ) from None
        return token or None

    def get(self) -> str | None:
        """The token in force, or None (demo mode)."""
        token = self._env_token() or self._session or self._read_keyring()
        logs.register_secret(token)
        return token

    def status(self) -> Status:
        backend = self._keyring()
        name = _backend_name(backend) if backend is not None else None
        if self._env_token():
            where = Where.ENVIRONMENT
        elif self._session:
            where = Where.SESSION
        elif self._read_keyring():
            where = Where.KEYRING
        else:
            where = Where.NOWHERE
        return Status(where, name)

    def set(self, token: str, *, session_only: bool = False) -> Where:
        """Stores the token; raises `NoKeyring` when asked to save and nothing secure exists."""
        token = token.strip()
        if not token:
            raise ValueError(words.tr("The token is empty."))
        logs.register_secret(token)
        if session_only:
            self._session = token
            return Where.SESSION
        backend = self._keyring()
        if backend is None:
            raise NoKeyring()
        try:
            backend.set_password(SERVICE, USERNAME, token)
        except keyring.errors.KeyringError as exc:
            _log_keyring_error(exc)
            raise TokenStoreError(
                words.tr("The system keyring refused to store the token; it may be locked.")
            ) from None
        self._session = None
        return Where.KEYRING

    def clear(self) -> None:
        """Forgets the session token and deletes the stored one (the environment stays)."""
        self._session = None
        backend = self._keyring()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, USERNAME)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored
        except keyring.errors.KeyringError as exc:
            _log_keyring_error(exc)
            raise TokenStoreError(
                words.tr("The system keyring refused to delete the token; it may be locked.")
            ) from None


def _log_keyring_error(exc: BaseException) -> None:
    """Logs what the backend said (the log filter masks secrets); the user sees plain words."""
    log.warning("keyring: %s: %s", type(exc).__name__, exc)
