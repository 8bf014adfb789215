"""The conversation (one per employee per round): workflow, answers, agreements, signatures.

The status workflow and its rules live in services/conversations.py. Signed content is kept
as a frozen JSON snapshot with its SHA-256 (`SignedVersion`); an amendment raises `version`
and the earlier snapshot stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import (
    BlobField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from musdesk.models.base import BaseModel
from musdesk.models.organisation import Employee
from musdesk.models.round import Round
from musdesk.models.template import QuestionTemplate, TemplateQuestion


class Conversation(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        agreements: Any
        answers: Any
        development_goals: Any
        employee_id: Any
        leader_id: Any
        private_notes: Any
        signed_versions: Any
        status_changes: Any
        template_id: Any
        round_id: Any

    round = ForeignKeyField(Round, backref="conversations", on_delete="CASCADE")
    employee = ForeignKeyField(Employee, backref="conversations", on_delete="CASCADE")
    leader = ForeignKeyField(Employee, null=True, backref="led_conversations", on_delete="SET NULL")
    # The exact template version the conversation is held with.
    template = ForeignKeyField(
        QuestionTemplate, null=True, backref="conversations", on_delete="RESTRICT"
    )
    scheduled_start = DateTimeField(null=True)
    scheduled_end = DateTimeField(null=True)
    place = CharField(max_length=200, default="")
    status = CharField(max_length=32, default="planned")  # enums.CONVERSATION_STATUSES
    version = IntegerField(default=1)  # raised by each amendment after signing
    summary = TextField(default="")  # the main points (referat)
    # The employee's own remarks on the summary, read before signing; printed and signed.
    employee_comments = TextField(default="")
    cancel_reason = TextField(default="")

    class Meta:
        table_name = "conversation"
        indexes = ((("round", "employee"), True),)


class Answer(BaseModel):
    """The answer to one template question; `part` repeats the section kind for easy queries."""

    conversation = ForeignKeyField(Conversation, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(TemplateQuestion, backref="answers", on_delete="RESTRICT")
    part = CharField(max_length=32)  # enums.SECTION_KINDS
    text = TextField(default="")

    class Meta:
        table_name = "answer"
        indexes = ((("conversation", "question"), True),)


class PrivateNote(BaseModel):
    """The leader's private notes: kept apart, never printed unless explicitly chosen."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        conversation_id: Any


    conversation = ForeignKeyField(Conversation, backref="private_notes", on_delete="CASCADE")
    text = TextField()

    class Meta:
        table_name = "private_note"


class Agreement(BaseModel):
    """One of the four agreements (kind), several rows per kind allowed."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        conversation_id: Any


    conversation = ForeignKeyField(Conversation, backref="agreements", on_delete="CASCADE")
    kind = CharField(max_length=32)  # enums.AGREEMENT_KINDS
    text = TextField()
    owner = CharField(max_length=16, null=True)  # enums.AGREEMENT_OWNERS (for actions)
    due_date = DateField(null=True)
    sort_order = IntegerField(default=0)
    # Carry-forward: the agreement of an earlier round this one continues.
    carried_from = ForeignKeyField("self", null=True, backref="carried_into", on_delete="SET NULL")

    class Meta:
        table_name = "agreement"


class StatusChange(BaseModel):
    """Every workflow transition, with its time (`created_at` is the same moment)."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs)
        conversation_id: Any

    conversation = ForeignKeyField(Conversation, backref="status_changes", on_delete="CASCADE")
    from_status = CharField(max_length=32, null=True)
    to_status = CharField(max_length=32)
    at = DateTimeField()
    version = IntegerField(default=1)
    # Why, where the step takes one (a cancellation): kept when the conversation is planned
    # again, so each time someone was taken out stays readable with its reason.
    reason = TextField(default="")

    class Meta:
        table_name = "status_change"


class SignedVersion(BaseModel):
    """The frozen content of one signed version; kept when the conversation is amended."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        conversation_id: Any


    conversation = ForeignKeyField(Conversation, backref="signed_versions", on_delete="CASCADE")
    version = IntegerField()
    snapshot = TextField()  # canonical JSON of the printable content
    content_hash = CharField(max_length=64)  # SHA-256 hex of `snapshot`
    employee_signed_on = DateField()
    leader_signed_on = DateField()
    signed_at = DateTimeField()
    amended_at = DateTimeField(null=True)  # when a later amendment superseded it
    amendment_reason = TextField(default="")

    class Meta:
        table_name = "signed_version"
        indexes = ((("conversation", "version"), True),)


class ScanAttachment(BaseModel):
    """An optional scan of the paper summary (the database itself is encrypted)."""

    conversation = ForeignKeyField(Conversation, backref="scans", on_delete="CASCADE")
    signed_version = ForeignKeyField(
        SignedVersion, null=True, backref="scans", on_delete="SET NULL"
    )
    filename = CharField(max_length=255)
    mime_type = CharField(max_length=100)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    data = BlobField()

    class Meta:
        table_name = "scan_attachment"
