"""Read-only overview of follow-up for the timeline, the due list, the notice and the calendar.

A few bulk queries per scope (an employee, a department with its sub-departments, an
organisation, or everything), so that an organisation of thousands of employees and tens of
thousands of dated events loads in one go. It changes nothing; the rules for changing
follow-up live in `services/followup.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, ModelSelect, fn

from musdesk.models import (
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Evaluation,
    FollowUpMeeting,
    MeetingGoal,
    Organisation,
    Recognition,
    SignedVersion,
    SubGoal,
)
from musdesk.models.enums import OPEN_GOAL_STATUSES
from musdesk.services.common import fetch, nordic_key, person_key, tuples
from musdesk.services.roster import department_and_descendants

SCOPE_KINDS = ("employee", "department", "organisation", "all")

# Kinds of dated things on the timeline.
CONVERSATION, SIGNING, MEETING = "conversation", "signing", "meeting"
GOAL_DEADLINE, SUB_GOAL = "goal_deadline", "sub_goal"
EVALUATION, RECOGNITION = "evaluation", "recognition"
ITEM_KINDS = (CONVERSATION, SIGNING, GOAL_DEADLINE, SUB_GOAL, MEETING, EVALUATION, RECOGNITION)
# Kinds that can be due (and overdue): what someone still has to do.
DUE_KINDS = (MEETING, GOAL_DEADLINE, SUB_GOAL)

DEFAULT_DUE_DAYS = 14


@dataclass(frozen=True)
class Scope:
    """What to look at: kind is one of SCOPE_KINDS; ident is a UUID string (None for "all")."""

    kind: str
    ident: str | None = None


@dataclass(frozen=True)
class TimelineItem:
    record_id: str  # the UUID of the record behind it (meeting, goal, sub-goal, …)
    kind: str  # one of ITEM_KINDS
    on: dt.date
    employee_id: str
    row: str  # key of the TimelineRow it is drawn on
    title: str = ""  # goal title, sub-goal text; empty for meetings and conversations
    status: str = ""  # meeting status, goal status, evaluation outcome, recognition kind
    goal_id: str | None = None
    overdue: bool = False
    echo: bool = False  # a meeting shown again on the row of a goal it serves


@dataclass(frozen=True)
class TimelineRow:
    key: str
    label: str
    employee_id: str
    goal_id: str | None = None


@dataclass
class Timeline:
    rows: list[TimelineRow] = field(default_factory=list)
    items: list[TimelineItem] = field(default_factory=list)
    goal_titles: dict[str, str] = field(default_factory=dict)  # goal id -> title
    employee_names: dict[str, str] = field(default_factory=dict)  # employee id -> full name

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        if not self.items:
            return None
        dates = [item.on for item in self.items]
        return min(dates), max(dates)


@dataclass(frozen=True)
class DueItem:
    record_id: str
    kind: str  # MEETING, GOAL_DEADLINE or SUB_GOAL
    on: dt.date
    employee_id: str
    employee_name: str
    organisation_name: str
    title: str  # goal title / sub-goal text; empty for a meeting without a goal
    goal_id: str | None
    overdue: bool
    employee_sort: tuple[str, str] = ("", "")  # common.person_key: the one order of people

    def days_from(self, today: dt.date) -> int:
        return (self.on - today).days


def name_sort_key(text: str) -> str:
    """A sort key for names that follows the Danish/Norwegian alphabet (the one of
    services.common, also SQLite's byte order would put å first)."""
    return nordic_key(text)


# --- scope --------------------------------------------------------------------------------
def employees_in_scope(scope: Scope) -> ModelSelect[Employee]:  # active ones only
    """Active employees in the scope; people who left are no longer followed up."""
    query = Employee.select().where(Employee.active == True)  # noqa: E712 (peewee)
    if scope.kind == "employee":
        return Employee.select().where(Employee.id == fetch(Employee, scope.ident, "employee").id)
    if scope.kind == "department":
        return query.where(Employee.department.in_(department_and_descendants(scope.ident)))
    if scope.kind == "organisation":
        return query.where(
            Employee.organisation == fetch(Organisation, scope.ident, "organisation").id
        )
    return query


def _employee_ids(scope: Scope) -> ModelSelect[Employee]:
    return employees_in_scope(scope).select(Employee.id)


# --- timeline -----------------------------------------------------------------------------
def timeline(scope: Scope, today: dt.date) -> Timeline:
    """Everything dated in the scope. One employee: a row per goal (plus a general row);
    a department or organisation: a row per employee."""
    people = list(
        tuples(employees_in_scope(scope)
        .select(Employee.id, Employee.first_name, Employee.last_name))
    )
    people.sort(key=lambda person: (name_sort_key(person[2]), name_sort_key(person[1])))
    ids = _employee_ids(scope)
    per_goal = scope.kind == "employee"
    goals = list(
        tuples(DevelopmentGoal.select(
            DevelopmentGoal.id,
            DevelopmentGoal.employee,
            DevelopmentGoal.title,
            DevelopmentGoal.status,
            DevelopmentGoal.deadline,
        )
        .where(DevelopmentGoal.employee.in_(ids))
        .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at))
    )
    rows: list[TimelineRow] = []
    for ident, first, last in people:
        name = f"{first} {last}".strip()
        rows.append(TimelineRow(f"e:{ident}", name, str(ident)))
    goal_row: dict[object, str] = {}
    for goal_id, employee_id, title, _status, _deadline in goals:
        if per_goal:
            goal_row[goal_id] = f"g:{goal_id}"
            rows.append(TimelineRow(f"g:{goal_id}", title, str(employee_id), str(goal_id)))
        else:
            goal_row[goal_id] = f"e:{employee_id}"

    def row_for(employee_id: object, goal_id: object | None) -> str:
        if goal_id is not None and goal_id in goal_row:
            return goal_row[goal_id]
        return f"e:{employee_id}"

    items: list[TimelineItem] = []
    for goal_id, employee_id, title, status, deadline in goals:
        if deadline is not None:
            items.append(TimelineItem(
                str(goal_id), GOAL_DEADLINE, deadline, str(employee_id),
                row_for(employee_id, goal_id), title, status, str(goal_id),
                overdue=deadline < today and status in OPEN_GOAL_STATUSES,
            ))
    sub_goals = (
        tuples(SubGoal.select(SubGoal.id, SubGoal.text, SubGoal.due_date, SubGoal.done_on,
                       DevelopmentGoal.id, DevelopmentGoal.employee, DevelopmentGoal.status)
        .join(DevelopmentGoal)
        .where(DevelopmentGoal.employee.in_(ids), SubGoal.due_date.is_null(False)))
    )
    for ident, text, due, done_on, goal_id, employee_id, goal_status in sub_goals:
        items.append(TimelineItem(
            str(ident), SUB_GOAL, due, str(employee_id), row_for(employee_id, goal_id),
            text, "done" if done_on else "open", str(goal_id),
            overdue=done_on is None and due < today and goal_status in OPEN_GOAL_STATUSES,
        ))
    meetings = list(
        tuples(FollowUpMeeting.select(FollowUpMeeting.id, FollowUpMeeting.employee,
                               FollowUpMeeting.planned_on, FollowUpMeeting.held_on,
                               FollowUpMeeting.status)
        .where(FollowUpMeeting.employee.in_(ids), FollowUpMeeting.status != "cancelled"))
    )
    served = _goals_served([ident for ident, *_rest in meetings])
    # One meeting a day covers all the employee's open goals: it sits on the person's row
    # (its goal_id is the first goal whose cadence it serves, for a recognition's default).
    # One employee's timeline shows it again on the row of each goal it serves ("echo").
    for ident, employee_id, planned_on, held_on, status in meetings:
        on = held_on if status == "held" and held_on else planned_on
        goals_of = served.get(ident, [])
        late = status == "planned" and planned_on < today
        items.append(TimelineItem(
            str(ident), MEETING, on, str(employee_id), f"e:{employee_id}", "", status,
            goals_of[0] if goals_of else None, overdue=late,
        ))
        if per_goal:
            items.extend(TimelineItem(
                str(ident), MEETING, on, str(employee_id), f"g:{goal_id}", "", status,
                goal_id, overdue=late, echo=True) for goal_id in goals_of)
    conversations = (
        tuples(Conversation.select(Conversation.id, Conversation.employee,
                                   Conversation.scheduled_start, Conversation.status)
        .where(Conversation.employee.in_(ids), Conversation.scheduled_start.is_null(False),
               Conversation.status != "cancelled"))
    )
    for ident, employee_id, start, status in conversations:
        items.append(TimelineItem(
            str(ident), CONVERSATION, _as_date(start), str(employee_id), f"e:{employee_id}", "",
            status,
        ))
    signings = (
        tuples(SignedVersion.select(SignedVersion.conversation, SignedVersion.signed_at,
                             SignedVersion.version, Conversation.employee)
        .join(Conversation)
        .where(Conversation.employee.in_(ids)))
    )
    for conversation_id, signed_at, version, employee_id in signings:
        items.append(TimelineItem(
            str(conversation_id), SIGNING, _as_date(signed_at), str(employee_id),
            f"e:{employee_id}", "", str(version),
        ))
    evaluations = (
        tuples(Evaluation.select(Evaluation.id, Evaluation.evaluated_on, Evaluation.outcome,
                          DevelopmentGoal.id, DevelopmentGoal.employee, DevelopmentGoal.title)
        .join(DevelopmentGoal)
        .where(DevelopmentGoal.employee.in_(ids)))
    )
    for ident, on, outcome, goal_id, employee_id, title in evaluations:
        items.append(TimelineItem(
            str(ident), EVALUATION, on, str(employee_id), row_for(employee_id, goal_id), title,
            outcome, str(goal_id),
        ))
    recognitions = (
        tuples(Recognition.select(Recognition.id, Recognition.employee, Recognition.goal,
                           Recognition.given_on, Recognition.kind)
        .where(Recognition.employee.in_(ids)))
    )
    for ident, employee_id, goal_id, on, kind in recognitions:
        items.append(TimelineItem(
            str(ident), RECOGNITION, on, str(employee_id), row_for(employee_id, goal_id), "", kind,
            None if goal_id is None else str(goal_id),
        ))
    items.sort(key=lambda item: (item.on, item.kind))
    titles = {str(goal_id): title for goal_id, _employee, title, _status, _deadline in goals}
    names = {str(ident): f"{first} {last}".strip() for ident, first, last in people}
    return Timeline(rows, items, titles, names)


def _goals_served(meeting_ids: list[object]) -> dict[object, list[str]]:
    """meeting id → the goals it serves, in plan order (a few queries however many)."""
    found: dict[object, list[str]] = {}
    for chunk in range(0, len(meeting_ids), 500):
        rows = (tuples(MeetingGoal.select(MeetingGoal.meeting, MeetingGoal.goal)
                .join(DevelopmentGoal, on=MeetingGoal.goal == DevelopmentGoal.id)
                .where(MeetingGoal.meeting.in_(meeting_ids[chunk:chunk + 500]))
                .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at)))
        for meeting_id, goal_id in rows:
            found.setdefault(meeting_id, []).append(str(goal_id))
    return found


def _as_date(value: dt.date | dt.datetime | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()


# --- has anything changed? ---------------------------------------------------------------
_WATCHED = (Organisation, Department, Employee, DevelopmentGoal, SubGoal, FollowUpMeeting,
            Evaluation, Recognition, Conversation, SignedVersion, MeetingGoal)


def change_token() -> tuple[object, ...]:
    """Changes when anything the timeline shows was added, changed or deleted (row counts and
    the newest change time per table), so a view can skip reloading when nothing did."""
    return tuple(
        model.select(fn.COUNT(model.id), fn.MAX(model.updated_at)).tuples().get()
        for model in _WATCHED
    )


# --- due list -----------------------------------------------------------------------------
def due_items(
    today: dt.date, days: int = DEFAULT_DUE_DAYS, scope: Scope | None = None
) -> list[DueItem]:
    """What is overdue, and what falls due from today up to `days` days ahead, by date."""
    scope = scope or Scope("all")
    ids = _employee_ids(scope)
    until = today + dt.timedelta(days=max(0, days))
    people = {
        ident: (f"{first} {last}".strip(), org_name, person_key(first, last))
        for ident, first, last, org_name in (
            tuples(employees_in_scope(scope)
            .select(Employee.id, Employee.first_name, Employee.last_name, Organisation.name)
            .join(Organisation, JOIN.INNER, on=Employee.organisation == Organisation.id))
        )
    }
    found: list[DueItem] = []

    def add(ident: object, kind: str, on: dt.date, employee_id: object, title: str | None,
            goal_id: object) -> None:
        name, org_name, sort = people.get(employee_id, ("", "", ("", "")))
        found.append(DueItem(
            str(ident), kind, on, str(employee_id), name, org_name, title or "",
            None if goal_id is None else str(goal_id), overdue=on < today,
            employee_sort=sort,
        ))

    meetings = list(
        tuples(FollowUpMeeting.select(FollowUpMeeting.id, FollowUpMeeting.planned_on,
                               FollowUpMeeting.employee)
        .where(FollowUpMeeting.employee.in_(ids), FollowUpMeeting.status == "planned",
               FollowUpMeeting.planned_on <= until))
    )
    titles: dict[object, list[str]] = {}
    for meeting_id, title in (
        tuples(MeetingGoal.select(MeetingGoal.meeting, DevelopmentGoal.title)
        .join(DevelopmentGoal, on=MeetingGoal.goal == DevelopmentGoal.id)
        .where(MeetingGoal.meeting.in_([ident for ident, _on, _employee in meetings]))
        .order_by(DevelopmentGoal.sort_order))
    ):
        titles.setdefault(meeting_id, []).append(title)
    for ident, on, employee_id in meetings:
        add(ident, MEETING, on, employee_id, "; ".join(titles.get(ident, [])), None)
    goals = (
        tuples(DevelopmentGoal.select(DevelopmentGoal.id, DevelopmentGoal.deadline,
                               DevelopmentGoal.employee, DevelopmentGoal.title)
        .where(DevelopmentGoal.employee.in_(ids),
               DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES),
               DevelopmentGoal.deadline <= until))
    )
    for ident, on, employee_id, title in goals:
        add(ident, GOAL_DEADLINE, on, employee_id, title, ident)
    sub_goals = (
        tuples(SubGoal.select(SubGoal.id, SubGoal.due_date, DevelopmentGoal.employee, SubGoal.text,
                       DevelopmentGoal.id)
        .join(DevelopmentGoal)
        .where(DevelopmentGoal.employee.in_(ids),
               DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES),
               SubGoal.done_on.is_null(True), SubGoal.due_date <= until))
    )
    for ident, on, employee_id, text, goal_id in sub_goals:
        add(ident, SUB_GOAL, on, employee_id, text, goal_id)
    found.sort(key=lambda item: (item.on, item.employee_sort, item.kind))
    return found
