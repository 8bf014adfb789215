"""A MUS round: its period, the eight wheel steps with checklists, and group conversations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from musdesk.models.base import BaseModel
from musdesk.models.organisation import Department, Organisation
from musdesk.models.template import QuestionTemplate


class Round(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        conversations: Any
        organisation_id: Any
        previous_round_id: Any
        steps: Any
        template_id: Any
        department_id: Any

    organisation = ForeignKeyField(Organisation, backref="rounds", on_delete="CASCADE")
    # Set when the round covers one department (and its sub-departments) only.
    department = ForeignKeyField(Department, null=True, backref="rounds", on_delete="SET NULL")
    name = CharField(max_length=200)
    period_start = DateField()
    period_end = DateField()
    status = CharField(max_length=32, default="planning")  # enums.ROUND_STATUSES
    template = ForeignKeyField(QuestionTemplate, null=True, backref="rounds", on_delete="SET NULL")
    previous_round = ForeignKeyField("self", null=True, backref="next_rounds", on_delete="SET NULL")
    conversation_minutes = IntegerField(default=60)
    notes = TextField(default="")

    class Meta:
        table_name = "round"


class WheelStep(BaseModel):
    """One of the eight steps (number 1–8, key from enums.WHEEL_STEPS) of a round."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        tasks: Any
        round_id: Any


    round = ForeignKeyField(Round, backref="steps", on_delete="CASCADE")
    number = IntegerField()
    key = CharField(max_length=32)
    phase = CharField(max_length=16)  # enums.PHASES
    roles = CharField(max_length=200, default="")  # comma-separated enums.ROLES
    due_date = DateField(null=True)
    done_date = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "wheel_step"
        indexes = ((("round", "number"), True),)


class StepTask(BaseModel):
    """A checklist item of a wheel step."""

    step = ForeignKeyField(WheelStep, backref="tasks", on_delete="CASCADE")
    text = CharField(max_length=500)
    role = CharField(max_length=32, null=True)  # enums.ROLES
    due_date = DateField(null=True)
    done_on = DateField(null=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "step_task"


class GroupConversation(BaseModel):
    """A department's group conversation (GRUS): strategy broken down to the team."""

    round = ForeignKeyField(Round, backref="group_conversations", on_delete="CASCADE")
    department = ForeignKeyField(Department, backref="group_conversations", on_delete="CASCADE")
    scheduled_start = DateTimeField(null=True)
    place = CharField(max_length=200, default="")
    participants = TextField(default="")
    department_goals = TextField(default="")
    shared_activities = TextField(default="")
    notes = TextField(default="")
    held_on = DateField(null=True)

    class Meta:
        table_name = "group_conversation"
