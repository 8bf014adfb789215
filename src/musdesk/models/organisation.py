"""Client organisations, their department tree, employees and strategic goals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from musdesk.models.base import BaseModel


class Organisation(BaseModel):
    """A client of the consultant."""

    name = CharField(max_length=200)
    language = CharField(max_length=8, default="da")  # of its documents and question set
    # Whose public holidays are no working days, and the calendar's time zone (DK, NO).
    country = CharField(max_length=2, default="DK")
    notes = TextField(default="")
    # Working hours used when proposing conversation slots.
    workday_start = TimeField(default=dt.time(8, 0))
    workday_end = TimeField(default=dt.time(16, 0))
    # Retention (services/privacy_retention.py): conversations and plans are due for review
    # this many years after their round ended, leavers this many months after leaving.
    retention_years = IntegerField(default=5)
    leaver_retention_months = IntegerField(default=12)

    class Meta:
        table_name = "organisation"


class Department(BaseModel):
    """A department or team; `parent` makes the tree (None at the top)."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        organisation_id: Any
        parent_id: Any


    organisation = ForeignKeyField(Organisation, backref="departments", on_delete="CASCADE")
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    name = CharField(max_length=200)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "department"


class Employee(BaseModel):
    """A person at a client; `leader` is another employee (the one who holds their MUS)."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        department_id: Any
        leader_id: Any
        organisation_id: Any


    organisation = ForeignKeyField(Organisation, backref="employees", on_delete="CASCADE")
    department = ForeignKeyField(Department, null=True, backref="employees", on_delete="SET NULL")
    leader = ForeignKeyField("self", null=True, backref="reports", on_delete="SET NULL")
    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100)
    job_title = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=50, default="")
    start_date = DateField(null=True)
    active = BooleanField(default=True)
    left_on = DateField(null=True)
    # The client's own employee number, used to match rows when a roster is imported again.
    external_ref = CharField(max_length=100, null=True, index=True)

    class Meta:
        table_name = "employee"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class StrategicGoal(BaseModel):
    """A goal of the organisation, or of one department when `department` is set."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        organisation_id: Any
        department_id: Any


    organisation = ForeignKeyField(Organisation, backref="strategic_goals", on_delete="CASCADE")
    department = ForeignKeyField(
        Department, null=True, backref="strategic_goals", on_delete="CASCADE"
    )
    title = CharField(max_length=300)
    description = TextField(default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "strategic_goal"
