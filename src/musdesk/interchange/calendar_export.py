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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone
from icalendar.parser import Contentline, Parameters
from icalendar.prop import vDDDTypes, vInt, vText

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
from musdesk.services.common import atomic, fetch, tuples
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
    for ident, first, last, active, changed, org, language, country in tuples(query):
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


class _Calendar(Calendar):
    """icalendar's Calendar, serialised through icalendar's own content lines with shortcuts
    that give the very same bytes (`tests/unit/interchange/test_calendar_events.py` compares
    them with plain `Calendar.to_ical`): a property object shared by many events (the same
    DTSTAMP, date, summary, status… — see `_Builder.shared`) and the BEGIN/END lines become
    their content line once, and a line too short to be folded (under 75 octets, RFC 5545
    3.1) skips icalendar's character-by-character folding."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, tuple[Any, Contentline]] = {}  # id(shared value) → its line
        self._plain: dict[tuple[str, bytes], Contentline] = {}  # BEGIN/END lines

    def content_line(self, name: str, value: Any, sorted: bool = True) -> Contentline:  # noqa: A002 (icalendar's name)
        known = self.lines.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if isinstance(value, bytes):  # BEGIN:VEVENT, END:VEVENT…
            line = self._plain.get((name, value))
            if line is None:
                line = self._plain[(name, value)] = Contentline.from_parts(
                    name, _NO_PARAMETERS, value, sorted=sorted)
            return line
        params = getattr(value, "params", None)
        made: Contentline = Contentline.from_parts(
            name, _NO_PARAMETERS if params is None else params, value, sorted=sorted)
        return made

    def to_ical(self, sorted: bool = True) -> bytes:  # noqa: A002 (icalendar's name)
        out = []
        for line in self.content_lines(sorted=sorted):
            if line:
                encoded = line.encode("utf-8")
                out.append(encoded if len(encoded) < FOLD_OCTETS else line.to_ical())
        return b"\r\n".join(out) + b"\r\n"


FOLD_OCTETS = 75  # RFC 5545 3.1: longer content lines are folded
_NO_PARAMETERS = Parameters()  # never changed: for values without parameters


class _Builder:
    """Events made of icalendar's property types; equal values are one shared object."""

    def __init__(self, stamp: dt.datetime) -> None:
        self.stamp = stamp
        self.calendar = _Calendar()
        self.calendar.add("prodid", PRODUCT_ID)
        self.calendar.add("version", "2.0")
        self.calendar.add("calscale", "GREGORIAN")
        self.uids: set[str] = set()
        self.zones: set[str] = set()
        self._values: dict[tuple[str, object], Any] = {}
        self._dtstamp = self.shared("DTSTAMP", stamp, vDDDTypes)
        self._transparent = self.shared("TRANSP", "TRANSPARENT", vText)

    def shared(self, name: str, value: object, kind: Callable[[Any], Any]) -> Any:
        """The one property object (and content line) of `name` with this value: most
        values repeat (a day, a person's summary, a status), only the UID never does."""
        key = (name, value)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = kind(value)
            self.calendar.lines[id(found)] = (found, self.calendar.content_line(name, found))
        return found

    def event(self, uid: str, summary: str, sequence: int, language: str,
              cancelled: bool = False) -> Event:
        event = Event()
        event["UID"] = vText(uid)
        event["DTSTAMP"] = self._dtstamp
        event["SEQUENCE"] = self.shared("SEQUENCE", sequence, vInt)
        event["SUMMARY"] = self.shared("SUMMARY", summary, vText)
        event["DESCRIPTION"] = self.shared(
            "DESCRIPTION", texts.text("followup.ics.details_in_app", language), vText)
        event["STATUS"] = self.shared("STATUS", "CANCELLED" if cancelled else "CONFIRMED",
                                      vText)
        self.uids.add(uid)
        self.calendar.add_component(event)
        return event

    def all_day(self, event: Event, on: dt.date, busy: bool = False) -> None:
        event["DTSTART"] = self.shared("DTSTART", on, vDDDTypes)
        event["DTEND"] = self.shared("DTEND", on + dt.timedelta(days=1), vDDDTypes)
        if not busy:  # a deadline does not make anyone busy
            event["TRANSP"] = self._transparent

    def timed(self, event: Event, start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> None:
        self.zones.add(zone.key)
        event["DTSTART"] = self.shared("DTSTART", start.replace(tzinfo=zone), vDDDTypes)
        event["DTEND"] = self.shared("DTEND", end.replace(tzinfo=zone), vDDDTypes)

    def add_time_zones(self) -> None:
        """A VTIMEZONE per zone used, built once by icalendar from the zoneinfo data, before
        the events (what `Calendar.add_missing_timezones` gives, without walking them all)."""
        for position, key in enumerate(sorted(self.zones)):
            self.calendar.subcomponents.insert(position, Timezone.from_tzid(key))


def timed(event: Event, start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> None:
    """A timed event in `zone` (TZID); also used by the invitations."""
    event["DTSTART"] = vDDDTypes(start.replace(tzinfo=zone))
    event["DTEND"] = vDDDTypes(end.replace(tzinfo=zone))


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

    said: dict[tuple[str, str, bool], str] = {}

    def summary(key: str, person: Person) -> str:
        found = said.get((key, person.name, person.left))
        if found is None:
            found = said[(key, person.name, person.left)] = (
                # someone who left: cancelled, and without their name
                texts.text("calendar.ics.cancelled", person.language) if person.left
                else texts.text(key, person.language, name=person.name))
        return found

    meetings = (tuples(FollowUpMeeting.select(
        FollowUpMeeting.id, FollowUpMeeting.employee, FollowUpMeeting.status,
        FollowUpMeeting.planned_on, FollowUpMeeting.held_on, FollowUpMeeting.starts_at,
        FollowUpMeeting.updated_at)
        .where(FollowUpMeeting.employee.in_(ids)).order_by(FollowUpMeeting.planned_on)))
    for ident, employee_id, status, planned_on, held_on, starts_at, updated in meetings:
        person = people[employee_id]
        cancelled = status in ("missed", "cancelled") or person.left
        event = build.event(event_uid(MEETING, ident), summary("followup.ics.meeting", person),
                            _sequence(person, updated), person.language, cancelled)
        start = calendar_tombstones.start_of_meeting(status, planned_on, held_on, starts_at)
        if isinstance(start, dt.datetime):
            build.timed(event, start, start + dt.timedelta(minutes=MEETING_MINUTES),
                        person.zone)
        else:
            build.all_day(event, start, busy=True)

    conversations = (tuples(Conversation.select(
        Conversation.id, Conversation.employee, Conversation.status,
        Conversation.scheduled_start, Conversation.scheduled_end, Conversation.place,
        Conversation.updated_at)
        .where(Conversation.employee.in_(ids), Conversation.scheduled_start.is_null(False))
        .order_by(Conversation.scheduled_start)))
    for ident, employee_id, status, begins, ends, place, updated in conversations:
        person = people[employee_id]
        event = build.event(event_uid(CONVERSATION, ident),
                            summary("calendar.ics.conversation", person),
                            _sequence(person, updated), person.language,
                            status == "cancelled" or person.left)
        build.timed(event, begins, ends or begins + dt.timedelta(hours=1), person.zone)
        if place and not person.left:
            event.add("location", place)

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
            build.timed(event, start, start + dt.timedelta(minutes=GRUS_MINUTES),
                        _zone(org.country))
        else:
            assert meeting.held_on is not None  # selected for having a time or a day
            build.all_day(event, meeting.held_on, busy=True)
        if meeting.place:
            event.add("location", meeting.place)

    goals = (tuples(DevelopmentGoal.select(DevelopmentGoal.id, DevelopmentGoal.employee,
                                    DevelopmentGoal.deadline, DevelopmentGoal.updated_at)
             .where(DevelopmentGoal.employee.in_(ids), DevelopmentGoal.deadline.is_null(False))
             .order_by(DevelopmentGoal.deadline)))
    for ident, employee_id, deadline, updated in goals:
        person = people[employee_id]
        event = build.event(event_uid(GOAL_DEADLINE, ident),
                            summary("followup.ics.goal_deadline", person),
                            _sequence(person, updated), person.language, person.left)
        build.all_day(event, deadline)

    sub_goals = (tuples(SubGoal.select(SubGoal.id, DevelopmentGoal.employee, SubGoal.due_date,
                                SubGoal.updated_at)
                 .join(DevelopmentGoal)
                 .where(DevelopmentGoal.employee.in_(ids), SubGoal.due_date.is_null(False))
                 .order_by(SubGoal.due_date)))
    for ident, employee_id, due, updated in sub_goals:
        person = people[employee_id]
        event = build.event(event_uid(SUB_GOAL, ident), summary("followup.ics.sub_goal", person),
                            _sequence(person, updated), person.language, person.left)
        build.all_day(event, due)

    _add_tombstones(build, scope, departments, name_language)
    build.add_time_zones()
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
            build.all_day(event, dt.date.fromisoformat(stone.starts))


def export_calendar(path: Path | str, scope: Scope, now: dt.datetime | None = None) -> int:
    """Write the scope's calendar to `path` atomically; returns the number of events."""
    calendar = build_calendar(scope, now)
    write_atomic(Path(path), calendar.to_ical())
    with atomic():
        audit.record("exported", (scope.kind, scope.ident or "workspace"), detail="ics")
    return len(calendar.walk("VEVENT"))
