"""A backup's cost: SQLite's backup API (every page decrypted and encrypted again) against a
byte copy of the checked file inside one read snapshot (storage/backups.take_backup).

    .venv/bin/python -m benchmarks backup_copy     # MUSDESK_BENCH_ROWS=40000 by default

Figures in CPU seconds of this process (the machine may be shared), and wall seconds.
"""

from __future__ import annotations

import os
import resource
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from musdesk.storage import KdfParams, Workspace, backups


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> dict[str, float]:
    rows = int(os.environ.get("MUSDESK_BENCH_ROWS", "40000"))
    folder = Path(tempfile.mkdtemp()) / "ws"
    workspace, _ = Workspace.create(folder, "benchmark passphrase", kdf=KdfParams.cheap())
    figures: dict[str, float] = {}
    try:
        db = workspace.database
        db.execute_sql("CREATE TABLE bench_blob (id INTEGER PRIMARY KEY, b BLOB)")
        with db.atomic():
            for _ in range(rows):
                db.execute_sql("INSERT INTO bench_blob (b) VALUES (?)",
                               (secrets.token_bytes(3000),))
        conn = db.connection()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        figures["database_mb"] = round((folder / "musdesk.db").stat().st_size / 1e6, 1)
        started = _cpu()
        backups.check_database(conn, (folder / "musdesk.db").stat().st_size)
        figures["check_cpu_s"] = round(_cpu() - started, 2)
        real = backups._wal_empty
        for name, wal_empty in (("pages", lambda _path: False), ("bytes", real)):
            backups._wal_empty = wal_empty
            cpu, wall = _cpu(), time.perf_counter()
            backups.take_backup(conn, folder, db.data_key, 50, reason="manual")
            figures[f"backup_{name}_cpu_s"] = round(_cpu() - cpu, 2)
            figures[f"backup_{name}_wall_s"] = round(time.perf_counter() - wall, 2)
        backups._wal_empty = real
    finally:
        workspace.lock()
        shutil.rmtree(folder.parent, ignore_errors=True)
    print(figures)
    return figures
