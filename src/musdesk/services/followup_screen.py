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

from musdesk import texts
from musdesk.models import DevelopmentGoal, Employee
from musdesk.models.enums import OPEN_GOAL_STATUSES
from musdesk.services import followup, followup_actions, goal_adjustment, workdays
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
from musdesk.services.goal_adjustment import (  # AdjustmentResult: also for the tab
    AdjustmentResult as AdjustmentResult,
)
from musdesk.services.goal_adjustment import GoalAdjustment, GoalSettings

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
    adjust_goal_id: str | None = None  # "Adjust goal…" adjusts this (open) goal

    @property
    def open_conversation(self) -> bool:
        return self.conversation_id is not None

    @property
    def adjust(self) -> bool:
        return self.adjust_goal_id is not None


def open_goal(goal_id: str | None) -> str | None:
    """`goal_id` when that goal is still open (it can be adjusted), else None."""
    if not goal_id:
        return None
    goal = DevelopmentGoal.get_or_none(DevelopmentGoal.id == goal_id)
    return goal_id if goal is not None and goal.status in OPEN_GOAL_STATUSES else None


def actions_for(item: TimelineItem | None) -> ItemActions:
    if item is None:
        return ItemActions()
    conversation_id = item.record_id if item.kind in (CONVERSATION, SIGNING) else None
    record = correct = move = cancel = False
    titles: tuple[str, ...] = ()
    adjust = open_goal(item.goal_id) if item.kind in (GOAL_DEADLINE, SUB_GOAL) else None
    if item.kind == MEETING:
        meeting = followup_actions.meeting(item.record_id)
        planned = meeting["status"] == "planned"
        record, move, cancel = planned, planned, planned
        correct = meeting["status"] == "held"
        conversation_id = meeting["conversation_id"]
        titles = tuple(meeting["goal_titles"])
        if len(meeting["goal_ids"]) == 1:  # the meeting of one goal: that goal
            adjust = open_goal(meeting["goal_ids"][0])
        elif item.echo:  # shown on one goal's row: that goal
            adjust = open_goal(item.goal_id)
    return ItemActions(record=record, correct=correct, move=move, cancel=cancel,
                       evaluate=bool(item.goal_id), recognition=True,
                       conversation_id=None if conversation_id is None else str(conversation_id),
                       goal_titles=titles, adjust_goal_id=adjust)


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


@dataclass(frozen=True)
class DayOff:
    """Why a chosen day is no working day of the employee's organisation."""

    weekend: bool
    holiday: str | None  # the public holiday's name (in the asked language), if it is one


def day_off(employee_id: str, day: dt.date, language: str | None = None) -> DayOff | None:
    """A weekend or public holiday of the employee's organisation (the dialogs warn and
    name the holiday in `language`, default the current one), or None for a working day."""
    language = language or texts.current_language()
    employee = fetch(Employee, employee_id, "employee")
    country = employee.organisation.country
    if workdays.is_working_day(day, country):
        return None
    return DayOff(day.weekday() >= 5, workdays.holiday_name(day, country, language))


def plan_meeting(employee_id: str, day: dt.date, at: dt.time | None,
                 goal_ids: list[str]) -> dict[str, Any]:
    return followup.add_meeting(employee_id, day, goal_ids=goal_ids, starts_at=at)


def move_meeting(meeting_id: str, day: dt.date, at: dt.time | None) -> dict[str, Any]:
    return followup.move_meeting(meeting_id, day, at)


def cancel_meeting(meeting_id: str) -> dict[str, Any]:
    return followup.cancel_meeting(meeting_id)


def goal_settings(goal_id: str) -> GoalSettings:
    return goal_adjustment.goal_settings(goal_id)


def adjust_goal(data: GoalAdjustment, today: dt.date) -> AdjustmentResult:
    return goal_adjustment.adjust_goal(data, today)
