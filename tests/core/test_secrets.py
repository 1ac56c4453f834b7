"""The token in the keyring: a real Secret Service where one can start, in-memory otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from smsgui.core.secrets import (
    SERVICE,
    USERNAME,
    NoKeyring,
    TokenStore,
    Where,
    secure_backend,
)
from tests.conftest import MemoryKeyring

TOKEN = "tok-8c1d2e7f55"


def test_token_is_stored_read_and_cleared_in_memory_keyring(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    assert store.get() is None
    assert store.set(f"  {TOKEN}\n") is Where.KEYRING
    assert memory_keyring.passwords == {(SERVICE, USERNAME): TOKEN}
    assert TokenStore().get() == TOKEN
    assert TokenStore().status().where is Where.KEYRING
    store.clear()
    assert TokenStore().get() is None
    store.clear()  # clearing twice is fine


def test_environment_token_wins(memory_keyring: MemoryKeyring) -> None:
    TokenStore().set(TOKEN)
    store = TokenStore(environ={"SMSGUI_TOKEN": "from-env"})
    assert store.get() == "from-env"
    assert store.status().where is Where.ENVIRONMENT


def test_status_never_contains_the_token(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set(TOKEN)
    status = store.status()
    assert TOKEN not in status.describe()
    assert "keyring" in status.describe()


def test_without_any_keyring_setting_refuses_and_session_only_works() -> None:
    store = TokenStore(backend=fail.Keyring())
    assert not store.keyring_available
    with pytest.raises(NoKeyring) as refused:
        store.set(TOKEN)
    assert "secure password store" in str(refused.value)
    assert TOKEN not in str(refused.value)
    assert store.get() is None
    assert store.set(TOKEN, session_only=True) is Where.SESSION
    assert store.get() == TOKEN
    assert store.status().where is Where.SESSION
    assert TokenStore(backend=fail.Keyring()).get() is None  # nothing was kept anywhere


def test_plaintext_stores_are_never_used() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert secure_backend(PlaintextKeyring()) is None
    with pytest.raises(NoKeyring):
        TokenStore(backend=PlaintextKeyring()).set(TOKEN)


def test_token_survives_in_the_real_secret_service(secret_service: KeyringBackend) -> None:
    store = TokenStore()
    assert store.status().where is Where.NOWHERE
    store.set(TOKEN)
    assert keyring.get_password(SERVICE, USERNAME) == TOKEN
    fresh = TokenStore()
    assert fresh.get() == TOKEN
    status = fresh.status()
    assert status.where is Where.KEYRING
    assert "SecretService" in (status.keyring_name or "") or "Secret" in status.describe()
    fresh.clear()
    assert keyring.get_password(SERVICE, USERNAME) is None


def _cli(args: list[str], stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ) | env
    return subprocess.run(
        [sys.executable, "-m", "smsgui", "token", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
    )


def test_token_commands_use_the_keyring_and_never_print_the_token(
    secret_service: KeyringBackend,
) -> None:
    bus = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    stored = _cli(["set"], TOKEN + "\n", DBUS_SESSION_BUS_ADDRESS=bus)
    assert stored.returncode == 0, stored.stderr
    assert keyring.get_password(SERVICE, USERNAME) == TOKEN
    status = _cli(["status"], DBUS_SESSION_BUS_ADDRESS=bus)
    assert status.returncode == 0
    assert "system keyring" in status.stdout
    cleared = _cli(["clear"], DBUS_SESSION_BUS_ADDRESS=bus)
    assert cleared.returncode == 0
    assert keyring.get_password(SERVICE, USERNAME) is None
    for result in (stored, status, cleared):
        assert TOKEN not in result.stdout + result.stderr


def test_token_set_never_takes_the_token_from_arguments() -> None:
    result = _cli(["set", TOKEN])
    assert result.returncode == 2


def test_token_set_without_a_keyring_says_so_plainly() -> None:
    result = _cli(["set"], TOKEN, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 1
    assert "no secure password store" in result.stderr
    assert "Traceback" not in result.stderr
    status = _cli(["status", "--json"], PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert '"where": "nowhere"' in status.stdout


def test_token_set_with_empty_input_is_bad_usage() -> None:
    result = _cli(["set"], "\n", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 2
    assert "No token" in result.stderr
