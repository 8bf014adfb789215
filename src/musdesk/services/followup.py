"""Follow-up through the year: meetings from a goal's cadence, held or missed, progress,
adjustments, evaluations and recognition; what is due or overdue; one timeline."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from peewee import Select

from musdesk.errors import InvalidValue
from musdesk.models import (
    Adjustment,
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Evaluation,
    FollowUpMeeting,
    GoalProgress,
    MeetingGoal,
    Organisation,
    Recognition,
    SubGoal,
)
from musdesk.models.enums import (
    CADENCES,
    EVALUATION_OUTCOMES,
    RECOGNITION_CATEGORIES,
    RECOGNITION_KINDS,
)
from musdesk.services import audit, followup_planning, roster
from musdesk.services.common import (
    MAX_TEXT,
    as_date,
    as_dict,
    as_time,
    atomic,
    choice,
    fetch,
    fetch_optional,
    nordic_key,
    optional_text,
    percent,
    reason,
    required_text,
)
from musdesk.services.workdays import is_working_day, next_working_day, previous_working_day

MAX_MEETINGS = 400  # per goal: a daily cadence over a long plan is surely a typing error
DAYS = {"weekly": 7, "biweekly": 14}
MONTHS = {"monthly": 1, "quarterly": 3}


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def schedule_dates(
    start: dt.date,
    end: dt.date,
    cadence: str,
    cadence_days: int | None = None,
    country: str | None = None,
) -> list[dt.date]:
    """Meeting dates every cadence step after `start` up to `end` (both inclusive), each on a
    working day (Mon–Fri and no public holiday of `country`; a day off moves to the next
    working day, or back to the previous one at the very end), strictly increasing. Pure."""
    choice("cadence", cadence, CADENCES)
    if cadence == "custom" and (cadence_days is None or not 1 <= int(cadence_days) <= 365):
        raise InvalidValue("cadence_days", reason("custom_days"))
    if end < start:
        raise InvalidValue("deadline", reason("dates_out_of_order"))
    dates: list[dt.date] = []
    step = 1
    while len(dates) < MAX_MEETINGS:
        if cadence in MONTHS:
            candidate = _add_months(start, MONTHS[cadence] * step)
        else:
            days = DAYS.get(cadence) or int(cadence_days or 0)
            candidate = start + dt.timedelta(days=days * step)
        if candidate > end:
            break
        day = next_working_day(candidate, country)
        if day > end:
            day = previous_working_day(candidate, country)
        if day >= start and (not dates or day > dates[-1]) and is_working_day(day, country):
            dates.append(day)
        step += 1
    return dates


def meeting_goals(meeting: FollowUpMeeting) -> list[DevelopmentGoal]:
    """The goals whose cadence the meeting serves, in plan order."""
    return list(
        DevelopmentGoal.select()
        .join(MeetingGoal, on=MeetingGoal.goal == DevelopmentGoal.id)
        .where(MeetingGoal.meeting == meeting)
        .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at)
    )


def meeting_dict(meeting: FollowUpMeeting) -> dict[str, Any]:
    goals = meeting_goals(meeting)
    return as_dict(
        meeting,
        employee_name=meeting.employee.full_name,
        goal_ids=[str(g.id) for g in goals],
        goal_titles=[g.title for g in goals],
        goal_title="; ".join(g.title for g in goals),
    )


def _day_taken(employee: Any, day: dt.date, but: Any = None) -> None:
    """One meeting per employee and day: refuse a second planned one."""
    query = FollowUpMeeting.select().where(
        (FollowUpMeeting.employee == employee) & (FollowUpMeeting.planned_on == day)
        & (FollowUpMeeting.status == "planned")
    )
    if but is not None:
        query = query.where(FollowUpMeeting.id != but)
    if query.exists():
        raise InvalidValue("planned_on", reason("meeting_same_day"))


def add_meeting(
    employee_id: str,
    planned_on: dt.date | str,
    *,
    goal_id: str | None = None,
    goal_ids: list[str] | None = None,
    conversation_id: str | None = None,
    starts_at: dt.time | None = None,
    notes: str = "",
) -> dict[str, Any]:
    """A meeting planned by hand (re-planning never removes it), for the given goals."""
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        chosen = list(goal_ids or []) + ([goal_id] if goal_id else [])
        goals = [fetch(DevelopmentGoal, ident, "goal") for ident in dict.fromkeys(chosen)]
        if any(g.employee_id != employee.id for g in goals):
            raise InvalidValue("goal", reason("other_employee"))
        conv = fetch_optional(Conversation, conversation_id, "conversation")
        day = as_date("planned_on", planned_on)
        if day is None:
            raise InvalidValue("planned_on", reason("required"))
        _day_taken(employee, day)
        if conv is None:
            conv_id = next((g.conversation_id for g in goals if g.conversation_id), None)
        else:
            conv_id = conv.id
        meeting = FollowUpMeeting.create(
            employee=employee,
            conversation=conv_id,
            planned_on=day,
            starts_at=as_time("starts_at", starts_at) if starts_at else None,
            notes=optional_text("notes", notes, MAX_TEXT),
        )
        for goal in goals:
            MeetingGoal.create(meeting=meeting, goal=goal)
        audit.record("created", meeting)
    return meeting_dict(meeting)


def move_meeting(
    meeting_id: str, planned_on: dt.date | str, starts_at: dt.time | str | None = "keep"
) -> dict[str, Any]:
    """Another day (and time) for a planned meeting; it still stands for its cadence date."""
    with atomic():
        meeting = fetch(FollowUpMeeting, meeting_id, "meeting")
        if meeting.status != "planned":
            raise InvalidValue("planned_on", reason("meeting_not_planned"))
        day = as_date("planned_on", planned_on)
        if day is None:
            raise InvalidValue("planned_on", reason("required"))
        _day_taken(meeting.employee_id, day, but=meeting.id)
        meeting.planned_on = day
        if starts_at != "keep":
            meeting.starts_at = as_time("starts_at", starts_at) if starts_at else None
        meeting.save()
    return meeting_dict(meeting)


def mark_held(
    meeting_id: str, held_on: dt.date | str | None = None, notes: str | None = None
) -> dict[str, Any]:
    with atomic():
        meeting = fetch(FollowUpMeeting, meeting_id, "meeting")
        meeting.status = "held"
        meeting.held_on = as_date("held_on", held_on) or meeting.planned_on
        if notes is not None:
            meeting.notes = optional_text("notes", notes, MAX_TEXT)
        meeting.save()
    return meeting_dict(meeting)


def mark_missed(meeting_id: str, notes: str | None = None) -> dict[str, Any]:
    with atomic():
        meeting = fetch(FollowUpMeeting, meeting_id, "meeting")
        meeting.status, meeting.held_on = "missed", None
        if notes is not None:
            meeting.notes = optional_text("notes", notes, MAX_TEXT)
        meeting.save()
    return meeting_dict(meeting)


def cancel_meeting(meeting_id: str) -> dict[str, Any]:
    with atomic():
        meeting = fetch(FollowUpMeeting, meeting_id, "meeting")
        meeting.status, meeting.held_on = "cancelled", None
        meeting.save()
    return meeting_dict(meeting)


def record_progress(meeting_id: str, goal_id: str, progress: int, note: str = "") -> dict[str, Any]:
    """Note a goal's progress at a meeting; the goal's own progress follows."""
    with atomic():
        meeting = fetch(FollowUpMeeting, meeting_id, "meeting")
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        if goal.employee_id != meeting.employee_id:
            raise InvalidValue("goal", reason("other_employee"))
        value = percent("progress", progress)
        row = GoalProgress.get_or_none(
            (GoalProgress.meeting == meeting) & (GoalProgress.goal == goal)
        )
        if row is None:
            row = GoalProgress(meeting=meeting, goal=goal)
            is_new = True
        else:
            is_new = False
        row.progress, row.note = value, optional_text("note", note, MAX_TEXT)
        row.save(force_insert=is_new)
        goal.progress = value
        if goal.status == "open" and value > 0:
            goal.status = "in_progress"
        goal.save()
    return as_dict(row)


def add_adjustment(
    goal_id: str,
    description: str,
    why: str = "",
    made_on: dt.date | str | None = None,
    meeting_id: str | None = None,
) -> dict[str, Any]:
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        adjustment = Adjustment.create(
            goal=goal,
            meeting=fetch_optional(FollowUpMeeting, meeting_id, "meeting"),
            made_on=as_date("made_on", made_on) or dt.date.today(),
            description=required_text("description", description, MAX_TEXT),
            reason=optional_text("reason", why, MAX_TEXT),
        )
    return as_dict(adjustment)


def evaluate_goal(
    goal_id: str,
    outcome: str,
    evaluated_on: dt.date | str | None = None,
    what_helped: str = "",
    what_next: str = "",
) -> dict[str, Any]:
    """The goal's evaluation; its status becomes the outcome (achieved → progress 100)."""
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        evaluation = Evaluation.create(
            goal=goal,
            evaluated_on=as_date("evaluated_on", evaluated_on) or dt.date.today(),
            outcome=choice("outcome", outcome, EVALUATION_OUTCOMES),
            what_helped=optional_text("what_helped", what_helped, MAX_TEXT),
            what_next=optional_text("what_next", what_next, MAX_TEXT),
        )
        goal.status = outcome
        if outcome == "achieved":
            goal.progress = 100
        goal.save()
        followup_planning.replan_employee(goal.employee_id)  # an evaluated goal: no more
    return as_dict(evaluation)


def add_recognition(
    employee_id: str,
    kind: str,
    given_on: dt.date | str | None = None,
    category: str = "other",
    note: str = "",
    goal_id: str | None = None,
) -> dict[str, Any]:
    with atomic():
        employee = fetch(Employee, employee_id, "employee")
        recognition = Recognition.create(
            employee=employee,
            goal=fetch_optional(DevelopmentGoal, goal_id, "goal"),
            kind=choice("kind", kind, RECOGNITION_KINDS),
            category=choice("category", category, RECOGNITION_CATEGORIES),
            given_on=as_date("given_on", given_on) or dt.date.today(),
            note=optional_text("note", note, MAX_TEXT),
        )
        audit.record("created", recognition)
    return as_dict(recognition)


# --- what is due, and the timeline --------------------------------------------------------
# An alias, so that the scope subquery does not collide with joins on Employee.
_scoped = Employee.alias("scoped_employee")


def _employees_in_scope(
    organisation_id: str | None, department_id: str | None, employee_id: str | None
) -> Select | list[Any] | None:
    """A subquery (or list) of employee IDs to filter by, or None for everyone."""
    if employee_id is not None:
        return [fetch(Employee, employee_id, "employee").id]
    if department_id is not None:
        fetch(Department, department_id, "department")
        ids = roster.department_and_descendants(department_id)
        return _scoped.select(_scoped.id).where(_scoped.department.in_(ids))
    if organisation_id is not None:
        org = fetch(Organisation, organisation_id, "organisation")
        return _scoped.select(_scoped.id).where(_scoped.organisation == org)
    return None


def timeline(
    *,
    employee_id: str | None = None,
    department_id: str | None = None,
    organisation_id: str | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
) -> list[dict[str, Any]]:
    """Dated events (conversations, meetings, goal deadlines, sub-goals, evaluations,
    recognitions) of one employee, a department or an organisation, in date order.
    One query per kind of event, whatever the number of people."""
    scope = _employees_in_scope(organisation_id, department_id, employee_id)
    first, last = as_date("start", start), as_date("end", end)
    people: dict[str, str] = {}
    items: list[dict[str, Any]] = []

    def rows(model: Any, employee_field: Any, *joins: tuple[Any, Any]) -> Select:
        query = model.select(model, *(j for j, _ in joins))
        for joined, on in joins:
            query = query.join_from(model, joined, on=on)
        found: Select = query.where(employee_field.in_(scope)) if scope is not None else query
        return found

    def add(
        kind: str, day: Any, record_id: Any, employee_id_: Any, status: str, title: str
    ) -> None:
        if isinstance(day, dt.datetime):
            day = day.date()
        if day is None or (first and day < first) or (last and day > last):
            return
        items.append(
            {
                "date": day,
                "kind": kind,
                "record_id": str(record_id),
                "employee_id": str(employee_id_),
                "status": status,
                "title": title,
            }
        )

    for person in rows(Employee, Employee.id):
        people[str(person.id)] = person.full_name
    for c in rows(Conversation, Conversation.employee):
        add("conversation", c.scheduled_start, c.id, c.employee_id, c.status, "")
    for m in rows(FollowUpMeeting, FollowUpMeeting.employee):
        add("meeting", m.held_on or m.planned_on, m.id, m.employee_id, m.status, "")
    for g in rows(DevelopmentGoal, DevelopmentGoal.employee):
        add("goal_deadline", g.deadline, g.id, g.employee_id, g.status, g.title)
    goal_join = (DevelopmentGoal, SubGoal.goal == DevelopmentGoal.id)
    for sub in rows(SubGoal, DevelopmentGoal.employee, goal_join):
        status = "done" if sub.done_on else "open"
        add("sub_goal", sub.due_date, sub.id, sub.goal.employee_id, status, sub.text)
    eval_join = (DevelopmentGoal, Evaluation.goal == DevelopmentGoal.id)
    for e in rows(Evaluation, DevelopmentGoal.employee, eval_join):
        add("evaluation", e.evaluated_on, e.id, e.goal.employee_id, e.outcome, e.goal.title)
    for r in rows(Recognition, Recognition.employee):
        add("recognition", r.given_on, r.id, r.employee_id, r.kind, r.category)
    for item in items:
        item["employee_name"] = people.get(item["employee_id"], "")
    items.sort(key=lambda item: (item["date"], item["kind"], nordic_key(item["employee_name"])))
    return items
