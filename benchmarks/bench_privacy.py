"""Erasing one employee from a large workspace: the database (rows, VACUUM, checkpoints)
and every backup rewritten; the access export of one person; a restore.

Sizes: 2,000 employees over 3 years (the generator's data), 3 backups. No target is fixed
by the issue; the figures show what a consultant waits for (the UI runs them on a worker
with a progress dialog).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.generate_large import PASSPHRASE, generate_large
from musdesk.storage import Workspace

EMPLOYEES = 2_000
YEARS = 3


def main() -> dict[str, float]:
    from musdesk.documents.privacy_access import write_access_export
    from musdesk.models import Conversation
    from musdesk.services import privacy_erase, privacy_restore

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        generated = generate_large(folder, EMPLOYEES, YEARS)
        workspace = Workspace.open(folder, passphrase=PASSPHRASE)
        try:
            workspace.take_backup()
            workspace.take_backup()
            backups = len(workspace.list_backups())
            person = str(Conversation.select().first().employee_id)
            started = time.perf_counter()
            write_access_export(person, Path(tmp) / "access")
            access = time.perf_counter() - started
            started = time.perf_counter()
            preview = privacy_erase.preview_erasure(workspace, "employee", person)
            previewed = time.perf_counter() - started
            started = time.perf_counter()
            privacy_erase.erase(workspace, "employee", person)
            erased = time.perf_counter() - started
            started = time.perf_counter()
            privacy_restore.restore_backup(workspace, workspace.list_backups()[-1])
            restored = time.perf_counter() - started
        finally:
            workspace.lock()
    figures = {
        "employees": EMPLOYEES,
        "database_bytes": generated["database_bytes"],
        "backups": backups,
        "rows_of_the_person": sum(count for _table, count in preview.counts),
        "access_export_s": round(access, 2),
        "erase_preview_s": round(previewed, 3),
        "erase_with_backups_s": round(erased, 2),
        "restore_with_reerase_s": round(restored, 2),
    }
    for key, value in figures.items():
        print(f"   {key}: {value}")
    return figures
