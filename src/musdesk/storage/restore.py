"""Restoring a backup into the open workspace, with an undo backup taken first.

    undo = restore(workspace, backup_path, after=callback)

1. The chosen backup is checked (it must be one of this workspace's backups, open with the
   workspace's key, pass `cipher_integrity_check` and `quick_check`, and not be newer than
   this program) and copied aside, so that taking the undo backup — whose rotation may drop
   the oldest file — cannot remove it.
2. A backup of the current state is taken (`backup_before("restore")`, the undo: restoring
   it returns to now).
3. From here other threads wait for the database (`EncryptedDatabase.alone`; a write under
   way is let finish first). If anything was committed since the undo backup, it is taken
   again. Every connection is closed (the key is kept), the current database file is moved aside,
   the copy renamed into its place, and the database opened again and migrated if the backup
   is of an older schema version.
4. `after(connection)` runs on the restored database (the caller re-applies erasures there);
   if it or any step of 3 fails, the moved-aside file is put back, so the workspace is
   either fully restored or as it was (and the undo backup, not needed then, is removed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import BackupUnusable
from musdesk.storage import schema
from musdesk.storage.database import (
    DATABASE_ERRORS,
    configure_connection,
    storage_error_for_database,
)
from musdesk.storage.db_errors import classify
from musdesk.storage.files import fsync_folder
from musdesk.storage.workspace import DB_NAME, SIDE_FILES, Workspace

ASIDE = ".musdesk.db.before-restore"
INCOMING = ".musdesk.db.restoring"


def check_backup(workspace: Workspace, backup: Path) -> None:
    """Raise BackupUnusable unless `backup` is a sound backup of this workspace."""
    backup = Path(backup)
    known = {path.resolve() for path in workspace.list_backups()}
    if backup.resolve() not in known:
        raise BackupUnusable(path=backup.name, reason="not_listed")
    conn = sqlcipher.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        configure_connection(conn, workspace.database.data_key)
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupUnusable(path=backup.name, reason="damaged")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupUnusable(path=backup.name, reason="damaged")
        names = [row[0] for row in conn.execute(
            f"SELECT name FROM {schema.HISTORY_TABLE}").fetchall()]
    except DATABASE_ERRORS:
        raise BackupUnusable(path=backup.name, reason="unreadable") from None
    finally:
        conn.close()
    known_names = {m.name for m in schema.available_migrations()}
    if any(name not in known_names for name in names):
        raise BackupUnusable(path=backup.name, reason="newer")


def _close_connections(workspace: Workspace) -> None:
    database = workspace.database
    database.close_every_connection()  # each once no thread is inside it
    with contextlib.suppress(Exception):
        database.close()


def _copy_private(source: Path, target: Path) -> None:
    with contextlib.suppress(OSError):
        target.unlink()
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with open(source, "rb") as src, open(target, "r+b") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def restore(workspace: Workspace, backup: Path, *, keep: int | None = None,
            after: Callable[[Any], object] | None = None) -> Path:
    """Replace the workspace's database with `backup`; returns the undo backup's path.
    `keep`: how many opens' backups to keep (the workspace's setting when None)."""
    if keep is not None:
        workspace.backups_kept = keep
    backup = Path(backup)
    check_backup(workspace, backup)
    folder = workspace.folder
    incoming, aside, db_path = folder / INCOMING, folder / ASIDE, workspace.db_path
    _copy_private(backup, incoming)
    undo: Path | None = None
    swap = _Swap(workspace, incoming, aside, db_path)
    try:
        seen = _data_version(workspace)  # before the copy: a commit during it counts
        # a "before" copy: rotation keeps the newest of those apart from the opens' ones
        undo = workspace.backup_before("restore")
        # Other threads wait for the database until the swap is over (`alone`): none reads
        # or writes through a connection to the file being replaced. The undo backup is
        # taken before, so they wait for the swap alone; if another thread committed
        # anything since, it is taken again in here, so the undo holds that too.
        with workspace.database.alone():
            if _data_version(workspace) != seen:
                with contextlib.suppress(OSError):
                    undo.unlink()
                undo = workspace.backup_before("restore")
            swap.run(after)
    except BaseException as exc:
        # the undo backup goes only when the workspace is as it was; if the current file
        # could not be put back, it is the copy of it to restore
        if undo is not None and swap.as_it_was:
            with contextlib.suppress(OSError):
                undo.unlink()
        if isinstance(exc, OSError):
            raise classify(exc, folder) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            incoming.unlink()
    with contextlib.suppress(OSError):
        aside.unlink()
    return undo


def _data_version(workspace: Workspace) -> int:
    """Changes when another connection has committed since this thread's last call."""
    try:
        return int(workspace.database.connection().execute(
            "PRAGMA data_version").fetchone()[0])
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc


class _Swap:
    """The current file moved aside, the copy renamed in, opened, migrated, `after` run; on
    any failure the moved-aside file is put back. `as_it_was`: the workspace's file is the
    one it had before (nothing moved, or put back)."""

    def __init__(self, workspace: Workspace, incoming: Path, aside: Path, db_path: Path) -> None:
        self.workspace, self.incoming, self.aside, self.db_path = (
            workspace, incoming, aside, db_path)
        self.as_it_was = True

    def _remove_side_files(self) -> None:
        for side in SIDE_FILES:
            with contextlib.suppress(OSError):
                (self.workspace.folder / (DB_NAME + side)).unlink()

    def run(self, after: Callable[[Any], object] | None) -> None:
        workspace = self.workspace
        _close_connections(workspace)  # the last one to close checkpoints the -wal file
        os.replace(self.db_path, self.aside)
        self.as_it_was = False
        try:
            self._remove_side_files()
            os.replace(self.incoming, self.db_path)
            fsync_folder(workspace.folder)
            database = workspace.database
            database.connect(reuse_if_open=True)
            schema.migrate(database)
            if after is not None:
                after(database.connection())
        except BaseException:
            _close_connections(workspace)
            os.replace(self.aside, self.db_path)
            self._remove_side_files()
            self.as_it_was = True
            fsync_folder(workspace.folder)
            workspace.database.connect(reuse_if_open=True)
            raise
