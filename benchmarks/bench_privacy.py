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


class _Reader:
    """Reads on another thread, as the UI thread does, for as long as it runs."""

    def __init__(self) -> None:
        import threading

        self.longest, self.reads = 0.0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from musdesk.services import roster
        from musdesk.storage.database import close_worker_connection

        try:
            while not self._stop.is_set():
                started = time.perf_counter()
                roster.list_organisations()
                self.longest = max(self.longest, time.perf_counter() - started)
                self.reads += 1
                time.sleep(0.005)
        finally:
            close_worker_connection()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)


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
            reader = _Reader()  # the UI thread's part while a restore runs on a worker
            with _timed() as restored:
                privacy_restore.restore_backup(workspace, workspace.list_backups()[-1])
            reader.stop()
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
        # the longest a read on another thread waited while the file was swapped
        "read_during_restore_longest_wait_s": round(reader.longest, 3),
        "reads_during_restore": reader.reads,
        "erase_cpu_s_per_step": [(step, round(cpu, 2)) for step, cpu in steps],
        "backups_rewritten_clean": (result.backups_rewritten, result.backups_clean),
    }
    for key, value in figures.items():
        print(f"   {key}: {value}")
    return figures
