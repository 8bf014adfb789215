"""Carrying an erasure into every backup: each is rewritten without the erased records.

A backup is a SQLCipher file under the workspace's key. It is opened on its own connection
(foreign keys and secure_delete on, rollback journal so no WAL is left beside it), the whole
list of erased records is applied to it (`privacy_rows.reapply`, which also keeps the list in
it), and it is VACUUMed, so its file holds no page of what went. A backup that holds none of
the erased records (checked by reading) is left as it is. A backup that cannot be opened or
rewritten is removed instead: keeping it would keep the erased data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
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


def holds_any(conn: sqlcipher.Connection, entries: Iterable[dict[str, str]]) -> bool:
    """Whether the file still holds a row of any erased record (a read, no write)."""
    for entry in entries:
        kind, ident = entry.get("kind", ""), entry.get("id", "")
        if kind in privacy_rows.ERASABLE and privacy_rows.collect(conn, kind, ident).rows:
            return True
    return False


def cleanse_file(path: Path, data_key: bytes | bytearray,
                 entries: Iterable[dict[str, str]], *,
                 stones: Iterable[dict[str, Any]] = (),
                 marker: str = "") -> dict[str, int] | None:
    """Apply the erasures to one database file and rebuild it; None when it held none of
    them (then it is not written at all). `stones`: the erasure's calendar tombstones, put
    into the file too, so a restore of it still cancels the events. Raises on any failure."""
    entries = list(entries)
    conn = open_backup(path, data_key)
    try:
        if not holds_any(conn, entries):
            return None
        conn.execute("BEGIN IMMEDIATE")
        try:
            removed = privacy_rows.reapply(conn, entries, marker=marker)
            privacy_rows.add_tombstones(conn, stones)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
    finally:
        conn.close()
    return removed


def cleanse_backups(workspace: Any, entries: Iterable[dict[str, str]], *,
                    stones: Iterable[dict[str, Any]] = (), marker: str = "",
                    paths: Iterable[Path] | None = None,
                    on_file: Callable[[int, Path], object] | None = None,
                    ) -> tuple[int, int, int]:
    """Rewrite every backup (or those of `paths`) that holds an erased record without it;
    returns (rewritten, already clean, removed). `workspace`: the Workspace or
    privacy_erase.OpenWorkspace. `on_file(index, path)` is called before each file."""
    entries, stones = list(entries), list(stones)
    key = workspace.database.data_key
    rewritten = clean = removed = 0
    for index, path in enumerate(workspace.list_backups() if paths is None else list(paths)):
        if on_file is not None:
            on_file(index, path)
        if not path.exists():
            continue  # removed meanwhile (the generations were pruned)
        try:
            if cleanse_file(path, key, entries, stones=stones, marker=marker) is None:
                clean += 1
            else:
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
    return rewritten, clean, removed
