"""One conversation's workflow and content: answers, summary, agreements, notes, signatures.

planned → invited → prepared → held → summary_drafted → sent_for_approval → signed →
in_follow_up → closed, and cancelled from any open state. Before the conversation the
preparation steps may be skipped (planned → held). Signing needs a summary and freezes the
content: edits raise `Frozen` until `amend` starts a new version (back to summary_drafted;
the earlier signed snapshot is kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from peewee import JOIN, prefetch

from musdesk.errors import ForbiddenTransition, Frozen, InvalidValue
from musdesk.models import (
    Activity,
    Agreement,
    Answer,
    Conversation,
    DevelopmentGoal,
    Employee,
    PrivateNote,
    ScanAttachment,
    SignedVersion,
    StatusChange,
    StrategicGoal,
    SubGoal,
    TemplateQuestion,
    TemplateSection,
    utc_now,
)
from musdesk.models.enums import (
    AGREEMENT_KINDS,
    AGREEMENT_OWNERS,
    CONVERSATION_STATUSES,
    FROZEN_STATUSES,
    OPEN_STATUSES,
    label,
)
from musdesk.services import audit
from musdesk.services.common import (
    MAX_NAME,
    MAX_TEXT,
    as_date,
    as_datetime,
    as_dict,
    atomic,
    choice,
    dates_in_order,
    fetch,
    kind_label,
    optional_text,
    reason,
    required_text,
)

SNAPSHOT_FORMAT = "musdesk-summary 1"
MAX_SCAN_BYTES = 20 * 1024 * 1024

# The allowed moves (besides cancelling an open conversation).
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "planned": ("invited", "prepared", "held"),
    "invited": ("prepared", "held"),
    "prepared": ("held",),
    "held": ("summary_drafted",),
    "summary_drafted": ("sent_for_approval", "signed"),
    "sent_for_approval": ("signed", "summary_drafted"),
    "signed": ("in_follow_up",),
    "in_follow_up": ("closed",),
    "closed": (),
    "cancelled": (),
}


def allowed_statuses(status: str) -> tuple[str, ...]:
    """Where a conversation in `status` may go next (pure; the UI greys out the rest)."""
    extra = ("cancelled",) if status in OPEN_STATUSES else ()
    return NEXT_STATUSES[status] + extra


def conversation_dict(conv: Conversation) -> dict[str, Any]:
    employee, leader = conv.employee, conv.leader
    return as_dict(
        conv,
        employee_name=employee.full_name,
        leader_name=leader.full_name if leader is not None else "",
        round_name=conv.round.name,
        frozen=conv.status in FROZEN_STATUSES,
        allowed_statuses=list(allowed_statuses(conv.status)),
    )


def get_conversation(conversation_id: str) -> dict[str, Any]:
    return conversation_dict(fetch(Conversation, conversation_id, "conversation"))


def _forbidden(conv: Conversation, target: str, why: str) -> ForbiddenTransition:
    return ForbiddenTransition(
        source=label("conversation_status", conv.status),
        target=label("conversation_status", target),
        reason=reason(why),
    )


def _move(conv: Conversation, target: str, at: dt.datetime | None = None,
          why: str = "") -> None:
    """Record the transition with its time and reason (inside the caller's transaction)."""
    StatusChange.create(
        conversation=conv,
        from_status=conv.status,
        to_status=target,
        at=at or utc_now(),
        version=conv.version,
        reason=why,
    )
    conv.status = target
    conv.save()
    audit.record("status_changed", conv, detail=f"{target} v{conv.version}")


def record_initial_status(conv: Conversation) -> None:
    """The first history row of a new conversation (used by the round planner)."""
    StatusChange.create(
        conversation=conv, from_status=None, to_status=conv.status, at=utc_now(), version=1
    )


def transition(conversation_id: str, target: str, at: dt.datetime | None = None) -> dict[str, Any]:
    """Move the conversation to `target`; `signed` signs with today's date for both."""
    choice("status", target, CONVERSATION_STATUSES)
    if target == "signed":
        today = (at or utc_now()).date()
        sign(conversation_id, today, today, at=at)
        return get_conversation(conversation_id)
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        if conv.status in ("closed", "cancelled"):
            raise _forbidden(conv, target, "already_final")
        if target not in allowed_statuses(conv.status):
            raise _forbidden(conv, target, "not_next_step")
        if target == "summary_drafted" and not conv.summary.strip():
            raise _forbidden(conv, target, "no_summary")
        _move(conv, target, at)
    return conversation_dict(conv)


def cancel(conversation_id: str, why: str = "", at: dt.datetime | None = None) -> dict[str, Any]:
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        if "cancelled" not in allowed_statuses(conv.status):
            raise _forbidden(conv, "cancelled", "not_next_step")
        conv.cancel_reason = optional_text("reason", why, MAX_TEXT)
        _move(conv, "cancelled", at, conv.cancel_reason)
    return conversation_dict(conv)


def reinstate(conversation_id: str, at: dt.datetime | None = None) -> dict[str, Any]:
    """A cancelled conversation is planned again (someone back in the round). Only a
    conversation cancelled before signing exists; the cancellation stays in the history."""
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        if conv.status != "cancelled":
            raise _forbidden(conv, "planned", "not_next_step")
        _move(conv, "planned", at)
    return conversation_dict(conv)


def status_history(conversation_id: str) -> list[dict[str, Any]]:
    """Every status the conversation had, oldest first, each with its moment and label
    (the conversation tab's History menu)."""
    conv = fetch(Conversation, conversation_id, "conversation")
    query = conv.status_changes.order_by(StatusChange.at, StatusChange.created_at)
    return [as_dict(change, status_label=label("conversation_status", change.to_status))
            for change in query]


# --- content (frozen once signed) ---------------------------------------------------------
def editable(conversation_id: str) -> Conversation:
    """The conversation, or `Frozen` when its signed content may not change."""
    conv = fetch(Conversation, conversation_id, "conversation")
    if conv.status in FROZEN_STATUSES:
        raise Frozen(what=kind_label("conversation"))
    return conv


def find_clash(
    leader_id: Any,
    start: dt.datetime,
    end: dt.datetime,
    exclude_id: Any = None,
    *,
    employee_id: Any = None,
) -> Conversation | None:
    """Another live conversation overlapping [start, end) that the leader (or, when given, the
    employee) takes part in, in either role: a leader is also someone else's employee."""
    people = [person for person in (leader_id, employee_id) if person is not None]
    if not people:
        return None
    query = Conversation.select().where(
        (Conversation.leader.in_(people) | Conversation.employee.in_(people))
        & (Conversation.status != "cancelled")
        & (Conversation.scheduled_start < end)
        & (Conversation.scheduled_end > start)
    )
    if exclude_id is not None:
        query = query.where(Conversation.id != exclude_id)
    found: Conversation | None = query.first()
    return found


def schedule(
    conversation_id: str,
    start: dt.datetime | str | None,
    end: dt.datetime | str | None = None,
    place: str | None = None,
) -> dict[str, Any]:
    """Set (or clear, with start=None) the time and place; refuses a time at which the leader
    or the employee is already in another conversation."""
    with atomic():
        conv = editable(conversation_id)
        begin = as_datetime("scheduled_start", start)
        if begin is None:
            conv.scheduled_start = conv.scheduled_end = None
        else:
            finish = as_datetime("scheduled_end", end) or begin + dt.timedelta(
                minutes=conv.round.conversation_minutes
            )
            if finish <= begin:
                raise InvalidValue("scheduled_end", reason("dates_out_of_order"))
            clash = find_clash(
                conv.leader_id, begin, finish, exclude_id=conv.id, employee_id=conv.employee_id
            )
            if clash is not None:
                raise InvalidValue("scheduled_start", reason("leader_clash"))
            conv.scheduled_start, conv.scheduled_end = begin, finish
        if place is not None:
            conv.place = optional_text("place", place, MAX_NAME)
        conv.save()
    return conversation_dict(conv)


def set_leader(conversation_id: str, leader_id: str | None) -> dict[str, Any]:
    with atomic():
        conv = editable(conversation_id)
        leader = fetch(Employee, leader_id, "employee") if leader_id else None
        if leader is not None and leader.organisation_id != conv.employee.organisation_id:
            raise InvalidValue("leader", reason("other_organisation"))
        if leader is not None and leader.id == conv.employee_id:
            raise InvalidValue("leader", reason("leader_cycle"))
        conv.leader = leader
        conv.save()
    return conversation_dict(conv)


def set_summary(conversation_id: str, summary: str) -> dict[str, Any]:
    with atomic():
        conv = editable(conversation_id)
        conv.summary = optional_text("summary", summary, MAX_TEXT)
        conv.save()
    return conversation_dict(conv)


def set_employee_comments(conversation_id: str, comments: str) -> dict[str, Any]:
    """The employee's remarks on the summary (printed with it and signed with it)."""
    with atomic():
        conv = editable(conversation_id)
        conv.employee_comments = optional_text("employee_comments", comments, MAX_TEXT)
        conv.save()
    return conversation_dict(conv)


def save_answer(conversation_id: str, question_id: str, text: str) -> dict[str, Any]:
    """Store (or replace) the answer to one question of the conversation's template."""
    with atomic():
        conv = editable(conversation_id)
        question = fetch(TemplateQuestion, question_id, "question")
        section = question.section
        if section.template_id != conv.template_id:
            raise InvalidValue("question", reason("wrong_question"))
        value = optional_text("text", text, MAX_TEXT)
        answer = Answer.get_or_none((Answer.conversation == conv) & (Answer.question == question))
        if answer is None:
            answer = Answer.create(
                conversation=conv, question=question, part=section.kind, text=value
            )
        else:
            answer.text = value
            answer.save()
    return as_dict(answer)


def answers(conversation_id: str) -> list[dict[str, Any]]:
    """Every question of the conversation's template in order, with its answer ("" if none)."""
    conv = fetch(Conversation, conversation_id, "conversation")
    given = {a.question_id: a.text for a in conv.answers}
    rows = (
        TemplateQuestion.select(TemplateQuestion, TemplateSection)
        .join(TemplateSection)
        .where(TemplateSection.template == conv.template_id)
        .order_by(TemplateSection.sort_order, TemplateQuestion.sort_order)
    )
    return [
        {
            "question_id": str(q.id),
            "key": q.key,
            "part": q.section.kind,
            "theme": q.section.theme,
            "section_title": q.section.title,
            "section_intro": q.section.intro,
            "question": q.text,
            "help": q.help,
            "kind": q.kind,  # enums.QUESTION_KINDS
            "answer": given.get(q.id, ""),
        }
        for q in rows
    ]


def add_agreement(
    conversation_id: str,
    kind: str,
    text: str,
    owner: str | None = None,
    due_date: dt.date | str | None = None,
) -> dict[str, Any]:
    with atomic():
        conv = editable(conversation_id)
        count = conv.agreements.count()
        agreement = Agreement.create(
            conversation=conv,
            kind=choice("kind", kind, AGREEMENT_KINDS),
            text=required_text("text", text, MAX_TEXT),
            owner=choice("owner", owner, AGREEMENT_OWNERS) if owner else None,
            due_date=as_date("due_date", due_date),
            sort_order=count,
        )
    return as_dict(agreement)


def update_agreement(agreement_id: str, **changes: Any) -> dict[str, Any]:
    with atomic():
        agreement = fetch(Agreement, agreement_id, "agreement")
        editable(str(agreement.conversation_id))
        for name, value in changes.items():
            if name == "text":
                agreement.text = required_text("text", value, MAX_TEXT)
            elif name == "kind":
                agreement.kind = choice("kind", value, AGREEMENT_KINDS)
            elif name == "owner":
                agreement.owner = choice("owner", value, AGREEMENT_OWNERS) if value else None
            elif name == "due_date":
                agreement.due_date = as_date("due_date", value)
            else:
                raise InvalidValue(name, reason("unknown_field"))
        agreement.save()
    return as_dict(agreement)


def delete_agreement(agreement_id: str) -> None:
    with atomic():
        agreement = fetch(Agreement, agreement_id, "agreement")
        editable(str(agreement.conversation_id))
        agreement.delete_instance()


def agreements(conversation_id: str) -> list[dict[str, Any]]:
    """The agreements in the order of the four kinds, then as entered."""
    conv = fetch(Conversation, conversation_id, "conversation")
    rows = sorted(conv.agreements, key=lambda a: (AGREEMENT_KINDS.index(a.kind), a.sort_order))
    return [as_dict(a) for a in rows]


def add_private_note(conversation_id: str, text: str) -> dict[str, Any]:
    """The leader's private note; never part of the summary (so allowed after signing too)."""
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        note = PrivateNote.create(conversation=conv, text=required_text("text", text, MAX_TEXT))
    return as_dict(note)


def private_notes(conversation_id: str) -> list[dict[str, Any]]:
    conv = fetch(Conversation, conversation_id, "conversation")
    return [as_dict(n) for n in conv.private_notes.order_by(PrivateNote.created_at)]


# --- snapshot, signing, amendment ---------------------------------------------------------
def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def snapshot(conversation_id: str, *, include_private_notes: bool = False) -> dict[str, Any]:
    """The printable content of the conversation as plain JSON-ready data.

    Private leader notes are left out unless explicitly asked for.
    """
    conv = fetch(Conversation, conversation_id, "conversation")
    employee, leader, round_ = conv.employee, conv.leader, conv.round
    template = conv.template
    goals = []
    owner = Employee.alias()
    goal_rows = prefetch(  # three queries however many goals, sub-goals and activities
        DevelopmentGoal.select(DevelopmentGoal, StrategicGoal, owner)
        .join(StrategicGoal, JOIN.LEFT_OUTER,
              on=(DevelopmentGoal.strategic_goal == StrategicGoal.id))
        .switch(DevelopmentGoal)
        .join(owner, JOIN.LEFT_OUTER, on=(DevelopmentGoal.owner == owner.id))
        .where(DevelopmentGoal.conversation == conv.id)
        .order_by(DevelopmentGoal.sort_order),
        SubGoal, Activity,
    )
    for goal in goal_rows:
        goals.append(
            {
                "title": goal.title,
                "why": goal.why,
                "strategic_goal": goal.strategic_goal.title if goal.strategic_goal else "",
                "signs_of_success": goal.signs_of_success,
                "support": goal.support,
                "practice_change": goal.practice_change,
                "starts_on": _iso(goal.starts_on),
                "deadline": _iso(goal.deadline),
                "cadence": goal.cadence,
                "cadence_days": goal.cadence_days,
                "owner": goal.owner.full_name if goal.owner else "",
                "sub_goals": [
                    {"text": s.text, "due_date": _iso(s.due_date)}
                    for s in sorted(goal.sub_goals, key=lambda s: s.sort_order)
                ],
                "activities": [
                    {"description": a.description, "method": a.method}
                    for a in sorted(goal.activities, key=lambda a: a.sort_order)
                ],
            }
        )
    data: dict[str, Any] = {
        "format": SNAPSHOT_FORMAT,
        "conversation_id": str(conv.id),
        "version": conv.version,
        "organisation": {"id": str(round_.organisation_id), "name": round_.organisation.name},
        "round": {
            "id": str(round_.id),
            "name": round_.name,
            "period_start": _iso(round_.period_start),
            "period_end": _iso(round_.period_end),
        },
        "employee": {
            "id": str(employee.id),
            "name": employee.full_name,
            "job_title": employee.job_title,
            "department": employee.department.name if employee.department else "",
        },
        "leader": {"id": str(leader.id), "name": leader.full_name} if leader else None,
        "scheduled_start": _iso(conv.scheduled_start),
        "place": conv.place,
        "template": {
            "id": str(template.id),
            "name": template.name,
            "version": template.version,
            "language": template.language,
        }
        if template
        else None,
        "summary": conv.summary,
        "employee_comments": conv.employee_comments,
        "answers": [
            {k: row[k] for k in ("key", "part", "theme", "section_title", "question", "answer")}
            for row in answers(conversation_id)
            if row["answer"]
        ],
        "agreements": [
            {k: _iso(a[k]) for k in ("kind", "text", "owner", "due_date")}
            for a in agreements(conversation_id)
        ],
        "goals": goals,
    }
    if include_private_notes:
        data["private_notes"] = [n["text"] for n in private_notes(conversation_id)]
    return data


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: dict[str, Any] | str) -> str:
    """SHA-256 (hex) of the canonical JSON of a snapshot."""
    text = data if isinstance(data, str) else canonical_json(data)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sign(
    conversation_id: str,
    employee_signed_on: dt.date | str,
    leader_signed_on: dt.date | str,
    at: dt.datetime | None = None,
) -> dict[str, Any]:
    """Both have signed the printed summary: freeze the content as a signed version."""
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        if conv.status not in ("summary_drafted", "sent_for_approval"):
            raise _forbidden(conv, "signed", "not_next_step")
        if not conv.summary.strip():
            raise _forbidden(conv, "signed", "no_summary")
        employee_day = as_date("employee_signed_on", employee_signed_on)
        leader_day = as_date("leader_signed_on", leader_signed_on)
        if employee_day is None:
            raise InvalidValue("employee_signed_on", reason("required"))
        if leader_day is None:
            raise InvalidValue("leader_signed_on", reason("required"))
        held_on = conv.scheduled_start.date() if conv.scheduled_start else None
        dates_in_order("employee_signed_on", held_on, employee_day)
        dates_in_order("leader_signed_on", held_on, leader_day)
        text = canonical_json(snapshot(conversation_id))
        signed = SignedVersion.create(
            conversation=conv,
            version=conv.version,
            snapshot=text,
            content_hash=content_hash(text),
            employee_signed_on=employee_day,
            leader_signed_on=leader_day,
            signed_at=at or utc_now(),
        )
        _move(conv, "signed", at)
        audit.record("signed", conv, detail=f"version={conv.version}")
        # Both signed: the goals' follow-up meetings are planned over the plan period.
        from musdesk.services import followup_planning  # (it imports this module's peers)

        followup_planning.replan_employee(conv.employee_id, at.date() if at else None)
        from musdesk.services.signing import issue_signed  # the seal record of the summary

        issue_signed(fetch(Conversation, conversation_id, "conversation"))
    return as_dict(signed)


def amend(conversation_id: str, why: str, at: dt.datetime | None = None) -> dict[str, Any]:
    """Start a new version of a signed conversation; the signed snapshot stays as it was."""
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        if conv.status not in FROZEN_STATUSES:
            raise _forbidden(conv, "summary_drafted", "not_signed")
        why = required_text("reason", why, MAX_TEXT)
        current = SignedVersion.get(
            (SignedVersion.conversation == conv) & (SignedVersion.version == conv.version)
        )
        current.amended_at = at or utc_now()
        current.amendment_reason = why
        current.save()
        conv.version += 1
        _move(conv, "summary_drafted", at)
        audit.record("amended", conv, detail=f"version={conv.version}")
    return conversation_dict(conv)


def signed_versions(conversation_id: str) -> list[dict[str, Any]]:
    conv = fetch(Conversation, conversation_id, "conversation")
    query = conv.signed_versions.order_by(SignedVersion.version)
    from musdesk.services.privacy_redact import version_redacted_on  # a name erased from it

    return [as_dict(v, intact=content_hash(v.snapshot) == v.content_hash,
                    redacted_on=version_redacted_on(v.id)) for v in query]


def attach_scan(
    conversation_id: str,
    filename: str,
    mime_type: str,
    data: bytes,
    signed_version_id: str | None = None,
) -> dict[str, Any]:
    """Keep a scan of the signed paper in the (encrypted) database."""
    if len(data) > MAX_SCAN_BYTES:
        raise InvalidValue("data", reason("file_too_large", limit=MAX_SCAN_BYTES // 2**20))
    if not data:
        raise InvalidValue("data", reason("required"))
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        version = (
            fetch(SignedVersion, signed_version_id, "signed_version")
            if (signed_version_id)
            else None
        )
        if version is not None and version.conversation_id != conv.id:
            raise InvalidValue("signed_version", reason("other_conversation"))
        scan = ScanAttachment.create(
            conversation=conv,
            signed_version=version,
            filename=required_text("name", filename, 255),
            mime_type=required_text("kind", mime_type, 100),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
        )
        audit.record("imported", scan, detail=f"bytes={len(data)}")
    return {k: v for k, v in as_dict(scan).items() if k != "data"}
