"""The follow-up calendar as an iCalendar file (RFC 5545, the `icalendar` library).

Only what a calendar needs goes in: what kind of appointment, whose, when and where. No
notes, no goal texts, nothing from the conversation. Events: MUS conversations (time and
place), GRUS meetings with a date, follow-up meetings, goal deadlines and sub-goal dates.

- Every event's UID comes from its record's UUID (`calendar_tombstones.event_uid`) and
  SEQUENCE grows with the record's last change, so importing a newer export updates the
  events already in a calendar instead of adding copies.
- Timed events carry the organisation's time zone (`TZID=Europe/Copenhagen` or
  `Europe/Oslo`, from its country) with a `VTIMEZONE` made by icalendar from the zoneinfo
  data, so 10:00 in Copenhagen stays 10:00 in any calendar; all-day items are `VALUE=DATE`.
- A meeting missed or cancelled, a cancelled conversation, everything of a person who has
  left, and every record that is gone (a tombstone) is exported as `STATUS:CANCELLED` with a
  higher SEQUENCE, so a calendar that imported the file earlier removes the event.
- Texts follow each organisation's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from musdesk import texts
from musdesk.models import (
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    GroupConversation,
    Organisation,
    SubGoal,
)
from musdesk.services import audit, calendar_tombstones, roster, workdays
from musdesk.services.calendar_tombstones import (
    CONVERSATION,
    GOAL_DEADLINE,
    GRUS,
    MEETING,
    SUB_GOAL,
    event_uid,
    sequence_of,
)
from musdesk.services.common import atomic, fetch
from musdesk.services.followup_overview import Scope
from musdesk.storage.files import write_atomic

PRODUCT_ID = "-//musdesk//follow-up calendar 1//EN"
MEETING_MINUTES = 30
GRUS_MINUTES = 90

__all__ = ["PRODUCT_ID", "build_calendar", "event_uid", "export_calendar"]


@dataclass(frozen=True)
class Person:
    name: str  # "First Last (Organisation)"
    language: str
    zone: ZoneInfo
    left: bool
    changed: dt.datetime | None  # the person's record (left_on set → a higher sequence)


def _zone(country: str | None) -> ZoneInfo:
    return ZoneInfo(workdays.time_zone(country))


def _people(scope: Scope) -> dict[object, Person]:
    """Everyone in the scope, people who left included (their events are cancelled)."""
    query = (
        Employee.select(Employee.id, Employee.first_name, Employee.last_name, Employee.active,
                        Employee.updated_at, Organisation.name, Organisation.language,
                        Organisation.country)
        .join(Organisation, on=Employee.organisation == Organisation.id)
    )
    if scope.kind == "employee":
        query = query.where(Employee.id == fetch(Employee, scope.ident, "employee").id)
    elif scope.kind == "department":
        query = query.where(Employee.department.in_(
            roster.department_and_descendants(str(scope.ident))))
    elif scope.kind == "organisation":
        query = query.where(
            Employee.organisation == fetch(Organisation, scope.ident, "organisation").id)
    found = {}
    for ident, first, last, active, changed, org, language, country in query.tuples():
        found[ident] = Person(f"{first} {last}".strip() + f" ({org})", language,
                              _zone(country), not active, changed)
    return found


def _departments(scope: Scope) -> list[object] | None:
    if scope.kind == "department":
        return roster.department_and_descendants(str(scope.ident))
    if scope.kind == "organisation":
        org = fetch(Organisation, scope.ident, "organisation")
        return [d.id for d in Department.select(Department.id)
                .where(Department.organisation == org)]
    if scope.kind == "employee":
        employee = fetch(Employee, scope.ident, "employee")
        return [employee.department_id] if employee.department_id else []
    return None


class _Builder:
    def __init__(self, stamp: dt.datetime) -> None:
        self.stamp = stamp
        self.calendar = Calendar()
        self.calendar.add("prodid", PRODUCT_ID)
        self.calendar.add("version", "2.0")
        self.calendar.add("calscale", "GREGORIAN")
        self.uids: set[str] = set()

    def event(self, uid: str, summary: str, sequence: int, language: str,
              cancelled: bool = False) -> Event:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", self.stamp)
        event.add("sequence", sequence)
        event.add("summary", summary)
        event.add("description", texts.text("followup.ics.details_in_app", language))
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        self.uids.add(uid)
        self.calendar.add_component(event)
        return event


def all_day(event: Event, on: dt.date, busy: bool = False) -> None:
    event.add("dtstart", on)
    event.add("dtend", on + dt.timedelta(days=1))
    if not busy:
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy


def timed(event: Event, start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> None:
    event.add("dtstart", start.replace(tzinfo=zone))
    event.add("dtend", end.replace(tzinfo=zone))


def _sequence(person: Person, updated_at: dt.datetime | None) -> int:
    own = sequence_of(updated_at)
    return max(own, sequence_of(person.changed) + 1) if person.left else own


def build_calendar(scope: Scope, now: dt.datetime | None = None) -> Calendar:
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    people = _people(scope)
    ids = list(people)
    build = _Builder(stamp)
    languages = {p.language for p in people.values()}
    name_language = languages.pop() if len(languages) == 1 else None
    build.calendar.add("x-wr-calname", texts.text("followup.ics.calendar_name", name_language))

    def summary(key: str, person: Person) -> str:
        if person.left:  # someone who left: cancelled, and without their name
            return texts.text("calendar.ics.cancelled", person.language)
        return texts.text(key, person.language, name=person.name)

    for meeting in (FollowUpMeeting.select().where(FollowUpMeeting.employee.in_(ids))
                    .order_by(FollowUpMeeting.planned_on)):
        person = people[meeting.employee_id]
        cancelled = meeting.status in ("missed", "cancelled") or person.left
        event = build.event(event_uid(MEETING, meeting.id),
                            summary("followup.ics.meeting", person),
                            _sequence(person, meeting.updated_at), person.language, cancelled)
        start = calendar_tombstones.meeting_start(meeting)
        if isinstance(start, dt.datetime):
            timed(event, start, start + dt.timedelta(minutes=MEETING_MINUTES), person.zone)
        else:
            all_day(event, start, busy=True)

    for conv in (Conversation.select().where(Conversation.employee.in_(ids),
                                             Conversation.scheduled_start.is_null(False))
                 .order_by(Conversation.scheduled_start)):
        person = people[conv.employee_id]
        event = build.event(event_uid(CONVERSATION, conv.id),
                            summary("calendar.ics.conversation", person),
                            _sequence(person, conv.updated_at), person.language,
                            conv.status == "cancelled" or person.left)
        end = conv.scheduled_end or conv.scheduled_start + dt.timedelta(hours=1)
        timed(event, conv.scheduled_start, end, person.zone)
        if conv.place and not person.left:
            event.add("location", conv.place)

    departments = _departments(scope)
    grus = (GroupConversation.select(GroupConversation, Department, Organisation)
            .join(Department).join(Organisation)
            .where(GroupConversation.scheduled_start.is_null(False)
                   | GroupConversation.held_on.is_null(False)))
    if departments is not None:
        grus = grus.where(GroupConversation.department.in_(departments))
    for meeting in grus:
        org = meeting.department.organisation
        event = build.event(event_uid(GRUS, meeting.id),
                            texts.text("calendar.ics.grus", org.language,
                                       name=f"{meeting.department.name} ({org.name})"),
                            sequence_of(meeting.updated_at), org.language)
        if meeting.scheduled_start is not None:
            start = meeting.scheduled_start
            timed(event, start, start + dt.timedelta(minutes=GRUS_MINUTES), _zone(org.country))
        else:
            all_day(event, meeting.held_on, busy=True)
        if meeting.place:
            event.add("location", meeting.place)

    goals = (DevelopmentGoal.select(DevelopmentGoal.id, DevelopmentGoal.employee,
                                    DevelopmentGoal.deadline, DevelopmentGoal.updated_at)
             .where(DevelopmentGoal.employee.in_(ids), DevelopmentGoal.deadline.is_null(False))
             .order_by(DevelopmentGoal.deadline).tuples())
    for ident, employee_id, deadline, updated in goals:
        person = people[employee_id]
        event = build.event(event_uid(GOAL_DEADLINE, ident),
                            summary("followup.ics.goal_deadline", person),
                            _sequence(person, updated), person.language, person.left)
        all_day(event, deadline)

    sub_goals = (SubGoal.select(SubGoal.id, DevelopmentGoal.employee, SubGoal.due_date,
                                SubGoal.updated_at)
                 .join(DevelopmentGoal)
                 .where(DevelopmentGoal.employee.in_(ids), SubGoal.due_date.is_null(False))
                 .order_by(SubGoal.due_date).tuples())
    for ident, employee_id, due, updated in sub_goals:
        person = people[employee_id]
        event = build.event(event_uid(SUB_GOAL, ident), summary("followup.ics.sub_goal", person),
                            _sequence(person, updated), person.language, person.left)
        all_day(event, due)

    _add_tombstones(build, scope, departments, name_language)
    _add_erased(build, scope, name_language)
    build.calendar.add_missing_timezones()
    return build.calendar


def _add_tombstones(build: _Builder, scope: Scope, departments: list[object] | None,
                    language: str | None) -> None:
    if scope.kind == "employee":
        stones = calendar_tombstones.tombstones(employee_id=str(scope.ident))
    elif scope.kind == "department":
        stones = calendar_tombstones.tombstones(department_ids=departments or [])
    elif scope.kind == "organisation":
        stones = calendar_tombstones.tombstones(organisation_id=str(scope.ident))
    else:
        stones = calendar_tombstones.tombstones()
    for stone in stones:
        if stone.uid in build.uids:
            continue  # the record is back under the same UID
        event = build.event(stone.uid, texts.text("calendar.ics.cancelled", language),
                            stone.sequence, language or texts.current_language(), True)
        if "T" in stone.starts:
            start = dt.datetime.fromisoformat(stone.starts)
            event.add("dtstart", start)  # floating: the event is only being removed
        else:
            all_day(event, dt.date.fromisoformat(stone.starts))


def _add_erased(build: _Builder, scope: Scope, language: str | None) -> None:
    """Events of erased people stay as cancelled, without any name (services/privacy_erase
    keeps their UIDs, dates and organisation)."""
    from musdesk.services.privacy_erase import cancelled_events

    if scope.kind not in ("all", "organisation"):
        return
    for erased in cancelled_events(scope.ident if scope.kind == "organisation" else None):
        if erased.uid in build.uids:
            continue
        event = build.event(erased.uid, texts.text("privacy.ics_cancelled", language),
                            sequence_of(build.stamp.replace(tzinfo=None)),
                            language or texts.current_language(), True)
        all_day(event, erased.on)


def export_calendar(path: Path, scope: Scope, now: dt.datetime | None = None) -> int:
    """Write the scope's calendar to `path` atomically; returns the number of events."""
    calendar = build_calendar(scope, now)
    write_atomic(Path(path), calendar.to_ical())
    with atomic():
        audit.record("exported", (scope.kind, scope.ident or "workspace"), detail="ics")
    return len(calendar.walk("VEVENT"))
