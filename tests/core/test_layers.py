"""`smsgui/core` never imports Qt: checked by importing every module in a clean process."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import smsgui.core

QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
CORE = Path(smsgui.core.__file__).parent


def core_modules() -> list[str]:
    return [f"smsgui.core.{m.name}" for m in pkgutil.iter_modules([str(CORE)])]


def test_core_has_the_modules_this_test_walks() -> None:
    assert {"smsgui.core.api", "smsgui.core.simulator", "smsgui.core.secrets"} <= set(
        core_modules()
    )


def test_no_core_module_imports_qt_in_its_source() -> None:
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(QT), f"{path.name} imports {name}"


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        f"print([m for m in sys.modules if m.startswith({QT!r})])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
