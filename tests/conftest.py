"""Every test gets its own data folder and an in-memory keyring; nothing touches the user's."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from smsgui.core import logs, words

# CI explores the same examples on every run, so a landing never hangs on a lucky draw;
# locally, hypothesis keeps looking for new counter-examples.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Tests run offscreen on a 1600×1000 screen (the plugin's default is 800×800, smaller
# than a laptop): set before pytest-qt creates the QApplication.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not stored")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data folder, home and keyring per test; no token from the environment."""
    data = tmp_path / "data"
    monkeypatch.setenv("SMSGUI_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    for name in ("SMSGUI_TOKEN", "SMSGUI_API_URL", "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield data
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture
def simulator() -> Iterator[Simulator]:  # noqa: F821
    from smsgui.core.simulator import Simulator

    with Simulator(callback_delay=0.05, seed=1) as sim:
        yield sim


@pytest.fixture(autouse=True)
def _forget_secrets() -> Iterator[None]:
    yield
    with logs._lock:
        logs._secrets.clear()


@pytest.fixture(autouse=True)
def _window_language(request: pytest.FixtureRequest) -> Iterator[None]:
    """Window tests speak English as the window does (plurals, "1,204"); core's stay plain."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from smsgui.ui import translations

    translations.install(request.getfixturevalue("qapp"), "en")
    yield
    words.use(None)


@pytest.fixture(scope="session")
def _secret_service_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """A private D-Bus session with an unlocked gnome-keyring, or None where none can start."""
    import os
    import shutil
    import subprocess

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        yield None
        return
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = tmp_path_factory.mktemp("keyring-runtime")
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # An empty password leaves no default collection; any other unlocks without a prompt.
    script = (
        "printf 'smsgui-tests' | gnome-keyring-daemon --unlock --components=secrets"
        " --daemonize >/dev/null"
        ' && echo "$DBUS_SESSION_BUS_ADDRESS" && exec cat'
    )
    session = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert session.stdout is not None and session.stdin is not None
    address = session.stdout.readline().strip()
    try:
        yield address or None
    finally:
        session.stdin.close()
        try:
            session.wait(timeout=10)
        except subprocess.TimeoutExpired:
            session.kill()


@pytest.fixture
def secret_service(
    _secret_service_bus: str | None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[KeyringBackend]:
    """The real Secret Service backend (gnome-keyring), skipped only where none can start."""
    if _secret_service_bus is None:
        pytest.skip("no gnome-keyring or dbus-run-session on this machine")
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", _secret_service_bus)
    backend = SecretService.Keyring()
    assert backend.priority > 0, "the Secret Service did not start"
    keyring.set_keyring(backend)
    yield backend
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password("smsgui", "api-token")
