"""The one way services write: a transaction that begins IMMEDIATE.

`BEGIN` (deferred) takes the write lock only at the first write; if another connection (a
worker thread) writes meanwhile, SQLite cannot wait for it without risking a deadlock and
fails at once with "database is locked", whatever the busy timeout. `BEGIN IMMEDIATE` takes
the write lock first, so a second writer waits up to the busy timeout (PRAGMAS in
database.py) for the first to finish. Nested use becomes a savepoint of the outer one.

Any database error leaving the transaction becomes a `MusdeskError` (db_errors.classify):
busy, disk full, read-only and damaged each with its own message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from musdesk.errors import MusdeskError
from musdesk.models.base import database_proxy
from musdesk.storage.db_errors import DATABASE_ERRORS, classify


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    try:
        with database_proxy.atomic("IMMEDIATE"):
            yield
    except MusdeskError:
        raise
    except DATABASE_ERRORS as exc:
        raise classify(exc) from exc
