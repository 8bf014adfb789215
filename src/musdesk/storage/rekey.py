"""Passphrase change with key rotation: a new data key for the database.

An old key file (a copy, a backup of the folder) together with the old passphrase or the
old recovery key unwraps the old data key. Re-wrapping alone does not help against that;
rotation does: the database is re-encrypted under a new random key (`PRAGMA rekey`, through
`sqlite3_rekey`), the backups under the old key are removed and a new one is taken, and a
new key file with a new recovery key replaces the old one.

Order, so that a crash at any point leaves a workspace that opens:
1. the new key file is written beside the old one as `musdesk.key.next`;
2. the database is re-keyed (one SQLite transaction: all pages or none);
3. the old backups are removed;
4. `musdesk.key.next` replaces `musdesk.key`; then a first backup under the new key.
After a crash between 2 and 4, the next open finds `musdesk.key.next`, sees which key opens
the database, and finishes (or drops the unused new file) — see `finish_pending`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.storage import backups
from musdesk.storage.database import configure_connection, rekey_connection, zero
from musdesk.storage.files import fsync_folder, write_atomic
from musdesk.storage.keyfile import DATA_KEY_BYTES, KdfParams, KeyFile, read_key_file

if TYPE_CHECKING:
    from musdesk.storage.workspace import Workspace

PENDING_NAME = "musdesk.key.next"


def rotate_data_key(workspace: Workspace, new_passphrase: str, kdf: KdfParams) -> str:
    """Returns the new recovery key (show it once: the old one no longer works)."""
    from musdesk.storage.workspace import KEY_NAME

    folder = workspace.folder
    database = workspace.database
    new_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    try:
        new_keyfile, recovery_key = KeyFile.create(
            workspace.workspace_id, new_key, new_passphrase, kdf
        )
        pending = folder / PENDING_NAME
        write_atomic(pending, new_keyfile.to_bytes(), workspace_file=True)
        database.close_all()
        conn = database.connection()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        rekey_connection(conn, new_key)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except BaseException:
        with contextlib.suppress(OSError):
            (folder / PENDING_NAME).unlink()
        zero(new_key)
        raise
    database.replace_key(new_key)  # the old key's bytes are zeroed here
    database.close_all()
    _remove_backups(folder)
    os.replace(pending, folder / KEY_NAME)
    fsync_folder(folder)
    workspace.keyfile = new_keyfile
    workspace._take_backup("rekey")
    return recovery_key


def _remove_backups(folder: Path) -> None:
    for backup in backups.list_backups(folder):
        with contextlib.suppress(OSError):
            backup.path.unlink()
    backups.forget_state(folder)


def _opens(db_path: Path, key: bytes | bytearray) -> bool:
    uri = db_path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None)
    except sqlcipher.Error:
        return False
    try:
        configure_connection(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.Error:
        return False
    finally:
        conn.close()


def finish_pending(
    folder: Path, passphrase: str | None, recovery_key: str | None
) -> None:
    """After a crash during rotation (lock held): keep whichever key file opens the
    database. Does nothing when there is no `musdesk.key.next`."""
    from musdesk.errors import MusdeskError
    from musdesk.storage.workspace import DB_NAME, KEY_NAME

    pending = folder / PENDING_NAME
    if not pending.exists():
        return
    try:
        candidate = read_key_file(pending)
        if passphrase is not None:
            key = candidate.unwrap_with_passphrase(passphrase)
        elif recovery_key is not None:
            key = candidate.unwrap_with_recovery_key(recovery_key)
        else:
            return
    except MusdeskError:
        # Not unlocked by what the user gave: the old key file decides (below, at open).
        if _old_key_file_opens(folder / KEY_NAME, folder / DB_NAME, passphrase, recovery_key):
            with contextlib.suppress(OSError):
                pending.unlink()
        return
    try:
        if _opens(folder / DB_NAME, key):
            _remove_backups(folder)
            os.replace(pending, folder / KEY_NAME)
            fsync_folder(folder)
        else:
            with contextlib.suppress(OSError):
                pending.unlink()
    finally:
        zero(key)


def _old_key_file_opens(
    key_path: Path, db_path: Path, passphrase: str | None, recovery_key: str | None
) -> bool:
    from musdesk.errors import MusdeskError

    try:
        keyfile = read_key_file(key_path)
        key = (
            keyfile.unwrap_with_passphrase(passphrase)
            if passphrase is not None
            else keyfile.unwrap_with_recovery_key(recovery_key or "")
        )
    except MusdeskError:
        return False
    try:
        return _opens(db_path, key)
    finally:
        zero(key)
