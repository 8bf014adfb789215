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


class _timed:  # noqa: N801 (a context manager used as a noun)
    """Wall and CPU seconds of a block (the machine is shared: CPU seconds compare better)."""

    def __enter__(self) -> _timed:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def figures(self, name: str) -> dict[str, float]:
        return {f"{name}_s": round(self.wall, 3), f"{name}_cpu_s": round(self.cpu, 3)}


def main() -> dict[str, object]:
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
            with _timed() as access:
                write_access_export(person, Path(tmp) / "access")
            with _timed() as previewed:
                preview = privacy_erase.preview_erasure(workspace, "employee", person)
            steps: list[tuple[str, float]] = []
            current = ["", time.process_time()]

            def progress(step: object) -> None:  # CPU seconds of each step, when it ends
                now = time.process_time()
                if current[0]:
                    steps.append((str(current[0]), now - float(current[1])))
                current[:] = [str(step), now]

            with _timed() as erased:
                result = privacy_erase.erase(workspace, "employee", person, progress=progress)
            progress("")
            with _timed() as restored:
                privacy_restore.restore_backup(workspace, workspace.list_backups()[-1])
        finally:
            workspace.lock()
    figures = {
        "employees": EMPLOYEES,
        "database_bytes": generated["database_bytes"],
        "backups": backups,
        "rows_of_the_person": sum(count for _table, count in preview.counts),
        **access.figures("access_export"),
        **previewed.figures("erase_preview"),
        **erased.figures("erase_with_backups"),
        **restored.figures("restore_with_reerase"),
        "erase_cpu_s_per_step": [(step, round(cpu, 2)) for step, cpu in steps],
        "backups_rewritten_clean": (result.backups_rewritten, result.backups_clean),
    }
    for key, value in figures.items():
        print(f"   {key}: {value}")
    return figures
