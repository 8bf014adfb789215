"""The SQLCipher 4 database, opened with a raw 256-bit key through Peewee.

Each thread gets its own connection (Peewee keeps one per thread); with a raw key that
costs milliseconds, since SQLCipher then skips its own key derivation.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import StorageError, WorkspaceLocked
from musdesk.storage.db_errors import DATABASE_ERRORS, classify

PRAGMAS = [
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("secure_delete", 1),
    ("synchronous", "full"),
    ("busy_timeout", 5000),
]


__all__ = ["DATABASE_ERRORS", "EncryptedDatabase", "configure_connection"]


def key_pragma(data_key: bytes | bytearray) -> str:
    # x'…' tells SQLCipher this is a raw key: no PBKDF2 on every connection.
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


def configure_connection(conn: sqlcipher.Connection, data_key: bytes | bytearray) -> None:
    # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    statement = key_pragma(data_key)
    conn.execute(statement)
    del statement
    conn.execute("PRAGMA cipher_compatibility = 4")


def storage_error_for_database(
    exc: Exception, folder: Path, *, opening: bool = False
) -> StorageError:
    """Translate an SQLite/SQLCipher error once the key is known to be right (see
    `db_errors.classify`; `opening` is kept for callers and no longer changes the answer)."""
    found = classify(exc, folder)
    return found if isinstance(found, StorageError) else StorageError(detail=str(found))


class EncryptedDatabase(SqlCipherDatabase):
    """SqlCipherDatabase keyed with raw bytes that can be dropped on lock."""

    def __init__(self, path: Path, data_key: bytearray) -> None:
        self._data_key: bytearray | None = data_key
        self._all_connections: list[sqlcipher.Connection] = []
        self._connections_lock = threading.Lock()
        super().__init__(str(path), pragmas=PRAGMAS, check_same_thread=False, timeout=5)

    def _connect(self) -> sqlcipher.Connection:
        if self._data_key is None:
            raise WorkspaceLocked()
        conn = sqlcipher.connect(
            self.database, isolation_level=None, check_same_thread=False, timeout=5
        )
        try:
            configure_connection(conn, self._data_key)
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        with self._connections_lock:
            self._all_connections.append(conn)
        return conn

    @property
    def data_key(self) -> bytearray:
        if self._data_key is None:
            raise WorkspaceLocked()
        return self._data_key

    def drop_key(self) -> None:
        """Close every thread's connection and overwrite the key bytes we hold."""
        with self._connections_lock:
            connections, self._all_connections = self._all_connections, []
        for conn in connections:
            with contextlib.suppress(Exception):
                conn.close()
        with contextlib.suppress(Exception):
            self.close()
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
