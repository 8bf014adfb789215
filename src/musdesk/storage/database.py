"""The SQLCipher 4 database, opened with a raw 256-bit key through Peewee.

Each thread gets its own connection (Peewee keeps one per thread); with a raw key that
costs milliseconds, since SQLCipher then skips its own key derivation.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.errors import StorageError, WorkspaceLocked
from musdesk.storage.db_errors import DATABASE_ERRORS, classify
from musdesk.storage.gate import Gate, LockedCursor

PRAGMAS = [
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("secure_delete", 1),
    ("synchronous", "full"),
    ("busy_timeout", 5000),
]
BUSY_TIMEOUT_S = 5.0  # the same wait, for threads of this process (gate.py)


__all__ = ["DATABASE_ERRORS", "EncryptedDatabase", "configure_connection"]


_HEX = b"0123456789abcdef"


def raw_key_spec(data_key: bytes | bytearray) -> bytearray:
    """`x'<hex>'` (SQLCipher's form of a raw key, no PBKDF2 per connection) in a mutable
    buffer the caller zeroes; never a Python string."""
    spec = bytearray(3 + 2 * len(data_key))
    spec[0:2] = b"x'"
    for i, byte in enumerate(data_key):
        spec[2 + 2 * i] = _HEX[byte >> 4]
        spec[3 + 2 * i] = _HEX[byte & 0x0F]
    spec[-1] = ord("'")
    return spec


def zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def configure_connection(conn: sqlcipher.Connection, data_key: bytes | bytearray) -> None:
    # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # sqlite3_key() through the binding, from a buffer we zero: no SQL text with the key.
    spec = raw_key_spec(data_key)
    try:
        conn.set_key(spec)
    finally:
        zero(spec)
    conn.execute("PRAGMA cipher_compatibility = 4")


def rekey_connection(conn: sqlcipher.Connection, new_key: bytes | bytearray) -> None:
    """PRAGMA rekey through sqlite3_rekey(): every page re-encrypted under `new_key`."""
    spec = raw_key_spec(new_key)
    try:
        conn.reset_key(spec)
    finally:
        zero(spec)


def storage_error_for_database(
    exc: Exception, folder: Path, *, opening: bool = False
) -> StorageError:
    """Translate an SQLite/SQLCipher error once the key is known to be right (see
    `db_errors.classify`; `opening` is kept for callers and no longer changes the answer)."""
    found = classify(exc, folder)
    return found if isinstance(found, StorageError) else StorageError(detail=str(found))


def _with_lock(self: Any, *args: Any, **kwargs: Any) -> None:
    sqlcipher.Connection.__init__(self, *args, **kwargs)
    self.lock = threading.RLock()


# A connection with its own lock: held while it runs a statement or fetches rows, and to close
# it, so that no thread closes a connection another is inside, and two closes take turns
# (either crashed the driver: a segfault). Made with type(): the driver's class is untyped.
_Connection = type("_Connection", (sqlcipher.Connection,), {"__init__": _with_lock})


class EncryptedDatabase(SqlCipherDatabase):
    """SqlCipherDatabase keyed with raw bytes that can be dropped on lock."""

    if TYPE_CHECKING:  # Peewee internals its type stubs leave out
        _state: Any

        def _add_conn_hooks(self, conn: sqlcipher.Connection) -> None: ...

    def __init__(self, path: Path, data_key: bytearray, *, query_only: bool = False) -> None:
        self._data_key: bytearray | None = data_key
        # A read-only command's connections refuse every write (PRAGMA query_only).
        self.query_only = query_only
        # Read-only commands on a read-only medium open the file as immutable (see _connect).
        self.immutable = False
        self._all_connections: list[sqlcipher.Connection] = []
        self._connections_lock = threading.Lock()
        # one thread alone with the database (a restore's swap, a key rotation): gate.py
        self.gate = Gate(timeout=BUSY_TIMEOUT_S)
        self._folder = Path(path).parent
        super().__init__(str(path), pragmas=PRAGMAS, check_same_thread=False, timeout=5)

    def _connect(self) -> sqlcipher.Connection:
        if self._data_key is None:
            raise WorkspaceLocked()
        if self.immutable:  # on a read-only medium: no -shm to make, nobody can write
            uri = Path(self.database).resolve().as_uri() + "?immutable=1"
            conn = sqlcipher.connect(uri, uri=True, isolation_level=None,
                                     check_same_thread=False, timeout=5, factory=_Connection)
        else:
            conn = sqlcipher.connect(
                self.database, isolation_level=None, check_same_thread=False, timeout=5,
                factory=_Connection,
            )
        try:
            configure_connection(conn, self._data_key)
            self._add_conn_hooks(conn)  # Peewee's own (functions, collations, pragmas)
            if self.query_only:
                conn.execute("PRAGMA query_only = 1")
        except Exception:
            conn.close()
            raise
        with self._connections_lock:
            self._all_connections.append(conn)
        return conn

    @staticmethod
    def _conn_lock(conn: sqlcipher.Connection) -> Any:
        return getattr(conn, "lock", None) or contextlib.nullcontext()

    def _close_connections(self, connections: list[sqlcipher.Connection]) -> None:
        """Close each, once no thread is inside it (a statement or a fetch under way ends;
        two threads closing one connection take turns: the second close does nothing)."""
        for conn in connections:
            with self._conn_lock(conn), contextlib.suppress(Exception):
                conn.close()

    def close_every_connection(self) -> None:
        """Close every thread's connection; each is retired (see is_closed)."""
        with self._connections_lock:
            connections, self._all_connections = self._all_connections, []
        self._close_connections(connections)

    def _close(self, conn: sqlcipher.Connection) -> None:  # Peewee's close of this thread's
        self._close_connections([conn])

    def is_closed(self) -> bool:
        # A thread whose connection close_all() closed gets a fresh one on next use.
        state = self._state
        if not state.closed and state.conn is not None:
            with self._connections_lock:
                retired = all(conn is not state.conn for conn in self._all_connections)
            # inside a transaction the thread keeps the closed one: its next statement fails
            # (a MusdeskError) instead of going on silently on a new connection
            # (nor in Peewee's bookkeeping of one: its block's end needs it)
            if retired and not self.gate.in_transaction() and not state.transactions:
                state.reset()
        return bool(state.closed)

    def close_all(self) -> None:
        """Close every thread's connection; each reconnects (with the key held) on next use."""
        self.close_every_connection()
        self._state.reset()

    # --- one thread alone: a restore swapping the file, a key rotation (gate.py) -----------
    @contextlib.contextmanager
    def alone(self) -> Iterator[None]:
        """Have the database to this thread alone while the block runs (`Gate.alone`): other
        threads' statements and transactions under way end first, new ones wait until the
        block has ended. Then a write lock is taken and given back at once, for a writer
        on a raw connection (busy after the timeout: the block does not start, nothing has
        changed)."""
        with self.gate.alone() as outermost:
            if outermost and not self.in_transaction():
                self._let_writers_finish()
            yield

    def _let_writers_finish(self) -> None:
        conn = super().connection()
        try:
            conn.execute("BEGIN IMMEDIATE")  # waits (busy_timeout) for a writer to commit
            conn.execute("ROLLBACK")
        except DATABASE_ERRORS as exc:
            raise classify(exc, Path(self.database).parent) from exc

    def connection(self) -> sqlcipher.Connection:
        with self.gate.use():
            return super().connection()

    def cursor(self, named_cursor: Any = None) -> Any:
        with self.gate.use():
            return super().cursor(named_cursor)

    @property
    def data_key(self) -> bytearray:
        if self._data_key is None:
            raise WorkspaceLocked()
        return self._data_key

    # --- database errors become MusdeskErrors (db_errors.classify) ------------------------
    # Every statement, BEGIN, COMMIT and ROLLBACK goes through these, so no raw SQLite error of a
    # busy, full, read-only or damaged database reaches a service's caller. Constraint
    # violations stay Peewee's IntegrityError: services turn the ones they expect into
    # their own messages, and `write_transaction` classifies the rest.
    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        try:
            with self.gate.use():
                lock = self._conn_lock(super().connection())
                with lock:
                    cursor = super().execute_sql(sql, params, *args, **kwargs)
                return LockedCursor(cursor, lock, self._folder)
        except peewee.IntegrityError:
            raise
        except DATABASE_ERRORS as exc:
            raise classify(exc, Path(self.database).parent) from exc

    def begin(self, lock_type: str | None = None) -> None:
        try:
            with self.gate.use():
                super().begin(lock_type)
                self.gate.began()  # still inside: no swap can start in between
        except DATABASE_ERRORS as exc:  # BEGIN IMMEDIATE after the busy timeout
            raise classify(exc, Path(self.database).parent) from exc

    def commit(self) -> None:
        try:
            with self.gate.use():
                super().commit()
        except DATABASE_ERRORS as exc:  # still in the transaction: its rollback ends it
            raise classify(exc, Path(self.database).parent) from exc
        self.gate.ended()

    def rollback(self) -> None:
        try:
            with self.gate.use():
                super().rollback()
        except DATABASE_ERRORS as exc:
            raise classify(exc, Path(self.database).parent) from exc
        finally:
            self.gate.ended()

    def close_thread_connection(self) -> None:
        """Close the calling thread's connection, if it has one (a worker thread at the end
        of its job: it is not kept for the next one)."""
        conn = None if self.is_closed() else self._state.conn
        with contextlib.suppress(Exception):
            self.close()
        if conn is not None:
            with self._connections_lock:
                self._all_connections = [c for c in self._all_connections if c is not conn]

    def open_connections(self) -> int:
        with self._connections_lock:
            return len(self._all_connections)

    def drop_key(self) -> None:
        """Close every thread's connection and overwrite the key bytes we hold."""
        self.close_every_connection()
        with contextlib.suppress(Exception):
            self.close()
        if self._data_key is not None:
            zero(self._data_key)
            self._data_key = None

    def replace_key(self, new_key: bytearray) -> None:
        """After a rekey: hold `new_key` (the same buffer from now on), zero the old one."""
        old, self._data_key = self._data_key, new_key
        if old is not None and old is not new_key:
            zero(old)


def close_worker_connection() -> None:
    """Close the calling thread's connection to the bound workspace database, if any (the
    job runner calls it when a worker thread's job ends)."""
    from musdesk.models.base import database_proxy

    database = database_proxy.obj
    if isinstance(database, EncryptedDatabase):
        database.close_thread_connection()


def workspace_bound() -> bool:
    """Whether a workspace database is bound (open) right now."""
    from musdesk.models.base import database_proxy

    return database_proxy.obj is not None
