"""Erasure (GDPR art. 17) of an employee, a round or an organisation, everywhere it is kept.

    preview = preview_erasure("employee", employee_id)     # what will go, with counts
    result = erase(workspace, "employee", employee_id)      # database, backups, seals, calendar

The database: the rows go in one IMMEDIATE transaction (`privacy_rows.apply`) with
`secure_delete` on (set on every connection, so freed pages are zeroed), then the WAL is
checkpointed and truncated and the file is VACUUMed, so no page of the file or its WAL still
holds them. The backups: each one is opened with the same key and the same erasure applied,
then VACUUMed (rewritten in place; `privacy_backups`); one that cannot be opened is removed,
since it could not be cleansed. What remains is one content-free audit event and the erased
record's ID in a list (`privacy.erased`), so that a later restore of an older backup erases
it again. The calendar: the erased events' UIDs and dates (no names) are kept, and the next
.ics export carries them as cancelled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from musdesk import texts
from musdesk.errors import InvalidValue, WorkspaceLocked
from musdesk.models import Employee, Organisation, Round
from musdesk.services import audit, privacy_backups, privacy_rows
from musdesk.services.common import fetch
from musdesk.storage import backups
from musdesk.storage.database import DATABASE_ERRORS, storage_error_for_database
from musdesk.storage.workspace import Workspace

KINDS = privacy_rows.ERASABLE
CHECKPOINT_TRIES = 50


class OpenWorkspace:
    """The open workspace as the models' database proxy knows it (folder, database,
    backups): what the UI hands to these services without holding the Workspace itself."""

    def __init__(self) -> None:
        from musdesk.models import database_proxy
        from musdesk.storage.database import EncryptedDatabase

        database = database_proxy.obj
        if not isinstance(database, EncryptedDatabase):
            raise WorkspaceLocked()
        self.database = database
        self.folder = Path(database.database).parent

    def list_backups(self) -> list[Path]:
        # (backups.list_backups gives records with their time, reason and check)
        return [entry.path for entry in backups.list_backups(self.folder)]


@dataclass(frozen=True)
class ErasurePreview:
    kind: str
    ident: str
    name: str  # shown in the confirmation; never stored
    counts: tuple[tuple[str, int], ...]  # (table, rows), the record itself included
    backups: int  # how many backups will be rewritten

    def count_of(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


@dataclass(frozen=True)
class ErasureResult:
    kind: str
    ident: str
    counts: tuple[tuple[str, int], ...]
    backups_rewritten: int
    backups_removed: int
    calendar_cancelled: int
    backups_clean: int = 0  # held none of it (taken after an earlier erasure, say)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidValue(field="kind", reason=", ".join(KINDS))


def _record_name(kind: str, ident: str) -> tuple[str, str]:
    if kind == "employee":
        employee = fetch(Employee, ident, "employee")
        return str(employee.id), employee.full_name
    if kind == "round":
        round_ = fetch(Round, ident, "round")
        return str(round_.id), round_.name
    organisation = fetch(Organisation, ident, "organisation")
    return str(organisation.id), organisation.name


def resolve(kind: str, text: str) -> str:
    """The ID of the employee, round or organisation named by ID or unambiguous name."""
    from musdesk.services import lookup

    _check_kind(kind)
    if kind == "employee":
        return str(lookup.employee(text).id)
    if kind == "round":
        return str(lookup.round_(text).id)
    return str(lookup.organisation(text).id)


def count_lines(counts: tuple[tuple[str, int], ...]) -> list[str]:
    """'3 conversations'-style lines in the current language, for a confirmation."""
    return [texts.text("privacy.count_line", count=count,
                       what=texts.text(f"privacy.table.{table}"))
            for table, count in counts if count]


def result_message(result: ErasureResult) -> str:
    """What went, what happened to the backups and the calendar, in the current language."""
    backups_text = texts.text("privacy.backups_rewritten", rewritten=result.backups_rewritten,
                              removed=result.backups_removed)
    if result.backups_clean:
        backups_text += " " + texts.text("privacy.backups_clean", count=result.backups_clean)
    message = texts.text("privacy.erase_done", what=", ".join(count_lines(result.counts)),
                         backups=backups_text)
    if result.calendar_cancelled:
        message += " " + texts.text("privacy.calendar_note", count=result.calendar_cancelled)
    return message


def preview_erasure(workspace: Workspace | OpenWorkspace, kind: str, ident: str) -> ErasurePreview:
    _check_kind(kind)
    key, name = _record_name(kind, ident)
    conn = workspace.database.connection()
    rows = privacy_rows.collect(conn, kind, key)
    return ErasurePreview(kind, key, name, tuple(rows.counts().items()),
                          len(workspace.list_backups()))


def erase(workspace: Workspace | OpenWorkspace, kind: str, ident: str, *,
          today: dt.date | None = None) -> ErasureResult:
    """Erase the record and all that depends on it from the workspace and every backup."""
    _check_kind(kind)
    key, _name = _record_name(kind, ident)
    database = workspace.database
    on = (today or dt.date.today()).isoformat()
    try:
        with database.atomic(lock_type="IMMEDIATE"):
            conn = database.connection()
            before = len(privacy_rows.tombstones(conn))
            rows = privacy_rows.apply(conn, kind, key)
            privacy_rows.remember(conn, kind, key, on)
            audit.record("erased", (kind, key), detail="request")
            cancelled = len(privacy_rows.tombstones(conn)) - before
        compact(workspace)
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc
    rewritten, clean, removed = privacy_backups.cleanse_backups(
        workspace, privacy_rows.erased_list(database.connection()))
    return ErasureResult(kind, key, tuple(rows.counts().items()), rewritten, removed, cancelled,
                         clean)


def compact(workspace: Workspace | OpenWorkspace) -> None:
    """Leave no freed page behind: checkpoint the WAL into the file and truncate it, rebuild
    the file (VACUUM), and checkpoint what VACUUM wrote (again while another connection
    is still reading an older snapshot)."""
    database = workspace.database
    checkpoint(database)
    database.execute_sql("VACUUM")
    checkpoint(database)


def checkpoint(database: Any) -> None:
    import time

    for _ in range(CHECKPOINT_TRIES):
        busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        time.sleep(0.02)


def erased_records(workspace: Workspace | OpenWorkspace) -> list[dict[str, str]]:
    """The content-free list of what was erased (kind, ID, date)."""
    return privacy_rows.erased_list(workspace.database.connection())


@dataclass(frozen=True)
class CancelledEvent:
    """A calendar event of an erased record: only its UID and date are kept."""

    uid: str
    on: dt.date


def cancelled_events(organisation_id: str | None = None) -> list[CancelledEvent]:
    """The erased records' calendar events, for the .ics export to cancel (all, or one
    organisation's)."""
    from musdesk.models import database_proxy

    stones = privacy_rows.tombstones(database_proxy.connection())
    wanted = str(organisation_id) if organisation_id else None
    events = []
    for stone in stones:
        if wanted and stone.get("organisation") != wanted:
            continue
        try:
            events.append(CancelledEvent(stone["uid"], dt.date.fromisoformat(stone["on"])))
        except (KeyError, ValueError):
            continue
    return events
