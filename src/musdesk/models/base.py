"""The database proxy and the base model every table derives from.

The storage layer binds `database_proxy` to the open encrypted database; models never
open anything themselves. Every record has a stable UUID key and created/updated times
(UTC), so packages from two laptops can be merged later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from peewee import DatabaseProxy, DateTimeField, Model, UUIDField

database_proxy = DatabaseProxy()


def utc_now() -> dt.datetime:
    """Naive UTC timestamp (SQLite stores no zone); one helper so tests can reason about it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    id = UUIDField(primary_key=True, default=uuid.uuid4)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        database = database_proxy
        legacy_table_names = False

    def save(self, *args: Any, **kwargs: Any) -> Any:
        self.updated_at = utc_now()
        return super().save(*args, **kwargs)
