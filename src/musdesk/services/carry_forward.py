"""Carry-forward: next round's preparation starts from this round's agreements and open goals."""

from __future__ import annotations

from typing import Any

from musdesk.errors import Frozen, InvalidValue
from musdesk.models import Activity, Conversation, DevelopmentGoal, Round, SubGoal
from musdesk.models.enums import FROZEN_STATUSES, OPEN_GOAL_STATUSES
from musdesk.services import audit
from musdesk.services.common import as_dict, atomic, fetch, kind_label, reason
from musdesk.services.conversations import agreements
from musdesk.services.plans import goal_dict


def previous_conversation(conv: Conversation) -> Conversation | None:
    """The same employee's latest conversation in an earlier round (not cancelled)."""
    return (
        Conversation.select()
        .join(Round)
        .where(
            (Conversation.employee == conv.employee_id)
            & (Conversation.id != conv.id)
            & (Conversation.status != "cancelled")
            & (Round.period_start < conv.round.period_start)
        )
        .order_by(Round.period_start.desc())
        .first()
    )


def preparation_context(conversation_id: str) -> dict[str, Any]:
    """What to bring to this conversation: last time's agreements and the open goals."""
    conv = fetch(Conversation, conversation_id, "conversation")
    previous = previous_conversation(conv)
    open_goals = (
        DevelopmentGoal.select()
        .where(
            (DevelopmentGoal.employee == conv.employee_id)
            & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES)
            & ((DevelopmentGoal.conversation != conv.id) | DevelopmentGoal.conversation.is_null())
        )
        .order_by(DevelopmentGoal.created_at)
    )
    return {
        "previous_conversation_id": str(previous.id) if previous else None,
        "previous_round_name": previous.round.name if previous else "",
        "previous_summary": previous.summary if previous else "",
        "agreements": agreements(str(previous.id)) if previous else [],
        "open_goals": [goal_dict(goal, full=True) for goal in open_goals],
    }


def _carry(goal: DevelopmentGoal, target: Conversation) -> DevelopmentGoal:
    copy = DevelopmentGoal.create(
        employee=goal.employee_id,
        conversation=target,
        strategic_goal=goal.strategic_goal_id,
        title=goal.title,
        why=goal.why,
        signs_of_success=goal.signs_of_success,
        support=goal.support,
        practice_change=goal.practice_change,
        status="in_progress" if goal.progress else "open",
        progress=goal.progress,
        owner=target.leader_id or goal.owner_id,
        cadence=goal.cadence,
        cadence_days=goal.cadence_days,
        carried_from=goal,
        sort_order=target.development_goals.count(),
    )
    for sub in goal.sub_goals.where(SubGoal.done_on.is_null()).order_by(SubGoal.sort_order):
        SubGoal.create(goal=copy, text=sub.text, due_date=None, sort_order=sub.sort_order)
    for act in goal.activities.where(Activity.done_on.is_null()).order_by(Activity.sort_order):
        Activity.create(
            goal=copy, description=act.description, method=act.method, sort_order=act.sort_order
        )
    goal.status = "carried_over"
    goal.save()
    audit.record("created", copy, detail="carried over")
    return copy


def carry_goal(goal_id: str, conversation_id: str) -> dict[str, Any]:
    """Continue an open goal in a later conversation of the same employee: a new goal (with
    its unfinished sub-goals and activities, no dates) linked by `carried_from`."""
    with atomic():
        goal = fetch(DevelopmentGoal, goal_id, "goal")
        target = fetch(Conversation, conversation_id, "conversation")
        if target.employee_id != goal.employee_id:
            raise InvalidValue("conversation", reason("other_employee"))
        if goal.conversation_id == target.id:
            raise InvalidValue("conversation", reason("same_round"))
        if goal.status not in OPEN_GOAL_STATUSES:
            raise InvalidValue(
                "status",
                reason("not_a_choice", value=goal.status, allowed=", ".join(OPEN_GOAL_STATUSES)),
            )
        if target.status in FROZEN_STATUSES:
            raise Frozen(what=kind_label("conversation"))
        copy = _carry(goal, target)
    return goal_dict(copy, full=True)


def carry_forward_round(from_round_id: str, to_round_id: str) -> dict[str, Any]:
    """Carry every open goal of the earlier round into the same employee's conversation in the
    later round (where one exists and is not signed); link the rounds."""
    with atomic():
        source = fetch(Round, from_round_id, "round")
        target = fetch(Round, to_round_id, "round")
        if source.id == target.id:
            raise InvalidValue("round", reason("same_round"))
        if source.organisation_id != target.organisation_id:
            raise InvalidValue("round", reason("other_organisation"))
        targets = {
            conv.employee_id: conv
            for conv in target.conversations.where(Conversation.status.not_in(FROZEN_STATUSES))
        }
        goals = (
            DevelopmentGoal.select()
            .join(Conversation)
            .where((Conversation.round == source) & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES))
        )
        carried = 0
        for goal in goals:
            conv = targets.get(goal.employee_id)
            if conv is not None and conv.status != "cancelled":
                _carry(goal, conv)
                carried += 1
        target.previous_round = source
        target.save()
    return as_dict(target, goals_carried=carried)
