"""Access and portability (GDPR art. 15 and 20): every record about one employee.

    export = gather(employee_id, include_private_notes=False)
    export.data        # JSON-ready: {"format", "employee", "records": {table: [row, …]}}
    export.sections    # the same rows, labelled and translated, for the readable PDF

`COVERED` names, per table that can refer to an employee, how its rows about this person
are found. A test walks the models' foreign keys and fails when a table that can reach
`employee` is missing here, so a new table cannot silently stay out of the export. Rows in
which the person is only the leader or the follow-up owner of someone else are not theirs
and are left out (they are the other employee's data).

Private leader notes are about the employee too, but are included only when asked for.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from musdesk import texts
from musdesk.models import (
    Activity,
    Adjustment,
    Agreement,
    Answer,
    AuditEvent,
    Conversation,
    DevelopmentGoal,
    Employee,
    Evaluation,
    FollowUpMeeting,
    GoalProgress,
    MeetingGoal,
    PrivateNote,
    Recognition,
    RetentionHold,
    ScanAttachment,
    SignedVersion,
    StatusChange,
    SubGoal,
    TemplateQuestion,
)
from musdesk.models.enums import label
from musdesk.services.common import as_dict, fetch

FORMAT = "musdesk-access 1"

# field → vocabulary, for labels in the PDF
VOCABULARY_OF = {
    "status": None,  # depends on the table, see _VOCAB_BY_TABLE
    "kind": None,
    "part": "section_kind",
    "method": "learning_method",
    "cadence": "cadence",
    "outcome": "evaluation_outcome",
    "category": "recognition_category",
    "from_status": "conversation_status",
    "to_status": "conversation_status",
    "owner": "agreement_owner",
    "action": "audit_action",
}
_VOCAB_BY_TABLE = {
    ("conversation", "status"): "conversation_status",
    ("agreement", "kind"): "agreement_kind",
    ("development_goal", "status"): "goal_status",
    ("follow_up_meeting", "status"): "meeting_status",
    ("recognition", "kind"): "recognition_kind",
}
HIDDEN_IN_PDF = {"id", "created_at", "updated_at", "data", "snapshot", "sort_order"}


@dataclass(frozen=True)
class AccessSection:
    table: str
    title: str
    rows: tuple[tuple[tuple[str, str], ...], ...]  # per row: (label, value) pairs


@dataclass(frozen=True)
class AccessExport:
    employee_id: str
    employee_name: str
    organisation_name: str
    language: str
    made_at: dt.datetime
    include_private_notes: bool
    data: dict[str, Any]
    sections: tuple[AccessSection, ...]

    def to_json(self) -> bytes:
        return json.dumps(self.data, ensure_ascii=False, indent=2, sort_keys=True,
                          default=_json_value).encode("utf-8")


def _json_value(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


# --- which rows are this person's -----------------------------------------------------------
def _conversations(e: Employee) -> Any:
    return Conversation.select().where(Conversation.employee == e).order_by(
        Conversation.scheduled_start, Conversation.created_at)


def _goals(e: Employee) -> Any:
    return DevelopmentGoal.select().where(DevelopmentGoal.employee == e).order_by(
        DevelopmentGoal.created_at)


def _meetings(e: Employee) -> Any:
    return FollowUpMeeting.select().where(FollowUpMeeting.employee == e).order_by(
        FollowUpMeeting.planned_on)


def _of_conversations(model: Any) -> Callable[[Employee], Any]:  # a model with .conversation
    def query(e: Employee) -> Any:
        return model.select().where(model.conversation.in_(_conversations(e).select(
            Conversation.id))).order_by(model.created_at)
    return query


def _of_goals(model: Any) -> Callable[[Employee], Any]:  # a model with .goal
    def query(e: Employee) -> Any:
        return model.select().where(model.goal.in_(_goals(e).select(
            DevelopmentGoal.id))).order_by(model.created_at)
    return query


COVERED: dict[str, Callable[[Employee], Any]] = {
    "employee": lambda e: Employee.select().where(Employee.id == e.id),
    "conversation": _conversations,
    "answer": _of_conversations(Answer),
    "agreement": _of_conversations(Agreement),
    "status_change": _of_conversations(StatusChange),
    "signed_version": _of_conversations(SignedVersion),
    "scan_attachment": _of_conversations(ScanAttachment),
    "private_note": _of_conversations(PrivateNote),
    "development_goal": _goals,
    "sub_goal": _of_goals(SubGoal),
    "activity": _of_goals(Activity),
    "follow_up_meeting": _meetings,
    "goal_progress": _of_goals(GoalProgress),
    "meeting_goal": _of_goals(MeetingGoal),
    "adjustment": _of_goals(Adjustment),
    "evaluation": _of_goals(Evaluation),
    "recognition": lambda e: Recognition.select().where(Recognition.employee == e).order_by(
        Recognition.given_on),
    "retention_hold": lambda e: RetentionHold.select().where(RetentionHold.employee == e),
}


def _row(table: str, record: Any) -> dict[str, Any]:  # a record of `table`
    data = as_dict(record)
    if table == "signed_version":
        data["snapshot"] = json.loads(record.snapshot)
    if table == "conversation":
        data["round"] = record.round.name
    if table == "answer":
        question = TemplateQuestion.get_or_none(TemplateQuestion.id == record.question_id)
        data["question"] = question.text if question is not None else ""
    return data


def _issued(conversation_ids: set[str]) -> list[dict[str, Any]]:
    from musdesk.documents.seal import issued_summaries

    return [
        {"document_id": r.document_id, "version": r.version, "code": r.code,
         "issued_at": r.issued_at, "content_hash": r.content_hash, "file_hash": r.file_hash}
        for r in issued_summaries() if r.document_id in conversation_ids
    ]


def _activity_log(ids: set[str]) -> list[dict[str, Any]]:
    events = AuditEvent.select().where(AuditEvent.record_id.in_(sorted(ids))).order_by(
        AuditEvent.at)
    return [{"at": e.at, "action": e.action, "record_type": e.record_type,
             "record_id": e.record_id} for e in events]


def gather(employee_id: str, *, include_private_notes: bool = False,
           language: str | None = None) -> AccessExport:
    """Read (never write) every record about the employee."""
    employee = fetch(Employee, employee_id, "employee")
    organisation = employee.organisation
    lang = language or organisation.language
    records: dict[str, list[dict[str, Any]]] = {}
    for table, query in COVERED.items():
        if table == "private_note" and not include_private_notes:
            continue
        records[table] = [_row(table, record) for record in query(employee)]
    conversation_ids = {row["id"] for row in records["conversation"]}
    records["issued_summary"] = _issued(conversation_ids)
    all_ids = {row["id"] for rows in records.values() for row in rows if "id" in row}
    records["audit_event"] = _activity_log(all_ids)
    made = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = {
        "format": FORMAT,
        "made_at": made.isoformat(),
        "employee": {"id": str(employee.id), "name": employee.full_name,
                     "organisation": organisation.name},
        "private_notes_included": include_private_notes,
        "records": records,
    }
    sections = tuple(
        AccessSection(table, _capitalised(texts.text(f"privacy.table.{table}", lang)),
                      tuple(_pdf_row(table, row, lang) for row in rows))
        for table, rows in records.items()
    )
    return AccessExport(str(employee.id), employee.full_name, organisation.name, lang, made,
                        include_private_notes, data, sections)


# --- labels for the readable PDF ------------------------------------------------------------
def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_label(name: str, language: str) -> str:
    base = name.removesuffix("_id")
    for key in (f"domain.field.{base}", f"privacy.field.{base}"):
        try:
            return texts.text(key, language)
        except KeyError:
            continue
    return base.replace("_", " ")


def _pdf_value(table: str, name: str, value: Any, language: str) -> str:
    if value is None or value == "":
        return ""
    vocabulary = _VOCAB_BY_TABLE.get((table, name)) or VOCABULARY_OF.get(name)
    if name == "record_type" and isinstance(value, str):
        try:
            return _capitalised(texts.text(f"privacy.table.{value}", language))
        except KeyError:
            return value
    if vocabulary and isinstance(value, str):
        try:
            return label(vocabulary, value, language)
        except KeyError:
            return value
    if isinstance(value, bool):
        return texts.text("privacy.yes" if value else "privacy.no", language)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _pdf_row(table: str, row: dict[str, Any], language: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for name, value in row.items():
        if name in HIDDEN_IN_PDF or name.endswith("_id") or name == "record_id":
            continue
        text = _pdf_value(table, name, value, language)
        if text:
            pairs.append((field_label(name, language), text))
    return tuple(pairs)
