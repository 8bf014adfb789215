"""The encrypted workspace: one folder with the database, its key file, backups and a lock.

    ws, recovery_key = Workspace.create(folder, passphrase)
    ws = Workspace.open(folder, passphrase=...)      # or recovery_key=...
    ws.lock()                                          # closes and drops the key

Opening checks, in order, so that each failure has its own message and leaves every file
as it was: the folder, the lock, the key file (format, bounds, passphrase via the GCM tag),
the database file (present, non-empty, readable with the proven key), the schema version;
then it takes a backup (which reads every page) and only then runs pending migrations.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from pathlib import Path

import platformdirs

from musdesk import APP_NAME
from musdesk.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    IntegrityCheckFailed,
    KeyFileMissing,
    MusdeskError,
    NotAWorkspace,
    StorageError,
    WorkspaceExists,
    WorkspaceLocked,
)
from musdesk.models.base import database_proxy
from musdesk.storage import backups, schema
from musdesk.storage.database import (
    DATABASE_ERRORS,
    EncryptedDatabase,
    storage_error_for_database,
)
from musdesk.storage.files import storage_error_for, write_atomic
from musdesk.storage.keyfile import (
    DATA_KEY_BYTES,
    KdfParams,
    KeyFile,
    validate_new_passphrase,
)
from musdesk.storage.lock import LOCK_NAME, WorkspaceLock

DB_NAME = "musdesk.db"
KEY_NAME = "musdesk.key"
SIDE_FILES = ("-wal", "-shm")


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


class Workspace:
    def __init__(
        self, folder: Path, keyfile: KeyFile, database: EncryptedDatabase, lock: WorkspaceLock
    ) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self.database = database
        self._lock = lock
        self.last_backup: Path | None = None

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

    # --- creating -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        backups_kept: int = backups.DEFAULT_KEPT,
    ) -> tuple[Workspace, str]:
        """Make a new workspace in an empty (or new) folder. Returns it open, and the
        recovery key, which is shown to the user once and never stored in plain text."""
        folder = Path(folder)
        validate_new_passphrase(passphrase)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise WorkspaceExists(path=str(folder))
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error_for(exc, folder) from exc
        lock = WorkspaceLock(folder)
        lock.acquire()
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        database: EncryptedDatabase | None = None
        try:
            keyfile, recovery_key = KeyFile.create(
                str(uuid.uuid4()), bytes(data_key), passphrase, kdf or KdfParams.default()
            )
            os.close(os.open(folder / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            database = EncryptedDatabase(folder / DB_NAME, data_key)
            database.connect()
            schema.migrate(database_bound(database))
            # The key file last: a folder without it is visibly unfinished, never half-usable.
            write_atomic(folder / KEY_NAME, keyfile.to_bytes(), workspace_file=True)
        except BaseException as exc:
            if database is not None:
                database.drop_key()
            database_proxy.initialize(None)
            for name in (DB_NAME, *(DB_NAME + s for s in SIDE_FILES), KEY_NAME):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            lock.release()
            if isinstance(exc, OSError):
                raise storage_error_for(exc, folder) from exc
            if isinstance(exc, DATABASE_ERRORS):
                raise storage_error_for_database(exc, folder) from exc
            raise
        workspace = cls(folder, keyfile, database, lock)
        workspace.take_backup(backups_kept)
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
    ) -> Workspace:
        folder = Path(folder)
        cls._check_folder(folder)
        lock = WorkspaceLock(folder)
        lock.acquire()
        database: EncryptedDatabase | None = None
        created_side_files = [
            folder / (DB_NAME + s) for s in SIDE_FILES if not (folder / (DB_NAME + s)).exists()
        ]
        try:
            keyfile = cls._read_keyfile(folder)
            if passphrase is not None:
                data_key = keyfile.unwrap_with_passphrase(passphrase)
            elif recovery_key is not None:
                data_key = keyfile.unwrap_with_recovery_key(recovery_key)
            else:
                raise ValueError("a passphrase or a recovery key is needed")
            cls._check_database_file(folder)
            database = EncryptedDatabase(folder / DB_NAME, data_key)
            try:
                database.connect()
                database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            except DATABASE_ERRORS as exc:
                raise storage_error_for_database(exc, folder, opening=True) from exc
            db = database_bound(database)
            try:
                # Every page's HMAC, before anything is written or backed up: the backup
                # API copies pages without decrypting them, so it would not notice damage.
                damaged_pages = database.execute_sql("PRAGMA cipher_integrity_check").fetchall()
                if damaged_pages:
                    raise DatabaseDamaged(detail=str(damaged_pages[0][0]))
                schema.ensure_not_newer(db)
                if not database.table_exists("workspace_meta"):
                    raise DatabaseDamaged(detail="no schema")
            except DATABASE_ERRORS as exc:
                raise storage_error_for_database(exc, folder, opening=True) from exc
            workspace = cls(folder, keyfile, database, lock)
            workspace.take_backup(backups_kept, opening=True)
            try:
                schema.migrate(db)
            except DATABASE_ERRORS as exc:
                raise storage_error_for_database(exc, folder, opening=True) from exc
            return workspace
        except BaseException:
            if database is not None:
                database.drop_key()
            database_proxy.initialize(None)
            for side in created_side_files:
                with contextlib.suppress(OSError):
                    side.unlink()
            lock.release()
            raise

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
    def _read_keyfile(folder: Path) -> KeyFile:
        try:
            raw = (folder / KEY_NAME).read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing(path=str(folder)) from None
        except OSError as exc:
            raise storage_error_for(exc, folder) from exc
        return KeyFile.from_bytes(raw)

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

    def take_backup(self, keep: int = backups.DEFAULT_KEPT, *, opening: bool = False) -> Path:
        database = self._require_open()
        try:
            conn = database.connection()
            self.last_backup = backups.take_backup(conn, self.folder, database.data_key, keep)
        except DATABASE_ERRORS as exc:
            raise storage_error_for_database(exc, self.folder, opening=opening) from exc
        except OSError as exc:
            raise storage_error_for(exc, self.folder) from exc
        return self.last_backup

    def list_backups(self) -> list[Path]:
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
            raise storage_error_for_database(exc, self.folder) from exc
        if problems:
            raise IntegrityCheckFailed(problems="; ".join(problems[:5]))

    def schema_version(self) -> int:
        return schema.current_version(self._require_open())

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the data is not re-encrypted."""
        database = self._require_open()
        validate_new_passphrase(new_passphrase)
        self.keyfile.rewrap_passphrase(
            bytes(database.data_key), new_passphrase, kdf or self.keyfile.kdf
        )
        write_atomic(self.key_path, self.keyfile.to_bytes(), workspace_file=True)

    def lock(self) -> None:
        """Close the database, overwrite the key bytes, release the folder."""
        self.database.drop_key()
        if database_proxy.obj is self.database:
            database_proxy.initialize(None)
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()


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
