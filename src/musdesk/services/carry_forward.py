"""Carry-forward: next round's preparation starts from this round's agreements and open goals."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import fn

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
    utc_now,
)
from musdesk.models.enums import FROZEN_STATUSES, OPEN_GOAL_STATUSES
from musdesk.services import audit
from musdesk.services.bulk_rows import audit_rows, insert_rows
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


Progress = Callable[[int, int], None]


def carry_over_round(from_round_id: str, to_round_id: str,
                     check: Callable[[], None] | None = None,
                     progress: Progress | None = None) -> dict[str, Any]:
    """Carry over for everyone at once: each open goal and each agreement of the earlier
    round into the same employee's (unsigned) conversation in the later one; link them.
    `check` is called between people (what it raises rolls everything back); `progress`
    gets (people done, people in all) as it goes."""
    return _carry_round(from_round_id, to_round_id, True, check, progress)


_FLUSH_EVERY = 200  # people whose copies are written together


def _carry_round(from_round_id: str, to_round_id: str, with_agreements: bool,
                 check: Callable[[], None] | None, progress: Progress | None) -> dict[str, Any]:
    """What `_carry` and `carry_agreement` do per person, for a whole round with a fixed
    number of reads and one prepared INSERT per table per batch of people
    (`bulk_rows.insert_rows`): 1,000 people in about a second instead of several."""
    with atomic():
        source = fetch(Round, from_round_id, "round")
        target = fetch(Round, to_round_id, "round")
        if source.id == target.id:
            raise InvalidValue("round", reason("same_round"))
        if source.organisation_id != target.organisation_id:
            raise InvalidValue("round", reason("other_organisation"))
        plan = _CarryPlan(source, target, with_agreements)
        people = plan.people()
        total = len(people)
        writer = _CarryWriter()
        for done, conv in enumerate(people, start=1):
            if check is not None:
                check()
            writer.add_goals(conv, plan.goals.get(conv.employee_id, []), plan)
            if with_agreements:
                writer.add_agreements(conv, plan.agreements_for(conv), plan)
            if done % _FLUSH_EVERY == 0:
                writer.flush()
            if progress is not None:
                progress(done, total)
        writer.flush()
        if check is not None:
            check()
        target.previous_round = source
        target.save()
    result = as_dict(target, goals_carried=writer.goals_carried)
    if with_agreements:
        result["agreements_carried"] = writer.agreements_carried
    return result


class _CarryPlan:
    """Everything carrying over reads, read once: the later round's open conversations, the
    earlier round's open goals (with their unfinished sub-goals and activities) and its
    agreements, and what the later conversations already hold."""

    def __init__(self, source: Round, target: Round, with_agreements: bool) -> None:
        self.targets = list(
            Conversation.select(Conversation, Employee)
            .join(Employee, on=(Conversation.employee == Employee.id))
            .where((Conversation.round == target)
                   & Conversation.status.not_in((*FROZEN_STATUSES, "cancelled"))))
        self.targets.sort(key=_by_person)  # the Nordic order of people
        in_target = (Conversation.select(Conversation.id)
                     .where(Conversation.round == target))
        open_goals = (DevelopmentGoal.select().join(Conversation)
                      .where((Conversation.round == source)
                             & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES))
                      .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at))
        self.goals: dict[Any, list[DevelopmentGoal]] = defaultdict(list)
        for goal in open_goals:
            self.goals[goal.employee_id].append(goal)
        goal_ids = (DevelopmentGoal.select(DevelopmentGoal.id).join(Conversation)
                    .where((Conversation.round == source)
                           & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES)))
        self.sub_goals: dict[Any, list[SubGoal]] = defaultdict(list)
        for sub in (SubGoal.select().where(SubGoal.goal.in_(goal_ids)
                                           & SubGoal.done_on.is_null())
                    .order_by(SubGoal.sort_order)):
            self.sub_goals[sub.goal_id].append(sub)
        self.activities: dict[Any, list[Activity]] = defaultdict(list)
        for act in (Activity.select().where(Activity.goal.in_(goal_ids)
                                            & Activity.done_on.is_null())
                    .order_by(Activity.sort_order)):
            self.activities[act.goal_id].append(act)
        # A carried goal comes after the goals already there (their highest place + 1).
        goal_places: Any = (DevelopmentGoal
                            .select(DevelopmentGoal.conversation,
                                    fn.MAX(DevelopmentGoal.sort_order) + 1)
                            .where(DevelopmentGoal.conversation.in_(in_target))
                            .group_by(DevelopmentGoal.conversation).tuples())
        self.goal_count: Counter[Any] = Counter(dict(goal_places))
        self.source_agreements: dict[Any, list[Agreement]] = defaultdict(list)
        self.agreement_count: Counter[Any] = Counter()
        self.carried: dict[Any, set[Any]] = defaultdict(set)
        if not with_agreements:
            return
        self.earlier = {conv.employee_id: conv.id for conv in Conversation
                        .select(Conversation.id, Conversation.employee)
                        .where((Conversation.round == source)
                               & (Conversation.status != "cancelled"))}
        for row in (Agreement.select().join(Conversation)
                    .where((Conversation.round == source)
                           & (Conversation.status != "cancelled"))
                    .order_by(Agreement.sort_order, Agreement.created_at)):
            self.source_agreements[row.conversation_id].append(row)
        existing: Any = (Agreement.select(Agreement.conversation, Agreement.carried_from)
                         .where(Agreement.conversation.in_(in_target)).tuples())
        for conv_id, carried_from in existing:
            self.agreement_count[conv_id] += 1
            if carried_from is not None:
                self.carried[conv_id].add(carried_from)

    def people(self) -> list[Conversation]:
        return self.targets

    def agreements_for(self, conv: Conversation) -> list[Agreement]:
        source_id = self.earlier.get(conv.employee_id)
        if source_id is None:
            return []
        done = self.carried[conv.id]
        return [row for row in self.source_agreements[source_id] if row.id not in done]


class _CarryWriter:
    """The rows carrying over writes, collected per batch of people and then inserted."""

    def __init__(self) -> None:
        self.goals_carried = 0
        self.agreements_carried = 0
        self._reset()

    def _reset(self) -> None:
        self.goal_rows: list[dict[str, Any]] = []
        self.sub_rows: list[dict[str, Any]] = []
        self.activity_rows: list[dict[str, Any]] = []
        self.agreement_rows: list[dict[str, Any]] = []
        self.carried_goal_ids: list[Any] = []

    def add_goals(self, conv: Conversation, goals: list[DevelopmentGoal],
                  plan: _CarryPlan) -> None:
        now = utc_now()
        order = plan.goal_count[conv.id]
        for goal in goals:
            new_id = uuid.uuid4()
            self.goal_rows.append({
                "id": new_id, "created_at": now, "updated_at": now,
                "employee": goal.employee_id, "conversation": conv.id,
                "strategic_goal": goal.strategic_goal_id, "title": goal.title,
                "why": goal.why, "signs_of_success": goal.signs_of_success,
                "support": goal.support, "practice_change": goal.practice_change,
                "status": "in_progress" if goal.progress else "open",
                "progress": goal.progress, "owner": conv.leader_id or goal.owner_id,
                "starts_on": None, "deadline": None, "cadence": goal.cadence,
                "cadence_days": goal.cadence_days, "carried_from": goal.id,
                "sort_order": order,
            })
            order += 1
            for sub in plan.sub_goals[goal.id]:
                self.sub_rows.append({
                    "id": uuid.uuid4(), "created_at": now, "updated_at": now,
                    "goal": new_id, "text": sub.text, "due_date": None, "done_on": None,
                    "sort_order": sub.sort_order})
            for act in plan.activities[goal.id]:
                self.activity_rows.append({
                    "id": uuid.uuid4(), "created_at": now, "updated_at": now,
                    "goal": new_id, "description": act.description, "method": act.method,
                    "starts_on": None, "ends_on": None, "done_on": None,
                    "sort_order": act.sort_order})
            self.carried_goal_ids.append(goal.id)
        plan.goal_count[conv.id] = order

    def add_agreements(self, conv: Conversation, rows: list[Agreement],
                       plan: _CarryPlan) -> None:
        now = utc_now()
        order = plan.agreement_count[conv.id]
        for row in rows:
            self.agreement_rows.append({
                "id": uuid.uuid4(), "created_at": now, "updated_at": now,
                "conversation": conv.id, "kind": row.kind, "text": row.text,
                "owner": row.owner, "due_date": None, "sort_order": order,
                "carried_from": row.id})
            order += 1
            plan.carried[conv.id].add(row.id)
        plan.agreement_count[conv.id] = order

    def flush(self) -> None:
        insert_rows(DevelopmentGoal, self.goal_rows)
        insert_rows(SubGoal, self.sub_rows)
        insert_rows(Activity, self.activity_rows)
        insert_rows(Agreement, self.agreement_rows)
        for start in range(0, len(self.carried_goal_ids), 500):
            (DevelopmentGoal.update(status="carried_over", updated_at=utc_now())
             .where(DevelopmentGoal.id.in_(self.carried_goal_ids[start:start + 500]))
             .execute())
        audit_rows("created", "development_goal", [r["id"] for r in self.goal_rows],
                   detail="carried over")
        audit_rows("created", "agreement", [r["id"] for r in self.agreement_rows],
                   detail="carried over")
        self.goals_carried += len(self.goal_rows)
        self.agreements_carried += len(self.agreement_rows)
        self._reset()


def _by_person(conversation: Conversation) -> tuple[str, str]:
    return person_key(conversation.employee.first_name, conversation.employee.last_name)
