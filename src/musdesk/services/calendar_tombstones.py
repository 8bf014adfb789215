"""Calendar events whose record is gone, kept so the next export cancels them.

A calendar that imported an earlier export keeps an event until it sees the same UID again
with `STATUS:CANCELLED` and a higher `SEQUENCE`. So whenever a record that was (or may have
been) exported as an event disappears — a follow-up meeting re-planned away, a deleted goal
with its deadline and sub-goals, an erased person — the service that deletes it calls
`bury(...)` inside its own transaction. Each tombstone holds only the UID, the sequence, the
start (the calendar needs one) and plain scope ids; no name, no text.

API (Qt-free, call inside the deleting service's `atomic()`):
- `event_uid(kind, record_id)` — the UID every export uses for that record.
- `sequence_now()` / `sequence_of(updated_at)` — SEQUENCE values (seconds since 2020).
- `bury(kind, record_id, starts, organisation_id, department_id, employee_id)`.
- `bury_goal(goal)` — a goal's deadline and dated sub-goals (before deleting it).
- `bury_meeting(meeting)`, `bury_meetings(meetings, employee)`, `bury_conversation(c)`.
- `bury_employee(employee_id)` — every event of a person (meetings, conversations, goal
  deadlines, sub-goals), for erasure: call before deleting the person's records.
- `tombstones(employee_ids, organisation_id=None)` — for the export.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from musdesk.models import (
    CalendarTombstone,
    Conversation,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    utc_now,
)

UID_DOMAIN = "musdesk"
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1)
# Event kinds (part of the UID, so never change one).
MEETING, CONVERSATION, GOAL_DEADLINE, SUB_GOAL, GRUS = (
    "meeting", "conversation", "goal-deadline", "sub-goal", "grus",
)


def event_uid(kind: str, record_id: object) -> str:
    """Stable across exports: the record's UUID and what the event stands for."""
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def sequence_of(updated_at: dt.datetime | None) -> int:
    """Grows with every change of the record (seconds since 2020), as RFC 5545 asks."""
    if updated_at is None:
        return 0
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds()))


def sequence_now() -> int:
    # One more than any change recorded so far, even one made in this very second.
    return sequence_of(utc_now()) + 1


def _as_text(starts: dt.date | dt.datetime) -> str:
    return starts.isoformat(timespec="minutes") if isinstance(starts, dt.datetime) \
        else starts.isoformat()


def bury(
    kind: str,
    record_id: object,
    starts: dt.date | dt.datetime | None,
    organisation_id: object,
    department_id: object | None = None,
    employee_id: object | None = None,
) -> None:
    """Remember that the event of this record is gone (replaces an older tombstone)."""
    if starts is None:
        return  # an undated record was never an event
    uid = event_uid(kind, record_id)
    CalendarTombstone.delete().where(CalendarTombstone.uid == uid).execute()
    CalendarTombstone.create(
        uid=uid, sequence=sequence_now(), starts=_as_text(starts),
        organisation_id=str(organisation_id),
        department_id=None if department_id is None else str(department_id),
        employee_id=None if employee_id is None else str(employee_id),
    )


def bury_meetings(meetings: list[FollowUpMeeting], employee: Employee) -> None:
    """Tombstones for several meetings of one employee in two statements."""
    if not meetings:
        return
    uids = [event_uid(MEETING, m.id) for m in meetings]
    CalendarTombstone.delete().where(CalendarTombstone.uid.in_(uids)).execute()
    organisation_id, department_id, employee_id = _where(employee)
    sequence, now = sequence_now(), utc_now()
    CalendarTombstone.insert_many([
        {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "uid": uid,
         "sequence": sequence, "starts": _as_text(meeting_start(m)),
         "organisation_id": str(organisation_id),
         "department_id": None if department_id is None else str(department_id),
         "employee_id": str(employee_id)}
        for uid, m in zip(uids, meetings, strict=True)
    ]).execute()


def _where(employee: Employee) -> tuple[Any, Any, Any]:
    return employee.organisation_id, employee.department_id, employee.id


def meeting_start(meeting: FollowUpMeeting) -> dt.date | dt.datetime:
    return start_of_meeting(meeting.status, meeting.planned_on, meeting.held_on,
                            meeting.starts_at)


def start_of_meeting(status: str, planned_on: dt.date, held_on: dt.date | None,
                     starts_at: dt.time | None) -> dt.date | dt.datetime:
    """When a meeting is (was) held: its day, with its time when it has one."""
    on = held_on if status == "held" and held_on else planned_on
    if starts_at is not None:
        return dt.datetime.combine(on, starts_at)
    return on


def bury_meeting(meeting: FollowUpMeeting) -> None:
    bury(MEETING, meeting.id, meeting_start(meeting), *_where(meeting.employee))


def bury_conversation(conversation: Conversation) -> None:
    bury(CONVERSATION, conversation.id, conversation.scheduled_start,
         *_where(conversation.employee))


def bury_goal(goal: DevelopmentGoal) -> None:
    where = _where(goal.employee)
    bury(GOAL_DEADLINE, goal.id, goal.deadline, *where)
    for sub in goal.sub_goals:
        bury(SUB_GOAL, sub.id, sub.due_date, *where)


def bury_employee(employee_id: object) -> int:
    """Tombstones for every event of one person; returns how many were recorded."""
    employee = Employee.get_by_id(employee_id)
    before = CalendarTombstone.select().count()
    for meeting in FollowUpMeeting.select().where(FollowUpMeeting.employee == employee):
        bury_meeting(meeting)
    for conversation in Conversation.select().where(Conversation.employee == employee):
        bury_conversation(conversation)
    for goal in DevelopmentGoal.select().where(DevelopmentGoal.employee == employee):
        bury_goal(goal)
    return CalendarTombstone.select().count() - before


def tombstones(
    *,
    organisation_id: str | None = None,
    department_ids: Iterable[object] | None = None,
    employee_id: str | None = None,
) -> list[CalendarTombstone]:
    """Tombstones in a scope: one person, departments, an organisation, or all (no argument).
    Matched by the plain ids recorded at burial, so an erased person's are found too."""
    query = CalendarTombstone.select().order_by(CalendarTombstone.starts)
    if employee_id is not None:
        query = query.where(CalendarTombstone.employee_id == str(employee_id))
    elif department_ids is not None:
        query = query.where(CalendarTombstone.department_id.in_(
            [str(ident) for ident in department_ids]))
    elif organisation_id is not None:
        query = query.where(CalendarTombstone.organisation_id == str(organisation_id))
    return list(query)
