"""The development plan: goals, their sub-goals and learning activities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import (
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from musdesk.models.base import BaseModel
from musdesk.models.conversation import Conversation
from musdesk.models.organisation import Employee, StrategicGoal


class DevelopmentGoal(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        activities: Any
        conversation_id: Any
        employee_id: Any
        meeting_links: Any
        owner_id: Any
        strategic_goal_id: Any
        sub_goals: Any

    employee = ForeignKeyField(Employee, backref="development_goals", on_delete="CASCADE")
    # The conversation where it was agreed (None for a goal added between rounds).
    conversation = ForeignKeyField(
        Conversation, null=True, backref="development_goals", on_delete="SET NULL"
    )
    strategic_goal = ForeignKeyField(
        StrategicGoal, null=True, backref="development_goals", on_delete="SET NULL"
    )
    title = CharField(max_length=300)  # what is to be learnt or reached
    why = TextField(default="")
    signs_of_success = TextField(default="")
    support = TextField(default="")  # support and resources
    practice_change = TextField(default="")  # the wanted change in daily practice
    status = CharField(max_length=32, default="open")  # enums.GOAL_STATUSES
    progress = IntegerField(default=0)  # 0–100
    # Who follows up (usually the leader).
    owner = ForeignKeyField(Employee, null=True, backref="owned_goals", on_delete="SET NULL")
    # The plan period; follow-up meetings are generated inside it.
    starts_on = DateField(null=True)
    deadline = DateField(null=True)
    cadence = CharField(max_length=16, null=True)  # enums.CADENCES
    cadence_days = IntegerField(null=True)  # for "custom"
    carried_from = ForeignKeyField("self", null=True, backref="carried_into", on_delete="SET NULL")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "development_goal"


class SubGoal(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs)
        goal_id: Any

    goal = ForeignKeyField(DevelopmentGoal, backref="sub_goals", on_delete="CASCADE")
    text = CharField(max_length=500)
    due_date = DateField(null=True)
    done_on = DateField(null=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "sub_goal"


class Activity(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs)
        goal_id: Any

    goal = ForeignKeyField(DevelopmentGoal, backref="activities", on_delete="CASCADE")
    description = CharField(max_length=500)
    method = CharField(max_length=32)  # enums.LEARNING_METHODS
    starts_on = DateField(null=True)
    ends_on = DateField(null=True)
    done_on = DateField(null=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "activity"
