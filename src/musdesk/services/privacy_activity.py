"""The activity log (the content-free audit events), filtered, and as a CSV file.

Events say what happened to which kind of record and when, never names or notes, so the
log can be shown and exported as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from musdesk import texts
from musdesk.models import AuditEvent
from musdesk.models.enums import label
from musdesk.services import audit
from musdesk.services.common import atomic
from musdesk.storage.files import write_atomic

MAX_ROWS = 100_000


@dataclass(frozen=True)
class ActivityRow:
    at: dt.datetime  # UTC
    action: str
    action_label: str
    record_type: str
    record_label: str
    record_id: str
    detail: str


def record_label(record_type: str, language: str | None = None) -> str:
    try:
        text = texts.text(f"privacy.table.{record_type}", language)
    except KeyError:
        return record_type
    return text[:1].upper() + text[1:]


def record_types() -> list[str]:
    query = AuditEvent.select(AuditEvent.record_type).distinct().order_by(AuditEvent.record_type)
    return [row.record_type for row in query]


def activity(record_type: str | None = None, since: dt.date | None = None,
             until: dt.date | None = None, limit: int = MAX_ROWS) -> list[ActivityRow]:
    """Newest first; `since`/`until` are whole days (UTC), both included."""
    query = AuditEvent.select().order_by(AuditEvent.at.desc(), AuditEvent.created_at.desc())
    if record_type:
        query = query.where(AuditEvent.record_type == record_type)
    if since is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(since, dt.time()))
    if until is not None:
        query = query.where(AuditEvent.at < dt.datetime.combine(until + dt.timedelta(days=1),
                                                                 dt.time()))
    rows = []
    for event in query.limit(limit):
        try:
            action_label = label("audit_action", event.action)
        except KeyError:
            action_label = event.action
        rows.append(ActivityRow(event.at, event.action, action_label, event.record_type,
                                record_label(event.record_type), event.record_id, event.detail))
    return rows


def csv_bytes(rows: list[ActivityRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([texts.text(f"privacy.log.column.{name}") for name in
                     ("at", "action", "record_type", "record_id", "detail")])
    for row in rows:
        writer.writerow([row.at.strftime("%Y-%m-%d %H:%M:%S"), row.action_label,
                         row.record_label, row.record_id, row.detail])
    # a BOM, so that spreadsheet programs read æøå correctly
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_csv(path: Path, rows: list[ActivityRow]) -> int:
    write_atomic(Path(path), csv_bytes(rows))
    with atomic():
        audit.record("exported", ("audit_event", "log"), detail="csv")
    return len(rows)
