"""One classifier of database and file errors: what actually went wrong, in the user's words.

    try:
        ...                               # anything touching the workspace's database
    except Exception as exc:
        raise classify(exc, folder) from exc

Busy, disk full, read-only and damaged each become their own `MusdeskError` subclass with its
own message; only real damage (SQLITE_CORRUPT / SQLITE_NOTADB, a failed integrity check)
advises a restore. Following "restore from a backup" on a healthy database that merely met a
full disk would lose the work done since that backup.

The error that counts is looked for along the whole chain: Peewee wraps the driver's error
(as its first argument), and a failed ROLLBACK after SQLite rolled back by itself ("cannot
rollback - no transaction is active", typical of a full disk) carries the real cause as its
`__context__`.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFailed,
    DiskFull,
    MusdeskError,
    StorageError,
    WorkspaceReadOnly,
)

# SQLite primary result codes (sqlite3.h); the driver gives them as `sqlite_errorcode`.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

FULL_BELOW_BYTES = 1024 * 1024

DATABASE_ERRORS = (sqlcipher.Error, peewee.DatabaseError, peewee.InterfaceError)

# By message, for errors that come without a code (Peewee's wrappers, older drivers).
_BY_MESSAGE: tuple[tuple[str, int], ...] = (
    ("database or disk is full", SQLITE_FULL),
    ("disk is full", SQLITE_FULL),
    ("database is locked", SQLITE_BUSY),
    ("database is busy", SQLITE_BUSY),
    # a read whose connection a restore closed between the statement and its rows (gate.py)
    ("cannot operate on a closed database", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("readonly database", SQLITE_READONLY),
    ("read-only", SQLITE_READONLY),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("unable to open database", SQLITE_CANTOPEN),
    ("disk i/o error", SQLITE_IOERR),
)

# The order in which a cause wins when the chain holds several (a full disk explains the
# failed rollback after it, not the other way round).
_PRIORITY = (SQLITE_FULL, SQLITE_READONLY, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN,
             SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(arg for arg in current.args[:1] if isinstance(arg, BaseException))
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of one error (not its chain), when it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    if not isinstance(exc, DATABASE_ERRORS):
        return None
    message = str(exc).lower()
    for fragment, found in _BY_MESSAGE:
        if fragment in message:
            return found
    return None


def _bound_folder() -> Path | None:
    """The folder of the workspace the models are bound to, if any."""
    from musdesk.models.base import database_proxy

    path = getattr(database_proxy.obj, "database", None)
    return Path(path).parent if isinstance(path, str) and path else None


def _bound_query_only() -> bool:
    from musdesk.models.base import database_proxy

    return bool(getattr(database_proxy.obj, "query_only", False))


def _folder_is_writable(folder: Path | None) -> bool:
    if folder is None:
        return False  # nothing to prove otherwise: believe the driver
    db = folder / "musdesk.db"
    return os.access(folder, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def _nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def classify(exc: BaseException, folder: Path | str | None = None) -> MusdeskError:
    """The `MusdeskError` that says what `exc` means for the user.

    `folder` (the workspace) is named in the read-only message and lets a "read-only"
    report be checked against the file system: SQLCipher also says "readonly" when it has
    refused a damaged page, and only then is it damage. Without `folder`, the folder of the
    workspace the models are bound to is used."""
    folder = Path(folder) if folder is not None else _bound_folder()
    errors = list(_chain(exc))
    for error in errors:
        if isinstance(error, MusdeskError):
            return error
    for error in errors:
        if isinstance(error, OSError) and error.errno is not None:
            if error.errno in FULL_ERRNOS:
                return DiskFull()
            if error.errno in READ_ONLY_ERRNOS:
                return WorkspaceReadOnly(path=str(folder or error.filename or ""))
            if error.errno in (errno.EAGAIN, errno.EBUSY):
                return DatabaseBusy()
            return StorageError(detail=error.strerror or str(error))
    codes = {code for code in (sqlite_code(e) for e in errors) if code is not None}
    for code in _PRIORITY:
        if code not in codes:
            continue
        if code == SQLITE_FULL:
            return DiskFull()
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return DatabaseBusy()
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
            if not _folder_is_writable(folder):
                return WorkspaceReadOnly(path=str(folder or ""))
            if code == SQLITE_READONLY and _bound_query_only():
                # A read-only command's connection (PRAGMA query_only) refused a write.
                return DatabaseFailed(detail=str(exc))
            if code == SQLITE_READONLY:  # SQLCipher after a page failed its HMAC
                return DatabaseDamaged(detail=str(exc))
            return DatabaseFailed(detail=str(exc))
        if code == SQLITE_IOERR:
            # SQLite reports some writes refused for lack of space (the -shm file, a
            # backup) as an I/O error: on a full disk, that is what it is.
            if _nearly_full(folder):
                return DiskFull()
            return DatabaseFailed(detail=str(exc))
        return DatabaseDamaged(detail=str(exc))
    if isinstance(exc, OSError):
        return StorageError(detail=exc.strerror or str(exc))
    return DatabaseFailed(detail=f"{type(exc).__name__}: {exc}")


def is_damage(exc: BaseException) -> bool:
    """True only for real damage, the one case where restoring a backup is the advice."""
    return isinstance(classify(exc), DatabaseDamaged)
