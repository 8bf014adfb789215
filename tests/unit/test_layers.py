"""The core never imports Qt: everything outside musdesk.ui and musdesk.app stays Qt-free."""

from __future__ import annotations

import json
import subprocess
import sys

QT_FREE_CHECK = """
import importlib, json, pkgutil, sys
import musdesk
offenders = []
names = sorted(
    m.name for m in pkgutil.walk_packages(musdesk.__path__, "musdesk.")
    if not (m.name.startswith("musdesk.ui") or m.name == "musdesk.app"
            or m.name == "musdesk.__main__")
)
for name in names:
    importlib.import_module(name)
    if any(mod == "PySide6" or mod.startswith("PySide6.") for mod in sys.modules):
        offenders.append(name)
        break
print(json.dumps({"checked": names, "offenders": offenders}))
"""


def test_core_modules_do_not_import_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", QT_FREE_CHECK], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "musdesk.storage.workspace" in report["checked"]
    assert report["offenders"] == [], f"Qt imported by {report['offenders']}"


def test_cli_without_gui_does_not_import_qt() -> None:
    code = (
        "import sys; from musdesk.cli import main; main(['--help'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code + "\n"], capture_output=True, text=True
    )
    assert result.returncode == 0
    code = (
        "import sys\nfrom musdesk.cli import build_parser\nbuild_parser()\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr

