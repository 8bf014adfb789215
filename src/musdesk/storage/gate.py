"""One thread alone with the database: for a restore swapping the file, a key rotation.

    with database.gate.alone():      # the swapping thread
        ...                          # no other thread uses the database meanwhile

Every statement, connect, BEGIN, COMMIT and ROLLBACK of `EncryptedDatabase` runs inside
`gate.use()`, and a transaction is counted from its BEGIN to its COMMIT or ROLLBACK
(`began`/`ended`). `alone()` first closes the gate to new users, then waits until no other
thread is in a statement or a transaction (its own statement may still be opening a
connection to the old file: that is waited for too, and the connection then closed by the
swap). A thread inside a transaction passes the closed gate, so that it can finish; the
block starts when it has. After the busy timeout the block does not start (`DatabaseBusy`)
and nothing has changed. Threads that come to a closed gate wait until the block has ended,
and then connect to what is there by then (the restored file, with the current key).

What the gate cannot see: a raw DB-API connection that a thread took with `connection()`
and uses on its own. Only the thread that holds the gate works that way during a swap
(erasures and restores run one at a time, behind a modal dialog).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from musdesk.errors import DatabaseBusy
from musdesk.storage.db_errors import DATABASE_ERRORS, classify


class Gate:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout  # seconds alone() waits for other threads to finish
        self._changed = threading.Condition()
        self._holder: int | None = None  # the thread that has the database alone
        self._using: dict[int, int] = {}  # thread → how deep it is in use()
        self._in_transaction: set[int] = set()  # threads between BEGIN and its end

    @contextlib.contextmanager
    def use(self) -> Iterator[None]:
        """Around one use of the database by this thread; waits while another has it alone."""
        me = threading.get_ident()
        with self._changed:
            if not self._using.get(me):  # nested (a cursor inside a statement): goes on
                while self._holder not in (None, me) and me not in self._in_transaction:
                    self._changed.wait()
            self._using[me] = self._using.get(me, 0) + 1
        try:
            yield
        finally:
            with self._changed:
                left = self._using[me] - 1
                if left:
                    self._using[me] = left
                else:
                    del self._using[me]
                if self._holder is not None:
                    self._changed.notify_all()

    def began(self) -> None:
        with self._changed:
            self._in_transaction.add(threading.get_ident())

    def ended(self) -> None:
        with self._changed:
            self._in_transaction.discard(threading.get_ident())
            if self._holder is not None:
                self._changed.notify_all()

    def in_transaction(self) -> bool:
        """Whether this thread is between a BEGIN and its COMMIT or ROLLBACK."""
        with self._changed:
            return threading.get_ident() in self._in_transaction

    def _others_busy(self, me: int) -> bool:
        return any(t != me for t in self._using) or any(t != me for t in self._in_transaction)

    def _wait_until(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DatabaseBusy()
        self._changed.wait(remaining)

    @contextlib.contextmanager
    def alone(self) -> Iterator[bool]:
        """Have the database to this thread alone while the block runs; yields whether this
        is the outermost block (nested calls on one thread are one block)."""
        me = threading.get_ident()
        deadline = time.monotonic() + self.timeout
        with self._changed:
            while self._holder not in (None, me):  # another thread's block: after it
                self._wait_until(deadline)
            outermost = self._holder is None
            self._holder = me
            if outermost:
                try:
                    while self._others_busy(me):
                        self._wait_until(deadline)
                except DatabaseBusy:
                    self._holder = None
                    self._changed.notify_all()
                    raise
        try:
            yield outermost
        finally:
            if outermost:
                with self._changed:
                    self._holder = None
                    self._changed.notify_all()


class LockedCursor:
    """A DB-API cursor whose fetches hold its connection's lock (so a swap closing the
    connection waits for a fetch under way, rather than crashing the driver) and raise
    MusdeskErrors: rows read after a swap closed the connection say "busy, try again"."""

    __slots__ = ("_cursor", "_folder", "_lock")

    def __init__(self, cursor: Any, lock: Any, folder: Path) -> None:
        self._cursor = cursor
        self._lock = lock
        self._folder = folder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchone, None)

    def _fetch(self, name: str, *args: Any) -> Any:
        try:
            with self._lock:
                return getattr(self._cursor, name)(*args)
        except DATABASE_ERRORS as exc:
            raise classify(exc, self._folder) from exc

    def fetchone(self) -> Any:
        return self._fetch("fetchone")

    def fetchmany(self, size: int = 1) -> list[Any]:
        return list(self._fetch("fetchmany", size))

    def fetchall(self) -> list[Any]:
        return list(self._fetch("fetchall"))
