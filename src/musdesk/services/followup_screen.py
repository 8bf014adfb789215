"""What the follow-up tab offers and does, without Qt (the tab's controller).

The tab (`ui/tabs/followup_tab.py`) is wiring; the layout is `ui/widgets/followup_view.py`.
Here: what a selected timeline item allows (record, correct a held meeting, move, cancel,
evaluate, recognise, open its conversation), loading a scope, and planning/moving/cancelling
meetings through `services/followup.py`. Everything returns plain data; no Peewee model or
query reaches the tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from musdesk.models import Employee
from musdesk.services import followup, followup_actions, workdays
from musdesk.services.common import fetch
from musdesk.services.followup_inputs import GoalChoice
from musdesk.services.followup_overview import (
    CONVERSATION,
    GOAL_DEADLINE,
    MEETING,
    SIGNING,
    SUB_GOAL,
    DueItem,
    Scope,
    Timeline,
    TimelineItem,
    change_token,
    due_items,
    employees_in_scope,
    timeline,
)

DUE_DAYS = 14
BACKGROUND_FROM = 300  # people in scope; above this the tab loads off the UI thread
# What activating (double-click, Enter) an item does.
OPEN_MEETING, EVALUATE, OPEN_CONVERSATION, DETAILS = "meeting", "evaluate", "conversation", "none"


def action_for(item: TimelineItem) -> str:
    """The default action of an item: a meeting is recorded, a goal evaluated, a
    conversation opened in its tab; the rest shows its details only."""
    if item.kind == MEETING:
        return OPEN_MEETING
    if item.kind in (GOAL_DEADLINE, SUB_GOAL) and item.goal_id:
        return EVALUATE
    if item.kind in (CONVERSATION, SIGNING):
        return OPEN_CONVERSATION
    return DETAILS


@dataclass(frozen=True)
class ItemActions:
    """Which of the tab's actions a selected item allows."""

    record: bool = False  # record a meeting (held or missed)
    correct: bool = False  # the meeting was held: record again to correct it
    move: bool = False
    cancel: bool = False
    evaluate: bool = False
    recognition: bool = False
    conversation_id: str | None = None  # "Open conversation" goes there
    goal_titles: tuple[str, ...] = ()  # a meeting: the goals whose cadence it serves

    @property
    def open_conversation(self) -> bool:
        return self.conversation_id is not None


def actions_for(item: TimelineItem | None) -> ItemActions:
    if item is None:
        return ItemActions()
    conversation_id = item.record_id if item.kind in (CONVERSATION, SIGNING) else None
    record = correct = move = cancel = False
    titles: tuple[str, ...] = ()
    if item.kind == MEETING:
        meeting = followup_actions.meeting(item.record_id)
        planned = meeting["status"] == "planned"
        record, move, cancel = planned, planned, planned
        correct = meeting["status"] == "held"
        conversation_id = meeting["conversation_id"]
        titles = tuple(meeting["goal_titles"])
    return ItemActions(record=record, correct=correct, move=move, cancel=cancel,
                       evaluate=bool(item.goal_id), recognition=True,
                       conversation_id=None if conversation_id is None else str(conversation_id),
                       goal_titles=titles)


def is_large(scope: Scope) -> bool:
    return int(employees_in_scope(scope).count()) > BACKGROUND_FROM


def load_scope(scope: Scope, today: dt.date, check: Callable[[], None] = lambda: None
               ) -> tuple[Timeline, list[DueItem], tuple[Any, ...]]:
    """Everything the tab shows for a scope (runs on a worker thread for large scopes);
    `check` (JobContext.check) between the steps stops a cancelled load."""
    check()
    shown = timeline(scope, today)
    check()
    due = due_items(today, DUE_DAYS, scope)
    check()
    return shown, due, change_token()


def workspace_open() -> bool:
    """False once the workspace was locked (e.g. under a load running in the background)."""
    from musdesk.storage.database import workspace_bound

    return bool(workspace_bound())


# --- planning by hand ---------------------------------------------------------------------
@dataclass(frozen=True)
class PlanChoices:
    employee_id: str
    employee_name: str
    goals: list[GoalChoice]
    proposed_on: dt.date  # the next working day of the organisation's country
    proposed_at: dt.time  # the start of the organisation's working day


def plan_choices(employee_id: str, today: dt.date, near: dt.date | None = None) -> PlanChoices:
    """What the "Plan a follow-up meeting" dialog offers: the open goals (all ticked there)
    and a working day on or after `near` (a clicked day) or tomorrow."""
    employee = fetch(Employee, employee_id, "employee")
    org = employee.organisation
    start = max(near or today + dt.timedelta(days=1), today)
    day = workdays.next_working_day(start, org.country)
    at = org.workday_start if isinstance(org.workday_start, dt.time) else \
        dt.time.fromisoformat(str(org.workday_start))
    return PlanChoices(str(employee.id), employee.full_name,
                       followup_actions.goal_choices(str(employee.id)), day, at)


def is_day_off(employee_id: str, day: dt.date) -> bool:
    """A weekend or public holiday of the employee's organisation (the dialog warns)."""
    employee = fetch(Employee, employee_id, "employee")
    return not workdays.is_working_day(day, employee.organisation.country)


def plan_meeting(employee_id: str, day: dt.date, at: dt.time | None,
                 goal_ids: list[str]) -> dict[str, Any]:
    return followup.add_meeting(employee_id, day, goal_ids=goal_ids, starts_at=at)


def move_meeting(meeting_id: str, day: dt.date, at: dt.time | None) -> dict[str, Any]:
    return followup.move_meeting(meeting_id, day, at)


def cancel_meeting(meeting_id: str) -> dict[str, Any]:
    return followup.cancel_meeting(meeting_id)
