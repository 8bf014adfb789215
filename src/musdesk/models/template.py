"""Question templates as data: versions, sections per part, questions.

A template version that a conversation has used is never edited in place; an edit makes a
new version in the same `family` (services/templates.py enforces it). `parent` is the version
it was made from (previous version or the copied template).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField, UUIDField

from musdesk.models.base import BaseModel


class QuestionTemplate(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        sections: Any

    family = UUIDField(index=True)  # shared by all versions of one template
    version = IntegerField(default=1)
    name = CharField(max_length=200)
    language = CharField(max_length=8)
    description = TextField(default="")
    parent = ForeignKeyField("self", null=True, backref="derived", on_delete="SET NULL")
    # Name of the shipped file it was loaded from ("default"); None for the consultant's own.
    source = CharField(max_length=100, null=True)
    superseded = BooleanField(default=False)  # a newer version of the family exists

    class Meta:
        table_name = "question_template"
        indexes = ((("family", "version"), True),)


class TemplateSection(BaseModel):
    """One theme for one part: the employee's preparation, the leader's, or the conversation."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        questions: Any
        template_id: Any


    template = ForeignKeyField(QuestionTemplate, backref="sections", on_delete="CASCADE")
    kind = CharField(max_length=32)  # enums.SECTION_KINDS
    theme = CharField(max_length=64)  # e.g. "looking_back"; same theme across parts
    title = CharField(max_length=300)
    intro = TextField(default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "template_section"


class TemplateQuestion(BaseModel):
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        section_id: Any

    section = ForeignKeyField(TemplateSection, backref="questions", on_delete="CASCADE")
    key = CharField(max_length=64)  # stable within the template family
    text = TextField()
    help = TextField(default="")
    kind = CharField(max_length=16, default="text")  # enums.QUESTION_KINDS
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "template_question"
