"""Every table of `models.ALL_MODELS` as package data: columns, rules, and how it merges.

Built from the models themselves, so a table that a later migration adds travels in
packages without changes here; what cannot be derived (which vocabulary a text column
uses, whether a table is a record of history that must never be overwritten) is declared
below, and `tests/unit/interchange/test_package_tables.py` fails when a model is not covered.

Values travel as SQLite stores them (Peewee's storage form): UUIDs as 32 lowercase hex
digits, dates `YYYY-MM-DD`, times `HH:MM:SS`, date-times `YYYY-MM-DD HH:MM:SS[.ffffff]`
(UTC), booleans 0/1, blobs as the name of a package member. docs/package-format.md has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)

from musdesk.models import ALL_MODELS
from musdesk.models import enums as E

# Merge classes: "editable" records take the newer change; "history" records are never
# overwritten (identical ones are skipped, a different one is a conflict); "settings" are
# the key/value rows of workspace_meta, merged like history, key by key.
EDITABLE = "editable"
HISTORY = "history"
SETTINGS = "settings"

MERGE_CLASS: dict[str, str] = {
    "workspace_meta": SETTINGS,
    "organisation": EDITABLE,
    "department": EDITABLE,
    "employee": EDITABLE,
    "strategic_goal": EDITABLE,
    "question_template": EDITABLE,
    "template_section": EDITABLE,
    "template_question": EDITABLE,
    "round": EDITABLE,
    "wheel_step": EDITABLE,
    "step_task": EDITABLE,
    "group_conversation": EDITABLE,
    "conversation": EDITABLE,
    "answer": EDITABLE,
    "private_note": EDITABLE,
    "agreement": EDITABLE,
    "status_change": HISTORY,
    "signed_version": HISTORY,
    "scan_attachment": HISTORY,
    "development_goal": EDITABLE,
    "sub_goal": EDITABLE,
    "activity": EDITABLE,
    "follow_up_meeting": EDITABLE,  # a held meeting is history (see FROZEN_WHEN)
    "goal_progress": EDITABLE,
    "adjustment": EDITABLE,
    "evaluation": EDITABLE,
    "recognition": EDITABLE,
    "audit_event": HISTORY,
    "retention_hold": EDITABLE,
    # Which goals a follow-up meeting serves; calendar events of records that are gone.
    "meeting_goal": EDITABLE,
    "calendar_tombstone": HISTORY,
    # Issued (sealed) summaries and the content each seal signed.
    "issued_content": HISTORY,
    "issued_summary": HISTORY,
}

# Text columns that hold the id of a record of another table without a foreign key:
# scope follows them like references (a summary issued for a conversation in scope).
SOFT_REFERENCES: dict[tuple[str, str], str] = {
    ("issued_summary", "document_id"): "conversation",
    ("calendar_tombstone", "organisation_id"): "organisation",
}

# Editable records that turn into history in a given state (on the workspace's side).
FROZEN_WHEN: dict[str, tuple[str, str]] = {
    "follow_up_meeting": ("status", "held"),
}

# Text columns holding one value of a vocabulary (comma lists are checked item by item).
VOCABULARY: dict[tuple[str, str], tuple[str, ...]] = {
    ("organisation", "language"): E.LANGUAGES,
    ("question_template", "language"): E.LANGUAGES,
    ("template_section", "kind"): E.SECTION_KINDS,
    ("template_question", "kind"): E.QUESTION_KINDS,
    ("round", "status"): E.ROUND_STATUSES,
    ("wheel_step", "key"): E.WHEEL_STEPS,
    ("wheel_step", "phase"): E.PHASES,
    ("step_task", "role"): E.ROLES,
    ("conversation", "status"): E.CONVERSATION_STATUSES,
    ("answer", "part"): E.SECTION_KINDS,
    ("agreement", "kind"): E.AGREEMENT_KINDS,
    ("agreement", "owner"): E.AGREEMENT_OWNERS,
    ("status_change", "from_status"): E.CONVERSATION_STATUSES,
    ("status_change", "to_status"): E.CONVERSATION_STATUSES,
    ("development_goal", "status"): E.GOAL_STATUSES,
    ("development_goal", "cadence"): E.CADENCES,
    ("activity", "method"): E.LEARNING_METHODS,
    ("follow_up_meeting", "status"): E.MEETING_STATUSES,
    ("evaluation", "outcome"): E.EVALUATION_OUTCOMES,
    ("recognition", "kind"): E.RECOGNITION_KINDS,
    ("recognition", "category"): E.RECOGNITION_CATEGORIES,
    ("audit_event", "action"): E.AUDIT_ACTIONS,
}
COMMA_LISTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("wheel_step", "roles"): E.ROLES,
}
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("wheel_step", "number"): (1, 8),
    ("development_goal", "progress"): (0, 100),
    ("goal_progress", "progress"): (0, 100),
    ("conversation", "version"): (1, 1_000_000),
    ("round", "conversation_minutes"): (1, 24 * 60),
}

# Rows of workspace_meta that never travel: the target's own schema version and lineage.
LOCAL_META_KEYS = ("schema_version",)
LOCAL_META_PREFIXES = ("package.",)
SEAL_PRIVATE_KEY = "documents.seal.private_key"

# Column kinds as the package states them in its manifest.
KINDS: tuple[tuple[type[Field], str], ...] = (
    (UUIDField, "uuid"),
    (BooleanField, "boolean"),
    (IntegerField, "integer"),
    (FloatField, "real"),
    (DateTimeField, "datetime"),
    (DateField, "date"),
    (TimeField, "time"),
    (BlobField, "blob"),
    (CharField, "text"),
    (TextField, "text"),
)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # of the value; a reference has the kind of the key it points at
    null: bool
    max_length: int | None
    references: str | None  # table name of a foreign key
    target_key: str | None  # the referenced table's key column
    choices: tuple[str, ...] | None
    comma_list: bool
    bounds: tuple[int, int] | None
    has_default: bool


@dataclass(frozen=True)
class Table:
    name: str
    model: type[Model]
    columns: tuple[Column, ...]
    key: str  # primary key column
    merge_class: str
    unique: tuple[tuple[str, ...], ...]  # unique indexes besides the key

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def references(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.references)

    @property
    def blobs(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.kind == "blob")

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


class NotCovered(Exception):
    """A model the package rules do not know (a programming error, caught by a test)."""


def _kind(field: Field) -> str:
    if isinstance(field, ForeignKeyField):
        return _kind(field.rel_field)
    for cls, kind in KINDS:
        if isinstance(field, cls):
            return kind
    raise NotCovered(f"{field.model._meta.table_name}.{field.name}: {type(field).__name__}")


def _column(table: str, field: Field) -> Column:
    kind = _kind(field)
    is_reference = isinstance(field, ForeignKeyField)
    related: Any = field  # a ForeignKeyField's rel_model/rel_field (absent from the stubs)
    references = related.rel_model._meta.table_name if is_reference else None
    if is_reference and _kind(related.rel_field) not in ("uuid", "text"):
        raise NotCovered(f"{table}.{field.name}: reference to a key that is no UUID or text")
    return Column(
        name=field.column_name,
        kind=kind,
        null=bool(field.null),
        max_length=getattr(field, "max_length", None) if kind == "text" else None,
        references=references,
        target_key=related.rel_field.column_name if is_reference else None,
        choices=VOCABULARY.get((table, field.column_name)),
        comma_list=(table, field.column_name) in COMMA_LISTS,
        bounds=RANGES.get((table, field.column_name)),
        has_default=field.default is not None,
    )


def table_of(model: type[Model]) -> Table:
    meta: Any = model._meta
    name = meta.table_name
    if name not in MERGE_CLASS:
        raise NotCovered(f"{name}: no merge class in package_tables.MERGE_CLASS")
    columns = []
    for f in meta.sorted_fields:
        column = _column(name, f)
        if (name, f.column_name) in COMMA_LISTS:
            column = Column(**{**column.__dict__, "choices": COMMA_LISTS[(name, f.column_name)]})
        columns.append(column)
    unique = tuple(
        tuple(meta.fields[f].column_name if f in meta.fields else f for f in fields)
        for fields, is_unique in meta.indexes
        if is_unique
    )
    unique += tuple((f.column_name,) for f in meta.sorted_fields if f.unique and not f.primary_key)
    return Table(
        name=name,
        model=model,
        columns=tuple(columns),
        key=meta.primary_key.column_name,
        merge_class=MERGE_CLASS[name],
        unique=unique,
    )


@cache
def tables() -> tuple[Table, ...]:
    """Every table in creation order (parents before children)."""
    return tuple(table_of(model) for model in ALL_MODELS)


def table_label(name: str, language: str | None = None) -> str:
    """What a table's records are called in the current language (e.g. "employees")."""
    from musdesk import texts

    for key in (f"privacy.table.{name}", f"package.table.{name}"):
        try:
            return texts.text(key, language)
        except KeyError:
            continue
    return name


def table_named(name: str) -> Table | None:
    for table in tables():
        if table.name == name:
            return table
    return None
