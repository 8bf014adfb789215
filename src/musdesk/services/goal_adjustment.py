"""Adjusting a goal after signing: how often we meet, its start and deadline, or closing it.

What the goal *is* stays as signed (`plans.FROZEN_GOAL_FIELDS`, the signed snapshot is not
touched); cadence, start, deadline and status belong to the follow-up. One adjustment is one
transaction: the goal's fields, an `Adjustment` record saying what changed (in the
organisation's language) and why, and the re-planning of the employee's future planned
meetings (`followup_planning.replan_for_goal`). Held, missed and cancelled meetings stay as
history; a goal marked achieved or dropped loses its planned meetings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from musdesk import texts
from musdesk.errors import InvalidValue
from musdesk.models import DevelopmentGoal, SignedVersion
from musdesk.models.enums import CADENCES, OPEN_GOAL_STATUSES, label
from musdesk.services import followup, followup_planning, plans
from musdesk.services.common import atomic, choice, fetch, reason

CLOSING_OUTCOMES = ("achieved", "dropped")  # what "Adjust goal…" may close a goal as


@dataclass(frozen=True)
class GoalSettings:
    """What the "Adjust goal" dialog shows and starts from."""

    goal_id: str
    employee_name: str
    title: str
    cadence: str | None
    cadence_days: int | None
    starts_on: dt.date | None  # its own start, else the day of its conversation
    deadline: dt.date | None
    status: str
    signed: bool  # agreed in a signed conversation: what it is stays as signed

    @property
    def open(self) -> bool:
        return self.status in OPEN_GOAL_STATUSES


@dataclass(frozen=True)
class GoalAdjustment:
    goal_id: str
    cadence: str | None  # enums.CADENCES, or None: no follow-up meetings of its own
    cadence_days: int | None  # for "custom"
    starts_on: dt.date | None
    deadline: dt.date | None
    outcome: str | None = None  # CLOSING_OUTCOMES, or None: the goal goes on
    why: str = ""
    made_on: dt.date | None = None  # default today


@dataclass(frozen=True)
class AdjustmentResult:
    description: str  # what the Adjustment record says
    planned: int  # the employee's planned meetings from today on, after re-planning
    created: int
    removed: int


def _start(goal: DevelopmentGoal) -> dt.date | None:
    own: dt.date | None = goal.starts_on
    if own is not None:
        return own
    conversation = goal.conversation if goal.conversation_id is not None else None
    scheduled = conversation.scheduled_start if conversation is not None else None
    return scheduled.date() if scheduled else None


def goal_settings(goal_id: str) -> GoalSettings:
    goal = fetch(DevelopmentGoal, goal_id, "goal")
    signed = goal.conversation_id is not None and SignedVersion.select().where(
        SignedVersion.conversation == goal.conversation_id).exists()
    return GoalSettings(str(goal.id), goal.employee.full_name, goal.title, goal.cadence,
                        goal.cadence_days, _start(goal), goal.deadline, goal.status, signed)


def _day(value: dt.date | None, language: str) -> str:
    if value is None:
        return texts.text("goal_adjustment.no_date", language)
    return value.isoformat() if language == "en" else f"{value.day}.{value.month}.{value.year}"


def _cadence(cadence: str | None, days: int | None, language: str) -> str:
    if cadence is None:
        return texts.text("goal_adjustment.no_cadence", language)
    if cadence == "custom":
        return texts.text("goal_adjustment.every_days", language, days=days or 0)
    return label("cadence", cadence, language)


def adjust_goal(data: GoalAdjustment, today: dt.date | None = None) -> AdjustmentResult:
    """Change the goal's cadence, start, deadline or close it, record the adjustment and
    re-plan the future planned meetings (from `today` on), all or nothing."""
    day0 = today or dt.date.today()
    with atomic():
        goal = fetch(DevelopmentGoal, data.goal_id, "goal")
        if goal.status not in OPEN_GOAL_STATUSES:
            raise InvalidValue("status", reason("goal_closed"))
        language = goal.employee.organisation.language
        changes: dict[str, Any] = {}
        said: list[str] = []
        cadence = data.cadence or None
        days = data.cadence_days if cadence == "custom" else None
        if cadence is not None:
            choice("cadence", cadence, CADENCES)
        if (cadence, days) != (goal.cadence, goal.cadence_days if goal.cadence == "custom"
                               else None):
            changes.update(cadence=cadence, cadence_days=days)
            said.append(texts.text(
                "goal_adjustment.cadence", language,
                old=_cadence(goal.cadence, goal.cadence_days, language),
                new=_cadence(cadence, days, language)))
        if data.starts_on is not None and data.starts_on != _start(goal):
            changes["starts_on"] = data.starts_on
            said.append(texts.text("goal_adjustment.start", language,
                                   old=_day(_start(goal), language),
                                   new=_day(data.starts_on, language)))
        if data.deadline != goal.deadline:
            changes["deadline"] = data.deadline
            said.append(texts.text("goal_adjustment.deadline", language,
                                   old=_day(goal.deadline, language),
                                   new=_day(data.deadline, language)))
        if data.outcome is not None:
            choice("status", data.outcome, CLOSING_OUTCOMES)
            changes["status"] = data.outcome
            if data.outcome == "achieved":
                changes["progress"] = 100
            said.append(texts.text(f"goal_adjustment.marked_{data.outcome}", language))
        if not changes:
            raise InvalidValue("goal", reason("nothing_changed"))
        plans.update_goal(data.goal_id, replan=False, **changes)
        description = "; ".join(said)
        followup.add_adjustment(data.goal_id, description, data.why,
                                made_on=data.made_on or day0)
        result = followup_planning.replan_for_goal(data.goal_id, day0)
    return AdjustmentResult(description, result.kept, result.created, result.removed)
