"""Carry-forward: next round's preparation starts from this round's agreements and open goals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from musdesk.errors import Frozen, InvalidValue
from musdesk.models import (
    Activity,
    Agreement,
    Conversation,
    DevelopmentGoal,
    Employee,
    Evaluation,
    Round,
    SubGoal,
)
from musdesk.models.enums import FROZEN_STATUSES, OPEN_GOAL_STATUSES
from musdesk.services import audit
from musdesk.services.common import as_dict, atomic, fetch, kind_label, person_key, reason
from musdesk.services.conversations import agreements
from musdesk.services.plans import full_goal_dicts, goal_dict


def previous_conversation(conv: Conversation) -> Conversation | None:
    """The conversation this one follows: the employee's conversation in the round this round
    follows (`Round.previous_round`); without a linked round, the same employee's latest
    conversation in an earlier round (not cancelled)."""
    linked = conv.round.previous_round_id
    if linked is not None:
        same_person: Conversation | None = Conversation.get_or_none(
            (Conversation.round == linked) & (Conversation.employee == conv.employee_id)
            & (Conversation.status != "cancelled")
        )
        return same_person
    earlier: Conversation | None = (
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
    return earlier


def preparation_context(conversation_id: str) -> dict[str, Any]:
    """What to bring to this conversation: last time's agreements and the open goals."""
    conv = fetch(Conversation, conversation_id, "conversation")
    previous = previous_conversation(conv)
    carried = {str(a.carried_from_id) for a in conv.agreements if a.carried_from_id}
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
        "agreements": [a | {"carried": a["id"] in carried} for a in
                       (agreements(str(previous.id)) if previous else [])],
        "open_goals": full_goal_dicts(open_goals),
        "goal_reviews": [review_dict(r) for r in goal_reviews(previous)] if previous else [],
    }


@dataclass(frozen=True)
class GoalReview:
    """One of last round's goals as it stands: status, progress and the latest evaluation."""

    goal_id: str
    title: str
    status: str  # enums.GOAL_STATUSES
    progress: int
    outcome: str  # enums.EVALUATION_OUTCOMES, "" when not evaluated
    what_helped: str
    what_next: str


def goal_reviews(previous: Conversation) -> list[GoalReview]:
    """Every goal agreed in `previous`, in plan order, with its latest evaluation."""
    result = []
    goals = previous.development_goals.order_by(DevelopmentGoal.sort_order,
                                                DevelopmentGoal.created_at)
    for goal in goals:
        evaluation = (goal.evaluations
                      .order_by(Evaluation.evaluated_on.desc(), Evaluation.created_at.desc())
                      .first())
        result.append(GoalReview(
            str(goal.id), goal.title, goal.status, goal.progress,
            evaluation.outcome if evaluation else "",
            evaluation.what_helped if evaluation else "",
            evaluation.what_next if evaluation else "",
        ))
    return result


def review_dict(review: GoalReview) -> dict[str, Any]:
    return {"goal_id": review.goal_id, "title": review.title, "status": review.status,
            "progress": review.progress, "outcome": review.outcome,
            "what_helped": review.what_helped, "what_next": review.what_next}


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


def _carry_agreements(source: Conversation, target: Conversation) -> int:
    """Copy last time's agreements into this conversation (linked by `carried_from`), each
    once: an agreement already carried into `target` is not copied again."""
    done = {a.carried_from_id for a in target.agreements if a.carried_from_id is not None}
    order = target.agreements.count()
    carried = 0
    for row in source.agreements.order_by(Agreement.sort_order, Agreement.created_at):
        if row.id in done:
            continue
        copy = Agreement.create(conversation=target, kind=row.kind, text=row.text,
                                owner=row.owner, sort_order=order + carried, carried_from=row)
        audit.record("created", copy, detail="carried over")
        carried += 1
    return carried


def carry_agreement(agreement_id: str, conversation_id: str) -> dict[str, Any]:
    """Bring one of last time's agreements into this conversation (once)."""
    with atomic():
        agreement = fetch(Agreement, agreement_id, "agreement")
        target = fetch(Conversation, conversation_id, "conversation")
        source = agreement.conversation
        if source.employee_id != target.employee_id:
            raise InvalidValue("conversation", reason("other_employee"))
        if source.id == target.id:
            raise InvalidValue("conversation", reason("same_round"))
        if target.status in FROZEN_STATUSES:
            raise Frozen(what=kind_label("conversation"))
        done = target.agreements.where(Agreement.carried_from == agreement).exists()
        if not done:
            copy = Agreement.create(conversation=target, kind=agreement.kind,
                                    text=agreement.text, owner=agreement.owner,
                                    sort_order=target.agreements.count(),
                                    carried_from=agreement)
            audit.record("created", copy, detail="carried over")
    return {"agreement_id": agreement_id, "conversation_id": conversation_id, "carried": True}


@dataclass(frozen=True)
class CarryPreview:
    """What carrying over would bring into one person's conversation."""

    employee_id: str
    full_name: str
    open_goals: int
    agreements: int


def carry_over_preview(from_round_id: str | None,
                       employee_ids: list[str] | None = None) -> list[CarryPreview]:
    """Per person of the earlier round (or of `employee_ids` only): how many open goals and
    agreements carrying over would bring, in name order."""
    if not from_round_id:
        return []
    source = fetch(Round, from_round_id, "round")
    query = (Conversation.select(Conversation, Employee)
             .join(Employee, on=(Conversation.employee == Employee.id))
             .where((Conversation.round == source) & (Conversation.status != "cancelled")))
    wanted = set(employee_ids) if employee_ids is not None else None
    in_round = Conversation.select(Conversation.id).where(Conversation.round == source)
    # (`.tuples()` rows, which Peewee's stubs type as model instances)
    goal_rows: Any = (DevelopmentGoal.select(DevelopmentGoal.conversation)
                      .where(DevelopmentGoal.conversation.in_(in_round)
                             & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES)).tuples())
    agreement_rows: Any = (Agreement.select(Agreement.conversation)
                           .where(Agreement.conversation.in_(in_round)).tuples())
    goals = Counter(conv for (conv,) in goal_rows)
    agreements = Counter(conv for (conv,) in agreement_rows)
    result = []
    for conv in sorted(query, key=_by_person):  # the Nordic order of people
        if wanted is not None and str(conv.employee_id) not in wanted:
            continue
        result.append(CarryPreview(str(conv.employee_id), conv.employee.full_name,
                                   goals[conv.id], agreements[conv.id]))
    return result


def carry_over_round(from_round_id: str, to_round_id: str,
                     check: Callable[[], None] | None = None) -> dict[str, Any]:
    """Carry over for everyone at once: each open goal and each agreement of the earlier
    round into the same employee's (unsigned) conversation in the later one; link them.
    `check` is called between people; what it raises rolls everything back."""
    with atomic():
        result = carry_forward_round(from_round_id, to_round_id, check=check)
        source = fetch(Round, from_round_id, "round")
        target = fetch(Round, to_round_id, "round")
        earlier = {c.employee_id: c for c in source.conversations
                   .where(Conversation.status != "cancelled")}
        agreements_carried = 0
        for conv in target.conversations.where(
                Conversation.status.not_in((*FROZEN_STATUSES, "cancelled"))):
            if check is not None:
                check()
            if conv.employee_id in earlier:
                agreements_carried += _carry_agreements(earlier[conv.employee_id], conv)
    return result | {"agreements_carried": agreements_carried}


def carry_forward_round(from_round_id: str, to_round_id: str,
                        check: Callable[[], None] | None = None) -> dict[str, Any]:
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
            if check is not None:
                check()
            conv = targets.get(goal.employee_id)
            if conv is not None and conv.status != "cancelled":
                _carry(goal, conv)
                carried += 1
        target.previous_round = source
        target.save()
    return as_dict(target, goals_carried=carried)


def _by_person(conversation: Conversation) -> tuple[str, str]:
    return person_key(conversation.employee.first_name, conversation.employee.last_name)
