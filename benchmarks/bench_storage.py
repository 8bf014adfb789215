"""Encrypted workspace vs plain SQLite: 10,000 small committed writes and reads, same settings.

Target: encrypted/plain ≤ 1.3 for writes and reads. Also the open time, with the key
derivation (Argon2id, real default parameters) separated out: the same workspace is opened
with the default parameters and again after re-wrapping its key with trivial ones.

The machine is shared and fsync times vary, so plain and encrypted runs alternate and the
best of each is kept; opens are medians of five.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from peewee import SqliteDatabase

from musdesk.storage import KdfParams, Workspace
from musdesk.storage.database import PRAGMAS

N = 10_000
ROUNDS = 2
PASSPHRASE = "benchmark passphrase"


def _writes_and_reads(db) -> tuple[float, float]:
    db.execute_sql("DROP TABLE IF EXISTS note")
    db.execute_sql("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    started = time.perf_counter()
    for i in range(N):
        with db.atomic():
            db.execute_sql("INSERT INTO note (id, body) VALUES (?, ?)", (i, f"note {i} æøå"))
    writes = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(N):
        db.execute_sql("SELECT body FROM note WHERE id = ?", (i,)).fetchone()
    reads = time.perf_counter() - started
    return writes, reads


def _median_open(folder: Path) -> float:
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        Workspace.open(folder, passphrase=PASSPHRASE).lock()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = SqliteDatabase(str(folder / "plain.db"), pragmas=PRAGMAS)
        plain.connect()
        workspace, _ = Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.cheap())
        plain_runs, enc_runs = [], []
        for _ in range(ROUNDS):
            plain_runs.append(_writes_and_reads(plain))
            enc_runs.append(_writes_and_reads(workspace.database))
        plain.close()
        workspace.lock()
        plain_w, plain_r = min(r[0] for r in plain_runs), min(r[1] for r in plain_runs)
        enc_w, enc_r = min(r[0] for r in enc_runs), min(r[1] for r in enc_runs)

        default_ws, _ = Workspace.create(folder / "ws-default", PASSPHRASE)
        default_ws.lock()
        open_default = _median_open(folder / "ws-default")
        rewrapped = Workspace.open(folder / "ws-default", passphrase=PASSPHRASE)
        rewrapped.change_passphrase(PASSPHRASE, kdf=KdfParams.cheap())
        rewrapped.lock()
        open_cheap = _median_open(folder / "ws-default")

    figures = {
        "plain_writes_s": plain_w,
        "encrypted_writes_s": enc_w,
        "write_ratio": enc_w / plain_w,
        "plain_reads_s": plain_r,
        "encrypted_reads_s": enc_r,
        "read_ratio": enc_r / plain_r,
        "open_with_default_kdf_s": open_default,
        "open_without_kdf_s": open_cheap,
        "kdf_share_s": open_default - open_cheap,
    }
    for name, value in figures.items():
        print(f"   {name:26} {value:8.3f}")
    print(
        f"   target: write_ratio and read_ratio ≤ 1.3 (got {figures['write_ratio']:.2f}, "
        f"{figures['read_ratio']:.2f})"
    )
    return figures


if __name__ == "__main__":
    main()
