"""The encrypted workspace: one folder with the database, its key file, backups and a lock.

    ws, recovery_key = Workspace.create(folder, passphrase)
    ws = Workspace.open(folder, passphrase=...)      # or recovery_key=...
    ws.backup_before("import")                        # before an import or a merge
    ws.lock()                                          # closes and drops the key

Opening checks, in order, so that each failure has its own message and leaves every file
as it was: the folder, the lock, the key file (size, format, bounds, passphrase via the GCM
tag), the database file (present, non-empty, readable with the proven key), the schema
version. Then, only if the database changed since the last backup (`backups.py`), it runs
the integrity check and takes a backup — a database failing the check is refused, naming
the newest good backup — and only then runs pending migrations (after a backup of their own).

Creating builds the workspace in a hidden folder beside the target and renames it into
place when complete, so a crash leaves either nothing or a whole workspace.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import platformdirs

from musdesk import APP_NAME
from musdesk.errors import (
    BackupRefused,
    DatabaseDamaged,
    DatabaseDamagedNoBackup,
    DatabaseDamagedWithBackup,
    DatabaseEmpty,
    DatabaseMissing,
    IntegrityCheckFailed,
    IntegrityCheckFailedWithBackup,
    KeyFileMissing,
    MusdeskError,
    NotAWorkspace,
    StorageError,
    UpgradeNeeded,
    WorkspaceExists,
    WorkspaceInUse,
    WorkspaceLocked,
    WorkspaceReadOnly,
)
from musdesk.models.base import database_proxy
from musdesk.storage import backups, schema
from musdesk.storage.database import DATABASE_ERRORS, EncryptedDatabase, zero
from musdesk.storage.db_errors import classify
from musdesk.storage.files import storage_error_for, write_atomic
from musdesk.storage.keyfile import (
    DATA_KEY_BYTES,
    KdfParams,
    KeyFile,
    read_key_file,
    validate_new_passphrase,
)
from musdesk.storage.lock import LOCK_NAME, WorkspaceLock
from musdesk.storage.rekey import resolve_interrupted

DB_NAME = "musdesk.db"
KEY_NAME = "musdesk.key"
SIDE_FILES = ("-wal", "-shm")
STAGING_MARK = ".creating-"


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def _storage_error(exc: BaseException, folder: Path) -> MusdeskError:
    return classify(exc, folder)


class Workspace:
    def __init__(
        self,
        folder: Path,
        keyfile: KeyFile,
        database: EncryptedDatabase,
        lock: WorkspaceLock,
        backups_kept: int = backups.DEFAULT_KEPT,
    ) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self.database = database
        self._lock = lock
        self.backups_kept = backups_kept
        self.last_backup: Path | None = None
        self.upgraded_from: int | None = None  # the schema before this open's migrations
        self.notices: list[str] = []  # what the open did that the user should hear about

    # --- identity -------------------------------------------------------------------------
    @property
    def workspace_id(self) -> str:
        return self.keyfile.workspace_id

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def is_open(self) -> bool:
        return self.database._data_key is not None

    @property
    def read_only(self) -> bool:
        return self.database.query_only

    # --- creating -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        backups_kept: int = backups.DEFAULT_KEPT,
        populate: Callable[[Workspace], object] | None = None,
    ) -> tuple[Workspace, str]:
        """Make a new workspace in an empty (or new) folder. Returns it open, and the
        recovery key, which is shown to the user once and never stored in plain text.

        Everything (and `populate(workspace)`, e.g. the demo) happens in a hidden staging
        folder beside `folder`, renamed into place only when complete. Any failure removes
        the staging folder, unbinds the models and releases the lock: a retry starts clean."""
        target = Path(folder)
        validate_new_passphrase(passphrase)
        if target.exists() and (not target.is_dir() or not _empty_or_abandoned(target)):
            raise WorkspaceExists(path=str(target))
        in_place = False
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _remove_stale_staging(target)
            staging = target.parent / f".{target.name}{STAGING_MARK}{uuid.uuid4().hex[:12]}"
            staging.mkdir(mode=0o700)
        except OSError as exc:
            if not (target.is_dir() and os.access(target, os.W_OK)):
                raise storage_error_for(exc, target.parent) from exc
            # An empty folder we may write in, inside one we may not: build in place, the
            # key file last (a folder without it is visibly unfinished).
            staging, in_place = target, True
        lock = WorkspaceLock(staging)
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        database: EncryptedDatabase | None = None
        renamed = False
        try:
            lock.acquire()
            keyfile, recovery_key = KeyFile.create(
                str(uuid.uuid4()), data_key, passphrase, kdf or KdfParams.default()
            )
            os.close(os.open(staging / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            database = EncryptedDatabase(staging / DB_NAME, data_key)
            database.connect()
            schema.migrate(database_bound(database))
            _upkeep()
            if not in_place:
                write_atomic(staging / KEY_NAME, keyfile.to_bytes(), workspace_file=True)
            workspace = cls(staging, keyfile, database, lock, backups_kept)
            if populate is not None:
                populate(workspace)
            if in_place:
                write_atomic(staging / KEY_NAME, keyfile.to_bytes(), workspace_file=True)
            else:
                workspace.database.close_all()
                _rename_into_place(staging, target)
                renamed = True
                lock.moved_to(target)
                workspace.folder = target
                database.database = str(target / DB_NAME)
                database.connect()
            workspace._take_backup("create")
        except BaseException as exc:
            if database is not None:
                database.drop_key()
            else:
                zero(data_key)
            database_proxy.initialize(None)
            lock.release()
            if in_place:
                for name in (DB_NAME, *(DB_NAME + s for s in SIDE_FILES), KEY_NAME, LOCK_NAME):
                    with contextlib.suppress(OSError):
                        (target / name).unlink()
                with contextlib.suppress(OSError):
                    shutil.rmtree(target / backups.BACKUP_DIR)
            else:
                # Ours alone: the staging folder, or the target it became (failed backup).
                with contextlib.suppress(OSError):
                    shutil.rmtree(target if renamed else staging)
            if isinstance(exc, MusdeskError) or not isinstance(exc, Exception):
                raise
            if isinstance(exc, (OSError, *DATABASE_ERRORS)):
                raise _storage_error(exc, target.parent) from exc
            raise
        workspace._make_current()
        return workspace, recovery_key

    # --- opening --------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        backups_kept: int = backups.DEFAULT_KEPT,
        read_only: bool = False,
    ) -> Workspace:
        """Unlock the workspace. `read_only` (list, check, due, pdf, verify): nothing in
        the folder is written — every connection refuses writes, no backup is taken (a
        changed database is still checked), and a workspace that needs a schema upgrade
        or an interrupted key rotation finished is refused (UpgradeNeeded) instead."""
        folder = Path(folder)
        cls._check_folder(folder)
        lock = WorkspaceLock(folder)
        lock.acquire(read_only=read_only)
        database: EncryptedDatabase | None = None
        data_key: bytearray | None = None
        created_side_files = [
            folder / (DB_NAME + s) for s in SIDE_FILES if not (folder / (DB_NAME + s)).exists()
        ]
        try:
            if not read_only:
                _remove_stale_temp_files(folder)
            data_key, notice = resolve_interrupted(
                folder, passphrase, recovery_key, read_only=read_only
            )
            keyfile = read_key_file(folder / KEY_NAME)
            if data_key is not None:
                pass  # found through an interrupted rotation's bridge (new passphrase)
            elif passphrase is not None:
                data_key = keyfile.unwrap_with_passphrase(passphrase)
            elif recovery_key is not None:
                data_key = keyfile.unwrap_with_recovery_key(recovery_key)
            else:
                raise ValueError("a passphrase or a recovery key is needed")
            cls._check_database_file(folder)
            if not read_only and not os.access(folder / DB_NAME, os.W_OK):
                # Said before anything is copied: a read-only database is not damaged.
                raise WorkspaceReadOnly(path=str(folder))
            database = EncryptedDatabase(folder / DB_NAME, data_key)
            database.immutable = read_only and not os.access(folder, os.W_OK)
            workspace = cls(folder, keyfile, database, lock, backups_kept)
            if notice:
                workspace.notices.append(notice)
            try:
                database.connect()
                database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
                db = database_bound(database)
                schema.ensure_not_newer(db)
                if not database.table_exists("workspace_meta"):
                    raise DatabaseDamaged(detail="no schema")
                pending = schema.pending(db)
                if pending and read_only:
                    # A read-only command writes nothing, not even an upgrade: say so.
                    raise UpgradeNeeded(
                        found=schema.current_version(db), latest=schema.latest_version(),
                        path=str(folder),
                    )
                if pending:  # always a checked backup first (it also covers any change)
                    workspace.upgraded_from = schema.current_version(db)
                    workspace._backup_or_refuse_damaged("migration")
                    schema.migrate(db)
                elif not backups.unchanged_since_last_backup(folder, DB_NAME):
                    if read_only:  # checked, not copied: the next read-write open copies
                        workspace._check_or_refuse_damaged()
                    else:
                        workspace._backup_or_refuse_damaged("open")
                if not read_only:
                    _upkeep()
            except (*DATABASE_ERRORS, OSError, DatabaseDamaged) as exc:
                found = _storage_error(exc, folder)
                if type(found) is DatabaseDamaged:
                    raise workspace._damaged(found.detail or "") from exc
                if found is exc:
                    raise
                raise found from exc
            if read_only:
                database.query_only = True
                database.close_all()
            workspace._make_current()
            return workspace
        except BaseException:
            if database is not None:
                database.drop_key()
            elif data_key is not None:
                zero(data_key)
            database_proxy.initialize(None)
            for side in created_side_files:
                with contextlib.suppress(OSError):
                    side.unlink()
            lock.release()
            raise

    def _backup_or_refuse_damaged(self, reason: str) -> None:
        try:
            self._take_backup(reason)
        except BackupRefused as refused:
            raise self._damaged(refused.params.get("problems", "")) from None

    def _check_or_refuse_damaged(self) -> None:
        """The check a backup would run, without the copy (read-only opens)."""
        conn = self._require_open().connection()
        problems = backups.check_database(conn, self.db_path.stat().st_size)
        if problems:
            raise self._damaged("; ".join(problems[:3]))

    def _damaged(self, problems: object) -> DatabaseDamaged:
        """Damage found at open: name the newest backup that still passes its check."""
        good = backups.newest_good(self.folder, self.database.data_key)
        if good is None:
            return DatabaseDamagedNoBackup(detail=str(problems)[:200])
        when = good.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return DatabaseDamagedWithBackup(
            backup=good.path.name, when=when, folder=str(backups.backup_folder(self.folder))
        )

    @staticmethod
    def _check_folder(folder: Path) -> None:
        if not folder.is_dir():
            raise NotAWorkspace(path=str(folder))
        has_key = (folder / KEY_NAME).exists()
        has_db = (folder / DB_NAME).exists()
        if not has_key and not has_db:
            raise NotAWorkspace(path=str(folder))
        if not has_key:
            raise KeyFileMissing(path=str(folder))

    @staticmethod
    def _check_database_file(folder: Path) -> None:
        path = folder / DB_NAME
        if not path.exists():
            raise DatabaseMissing()
        if path.stat().st_size == 0:
            raise DatabaseEmpty()

    # --- while open -----------------------------------------------------------------------
    def _require_open(self) -> EncryptedDatabase:
        if not self.is_open:
            raise WorkspaceLocked()
        return self.database

    def _take_backup(self, reason: str) -> Path:
        """Check, copy, rotate (backups.take_backup); errors as MusdeskErrors."""
        database = self._require_open()
        try:
            conn = database.connection()
            self.last_backup = backups.take_backup(
                conn, self.folder, database.data_key, self.backups_kept, reason, db_name=DB_NAME
            )
        except MusdeskError:
            raise
        except (*DATABASE_ERRORS, OSError) as exc:
            raise _storage_error(exc, self.folder) from exc
        return self.last_backup

    def take_backup(self, keep: int | None = None, *, reason: str = "manual") -> Path:
        """A backup now ("Back up now"); raises BackupRefused if the database fails its
        check (the existing backups are then kept as they are)."""
        if keep is not None:
            self.backups_kept = keep
        return self._take_backup(reason)

    def backup_before(self, reason: str) -> Path:
        """Call before an import, a merge or any bulk change: checks the database and takes
        a backup named for `reason` ("import", "merge", …), kept by rotation as one of the
        newest "before" copies. Raises BackupRefused (do not go on) when the check fails."""
        return self._take_backup(reason)

    def list_backups(self) -> list[Path]:
        """The backup files, newest first (see `backups()` for their details)."""
        return [backup.path for backup in backups.list_backups(self.folder)]

    def backups(self) -> list[backups.Backup]:
        """Every backup with its time, reason and whether it was checked good, newest first."""
        return backups.list_backups(self.folder)

    def check_integrity(self) -> None:
        """PRAGMA integrity_check and cipher_integrity_check; raise on any finding."""
        database = self._require_open()
        try:
            problems = [
                row[0]
                for row in database.execute_sql("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"
            ]
            problems += [
                str(row[0]) for row in database.execute_sql("PRAGMA cipher_integrity_check")
            ]
        except DATABASE_ERRORS as exc:
            raise _storage_error(exc, self.folder) from exc
        if problems:
            # The next open checks in full again (and refuses) instead of trusting the file.
            backups.forget_state(self.folder)
            found = "; ".join(problems[:5])
            good = backups.newest_good(self.folder, database.data_key)
            if good is None:
                raise IntegrityCheckFailed(problems=found)
            when = good.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            raise IntegrityCheckFailedWithBackup(problems=found, backup=good.path.name, when=when)

    def schema_version(self) -> int:
        return schema.current_version(self._require_open())

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None, rotate_key: bool = False
    ) -> str | None:
        """Re-wrap the data key under a new passphrase (the data is not re-encrypted).

        With `rotate_key`, a new data key instead: the database is re-encrypted (PRAGMA
        rekey), the old backups are removed and a new one is taken, and a new recovery key
        is returned (to show once): an old key file with the old passphrase or recovery key
        then opens nothing here. See `storage/rekey.py`."""
        database = self._require_open()
        validate_new_passphrase(new_passphrase)
        if rotate_key:
            from musdesk.storage.rekey import rotate_data_key

            return rotate_data_key(self, new_passphrase, kdf or self.keyfile.kdf)
        self.keyfile.rewrap_passphrase(database.data_key, new_passphrase, kdf or self.keyfile.kdf)
        write_atomic(self.key_path, self.keyfile.to_bytes(), workspace_file=True)
        return None

    def _make_current(self) -> None:
        global _current
        _current = self

    def lock(self) -> None:
        """Close the database, overwrite the key bytes, release the folder."""
        global _current
        if _current is self:
            _current = None
        self.database.drop_key()
        if database_proxy.obj is self.database:
            database_proxy.initialize(None)
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()


_current: Workspace | None = None


def current_workspace() -> Workspace | None:
    """The workspace open in this process (one at a time, as the models' proxy)."""
    return _current if _current is not None and _current.is_open else None


def backup_before(reason: str) -> Path | None:
    """Call before an import, a merge or any other bulk change, outside its transaction:
    checks the open workspace's database and takes a backup named for `reason` ("import",
    "merge", …). Raises BackupRefused (do not go on) when the check fails; returns None when
    no workspace is open in this process."""
    workspace = current_workspace()
    return workspace.backup_before(reason) if workspace is not None else None


def _upkeep() -> None:
    """What read-only commands need and only a write can make (the seal keys, the issue
    records of signed summaries): `documents/upkeep.py`, one read when nothing is missing."""
    from musdesk.documents import upkeep  # above storage; imported only when opening

    upkeep.run()


def _remove_stale_temp_files(folder: Path) -> None:
    """Temp key files a killed `passwd` left (complete key files under an old passphrase)
    and partial backups. Called with the lock held, so no other process is writing them."""
    for stale in folder.glob(f".{KEY_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    backups.remove_partials(folder)


def _empty_or_abandoned(folder: Path) -> bool:
    """Empty, or holding only the lock file of a creation killed by an older version."""
    names = [p.name for p in folder.iterdir()]
    if not names:
        return True
    if names != [LOCK_NAME]:
        return False
    probe = WorkspaceLock(folder)
    try:
        probe.acquire()
    except StorageError:
        return False
    probe.release()
    with contextlib.suppress(OSError):
        (folder / LOCK_NAME).unlink()  # nobody holds it: a leftover, not a live lock
    return True


def _remove_stale_staging(target: Path) -> None:
    """Staging folders of earlier creations of `target` that were killed (their lock is
    free); a live creation holds its lock and is left alone."""
    for stale in target.parent.glob(f".{target.name}{STAGING_MARK}*"):
        if not stale.is_dir():
            continue
        probe = WorkspaceLock(stale)
        try:
            probe.acquire()
        except (WorkspaceInUse, StorageError):
            continue
        probe.release()
        with contextlib.suppress(OSError):
            shutil.rmtree(stale)


def _rename_into_place(staging: Path, target: Path) -> None:
    """The complete workspace becomes `target` in one rename (an empty `target` folder is
    replaced; anything else there means another creation won the race)."""
    try:
        if os.name == "nt" and target.is_dir():  # pragma: no cover - Windows
            target.rmdir()
        os.rename(staging, target)
    except OSError as exc:
        if target.exists():
            raise WorkspaceExists(path=str(target)) from exc
        raise
    from musdesk.storage.files import fsync_folder

    fsync_folder(target.parent)


def database_bound(database: EncryptedDatabase) -> EncryptedDatabase:
    """Point the models' proxy at this database (one workspace open per process)."""
    database_proxy.initialize(database)
    return database


def folder_files(folder: Path) -> list[str]:
    """The workspace's own files, for tools that need to know them (export, tests)."""
    return [DB_NAME, KEY_NAME, LOCK_NAME]


__all__ = [
    "DB_NAME",
    "KEY_NAME",
    "KdfParams",
    "MusdeskError",
    "StorageError",
    "Workspace",
    "default_workspace_path",
]
