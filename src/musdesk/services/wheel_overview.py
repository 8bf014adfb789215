"""Read-only views of one round for the MUS wheel tab: per step and per conversation.

Which conversation status means "past a step" is `rounds.STEP_REACHED_AT`; the wheel, the
progress matrix, the list of people behind and the evaluation figures all follow it.
Writes go through `services/rounds.py`; this module only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, fn

from musdesk.models import (
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Round,
    StatusChange,
    WheelStep,
)
from musdesk.models.enums import CONVERSATION_STATUSES, WHEEL_STEPS
from musdesk.services import rounds
from musdesk.services.common import fetch, person_key, tuples
from musdesk.services.rounds import STEP_REACHED_AT

_ORDER = {status: index for index, status in enumerate(CONVERSATION_STATUSES)}
CANCELLED = "cancelled"

# The progress matrix's columns: (key, the status that reaches it).
STAGES: tuple[tuple[str, str], ...] = (
    ("planned", "planned"),
    ("invited", "invited"),
    ("prepared", "prepared"),
    ("held", "held"),
    ("summary", "summary_drafted"),
    ("signed", "signed"),
    ("in_follow_up", "in_follow_up"),
)
STAGE_KEYS = tuple(stage[0] for stage in STAGES)


def stage_due_step(target: str) -> str | None:
    """The first wheel step that a conversation can only pass once it reached `target`:
    that step's due date is when the stage is due (rules from services/rounds.py)."""
    for key in WHEEL_STEPS:
        reached_at = STEP_REACHED_AT.get(key)
        if reached_at is not None and _ORDER[reached_at] >= _ORDER[target]:
            return key
    return None


def has_reached(status: str, target: str) -> bool:
    """Whether a conversation in `status` has reached `target` in the workflow."""
    if status == CANCELLED:
        return False
    return _ORDER[status] >= _ORDER[target]


@dataclass
class TaskView:
    id: str
    text: str
    role: str | None
    due_date: dt.date | None
    done_on: dt.date | None


@dataclass
class StepView:
    id: str
    number: int
    key: str
    phase: str
    roles: tuple[str, ...]
    due_date: dt.date | None
    done_date: dt.date | None
    notes: str
    tasks: list[TaskView] = field(default_factory=list)
    conversations_total: int = 0
    conversations_passed: int = 0
    overdue: bool = False

    @property
    def counts_conversations(self) -> bool:
        return STEP_REACHED_AT.get(self.key) is not None

    @property
    def tasks_done(self) -> int:
        return sum(1 for task in self.tasks if task.done_on is not None)

    @property
    def fraction(self) -> float:
        """Progress 0..1: conversations past the step, else tasks done, else done date."""
        if self.counts_conversations and self.conversations_total:
            return self.conversations_passed / self.conversations_total
        if self.tasks:
            return self.tasks_done / len(self.tasks)
        return 1.0 if self.done_date else 0.0


@dataclass
class ConversationRow:
    """One line of the progress matrix."""

    conversation_id: str
    employee_id: str
    employee_name: str
    department: str
    leader_name: str
    status: str
    # Stage key -> the date it was reached (None: not reached; a date may be unknown when
    # the status was set without a recorded change, then the conversation's start is used).
    reached: dict[str, dt.date | None]
    # Stage keys that are due (their step's due date has passed) but not reached.
    overdue_stages: tuple[str, ...]
    sort_key: tuple[str, str] = ("", "")  # common.person_key: the order of people
    left_on: dt.date | None = None  # the employee left the organisation (during the round)

    @property
    def has_left(self) -> bool:
        return self.left_on is not None

    @property
    def behind(self) -> bool:
        return bool(self.overdue_stages)


def _steps_of(round_: Round) -> list[WheelStep]:
    return list(WheelStep.select().where(WheelStep.round == round_).order_by(WheelStep.number))


def step_views(round_id: str, today: dt.date) -> list[StepView]:
    """The eight steps with checklist, conversation counts and the overdue flag, as
    `rounds.wheel_progress` counts them."""
    progress = {item["id"]: item for item in rounds.wheel_progress(round_id, today)}
    views = []
    for step in rounds.steps(round_id):
        counts = progress[step["id"]]
        views.append(StepView(
            id=step["id"], number=step["number"], key=step["key"], phase=step["phase"],
            roles=tuple(step["roles"]), due_date=step["due_date"],
            done_date=step["done_date"], notes=step["notes"] or "",
            tasks=[TaskView(task["id"], task["text"], task["role"], task["due_date"],
                            task["done_on"]) for task in step["tasks"]],
            conversations_total=counts["conversations_total"],
            conversations_passed=counts["conversations_passed"] or 0,
            overdue=counts["overdue"],
        ))
    return views


def conversation_rows(round_id: str, today: dt.date) -> list[ConversationRow]:
    """Every conversation of the round with the date each stage was reached, sorted by name."""
    round_ = fetch(Round, round_id, "round")
    due_by_key = {step.key: step.due_date for step in _steps_of(round_)}
    leader = Employee.alias()
    query = (tuples(Conversation
             .select(Conversation.id, Conversation.status, Conversation.created_at,
                     Employee.id, Employee.first_name, Employee.last_name,
                     Employee.active, Employee.left_on,
                     Department.name, leader.first_name, leader.last_name)
             .join(Employee, on=(Conversation.employee == Employee.id))
             .join(Department, join_type=JOIN.LEFT_OUTER,
                   on=(Employee.department == Department.id))
             .switch(Conversation)
             .join(leader, join_type=JOIN.LEFT_OUTER, on=(Conversation.leader == leader.id))
             .where(Conversation.round == round_)))
    reached_on = _reached_dates(round_)
    rows = []
    for (conv_id, status, created, emp_id, first, last, active, left_on, dept, lead_first,
         lead_last) in query:
        dates = reached_on.get(conv_id, {})
        reached: dict[str, dt.date | None] = {}
        overdue: list[str] = []
        for key, target in STAGES:
            if has_reached(status, target):
                reached[key] = dates.get(target) or _as_date(created)
            else:
                reached[key] = None
                due = due_by_key.get(stage_due_step(target) or "")
                if status != CANCELLED and due is not None and due < today:
                    overdue.append(key)
        rows.append(ConversationRow(
            conversation_id=str(conv_id), employee_id=str(emp_id),
            employee_name=f"{first} {last}".strip(), department=dept or "",
            leader_name=f"{lead_first or ''} {lead_last or ''}".strip(),
            status=status, reached=reached, overdue_stages=tuple(overdue),
            sort_key=person_key(first, last),
            left_on=None if active else _as_date(left_on),
        ))
    rows.sort(key=lambda row: row.sort_key)
    return rows


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _reached_dates(round_: Round) -> dict[Any, dict[str, dt.date]]:
    """Per conversation, the first date each status was entered (from the recorded changes).

    A stage counts as reached on the earliest date that it or any later status was entered:
    a skipped status (straight from invited to held) gets the later date, and the dates
    never run backwards.
    """
    query = (tuples(StatusChange
             .select(StatusChange.conversation, StatusChange.to_status, StatusChange.at)
             .join(Conversation)
             .where(Conversation.round == round_)
             .order_by(StatusChange.at)))
    first_entry: dict[Any, dict[str, dt.date]] = {}
    for conv_id, to_status, at in query:
        day = _as_date(at)  # never None: a status change always has its moment
        if to_status in _ORDER and to_status != CANCELLED and day is not None:
            first_entry.setdefault(conv_id, {}).setdefault(to_status, day)
    result: dict[Any, dict[str, dt.date]] = {}
    for conv_id, entries in first_entry.items():
        filled: dict[str, dt.date] = {}
        earliest: dt.date | None = None
        for status in reversed(CONVERSATION_STATUSES):
            if status in entries:
                earliest = entries[status] if earliest is None else min(earliest,
                                                                        entries[status])
            if earliest is not None:
                filled[status] = earliest
        result[conv_id] = filled
    return result


def behind_at_step(rows: list[ConversationRow], step_key: str) -> list[ConversationRow]:
    """The conversations not yet past a step (cancelled ones left out)."""
    target = STEP_REACHED_AT.get(step_key)
    if target is None:
        return []
    return [row for row in rows
            if row.status != CANCELLED and not has_reached(row.status, target)]



def linked_goal_counts(round_id: str) -> dict[str, int]:
    """Per strategic goal (ID), how many development goals agreed in this round link to it:
    how far the strategy has reached the people."""
    round_ = fetch(Round, round_id, "round")
    query = (tuples(DevelopmentGoal
             .select(DevelopmentGoal.strategic_goal, fn.COUNT(DevelopmentGoal.id))
             .join(Conversation)
             .where((Conversation.round == round_)
                    & DevelopmentGoal.strategic_goal.is_null(False))
             .group_by(DevelopmentGoal.strategic_goal)))
    return {str(goal_id): count for goal_id, count in query}
