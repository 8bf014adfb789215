"""Changes during a running round: add a person (with a proposed time), take someone out
(cancelled, the reason kept), change one conversation's leader, edit the round's name, period
and step dates, and deal with people who left the organisation during the round.

The rules stay in `rounds` and `conversations`; this module gathers what the wheel tab's
"People" page shows and composes the changes, one transaction per user action.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from musdesk import texts
from musdesk.models import Conversation, Employee, Round, StatusChange, WheelStep
from musdesk.models.enums import OPEN_STATUSES
from musdesk.services import conversations, rounds
from musdesk.services.common import atomic, fetch, person_key


@dataclass(frozen=True)
class TakenOut:
    """One time the person was taken out of the round (their conversation cancelled)."""

    on: dt.date
    reason: str
    back_on: dt.date | None  # when they were added back (planned again), if they were


@dataclass(frozen=True)
class Participant:
    conversation_id: str
    employee_id: str
    full_name: str
    leader_id: str | None
    leader_name: str
    status: str  # enums.CONVERSATION_STATUSES
    scheduled_start: dt.datetime | None
    cancel_reason: str
    left_on: dt.date | None  # set when the employee has left the organisation
    history: tuple[TakenOut, ...] = ()  # every time taken out, oldest first

    @property
    def earlier_take_outs(self) -> tuple[TakenOut, ...]:
        """The times taken out and added back again (not the present cancellation)."""
        return tuple(t for t in self.history if t.back_on is not None)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def has_left(self) -> bool:
        return self.left_on is not None


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str


def participants(round_id: str) -> list[Participant]:
    """Everyone with a conversation in the round (also the cancelled), in name order."""
    round_ = fetch(Round, round_id, "round")
    query = (Conversation.select(Conversation, Employee)
             .join(Employee, on=(Conversation.employee == Employee.id))
             .where(Conversation.round == round_))
    history = _take_outs(round_)
    result = []
    for conv in sorted(query, key=_by_person):  # the Nordic order of people
        employee, leader = conv.employee, conv.leader
        result.append(Participant(
            str(conv.id), str(employee.id), employee.full_name,
            str(leader.id) if leader else None, leader.full_name if leader else "",
            conv.status, conv.scheduled_start, conv.cancel_reason,
            employee.left_on if not employee.active else None,
            tuple(history.get(conv.id, ())),
        ))
    return result


def _take_outs(round_: Round) -> dict[object, list[TakenOut]]:
    """Per conversation, each cancellation (with its reason) and when it was undone."""
    changes = (StatusChange.select(StatusChange.conversation, StatusChange.from_status,
                                   StatusChange.to_status, StatusChange.at,
                                   StatusChange.reason)
               .join(Conversation)
               .where((Conversation.round == round_)
                      & ((StatusChange.to_status == "cancelled")
                         | (StatusChange.from_status == "cancelled")))
               .order_by(StatusChange.at, StatusChange.created_at))
    result: dict[object, list[TakenOut]] = {}
    for change in changes:
        times = result.setdefault(change.conversation_id, [])
        day = change.at.date() if isinstance(change.at, dt.datetime) else change.at
        if change.to_status == "cancelled":
            times.append(TakenOut(day, change.reason or "", None))
        elif times and times[-1].back_on is None:
            times[-1] = TakenOut(times[-1].on, times[-1].reason, day)
    return result


def people_to_add(round_id: str) -> list[Person]:
    """The organisation's active employees without a conversation in the round, or whose
    conversation was cancelled (someone back from leave)."""
    round_ = fetch(Round, round_id, "round")
    taken = Conversation.select(Conversation.employee).where(
        (Conversation.round == round_) & (Conversation.status != "cancelled"))
    query = (Employee.select()
             .where((Employee.organisation == round_.organisation_id)
                    & (Employee.active == True)  # noqa: E712 - SQL expression
                    & Employee.id.not_in(taken)))
    return [Person(str(e.id), e.full_name)
            for e in sorted(query, key=lambda e: person_key(e.first_name, e.last_name))]


def leaders(round_id: str) -> list[Person]:
    """Who may lead a conversation of the round: the organisation's active employees."""
    round_ = fetch(Round, round_id, "round")
    query = (Employee.select()
             .where((Employee.organisation == round_.organisation_id)
                    & (Employee.active == True)))  # noqa: E712
    return [Person(str(e.id), e.full_name)
            for e in sorted(query, key=lambda e: person_key(e.first_name, e.last_name))]


def add_person(round_id: str, employee_id: str, today: dt.date | None = None) -> Participant:
    """A new hire or someone back from leave joins the round, with a proposed time (from
    `today` on, without a clash for the leader or the employee)."""
    with atomic():
        cancelled = Conversation.get_or_none(
            (Conversation.round == round_id) & (Conversation.employee == employee_id)
            & (Conversation.status == "cancelled"))
        if cancelled is None:
            ident = str(rounds.add_conversation(round_id, employee_id, propose_time=True,
                                                today=today)["id"])
        else:
            ident = str(cancelled.id)
            conversations.reinstate(ident)
            slot = rounds.propose_slot(cancelled.round, cancelled.employee, today)
            if slot is not None:
                conversations.schedule(ident, slot[0], slot[1])
    return next(p for p in participants(round_id) if p.conversation_id == ident)


def take_out(conversation_id: str, why: str) -> str:
    """Cancel one person's conversation; the reason is kept with it. Returns the status."""
    return str(conversations.cancel(conversation_id, why)["status"])


def change_leader(conversation_id: str, leader_id: str | None) -> str:
    """This conversation only is held by another leader (the roster stays). Returns the new
    leader's name ("" for none)."""
    conversations.set_leader(conversation_id, leader_id)
    leader = fetch(Conversation, conversation_id, "conversation").leader
    return leader.full_name if leader else ""


def open_for_leavers(round_id: str) -> list[Participant]:
    """Open conversations of people who have left the organisation."""
    return [p for p in participants(round_id) if p.has_left and p.is_open]


def left_reason(left_on: dt.date | None, language: str | None = None) -> str:
    """The cancellation reason kept for someone who left: "Left the organisation on …"."""
    return texts.text("rounds.changes.left_reason", language,
                      date=left_on.isoformat() if left_on else "")


def cancel_for_leavers(round_id: str, language: str | None = None) -> int:
    """Cancel every open conversation of someone who left; the reason says when they left."""
    leavers = open_for_leavers(round_id)
    with atomic():
        for person in leavers:
            conversations.cancel(person.conversation_id, left_reason(person.left_on, language))
    return len(leavers)


@dataclass(frozen=True)
class RoundEdit:
    name: str
    period_start: dt.date
    period_end: dt.date
    step_dues: tuple[dt.date | None, ...]  # the eight steps, in order


def round_edit(round_id: str) -> RoundEdit:
    round_ = fetch(Round, round_id, "round")
    dues = tuple(s.due_date for s in round_.steps.order_by(WheelStep.number))
    return RoundEdit(round_.name, round_.period_start, round_.period_end, dues)


def edit_round(round_id: str, edit: RoundEdit) -> RoundEdit:
    """Name, period and the steps' due dates in one transaction (nothing saved on an error)."""
    with atomic():
        rounds.update_round(round_id, name=edit.name, period_start=edit.period_start,
                            period_end=edit.period_end)
        round_ = fetch(Round, round_id, "round")
        for step, due in zip(round_.steps.order_by(WheelStep.number), edit.step_dues,
                             strict=False):
            if step.due_date != due:
                rounds.update_step(str(step.id), due_date=due)
    return round_edit(round_id)


def _by_person(conversation: Conversation) -> tuple[str, str]:
    return person_key(conversation.employee.first_name, conversation.employee.last_name)
