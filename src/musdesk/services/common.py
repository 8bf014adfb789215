"""What every service shares: fetching by ID, validating input, turning records into dicts."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from peewee import ForeignKeyField, Model

from musdesk import texts
from musdesk.errors import InvalidValue, NotFound
from musdesk.models.base import BaseModel
from musdesk.storage.transactions import write_transaction

# Sane limits for what a person types (characters).
MAX_NAME = 200
MAX_LINE = 500
MAX_TEXT = 20_000

M = TypeVar("M", bound=BaseModel)


def atomic() -> contextlib.AbstractContextManager[None]:
    """One transaction per user action: nothing is half-saved when a rule fails. It begins
    IMMEDIATE and turns database errors into MusdeskErrors (storage/transactions.py)."""
    return write_transaction()


def reason(key: str, **params: object) -> str:
    return texts.text(f"domain.reason.{key}", **params)


def kind_label(kind: str) -> str:
    return texts.text(f"domain.kind.{kind}")


def parse_uuid(ident: object) -> uuid.UUID | None:
    if isinstance(ident, uuid.UUID):
        return ident
    try:
        return uuid.UUID(str(ident).strip())
    except (ValueError, AttributeError):
        return None


def fetch(model: type[M], ident: object, kind: str) -> M:
    """The record with this ID, or NotFound naming the kind of record."""
    key = parse_uuid(ident)
    record = model.get_or_none(model.id == key) if key is not None else None
    if record is None:
        raise NotFound(kind=kind_label(kind), ident=str(ident))
    return record


def fetch_optional(model: type[M], ident: object, kind: str) -> M | None:
    return None if ident is None or ident == "" else fetch(model, ident, kind)


def required_text(field: str, value: object, limit: int = MAX_NAME) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise InvalidValue(field, reason("required"))
    return checked_length(field, text, limit)


def optional_text(field: str, value: object, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    return checked_length(field, text, limit)


def checked_length(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise InvalidValue(field, reason("too_long", limit=limit))
    return text


def choice(field: str, value: object, allowed: Iterable[str]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise InvalidValue(field, reason("not_a_choice", value=value, allowed=", ".join(allowed)))
    return str(value)


def as_date(field: str, value: object) -> dt.date | None:
    """A date from a date or an ISO string ("2026-03-01"); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidValue(field, reason("not_a_date", value=value)) from None


def as_datetime(field: str, value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        raise InvalidValue(field, reason("not_a_date", value=value)) from None


def as_time(field: str, value: object) -> dt.time:
    """A time of day from a time or "HH:MM" text (seconds dropped)."""
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    try:
        return dt.time.fromisoformat(str(value).strip()).replace(second=0, microsecond=0)
    except ValueError:
        raise InvalidValue(field, reason("not_a_time", value=value)) from None


def dates_in_order(field: str, first: dt.date | dt.datetime | None,
                   last: dt.date | dt.datetime | None) -> None:
    """Raise when `last` lies before `first` (both may be None)."""
    if first is not None and last is not None and last < first:
        raise InvalidValue(field, reason("dates_out_of_order"))


def percent(field: str, value: object) -> int:
    try:
        if not isinstance(value, str | int | float):
            raise TypeError(value)
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, reason("percent")) from None
    if not 0 <= number <= 100 or (isinstance(value, float) and value != number):
        raise InvalidValue(field, reason("percent"))
    return number


# Danish and Norwegian alphabets end … x y z æ ø å (with ä/ö/aa as their old spellings).
_NORDIC = str.maketrans({"æ": "{0", "ä": "{0", "ø": "{1", "ö": "{1", "å": "{2"})


def nordic_key(text: str) -> str:
    """Sort key that puts æ, ø, å after z, as a Danish or Norwegian reader expects."""
    return text.casefold().translate(_NORDIC)


def person_key(first_name: str | None, last_name: str | None) -> tuple[str, str]:
    """THE order of people in every table and drop-down: last name, then first name, in
    the Nordic alphabet (as the roster lists them)."""
    return nordic_key(last_name or ""), nordic_key(first_name or "")


def as_dict(record: Model, **extra: Any) -> dict[str, Any]:
    """Plain data: every column, foreign keys as `<name>_id` strings, UUIDs as strings."""
    data: dict[str, Any] = {}
    for field in record._meta.sorted_fields:
        if isinstance(field, ForeignKeyField):
            raw = record.__data__.get(field.name)
            data[f"{field.name}_id"] = None if raw is None else str(raw)
        else:
            value = getattr(record, field.name)
            data[field.name] = str(value) if isinstance(value, uuid.UUID) else value
    data.update(extra)
    return data


def reject_unknown(changes: dict[str, Any], allowed: Iterable[str]) -> None:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise InvalidValue(sorted(unknown)[0], reason("unknown_field"))


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of `query.tuples()`, typed as the tuples they are (Peewee's stubs type the
    rows of any select of a model as instances of that model)."""
    rows: Iterator[tuple[Any, ...]] = iter(query.tuples())
    return rows

