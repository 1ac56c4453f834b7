"""The command line: help, version, usage errors and the window's display check."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from smsgui import __version__


def smsgui(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run(
        [sys.executable, "-m", "smsgui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        stdin=subprocess.DEVNULL,
    )


def test_help_lists_the_commands() -> None:
    result = smsgui("--help")
    assert result.returncode == 0
    for word in ("simulator", "token", "--demo"):
        assert word in result.stdout


def test_version() -> None:
    result = smsgui("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_unknown_command_is_bad_usage_without_traceback() -> None:
    result = smsgui("fly")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display check is for X11/Wayland")
def test_window_without_a_display_says_so_in_one_line() -> None:
    result = smsgui("--demo", DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    assert result.returncode == 2
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr
