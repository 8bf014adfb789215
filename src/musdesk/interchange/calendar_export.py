"""Follow-up meetings and deadlines as an iCalendar file (RFC 5545, the `icalendar` library).

Only what a calendar needs goes in: what kind of appointment, whose, when. No notes, no goal
texts, nothing from the conversation. Every event's UID comes from its record's UUID, and
SEQUENCE grows with the record's last change, so importing a newer export updates the events
already in a calendar instead of adding copies. A meeting that was missed or cancelled stays
in the file with STATUS:CANCELLED, so a calendar that had it removes or strikes it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from musdesk import texts
from musdesk.models import DevelopmentGoal, Employee, FollowUpMeeting, Organisation, SubGoal
from musdesk.services import audit
from musdesk.services.common import atomic
from musdesk.services.followup_overview import Scope, employees_in_scope
from musdesk.storage.files import write_atomic

PRODUCT_ID = "-//musdesk//follow-up calendar 1//EN"
UID_DOMAIN = "musdesk"
MEETING_MINUTES = 30
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1)


def event_uid(kind: str, record_id: object) -> str:
    """Stable across exports: the record's UUID and what the event stands for."""
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def _sequence(updated_at: dt.datetime | None) -> int:
    """Grows with every change of the record (seconds since 2020), as RFC 5545 asks."""
    if updated_at is None:
        return 0
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds()))


def _people(scope: Scope) -> dict[object, str]:
    rows = (
        employees_in_scope(scope)
        .select(Employee.id, Employee.first_name, Employee.last_name, Organisation.name)
        .join(Organisation, on=Employee.organisation == Organisation.id)
        .tuples()
    )
    return {ident: f"{first} {last}".strip() + f" ({org})" for ident, first, last, org in rows}


def _event(uid: str, summary: str, updated_at: dt.datetime | None, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(updated_at))
    event.add("summary", summary)
    event.add("description", texts.text("followup.ics.details_in_app"))
    return event


def _all_day(event: Event, on: dt.date) -> None:
    event.add("dtstart", on)
    event.add("dtend", on + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy


def build_calendar(scope: Scope, now: dt.datetime | None = None) -> Calendar:
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    people = _people(scope)
    ids = employees_in_scope(scope).select(Employee.id)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", texts.text("followup.ics.calendar_name"))

    meetings = (
        FollowUpMeeting.select(FollowUpMeeting.id, FollowUpMeeting.employee,
                               FollowUpMeeting.planned_on, FollowUpMeeting.starts_at,
                               FollowUpMeeting.held_on, FollowUpMeeting.status,
                               FollowUpMeeting.updated_at)
        .where(FollowUpMeeting.employee.in_(ids))
        .order_by(FollowUpMeeting.planned_on)
        .tuples()
    )
    for ident, employee_id, planned_on, starts_at, held_on, status, updated in meetings:
        event = _event(event_uid("meeting", ident),
                       texts.text("followup.ics.meeting", name=people.get(employee_id, "")),
                       updated, stamp)
        on = held_on if status == "held" and held_on else planned_on
        if starts_at is not None:
            start = dt.datetime.combine(on, starts_at)  # floating local time, like the app
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=MEETING_MINUTES))
        else:
            _all_day(event, on)
        event.add("status", "CANCELLED" if status in ("missed", "cancelled") else "CONFIRMED")
        calendar.add_component(event)

    goals = (
        DevelopmentGoal.select(DevelopmentGoal.id, DevelopmentGoal.employee,
                               DevelopmentGoal.deadline, DevelopmentGoal.updated_at)
        .where(DevelopmentGoal.employee.in_(ids), DevelopmentGoal.deadline.is_null(False))
        .order_by(DevelopmentGoal.deadline)
        .tuples()
    )
    for ident, employee_id, deadline, updated in goals:
        event = _event(event_uid("goal-deadline", ident),
                       texts.text("followup.ics.goal_deadline", name=people.get(employee_id, "")),
                       updated, stamp)
        _all_day(event, deadline)
        calendar.add_component(event)

    sub_goals = (
        SubGoal.select(SubGoal.id, DevelopmentGoal.employee, SubGoal.due_date, SubGoal.updated_at)
        .join(DevelopmentGoal)
        .where(DevelopmentGoal.employee.in_(ids), SubGoal.due_date.is_null(False))
        .order_by(SubGoal.due_date)
        .tuples()
    )
    for ident, employee_id, due, updated in sub_goals:
        event = _event(event_uid("sub-goal", ident),
                       texts.text("followup.ics.sub_goal", name=people.get(employee_id, "")),
                       updated, stamp)
        _all_day(event, due)
        calendar.add_component(event)
    _add_erased(calendar, scope, stamp)
    return calendar


def _add_erased(calendar: Calendar, scope: Scope, stamp: dt.datetime) -> None:
    """Events of erased people stay as cancelled, without any name (privacy_erase)."""
    from musdesk.services.privacy_erase import cancelled_events

    if scope.kind not in ("all", "organisation"):
        return
    for erased in cancelled_events(scope.ident if scope.kind == "organisation" else None):
        event = _event(erased.uid, texts.text("privacy.ics_cancelled"), stamp.replace(
            tzinfo=None), stamp)
        _all_day(event, erased.on)
        event.add("status", "CANCELLED")
        calendar.add_component(event)


def export_calendar(path: Path, scope: Scope, now: dt.datetime | None = None) -> int:
    """Write the scope's calendar to `path` atomically; returns the number of events."""
    calendar = build_calendar(scope, now)
    write_atomic(Path(path), calendar.to_ical())
    with atomic():
        audit.record("exported", (scope.kind, scope.ident or "workspace"), detail="ics")
    return len(calendar.walk("VEVENT"))
