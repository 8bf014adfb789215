"""The audit trail: what happened to which record, never any personal content."""

from __future__ import annotations

from peewee import CharField, DateTimeField

from musdesk.models.base import BaseModel, utc_now


class AuditEvent(BaseModel):
    at = DateTimeField(default=utc_now, index=True)
    action = CharField(max_length=32)  # enums.AUDIT_ACTIONS
    record_type = CharField(max_length=64)  # table name, e.g. "conversation"
    record_id = CharField(max_length=36, index=True)
    # Technical detail only (a version number, a file format), never names or notes.
    detail = CharField(max_length=200, default="")

    class Meta:
        table_name = "audit_event"
