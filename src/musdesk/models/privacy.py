"""Retention decisions: a round or a leaver kept past the retention period, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import DateField, ForeignKeyField, TextField

from musdesk.models.base import BaseModel
from musdesk.models.organisation import Employee, Organisation
from musdesk.models.round import Round


class RetentionHold(BaseModel):
    """'Keep, because …' for one due item (a round or a leaver), until a date."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        employee_id: Any
        round_id: Any


    organisation = ForeignKeyField(Organisation, backref="retention_holds", on_delete="CASCADE")
    round = ForeignKeyField(Round, null=True, backref="retention_holds", on_delete="CASCADE")
    employee = ForeignKeyField(
        Employee, null=True, backref="retention_holds", on_delete="CASCADE"
    )
    reason = TextField()
    decided_on = DateField()
    review_on = DateField()  # when it is due for review again

    class Meta:
        table_name = "retention_hold"
