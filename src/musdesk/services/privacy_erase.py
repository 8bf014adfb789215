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
it again. The calendar: every event of what goes is buried first (services/calendar_tombstones,
the one table of cancelled events: UID, date and plain ids, no names), the same tombstones go
into each rewritten backup, and the next .ics export carries them as cancelled. An erased
person's name where it remains in other people's records (as their leader in a signed
snapshot, or in free text) is replaced by a marker (services/privacy_redact).

Progress: `erase(..., progress=callback, check=callback)` reports each step (`Step`: the rows,
compacting the database, each backup by name); `check()` runs just before the database
commit, so a cancel up to there leaves everything as it was; after the commit the erasure
always runs to its end (half an erasure is not an option).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from musdesk import texts
from musdesk.errors import InvalidValue, WorkspaceLocked
from musdesk.models import Employee, Organisation, Round, utc_now
from musdesk.services import (
    audit,
    calendar_tombstones,
    privacy_backups,
    privacy_redact,
    privacy_rows,
)
from musdesk.services.common import fetch
from musdesk.storage import backups
from musdesk.storage.database import DATABASE_ERRORS, storage_error_for_database
from musdesk.storage.workspace import Workspace

KINDS = privacy_rows.ERASABLE
NO_MENTIONS = privacy_redact.NONE
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
    mentions: privacy_redact.Mentions = NO_MENTIONS  # the name in others' records
    backup_names: tuple[str, ...] = ()  # the backup files, in the order they are rewritten

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
    redacted: privacy_redact.Mentions = NO_MENTIONS


@dataclass(frozen=True)
class Step:
    """One step of an erasure, for a progress display: `what` is "rows" (still
    cancellable), "database" (compacting) or "backup" (`name`: its file), `index` of `total`."""

    what: str
    index: int
    total: int
    name: str = ""

    def __str__(self) -> str:
        return f"{self.what} {self.name}".strip()


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
    message += "".join(" " + line for line in redaction_lines(result.redacted, done=True))
    return message


def redaction_lines(mentions: privacy_redact.Mentions, *, done: bool = False) -> list[str]:
    """Where the name remains in others' records (before), or was replaced (after)."""
    prefix = "privacy.redacted" if done else "privacy.remains"
    lines = []
    if mentions.namesake:
        return [texts.text("privacy.remains.namesake")]
    if mentions.signed or mentions.issued:
        lines.append(texts.text(f"{prefix}.signed", count=mentions.signed,
                                issued=mentions.issued, marker=privacy_redact.marker()))
    if mentions.free_text:
        lines.append(texts.text(f"{prefix}.free_text", count=mentions.free_text,
                                marker=privacy_redact.marker()))
    return lines


def preview_erasure(workspace: Workspace | OpenWorkspace, kind: str, ident: str) -> ErasurePreview:
    _check_kind(kind)
    key, name = _record_name(kind, ident)
    conn = workspace.database.connection()
    rows = privacy_rows.collect(conn, kind, key)
    found = privacy_redact.mentions(conn, name, rows) if kind == "employee" else NO_MENTIONS
    backup_files = workspace.list_backups()
    return ErasurePreview(kind, key, name, tuple(rows.counts().items()), len(backup_files),
                          found, tuple(path.name for path in backup_files))


def erase(workspace: Workspace | OpenWorkspace, kind: str, ident: str, *,
          today: dt.date | None = None, progress: Callable[[Step], object] | None = None,
          check: Callable[[], object] | None = None) -> ErasureResult:
    """Erase the record and all that depends on it from the workspace and every backup.
    `check()` may raise (a cancel) until the database commit; nothing has changed then."""
    _check_kind(kind)
    key, _name = _record_name(kind, ident)
    database = workspace.database
    on = (today or dt.date.today()).isoformat()
    backup_files = workspace.list_backups()
    total = 2 + len(backup_files)
    tell = progress or (lambda _step: None)
    marker = privacy_redact.marker()
    tell(Step("rows", 0, total))
    try:
        with database.atomic(lock_type="IMMEDIATE"):
            conn = database.connection()
            started = utc_now()
            rows = privacy_rows.apply(conn, kind, key, on=on, marker=marker,
                                      before=bury_events)
            privacy_rows.remember(conn, kind, key, on)
            audit.record("erased", (kind, key), detail="request")
            stones = tombstone_rows(started)
            if check is not None:
                check()  # the last moment a cancel leaves everything as it was
        tell(Step("database", 1, total))
        compact(workspace)
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc

    def each_file(index: int, path: Path) -> None:
        tell(Step("backup", 2 + index, total, path.name))

    rewritten, clean, removed = privacy_backups.cleanse_backups(
        workspace, privacy_rows.erased_list(database.connection()), stones=stones,
        marker=marker, paths=backup_files, on_file=each_file)
    return ErasureResult(kind, key, tuple(rows.counts().items()), rewritten, removed,
                         len(stones), clean, rows.redacted or NO_MENTIONS)


def bury_events(kind: str, key: str, rows: privacy_rows.RowSet) -> None:
    """Bury (services/calendar_tombstones) every calendar event of what is about to go:
    `privacy_rows.apply`'s `before` hook, in the erasure's transaction."""
    if kind == "employee":
        calendar_tombstones.bury_employee(key)
    else:
        bury_rows(rows)


def bury_rows(rows: privacy_rows.RowSet) -> None:
    """Tombstones for the events among the rows of a round or an organisation."""
    from musdesk.models import (
        Conversation,
        DevelopmentGoal,
        FollowUpMeeting,
        GroupConversation,
        SubGoal,
    )

    def chosen(model: Any, table: str) -> list[Any]:
        ids = sorted(rows.ids(table))
        found: list[Any] = []
        for start in range(0, len(ids), 500):
            found += list(model.select().where(model.id.in_(ids[start:start + 500])))
        return found

    meetings: dict[Any, list[Any]] = {}
    for meeting in chosen(FollowUpMeeting, "follow_up_meeting"):
        meetings.setdefault(meeting.employee_id, []).append(meeting)
    for meeting_list in meetings.values():
        calendar_tombstones.bury_meetings(meeting_list, meeting_list[0].employee)
    for conversation in chosen(Conversation, "conversation"):
        calendar_tombstones.bury_conversation(conversation)
    goals = chosen(DevelopmentGoal, "development_goal")
    for goal in goals:
        calendar_tombstones.bury_goal(goal)
    goal_ids = {goal.id for goal in goals}
    for sub in chosen(SubGoal, "sub_goal"):  # of goals that stay (none today): still buried
        if sub.goal_id not in goal_ids:
            calendar_tombstones.bury(calendar_tombstones.SUB_GOAL, sub.id, sub.due_date,
                                     *calendar_tombstones._where(sub.goal.employee))
    for grus in chosen(GroupConversation, "group_conversation"):
        department = grus.department
        calendar_tombstones.bury(calendar_tombstones.GRUS, grus.id,
                                 grus.scheduled_start or grus.held_on,
                                 department.organisation_id, department.id)


def tombstone_rows(since: dt.datetime) -> list[dict[str, Any]]:
    """The tombstones recorded from `since` on (by this erasure), as stored (plain rows to
    copy into the backups)."""
    from musdesk.models import database_proxy

    cursor = database_proxy.execute_sql(
        "SELECT * FROM calendar_tombstone WHERE created_at >= ?", (str(since),))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


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
class Erasures:
    """How many records of one kind were erased on one day (no names, no IDs)."""

    on: dt.date | None
    kind: str  # employee, round, organisation
    count: int


def erasures(workspace: Workspace | OpenWorkspace) -> list[Erasures]:
    """The erasures made in this workspace, newest day first: File → Privacy… lists them."""
    counted: dict[tuple[str, str], int] = {}
    for entry in erased_records(workspace):
        key = (str(entry.get("on", "")), str(entry.get("kind", "")))
        counted[key] = counted.get(key, 0) + 1
    found = []
    for (on, kind), count in counted.items():
        try:
            day: dt.date | None = dt.date.fromisoformat(on)
        except ValueError:
            day = None
        found.append(Erasures(day, kind, count))
    return sorted(found, key=lambda e: (e.on or dt.date.min, e.kind), reverse=True)
