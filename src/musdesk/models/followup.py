"""Follow-up through the year: meetings, progress per goal, adjustments, evaluation, recognition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField, TimeField

from musdesk.models.base import BaseModel
from musdesk.models.conversation import Conversation
from musdesk.models.organisation import Employee
from musdesk.models.plan import DevelopmentGoal


class FollowUpMeeting(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        employee_id: Any
        goal_id: Any
        conversation_id: Any

    employee = ForeignKeyField(Employee, backref="follow_up_meetings", on_delete="CASCADE")
    conversation = ForeignKeyField(
        Conversation, null=True, backref="follow_up_meetings", on_delete="SET NULL"
    )
    # The goal whose cadence generated it (None for a meeting added by hand).
    goal = ForeignKeyField(
        DevelopmentGoal, null=True, backref="follow_up_meetings", on_delete="CASCADE"
    )
    planned_on = DateField(index=True)
    starts_at = TimeField(null=True)
    status = CharField(max_length=16, default="planned")  # enums.MEETING_STATUSES
    held_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "follow_up_meeting"


class GoalProgress(BaseModel):
    """Progress of one goal as noted at one meeting."""

    meeting = ForeignKeyField(FollowUpMeeting, backref="progress", on_delete="CASCADE")
    goal = ForeignKeyField(DevelopmentGoal, backref="progress_notes", on_delete="CASCADE")
    progress = IntegerField()  # 0–100
    note = TextField(default="")

    class Meta:
        table_name = "goal_progress"
        indexes = ((("meeting", "goal"), True),)


class Adjustment(BaseModel):
    """A change to a goal during the year (what changed and why)."""

    goal = ForeignKeyField(DevelopmentGoal, backref="adjustments", on_delete="CASCADE")
    meeting = ForeignKeyField(
        FollowUpMeeting, null=True, backref="adjustments", on_delete="SET NULL"
    )
    made_on = DateField()
    description = TextField()
    reason = TextField(default="")

    class Meta:
        table_name = "adjustment"


class Evaluation(BaseModel):
    goal = ForeignKeyField(DevelopmentGoal, backref="evaluations", on_delete="CASCADE")
    evaluated_on = DateField()
    outcome = CharField(max_length=32)  # enums.EVALUATION_OUTCOMES
    what_helped = TextField(default="")
    what_next = TextField(default="")

    class Meta:
        table_name = "evaluation"


class Recognition(BaseModel):
    employee = ForeignKeyField(Employee, backref="recognitions", on_delete="CASCADE")
    goal = ForeignKeyField(DevelopmentGoal, null=True, backref="recognitions", on_delete="SET NULL")
    kind = CharField(max_length=16)  # enums.RECOGNITION_KINDS
    category = CharField(max_length=32, default="other")  # enums.RECOGNITION_CATEGORIES
    given_on = DateField()
    note = TextField(default="")

    class Meta:
        table_name = "recognition"
