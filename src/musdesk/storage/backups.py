"""Encrypted backups taken with SQLite's online backup API, rotated.

A backup is a SQLCipher file under the same data key, so restoring one is copying it back.
Taking it reads every page of the database, which also proves that none is damaged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.storage.database import configure_connection
from musdesk.storage.files import fsync_folder

BACKUP_DIR = "backups"
BACKUP_PREFIX = "musdesk-"
DEFAULT_KEPT = 5


def backup_folder(workspace: Path) -> Path:
    return workspace / BACKUP_DIR


def list_backups(workspace: Path) -> list[Path]:
    """Newest first."""
    folder = backup_folder(workspace)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{BACKUP_PREFIX}*.db"), reverse=True)


def take_backup(
    source: sqlcipher.Connection, workspace: Path, data_key: bytes | bytearray, keep: int
) -> Path:
    """Copy the open database into a new backup file, then keep only the newest `keep`.

    Raises the sqlite error unchanged on failure (the caller knows what it means), after
    removing the partial file.
    """
    folder = backup_folder(workspace)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{BACKUP_PREFIX}{stamp}.db"
    partial = folder / f".{final.name}.partial"
    # Restrictive permissions before the first byte is written.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    target = sqlcipher.connect(str(partial), isolation_level=None)
    try:
        configure_connection(target, data_key)
        source.backup(target)
        target.close()
        os.replace(partial, final)
        fsync_folder(folder)
    except BaseException:
        target.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    rotate(workspace, keep)
    return final


def rotate(workspace: Path, keep: int) -> None:
    for old in list_backups(workspace)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
