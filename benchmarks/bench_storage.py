"""Encrypted workspace vs plain SQLite: 10,000 small committed writes and reads, same settings.

Target: encrypted/plain ≤ 1.3 for writes and reads. Also: the open time, with the key
derivation (Argon2id, real default parameters) measured apart from the rest of opening.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from peewee import SqliteDatabase

from musdesk.storage import KdfParams, Workspace
from musdesk.storage.database import PRAGMAS
from musdesk.storage.keyfile import derive_passphrase_key

N = 10_000
PASSPHRASE = "benchmark passphrase"


def _writes_and_reads(db) -> tuple[float, float]:
    db.execute_sql("CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, body TEXT)")
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


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = SqliteDatabase(str(folder / "plain.db"), pragmas=PRAGMAS)
        plain.connect()
        plain_w, plain_r = _writes_and_reads(plain)
        plain.close()

        workspace, _ = Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.cheap())
        enc_w, enc_r = _writes_and_reads(workspace.database)
        workspace.lock()

        # Open with the real default key derivation, and the derivation alone.
        default_ws, _ = Workspace.create(folder / "ws-default", PASSPHRASE)
        default_ws.lock()
        slot = default_ws.keyfile.passphrase_slot
        kdf_runs, open_runs = [], []
        for _ in range(5):  # medians: the machine is shared, single runs are noisy
            started = time.perf_counter()
            derive_passphrase_key(PASSPHRASE, slot.salt, KdfParams.default())
            kdf_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            Workspace.open(folder / "ws-default", passphrase=PASSPHRASE).lock()
            open_runs.append(time.perf_counter() - started)
        kdf_s, open_total = statistics.median(kdf_runs), statistics.median(open_runs)

    figures = {
        "plain_writes_s": plain_w,
        "encrypted_writes_s": enc_w,
        "write_ratio": enc_w / plain_w,
        "plain_reads_s": plain_r,
        "encrypted_reads_s": enc_r,
        "read_ratio": enc_r / plain_r,
        "open_total_s": open_total,
        "open_kdf_s": kdf_s,
        "open_without_kdf_s": open_total - kdf_s,
    }
    for name, value in figures.items():
        print(f"   {name:22} {value:8.3f}")
    print(f"   target: write_ratio and read_ratio ≤ 1.3 (got {figures['write_ratio']:.2f}, "
          f"{figures['read_ratio']:.2f})")
    return figures


if __name__ == "__main__":
    main()
