"""What the conversation form shows and which actions it offers, as plain data (Qt-free).

The form is assembled from the domain services (conversations, templates, plans,
carry_forward); the rules stay there. This module only gathers, orders and decides what the
view may offer: which workflow buttons, whether it is read-only, what the next step is.
The one write of its own is the leader's private note text (the conversation service only
adds notes; the form edits one in place as the leader types).
"""

from __future__ import annotations

from typing import Any

from musdesk.models import (
    Conversation,
    Employee,
    Organisation,
    PrivateNote,
    Round,
    SignedVersion,
    StrategicGoal,
)
from musdesk.models.enums import AGREEMENT_KINDS, FROZEN_STATUSES, SECTION_KINDS, label
from musdesk.services import carry_forward, conversations, plans
from musdesk.services.common import (
    MAX_TEXT,
    as_dict,
    atomic,
    fetch,
    optional_text,
    person_key,
)
from musdesk.services.round_changes import left_reason

# The workflow moves offered as buttons, in the order they are shown; "signed" goes
# through the signing dialog (it needs both signature dates), "cancelled" asks for a reason.
BUTTON_ORDER = (
    "invited",
    "prepared",
    "held",
    "summary_drafted",
    "sent_for_approval",
    "signed",
    "in_follow_up",
    "closed",
    "cancelled",
)

# The natural next step from each state (what the form suggests).
NEXT_STEP = {
    "planned": "invited",
    "invited": "prepared",
    "prepared": "held",
    "held": "summary_drafted",
    "summary_drafted": "sent_for_approval",
    "sent_for_approval": "signed",
    "signed": "in_follow_up",
    "in_follow_up": "closed",
}


def rounds() -> list[dict[str, Any]]:
    """Every round, newest period first: id, name, period, organisation."""
    query = (Round.select(Round, Organisation).join(Organisation)
             .order_by(Round.period_start.desc(), Round.name))
    return [
        {"id": str(r.id), "name": r.name, "period_start": r.period_start,
         "period_end": r.period_end, "status": r.status,
         "organisation_id": str(r.organisation.id), "organisation_name": r.organisation.name}
        for r in query
    ]


def conversations_in_round(round_id: str) -> list[dict[str, Any]]:
    """The round's conversations by employee name, with their status."""
    query = (
        Conversation.select(Conversation, Employee)
        .join(Employee, on=(Conversation.employee == Employee.id))
        .where(Conversation.round == fetch(Round, round_id, "round"))
    )
    ordered = sorted(query, key=lambda c: person_key(c.employee.first_name,
                                                     c.employee.last_name))
    return [
        {"id": str(c.id), "employee_id": str(c.employee_id), "employee_name":
         c.employee.full_name, "status": c.status,
         "status_label": label("conversation_status", c.status),
         "left_on": _left_on(c.employee)}
        for c in ordered
    ]


def _left_on(employee: Employee) -> Any:
    """The day the employee left the organisation (None while they are still there)."""
    return None if employee.active else employee.left_on


def leaver(conversation_id: str) -> dict[str, Any] | None:
    """When the conversation's employee has left the organisation: the day, and the
    reason to keep if the conversation is cancelled for it (`round_changes.left_reason`)."""
    conv = fetch(Conversation, conversation_id, "conversation")
    left_on = _left_on(conv.employee)
    if left_on is None:
        return None
    return {"left_on": left_on, "reason": left_reason(left_on)}


def find_conversation(employee_id: str, round_id: str | None = None) -> str | None:
    """The employee's conversation in the round (or in the newest round they have one in)."""
    employee = fetch(Employee, employee_id, "employee")
    query = (
        Conversation.select().join(Round)
        .where(Conversation.employee == employee)
        .order_by(Round.period_start.desc())
    )
    if round_id:
        query = query.where(Conversation.round == fetch(Round, round_id, "round"))
    found = query.first()
    return None if found is None else str(found.id)


def workflow_actions(status: str) -> list[str]:
    """The workflow moves to offer as buttons, in a fixed order."""
    allowed = conversations.allowed_statuses(status)
    return [target for target in BUTTON_ORDER if target in allowed]


def next_step(status: str) -> str | None:
    return NEXT_STEP.get(status)


def is_read_only(status: str) -> bool:
    """Signed content is frozen; closed and cancelled conversations are history."""
    return status in FROZEN_STATUSES or status == "cancelled"


def signature(conversation_id: str) -> dict[str, Any] | None:
    """The current signed version (who signed when), None while not signed."""
    conv = fetch(Conversation, conversation_id, "conversation")
    if conv.status not in FROZEN_STATUSES:
        return None
    version = SignedVersion.get_or_none(
        (SignedVersion.conversation == conv) & (SignedVersion.version == conv.version))
    if version is None:
        return None
    return as_dict(version, employee_name=conv.employee.full_name,
                   leader_name=conv.leader.full_name if conv.leader else "")


def parts(conversation_id: str) -> list[dict[str, Any]]:
    """The template's parts in order, each with its sections and questions (with answers)."""
    by_part: dict[str, list[dict[str, Any]]] = {kind: [] for kind in SECTION_KINDS}
    for row in conversations.answers(conversation_id):
        sections = by_part[row["part"]]
        if not sections or sections[-1]["title"] != row["section_title"]:
            sections.append({"title": row["section_title"], "theme": row["theme"],
                             "intro": row["section_intro"], "questions": []})
        sections[-1]["questions"].append(
            {"id": row["question_id"], "text": row["question"], "answer": row["answer"],
             "help": row["help"], "kind": row["kind"]})
    return [{"kind": kind, "sections": by_part[kind]} for kind in SECTION_KINDS]


def agreements_by_kind(conversation_id: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {kind: [] for kind in AGREEMENT_KINDS}
    for agreement in conversations.agreements(conversation_id):
        grouped[agreement["kind"]].append(agreement)
    return grouped


def people(conversation_id: str) -> list[tuple[str, str]]:
    """Who may follow up a goal: the employees of the conversation's organisation."""
    conv = fetch(Conversation, conversation_id, "conversation")
    query = Employee.select().where(
        (Employee.organisation == conv.employee.organisation_id) & Employee.active)
    ordered = sorted(query, key=lambda e: person_key(e.first_name, e.last_name))
    return [(str(e.id), e.full_name) for e in ordered]


def strategic_goals(conversation_id: str) -> list[tuple[str, str]]:
    conv = fetch(Conversation, conversation_id, "conversation")
    query = StrategicGoal.select().where(
        StrategicGoal.organisation == conv.employee.organisation_id)
    return sorted(((str(g.id), g.title) for g in query), key=lambda p: p[1].casefold())


def load(conversation_id: str) -> dict[str, Any]:
    """Everything the form shows for one conversation."""
    conv = conversations.get_conversation(conversation_id)
    status = conv["status"]
    return {
        "conversation": conv,
        "status_label": label("conversation_status", status),
        "read_only": is_read_only(status),
        "can_amend": status in FROZEN_STATUSES,
        "actions": workflow_actions(status),
        "next_step": next_step(status),
        "signature": signature(conversation_id),
        "history": conversations.status_history(conversation_id),
        "versions": conversations.signed_versions(conversation_id),
        "parts": parts(conversation_id),
        "private_notes": conversations.private_notes(conversation_id),
        "agreements": agreements_by_kind(conversation_id),
        "goals": goals(conversation_id),
        "previous": previous(conversation_id),
        "people": people(conversation_id),
        "strategic_goals": strategic_goals(conversation_id),
        "leaver": leaver(conversation_id),
    }


def save_private_note(conversation_id: str, note_id: str | None, text: str) -> str | None:
    """Create, change or (when emptied) delete one private note; returns its id or None.

    Private notes are never part of the summary, so they stay editable after signing.
    """
    value = optional_text("text", text, MAX_TEXT)
    with atomic():
        conv = fetch(Conversation, conversation_id, "conversation")
        note = fetch(PrivateNote, note_id, "private_note") if note_id else None
        if note is not None and note.conversation_id != conv.id:
            note = None
        if not value:
            if note is not None:
                note.delete_instance()
            return None
        if note is None:
            return str(conversations.add_private_note(conversation_id, value)["id"])
        note.text = value
        note.save()
        return str(note.id)


# --- the development plan and last round ----------------------------------------------------
def goal_warnings(goal_id: str) -> list[str]:
    """The good-goal check as messages (it warns, it never blocks)."""
    return [warning["message"] for warning in plans.goal_warnings(goal_id)]


def goals(conversation_id: str) -> list[dict[str, Any]]:
    """The conversation's goals with sub-goals, activities and good-goal warnings."""
    return [
        goal | {"warnings": [w["message"] for w in plans.warning_messages(goal["warnings"])]}
        for goal in plans.goals_for_conversation(conversation_id)
    ]


def save_goal(conversation_id: str, goal_id: str | None, values: dict[str, Any]) -> str:
    """Create the goal (on its first save) or change it; returns its id."""
    if goal_id is None:
        conv = fetch(Conversation, conversation_id, "conversation")
        fields = dict(values)
        title = fields.pop("title")
        return str(plans.add_goal(str(conv.employee_id), title,
                                  conversation_id=conversation_id, **fields)["id"])
    return str(plans.update_goal(goal_id, **values)["id"])


def save_goal_row(goal_id: str, kind: str, row_id: str | None,
                  values: dict[str, Any]) -> str:
    """Create or change a sub-goal (kind "sub_goal") or an activity ("activity")."""
    if kind == "sub_goal":
        if row_id is None:
            return str(plans.add_sub_goal(goal_id, **values)["id"])
        return str(plans.update_sub_goal(row_id, **values)["id"])
    if row_id is None:
        return str(plans.add_activity(goal_id, **values)["id"])
    return str(plans.update_activity(row_id, **values)["id"])


def delete_goal(goal_id: str) -> None:
    plans.delete_goal(goal_id)


def delete_goal_row(kind: str, row_id: str) -> None:
    """Delete a sub-goal or an activity; the plan service's freeze rule applies."""
    if kind == "sub_goal":
        plans.delete_sub_goal(row_id)
    else:
        plans.delete_activity(row_id)


def previous(conversation_id: str) -> dict[str, Any] | None:
    """Last round's agreements, summary and the still open goals, or None when there is
    nothing to look back on."""
    context = carry_forward.preparation_context(conversation_id)
    if context["previous_conversation_id"] is None and not context["open_goals"]:
        return None
    return {
        "round_name": context["previous_round_name"],
        "summary": context["previous_summary"],
        "agreements": context["agreements"],
        "goals": context["open_goals"],
        "reviews": context["goal_reviews"],
    }


def carry_agreement(agreement_id: str, conversation_id: str) -> None:
    """Bring one of last round's agreements into this conversation's agreements."""
    carry_forward.carry_agreement(agreement_id, conversation_id)


def carry_goal(goal_id: str, conversation_id: str) -> str:
    """Continue last round's open goal in this conversation's plan; returns the new goal."""
    return str(carry_forward.carry_goal(goal_id, conversation_id)["id"])
