"""Passphrase change with key rotation: a new data key for the database.

An old key file (a copy, a backup of the folder) together with the old passphrase or the
old recovery key unwraps the old data key. Re-wrapping alone does not help against that;
rotation does: the database is re-encrypted under a new random key (`PRAGMA rekey`, through
`sqlite3_rekey`), the backups under the old key are removed and a new one is taken, and a
new key file with a new recovery key replaces the old one.

Order, so that a kill at any point leaves a workspace that opens with what the user knows:
1. the new key file is written beside the old one as `musdesk.key.next`;
2. `musdesk.key.bridge`: each data key encrypted under the other (AES-GCM), so that
   whichever passphrase (or recovery key) is given later yields both keys;
3. the database is re-keyed (one SQLite transaction: all pages or none);
4. the old backups are removed, and a backup is taken under the new key;
5. the commit: `musdesk.key.next` replaces `musdesk.key`; then the bridge is removed and
   the new recovery key is shown.
An open that finds `musdesk.key.next` (a rotation killed before its commit) rolls it back
— with the old or the new passphrase, with the old recovery key — and says so: the database
is re-keyed back if needed, backups under the new key are removed, the previous passphrase
and recovery key apply (the new recovery key was never shown, so finishing would leave the
workspace without one). A bridge left after the commit is only removed. The bridge exists
only while a rotation runs or was killed, until the next open.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import (
    MusdeskError,
    RotationPendingReadOnly,
    RotationUndoneUsePrevious,
)
from musdesk.storage import backups
from musdesk.storage.database import configure_connection, rekey_connection, zero
from musdesk.storage.files import fsync_folder, write_atomic
from musdesk.storage.keyfile import DATA_KEY_BYTES, KdfParams, KeyFile, read_key_file

if TYPE_CHECKING:
    from musdesk.storage.workspace import Workspace

PENDING_NAME = "musdesk.key.next"
BRIDGE_NAME = "musdesk.key.bridge"
BRIDGE_FORMAT = "musdesk-rotation-bridge 1"
MAX_BRIDGE_BYTES = 4096


def _step(name: str) -> None:
    """A point between two steps of a rotation (tests kill the process here)."""


def rotate_data_key(workspace: Workspace, new_passphrase: str, kdf: KdfParams) -> str:
    """Returns the new recovery key (show it once: the old one no longer works)."""
    from musdesk.storage.workspace import KEY_NAME

    folder = workspace.folder
    database = workspace.database
    new_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    rekeyed = False
    try:
        new_keyfile, recovery_key = KeyFile.create(
            workspace.workspace_id, new_key, new_passphrase, kdf
        )
        write_atomic(folder / PENDING_NAME, new_keyfile.to_bytes(), workspace_file=True)
        _step("next-written")
        _write_bridge(folder, workspace.workspace_id, database.data_key, new_key)
        _step("bridge-written")
        # Other threads wait for the database while its key changes (`alone`): none opens
        # a connection with a key that is about to stop working.
        with database.alone():
            database.close_all()
            conn = database.connection()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            rekey_connection(conn, new_key)
            rekeyed = True
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            _step("rekeyed")
            database.replace_key(new_key)  # the old key's bytes are zeroed here
            database.close_all()
    except Exception:
        if not rekeyed:  # nothing changed: drop the new files (a kill leaves them: see open)
            for name in (PENDING_NAME, BRIDGE_NAME):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            zero(new_key)
        raise
    _remove_backups(folder)
    _step("backups-removed")
    workspace._take_backup("rekey")
    _step("backup-taken")
    os.replace(folder / PENDING_NAME, folder / KEY_NAME)  # the commit
    fsync_folder(folder)
    _step("committed")
    workspace.keyfile = new_keyfile
    with contextlib.suppress(OSError):
        (folder / BRIDGE_NAME).unlink()
    return recovery_key


# --- the bridge ---------------------------------------------------------------------------
def _aad(workspace_id: str, direction: str) -> bytes:
    return f"{BRIDGE_FORMAT}|{workspace_id}|{direction}".encode()


def _write_bridge(folder: Path, workspace_id: str, old_key: bytes | bytearray,
                  new_key: bytes | bytearray) -> None:
    def wrap(wrapping: bytes | bytearray, key: bytes | bytearray, direction: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(bytes(wrapping)).encrypt(nonce, bytes(key), _aad(workspace_id, direction))
        return base64.b64encode(nonce + sealed).decode("ascii")

    body = {
        "format": BRIDGE_FORMAT,
        "workspace_id": workspace_id,
        "forward": wrap(old_key, new_key, "forward"),  # the new key under the old one
        "back": wrap(new_key, old_key, "back"),  # the old key under the new one
    }
    write_atomic(folder / BRIDGE_NAME, json.dumps(body).encode("ascii"), workspace_file=True)


def _read_bridge(folder: Path) -> dict[str, str] | None:
    """The bridge's fields, or None when it is missing or not one (a bounded read)."""
    try:
        fd = os.open(folder / BRIDGE_NAME, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        raw = os.read(fd, MAX_BRIDGE_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        body = json.loads(raw.decode("ascii")) if len(raw) <= MAX_BRIDGE_BYTES else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(body, dict) or body.get("format") != BRIDGE_FORMAT:
        return None
    if not all(isinstance(body.get(k), str) for k in ("workspace_id", "forward", "back")):
        return None
    return body


def _cross(body: dict[str, str], key: bytes | bytearray, direction: str) -> bytearray | None:
    """The other key, unwrapped with `key` ("forward": old → new, "back": new → old)."""
    try:
        raw = base64.b64decode(body[direction], validate=True)
        plain = AESGCM(bytes(key)).decrypt(raw[:12], raw[12:], _aad(body["workspace_id"],
                                                                     direction))
    except (ValueError, InvalidTag, KeyError):
        return None
    return bytearray(plain)


# --- at the next open ---------------------------------------------------------------------
def _unwrap(keyfile: KeyFile, passphrase: str | None, recovery_key: str | None
            ) -> bytearray | None:
    try:
        if passphrase is not None:
            return keyfile.unwrap_with_passphrase(passphrase)
        if recovery_key is not None:
            return keyfile.unwrap_with_recovery_key(recovery_key)
    except MusdeskError:
        return None
    return None


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


def interrupted(folder: Path) -> bool:
    return (folder / PENDING_NAME).exists() or (folder / BRIDGE_NAME).exists()


def resolve_interrupted(
    folder: Path, passphrase: str | None, recovery_key: str | None, *, read_only: bool = False
) -> tuple[bytearray | None, str | None]:
    """Before an open (lock held): undo a rotation killed before its commit.

    Returns (the data key, when it had to be found through the bridge because the given
    passphrase is the new one; else None: unwrap the key file as usual) and a notice for
    the user (None when there was nothing to do). Raises RotationPendingReadOnly for a
    read-only open, RotationUndoneUsePrevious when only the new passphrase was given
    and the rotation had not got far enough to tell the old key from it."""
    from musdesk import texts
    from musdesk.storage.workspace import DB_NAME, KEY_NAME

    pending, bridge_path = folder / PENDING_NAME, folder / BRIDGE_NAME
    if not interrupted(folder):
        return None, None
    if read_only:
        raise RotationPendingReadOnly(path=str(folder))
    if not pending.exists():  # killed after the commit: only the bridge is left
        with contextlib.suppress(OSError):
            bridge_path.unlink()
        return None, texts.text("storage.rotation.finished")
    try:
        old_file = read_key_file(folder / KEY_NAME)
    except MusdeskError:
        return None, None  # the open reports the key file's own problem
    try:
        next_file: KeyFile | None = read_key_file(pending)
    except MusdeskError:
        next_file = None
    bridge = _read_bridge(folder)
    old_key = _unwrap(old_file, passphrase, recovery_key)
    new_key = _unwrap(next_file, passphrase, recovery_key) if next_file else None
    found_through_bridge = False
    try:
        if old_key is None and new_key is None:
            return None, None  # a wrong passphrase: the open says so, nothing changed
        if bridge is not None and old_key is not None:
            new_key = _cross(bridge, old_key, "forward")
        elif bridge is not None and new_key is not None:
            old_key = _cross(bridge, new_key, "back")
            found_through_bridge = old_key is not None
        db_path = folder / DB_NAME
        if old_key is None:  # the new passphrase, and the old key is not to be had
            if new_key is not None and _opens(db_path, new_key):
                _finish(folder)  # (a damaged bridge): forward is the only way
                return None, texts.text("storage.rotation.finished")
            _drop(folder)  # no bridge yet: the database was not touched
            raise RotationUndoneUsePrevious()
        if not _opens(db_path, old_key):
            if new_key is None or not _opens(db_path, new_key):
                return None, None  # neither key opens it: the open reports the damage
            _rekey_back(db_path, new_key, old_key)
        if new_key is not None:
            for backup in backups.list_backups(folder):
                if _opens(backup.path, new_key):
                    with contextlib.suppress(OSError):
                        backup.path.unlink()
        backups.forget_state(folder)  # the open checks and backs up under the old key
        _drop(folder)
        result = old_key if found_through_bridge else None
        old_key = None if found_through_bridge else old_key
        return result, texts.text("storage.rotation.rolled_back")
    finally:
        for key in (old_key, new_key):
            if key is not None:
                zero(key)


def _rekey_back(db_path: Path, current: bytes | bytearray, previous: bytes | bytearray) -> None:
    conn = sqlcipher.connect(str(db_path), isolation_level=None)
    try:
        configure_connection(conn, current)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        rekey_connection(conn, previous)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def _finish(folder: Path) -> None:
    from musdesk.storage.workspace import KEY_NAME

    _remove_backups(folder)
    os.replace(folder / PENDING_NAME, folder / KEY_NAME)
    _drop(folder)


def _drop(folder: Path) -> None:
    """The rotation's own files: the bridge first (then nothing links the two keys)."""
    for name in (BRIDGE_NAME, PENDING_NAME):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    fsync_folder(folder)


def _remove_backups(folder: Path) -> None:
    for backup in backups.list_backups(folder):
        with contextlib.suppress(OSError):
            backup.path.unlink()
    backups.forget_state(folder)
