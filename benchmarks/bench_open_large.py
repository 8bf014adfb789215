"""Opening a workspace of 10,000 employees (three years of rounds, benchmarks/generate_large).

Target: ≤ 0.3 s plus the key derivation when nothing changed since the last backup (the
usual open). Also measured: the first open after a change (integrity check and a backup of
the whole database: what each open cost before), and the check alone. The key derivation
is excluded by a cheap KDF in the generated workspace; the default KDF's own share is in
bench_storage (kdf_share_s). Medians of five.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.generate_large import PASSPHRASE, generate_large
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage import Workspace, backups

EMPLOYEES = 10_000


def _median(runs: list[float]) -> float:
    return statistics.median(runs)


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "large"
        summary = generate_large(folder, EMPLOYEES)
        Workspace.open(folder, passphrase=PASSPHRASE).lock()  # the backup of the new data
        unchanged = []
        for _ in range(5):
            started = time.perf_counter()
            Workspace.open(folder, passphrase=PASSPHRASE).lock()
            unchanged.append(time.perf_counter() - started)
        changed = []
        for i in range(3):
            with Workspace.open(folder, passphrase=PASSPHRASE):
                WorkspaceMeta.replace(key="bench", value=str(i)).execute()
            started = time.perf_counter()
            Workspace.open(folder, passphrase=PASSPHRASE).lock()
            changed.append(time.perf_counter() - started)
        with Workspace.open(folder, passphrase=PASSPHRASE) as ws:
            conn = ws.database.connection()
            size = (folder / "musdesk.db").stat().st_size
            started = time.perf_counter()
            backups.check_database(conn, size)
            check = time.perf_counter() - started
            started = time.perf_counter()
            conn.execute("PRAGMA quick_check").fetchall()
            quick = time.perf_counter() - started
        figures = {
            "database_mb": size / 1e6,
            "open_unchanged_s": _median(unchanged),
            "open_after_a_change_s": _median(changed),
            "check_before_backup_s": check,
            "quick_check_s": quick,
            "generate_s": float(summary.get("seconds", 0.0)),
        }
    for name, value in figures.items():
        print(f"   {name:26} {value:8.3f}")
    print(f"   target: open_unchanged_s ≤ 0.3 (got {figures['open_unchanged_s']:.3f})")
    return figures


if __name__ == "__main__":
    main()
