"""Write transactions begin IMMEDIATE everywhere (issue 14): a DEFERRED write fails at once
with "database is locked" when a worker thread writes, instead of waiting. The one way is
storage/transactions.write_transaction (services.common.atomic); any other `.atomic(...)`
in the program names IMMEDIATE, or is a read that writes nothing (listed here)."""

from __future__ import annotations

import ast
from pathlib import Path

import musdesk

ROOT = Path(musdesk.__file__).resolve().parent
# `.atomic()` / BEGIN without IMMEDIATE that writes nothing, or runs before any other
# connection exists: a package export's one consistent read; a backup's read snapshot
# around its check and copy; a migration (run inside `open`, alone).
READS_ONLY = {"interchange/package_export.py", "storage/backups.py",
              "migrations/0006_meetings_per_day.py"}


def deferred_transactions(root: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name == "storage/transactions.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("atomic", "transaction")):
                continue
            values = [*node.args, *(k.value for k in node.keywords)]
            immediate = any(isinstance(v, ast.Constant) and v.value == "IMMEDIATE"
                            for v in values)
            if not immediate and name not in READS_ONLY:
                found.append(f"{name}:{node.lineno}")
        text = path.read_text(encoding="utf-8")
        if ('execute("BEGIN")' in text or "execute('BEGIN')" in text) and name not in READS_ONLY:
            found.append(f"{name}: BEGIN (deferred)")
    return found


def test_every_write_transaction_begins_immediate() -> None:
    assert deferred_transactions(ROOT) == []


def test_the_check_finds_a_deferred_transaction(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "def f(db):\n    with db.atomic():\n        pass\n"
        "    with db.atomic('IMMEDIATE'):\n        pass\n"
        "    with db.atomic(lock_type='IMMEDIATE'):\n        pass\n")
    assert deferred_transactions(tmp_path) == ["a.py:2"]
