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



# --- the UI and the CLI get plain data from services, never models or queries -----------
ALLOWED_MODEL_MODULES = {"musdesk.models.enums"}  # the vocabularies (and their labels)
FORBIDDEN_ROOTS = ("peewee", "playhouse")


def _imports(path) -> list[tuple[int, str]]:  # noqa: ANN001
    """(line, module) of every import in a file, including `from musdesk.models import X`
    as musdesk.models.X and imports inside functions."""
    import ast

    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def layer_violations(root) -> list[str]:  # noqa: ANN001
    """Imports of musdesk.models (other than the vocabularies) or Peewee in ui/ and
    commands/ (and cli.py)."""
    files = [*sorted((root / "ui").rglob("*.py")), *sorted((root / "commands").rglob("*.py")),
             root / "cli.py"]
    bad: list[str] = []
    for path in files:
        for line, module in _imports(path):
            if module.split(".")[0] in FORBIDDEN_ROOTS or (
                    (module == "musdesk.models" or module.startswith("musdesk.models."))
                    and not any(module == ok or module.startswith(ok + ".")
                                for ok in ALLOWED_MODEL_MODULES)):
                bad.append(f"{path.relative_to(root)}:{line}: {module}")
    return bad


def test_ui_and_commands_do_not_import_models_or_peewee() -> None:
    from pathlib import Path

    import musdesk

    root = Path(musdesk.__file__).resolve().parent
    assert layer_violations(root) == []


def test_the_layer_check_catches_a_model_import(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "ui").mkdir()
    (tmp_path / "commands").mkdir()
    (tmp_path / "ui" / "a.py").write_text(
        "from musdesk.models import enums\nfrom musdesk.models import Conversation\n")
    (tmp_path / "commands" / "b.py").write_text(
        "def f():\n    import peewee\n    from musdesk.models.base import database_proxy\n")
    (tmp_path / "cli.py").write_text("import musdesk.models.enums\n")
    assert layer_violations(tmp_path) == [
        "ui/a.py:2: musdesk.models.Conversation",
        "commands/b.py:2: peewee",
        "commands/b.py:3: musdesk.models.base.database_proxy",
    ]
