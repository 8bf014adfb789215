"""Encrypted backups: only of a database that passed its check, only when it changed, rotated
in generations.

A backup is a SQLCipher file under the same data key (SQLite's online backup API), so
restoring one is copying it back over `musdesk.db`. Its file name says when and why it was
taken: `backups/musdesk-20261201T224500123456Z-open.db` (UTC; reasons: `create`, `open`,
`manual`, `migration`, `import`, `merge`, `rekey`, …). Every file with a reason in its name
was taken by this version, right after the database passed `PRAGMA integrity_check` (or
`quick_check` above `INTEGRITY_CHECK_LIMIT` bytes); older files without one are listed as
not checked (`good=False`).

Public API (other modules build on it — restore, erasure):

- `list_backups(folder) -> list[Backup]`, newest first, each with `path`, `taken_at`,
  `reason`, `good`, `size`.
- `newest_good(folder, data_key) -> Backup | None`: the newest backup that is marked good
  and still passes `quick_check` when read now.
- `verify(path, data_key) -> list[str]`: the problems `quick_check` finds in one file.
- `take_backup(conn, folder, data_key, keep, reason)`: check, copy, record, rotate.
- `unchanged_since_last_backup(folder)`: whether `musdesk.db` is still the file the last
  backup was taken of (by its metadata, see `_fingerprint`); opens use it to skip the check
  and the copy.
- `rotate(folder, keep, now=None)`: what is kept (`kept_backups`).

Rotation keeps: the newest `keep` backups (the last few opens); the oldest backup of each of
the last 7 days; the oldest of each of the last 5 ISO weeks; and the newest 2 taken before
a migration, import, merge or key rotation. So a burst of opens never removes every older copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import BackupRefused
from musdesk.storage.database import configure_connection
from musdesk.storage.files import fsync_folder, write_atomic

BACKUP_DIR = "backups"
BACKUP_PREFIX = "musdesk-"
DEFAULT_KEPT = 5
DAYS_KEPT = 7
WEEKS_KEPT = 5
BEFORE_KEPT = 2
STATE_NAME = "last-backup.json"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# Above this size the check before a backup is quick_check (b-tree structure, every page
# read and its HMAC verified) instead of integrity_check (which also compares every index
# with its table). Measured in benchmarks/bench_storage.py.
INTEGRITY_CHECK_LIMIT = 64 * 1024 * 1024
OPEN_REASONS = frozenset({"open", "create", "manual"})

_NAME = re.compile(r"^musdesk-(\d{8}T\d{12}Z)(?:-([a-z][a-z0-9]*(?:-[a-z0-9]+)*))?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC
    reason: str  # "" for a file from before reasons were recorded
    good: bool  # taken right after the database passed its check
    size: int


def backup_folder(workspace: Path) -> Path:
    return Path(workspace) / BACKUP_DIR


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    taken = dt.datetime.strptime(found.group(1), STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return taken, found.group(2) or ""


def list_backups(workspace: Path) -> list[Backup]:
    """Every backup in the workspace, newest first."""
    folder = backup_folder(workspace)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{BACKUP_PREFIX}*.db"):
        parsed = parse_name(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        taken, reason = parsed
        found.append(Backup(path, taken, reason, bool(reason), size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# --- checking ---------------------------------------------------------------------------
def check_database(conn: sqlcipher.Connection, size: int) -> list[str]:
    """The problems the check finds ([] when sound). Every page read is also verified
    against its HMAC; a failing one shows up as a problem, not an exception."""
    pragma = "integrity_check" if size <= INTEGRITY_CHECK_LIMIT else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def verify(path: Path, data_key: bytes | bytearray) -> list[str]:
    """Open one backup read-only with the key and run quick_check on it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None)
    except sqlcipher.Error as exc:
        return [str(exc)]
    try:
        configure_connection(conn, data_key)
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]
    except sqlcipher.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def newest_good(workspace: Path, data_key: bytes | bytearray) -> Backup | None:
    for backup in list_backups(workspace):
        if backup.good and not verify(backup.path, data_key):
            return backup
    return None


# --- "has the data changed since the last backup?" --------------------------------------
def _fingerprint(db_path: Path) -> dict[str, int] | None:
    """The database file's identity and last change. Every write through the file system
    moves mtime and ctime (ctime cannot be set back by a program), so an equal fingerprint
    means nobody wrote to the file since. The -wal file must be empty for it to count."""
    try:
        st = db_path.stat()
    except OSError:
        return None
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.suppress(FileNotFoundError):
        if wal.stat().st_size > 0:
            return None
    return {
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ctime_ns": st.st_ctime_ns,
        "inode": st.st_ino,
        "device": st.st_dev,
    }


def unchanged_since_last_backup(workspace: Path, db_name: str = "musdesk.db") -> bool:
    folder = backup_folder(workspace)
    try:
        recorded = json.loads((folder / STATE_NAME).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or not isinstance(recorded.get("backup"), str):
        return False
    if not (folder / recorded["backup"]).is_file():
        return False
    current = _fingerprint(Path(workspace) / db_name)
    return current is not None and recorded.get("source") == current


def _record(workspace: Path, backup: Path, db_name: str) -> None:
    source = _fingerprint(Path(workspace) / db_name)
    state = {"backup": backup.name, "source": source}
    write_atomic(
        backup_folder(workspace) / STATE_NAME,
        json.dumps(state, sort_keys=True).encode("ascii"),
        workspace_file=True,
    )


def forget_state(workspace: Path) -> None:
    """The next open checks and backs up again (after a restore or a re-key)."""
    with contextlib.suppress(OSError):
        (backup_folder(workspace) / STATE_NAME).unlink()


# --- taking -----------------------------------------------------------------------------
def remove_partials(workspace: Path) -> None:
    """Partial copies a crash left behind (they are never listed)."""
    folder = backup_folder(workspace)
    if folder.is_dir():
        for stale in folder.glob(f".{BACKUP_PREFIX}*.partial"):
            with contextlib.suppress(OSError):
                stale.unlink()


def take_backup(
    source: sqlcipher.Connection,
    workspace: Path,
    data_key: bytes | bytearray,
    keep: int,
    reason: str = "manual",
    *,
    db_name: str = "musdesk.db",
    now: dt.datetime | None = None,
) -> Path:
    """Check the open database, copy it into a new backup file, rotate.

    Raises `BackupRefused` (no file written) when the check finds problems, and the sqlite
    or OS error unchanged on other failures, after removing the partial file."""
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    workspace = Path(workspace)
    # Everything into the main file first: the check, the copy and the fingerprint then
    # see one file (no-op when the -wal file is empty).
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db_path = workspace / db_name
    folder = backup_folder(workspace)
    moment = now or dt.datetime.now(dt.UTC)
    final = folder / f"{BACKUP_PREFIX}{moment.strftime(STAMP_FORMAT)}-{reason}.db"
    partial = folder / f".{final.name}.partial"
    # One read transaction around the check and the copy: a snapshot. While it is open no
    # checkpoint can write into the main file, so when the -wal file is (still) empty the
    # main file's bytes are exactly what was checked, and are copied as they are (cheap:
    # no page decrypted and encrypted again); otherwise SQLite's backup API copies pages.
    own_transaction = not source.in_transaction
    if own_transaction:
        source.execute("BEGIN").fetchall()
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the snapshot
        as_bytes = own_transaction and _wal_empty(db_path)  # the main file is the snapshot
        problems = check_database(source, db_path.stat().st_size)
        if problems:
            raise BackupRefused(problems="; ".join(problems[:3]))
        folder.mkdir(mode=0o700, exist_ok=True)
        # Restrictive permissions before the first byte is written.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        try:
            if as_bytes:
                _copy_bytes(db_path, partial)
                _standalone(partial, data_key)
            else:
                _copy_pages(source, partial, data_key)
            fd = os.open(partial, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(partial, final)
            fsync_folder(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    finally:
        if own_transaction:
            with contextlib.suppress(sqlcipher.Error):
                source.execute("COMMIT").fetchall()
    _record(workspace, final, db_name)
    rotate(workspace, keep, now=moment)
    return final


def _wal_empty(db_path: Path) -> bool:
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def _copy_bytes(source: Path, target: Path) -> None:
    with open(source, "rb") as reading, open(target, "r+b") as writing:
        shutil.copyfileobj(reading, writing, 4 * 1024 * 1024)


def _standalone(path: Path, data_key: bytes | bytearray) -> None:
    """A standalone file: no -wal/-shm when it is read (verify) or copied back."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        configure_connection(conn, data_key)
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()
    for side in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + side).unlink()


def _copy_pages(source: sqlcipher.Connection, path: Path, data_key: bytes | bytearray) -> None:
    target = sqlcipher.connect(str(path), isolation_level=None)
    try:
        configure_connection(target, data_key)
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        target.close()


# --- rotation ---------------------------------------------------------------------------
def kept_backups(
    backups: Iterable[Backup], keep: int, now: dt.datetime | None = None
) -> set[Path]:
    """Which of `backups` rotation keeps (see the module's text)."""
    now = now or dt.datetime.now(dt.UTC)
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    kept = {b.path for b in newest_first[: max(keep, 1)]}
    oldest_first = list(reversed(newest_first))
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in oldest_first:
        age = now - backup.taken_at
        if age <= dt.timedelta(days=DAYS_KEPT):
            days.setdefault(backup.taken_at.date(), backup.path)
        if age <= dt.timedelta(weeks=WEEKS_KEPT):
            iso = backup.taken_at.isocalendar()
            weeks.setdefault((iso[0], iso[1]), backup.path)
    kept.update(days.values())
    kept.update(weeks.values())
    before = [b.path for b in newest_first if b.reason and b.reason not in OPEN_REASONS]
    kept.update(before[:BEFORE_KEPT])
    return kept


def rotate(workspace: Path, keep: int, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups rotation does not keep; returns the removed paths."""
    backups = list_backups(workspace)
    kept = kept_backups(backups, keep, now)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed
