"""Follow-up through the year: meetings, progress per goal, adjustments, evaluation, recognition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField, TimeField

from musdesk.models.base import BaseModel
from musdesk.models.conversation import Conversation
from musdesk.models.organisation import Employee
from musdesk.models.plan import DevelopmentGoal


class FollowUpMeeting(BaseModel):
    """One follow-up meeting of one employee on one day, covering all their open goals
    (`MeetingGoal` says whose cadence put it there; progress is noted per goal)."""

    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        employee_id: Any
        conversation_id: Any
        goal_links: Any

    employee = ForeignKeyField(Employee, backref="follow_up_meetings", on_delete="CASCADE")
    conversation = ForeignKeyField(
        Conversation, null=True, backref="follow_up_meetings", on_delete="SET NULL"
    )
    planned_on = DateField(index=True)
    # The cadence date it stands for (None for a meeting planned by hand): a moved meeting
    # keeps it, so re-planning neither moves it back nor plans that date again.
    planned_for = DateField(null=True)
    starts_at = TimeField(null=True)
    status = CharField(max_length=16, default="planned")  # enums.MEETING_STATUSES
    held_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "follow_up_meeting"


class MeetingGoal(BaseModel):
    """A goal whose follow-up cadence a meeting serves."""

    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs)
        meeting_id: Any
        goal_id: Any

    meeting = ForeignKeyField(FollowUpMeeting, backref="goal_links", on_delete="CASCADE")
    goal = ForeignKeyField(DevelopmentGoal, backref="meeting_links", on_delete="CASCADE")

    class Meta:
        table_name = "meeting_goal"
        indexes = ((("meeting", "goal"), True),)


class CalendarTombstone(BaseModel):
    """A calendar event whose record is gone (deleted, re-planned away, erased): the next
    exports keep it as STATUS:CANCELLED with a higher SEQUENCE, so calendars drop it.
    Plain text ids, no foreign keys: the records (even the person) no longer exist."""

    uid = CharField(max_length=200, unique=True)
    sequence = IntegerField()
    starts = CharField(max_length=32)  # ISO date (all-day) or naive local date-time
    organisation_id = CharField(max_length=36, index=True)
    department_id = CharField(max_length=36, null=True)
    employee_id = CharField(max_length=36, null=True, index=True)

    class Meta:
        table_name = "calendar_tombstone"


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
