"""The audit trail: record significant events by record type and ID, never personal content."""

from __future__ import annotations

from typing import Any

from peewee import Model

from musdesk.models import AuditEvent
from musdesk.models.enums import AUDIT_ACTIONS
from musdesk.services.common import MAX_NAME, as_dict, checked_length, choice


def record(action: str, record: Model | tuple[str, str], detail: str = "") -> None:
    """Note that `action` happened to a record (a model instance or (table, id)).

    `detail` is for technical facts only (a version number, a file format), never names
    or notes. Call it inside the service's transaction.
    """
    choice("action", action, AUDIT_ACTIONS)
    if isinstance(record, Model):
        record_type, record_id = record._meta.table_name, str(record.get_id())
    else:
        record_type, record_id = record
    AuditEvent.create(
        action=action,
        record_type=record_type,
        record_id=record_id,
        detail=checked_length("detail", detail, MAX_NAME),
    )


def events(record_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The newest events first, optionally only those of one record."""
    query = AuditEvent.select().order_by(AuditEvent.at.desc(), AuditEvent.created_at.desc())
    if record_id is not None:
        query = query.where(AuditEvent.record_id == str(record_id))
    return [as_dict(event) for event in query.limit(limit)]
