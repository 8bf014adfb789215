"""Carrying an erasure into every backup: each is rewritten without the erased records.

A backup is a SQLCipher file under the workspace's key. It is opened on its own connection
(foreign keys and secure_delete on, rollback journal so no WAL is left beside it), the whole
list of erased records is applied to it (`privacy_rows.reapply`, which also keeps the list in
it), and it is VACUUMed, so its file holds no page of what went. A backup that cannot be
opened or rewritten is removed instead: keeping it would keep the erased data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.services import privacy_rows
from musdesk.storage.database import configure_connection


def open_backup(path: Path, data_key: bytes | bytearray) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        configure_connection(conn, data_key)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def cleanse_file(path: Path, data_key: bytes | bytearray,
                 entries: Iterable[dict[str, str]]) -> dict[str, int]:
    """Apply the erasures to one database file and rebuild it. Raises on any failure."""
    conn = open_backup(path, data_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            removed = privacy_rows.reapply(conn, entries)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
    finally:
        conn.close()
    return removed


def cleanse_backups(workspace: Any,
                    entries: Iterable[dict[str, str]]) -> tuple[int, int]:
    """Rewrite every backup without the erased records; returns (rewritten, removed).
    `workspace`: the Workspace or privacy_erase.OpenWorkspace (folder, database, backups)."""
    entries = list(entries)
    key = workspace.database.data_key
    rewritten = removed = 0
    for path in workspace.list_backups():
        try:
            cleanse_file(path, key, entries)
            rewritten += 1
        except Exception:
            # Unreadable (damaged, another key, not a database): it cannot be cleansed, so
            # it must not stay.
            with contextlib.suppress(OSError):
                path.unlink()
            removed += 1
        for side in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(path) + side).unlink()
    return rewritten, removed
