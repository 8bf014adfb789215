"""What the follow-up dialogs hand over: plain data, checked and saved by `followup_actions`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Kinds of adjustment a held meeting can make to a goal.
MOVE_DEADLINE, ADD_ACTIVITY, OTHER_CHANGE = "move_deadline", "add_activity", "other"
CHANGE_CADENCE = "change_cadence"  # re-plans the goal's future meetings
ADJUSTMENT_KINDS = (MOVE_DEADLINE, CHANGE_CADENCE, ADD_ACTIVITY, OTHER_CHANGE)


@dataclass(frozen=True)
class GoalChoice:
    """A goal as the dialogs list it."""

    goal_id: str
    title: str
    progress: int
    deadline: dt.date | None = None


@dataclass
class AdjustmentInput:
    goal_id: str
    kind: str  # ADJUSTMENT_KINDS
    description: str  # what changed (for an activity: the activity)
    reason: str = ""
    new_deadline: dt.date | None = None
    activity_method: str = "other"
    new_cadence: str | None = None  # enums.CADENCES (not "custom")


@dataclass
class HeldMeetingInput:
    meeting_id: str
    held_on: dt.date
    notes: str = ""
    support: str = ""  # support the employee was given or promised
    progress: dict[str, int] = field(default_factory=dict)  # goal id -> 0–100
    adjustments: list[AdjustmentInput] = field(default_factory=list)


@dataclass
class MissedMeetingInput:
    meeting_id: str
    reschedule_to: dt.date | None
    note: str = ""


@dataclass
class RecognitionInput:
    employee_id: str
    kind: str  # enums.RECOGNITION_KINDS
    category: str  # enums.RECOGNITION_CATEGORIES
    given_on: dt.date
    note: str = ""
    goal_id: str | None = None


@dataclass
class EvaluationInput:
    goal_id: str
    outcome: str  # enums.EVALUATION_OUTCOMES
    evaluated_on: dt.date
    what_helped: str = ""
    what_next: str = ""
