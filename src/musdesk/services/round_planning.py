"""Planning a round with the choices the round wizard offers, in one transaction.

`rounds.plan_round` plans for a whole organisation or department with default steps. The
wizard also lets the consultant leave people out, choose the conversation days, hours and
place, and edit each step's due date and roles. This module composes the domain services
for that; the rules (steps, slots without clashes for a leader) stay in `rounds` and
`conversations`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from musdesk.errors import InvalidValue
from musdesk.models import Conversation, Employee, Organisation, Round, StepTask, WheelStep
from musdesk.services import audit, carry_forward, conversations, roster, rounds
from musdesk.services.common import as_date, atomic, dates_in_order, fetch, reason
from musdesk.services.round_links import LATEST

# What `plan_round_with_choices` reports while it works: (stage, done, total).
StageProgress = Callable[[str, int, int], None]
STAGES = ("times", "carry")  # proposing times (conversations), carrying over (people)


@dataclass
class SlotChoice:
    """When conversations may be proposed: days, daily hours, length and place."""

    first_day: dt.date
    last_day: dt.date
    day_start: dt.time
    day_end: dt.time
    minutes: int = 60
    place: str = ""
    country: str | None = None  # whose public holidays are no conversation days


@dataclass
class StepChoice:
    number: int
    due_date: dt.date | None
    roles: list[str] = field(default_factory=list)


def default_slots(organisation_id: str, period_start: dt.date, period_end: dt.date) -> SlotChoice:
    """The slots `rounds.plan_round` would use: after the preparation step's due date, in the
    organisation's working hours, until the end of the period."""
    org = fetch(Organisation, organisation_id, "organisation")
    dues = rounds.step_due_dates(period_start, period_end, org.country)
    first = min(rounds.next_working_day(dues[2] + dt.timedelta(days=1), org.country), period_end)
    return SlotChoice(first, period_end, _time(org.workday_start), _time(org.workday_end),
                      country=org.country)


def _spread(first: dt.date, last: dt.date, count: int,
            country: str | None = None) -> list[dt.date]:
    """`count` working days spread evenly after `first` up to `last`, in order."""
    span = max((last - first).days, 0)
    dates: list[dt.date] = []
    for number in range(1, count + 1):
        day = rounds.previous_working_day(first + dt.timedelta(days=span * number // count),
                                          country)
        dates.append(max(day, first, dates[-1] if dates else first))
    return dates


def step_dates_around(period_start: dt.date, period_end: dt.date,
                      first_conversation: dt.date, last_conversation: dt.date,
                      country: str | None = None) -> list[dt.date]:
    """Eight due dates: the even spread of `rounds.step_due_dates`, with the three "before"
    steps moved before the first conversation day and the "during" and "after" steps moved
    after the last one where the spread would put them earlier (never earlier than it)."""
    spread = rounds.step_due_dates(period_start, period_end, country)
    before_end = max(period_start, first_conversation - dt.timedelta(days=1))
    before = [min(a, b) for a, b in zip(
        spread[:3], _spread(period_start, before_end, 3, country), strict=True)]
    last = min(max(last_conversation, period_start), period_end)
    feedback = min(rounds.next_working_day(last + dt.timedelta(days=1), country), period_end)
    aligned = [last, feedback, *_spread(feedback, period_end, 3, country)]
    during_after = [max(a, b) for a, b in zip(spread[3:], aligned, strict=True)]
    dues = [*before, *during_after]
    return [max(day, dues[i - 1]) if i else day for i, day in enumerate(dues)]


def proposed_days(slots: SlotChoice,
                  leader_ids: Iterable[str | None]) -> list[tuple[dt.date, int]]:
    """The days the planner would propose conversations on, with how many on each, for one
    conversation per leader id given (the same slot finder, with the leaders' existing
    conversations)."""
    finder = rounds.SlotFinder(slots.first_day, slots.last_day, slots.day_start,
                               slots.day_end, slots.minutes, slots.country)
    days: Counter[dt.date] = Counter()
    for leader in sorted(leader_ids, key=lambda ident: ident or ""):
        slot = finder.next_slot(leader)
        if slot is not None:
            days[slot[0].date()] += 1
    return sorted(days.items())


def last_proposed_day(slots: SlotChoice, leader_ids: Iterable[str | None]) -> dt.date | None:
    """The last day the planner would propose a conversation on (see `proposed_days`)."""
    days = proposed_days(slots, leader_ids)
    return days[-1][0] if days else None


def _time(value: Any) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(str(value))


def leader_capacity(slots: SlotChoice, limit: int = 500) -> int:
    """How many conversations one leader with an empty calendar can have within `slots`,
    counted with the planner's own slot finder (working days, breaks, a daily maximum)."""
    if slots.day_end <= slots.day_start or slots.last_day < slots.first_day:
        return 0
    finder = rounds.SlotFinder(slots.first_day, slots.last_day, slots.day_start,
                               slots.day_end, slots.minutes, slots.country)
    count = 0
    # No leader (None): nothing can clash, so this counts the free slots of the days alone.
    while count < limit and finder.next_slot(None) is not None:
        count += 1
    return count


def people_in_scope(organisation_id: str, department_id: str | None) -> list[dict[str, Any]]:
    """The active employees a round for this scope includes (the roster's employee dicts)."""
    return roster.list_employees(organisation_id, department_id)


def plan_round_with_choices(
    organisation_id: str,
    name: str,
    period_start: dt.date | str,
    period_end: dt.date | str,
    *,
    department_id: str | None = None,
    template_id: str | None = None,
    exclude_employee_ids: Iterable[str] = (),
    slots: SlotChoice | None = None,
    steps: Iterable[StepChoice] = (),
    previous_round_id: str | None = LATEST,
    carry_over: bool = False,
    check: Callable[[], None] | None = None,
    progress: StageProgress | None = None,
) -> dict[str, Any]:
    """Plan the round, leave out the excluded people, propose times within `slots` without
    clashes for a leader, and apply the edited steps. Nothing is saved if any part fails.
    The result is `rounds.plan_round`'s, with `conversation_count` and `unscheduled` updated.
    The round follows `previous_round_id` (default: the latest earlier round of its scope);
    `carry_over` brings that round's open goals and agreements into everyone's conversation.
    `check` is called between the steps (a worker passes its cancel check): whatever it
    raises rolls the one transaction back, so a cancelled plan leaves nothing behind.
    `progress(stage, done, total)` says how far it is: stage "times" counts the
    conversations given a time, "carry" the people carried over for (see `STAGES`).
    """
    check = check or _go_on
    report = progress or _no_report
    excluded = {str(ident) for ident in exclude_employee_ids}
    with atomic():
        planned = rounds.plan_round(
            organisation_id, name, period_start, period_end,
            department_id=department_id, template_id=template_id,
            slot_minutes=slots.minutes if slots else 60, propose_times=False,
            previous_round_id=previous_round_id,
        )
        check()
        round_ = fetch(Round, planned["id"], "round")
        if excluded:
            leaving = (Conversation.select()
                       .where((Conversation.round == round_)
                              & (Conversation.employee.in_(_uuids(excluded)))))
            for conv in leaving:
                audit.record("deleted", conv)
                conv.delete_instance(recursive=True)
        slot_choice = slots or default_slots(organisation_id, round_.period_start,
                                             round_.period_end)
        check()
        unscheduled = _propose_times(round_, slot_choice, check,
                                     lambda done, total: report("times", done, total))
        check()
        steps = list(steps)
        if not steps:
            _align_steps(round_)
        for choice in steps:
            _apply_step(round_, choice)
        carried: dict[str, Any] = {}
        if carry_over and round_.previous_round_id is not None:
            carried = carry_forward.carry_over_round(
                str(round_.previous_round_id), str(round_.id), check=check,
                progress=lambda done, total: report("carry", done, total))
        check()
    return rounds.get_round(planned["id"]) | {
        "unscheduled": unscheduled,
        "goals_carried": carried.get("goals_carried", 0),
        "agreements_carried": carried.get("agreements_carried", 0),
    }


def _go_on() -> None:
    """The default `check`: never stops."""


def _no_report(stage: str, done: int, total: int) -> None:
    """The default `progress`: tells nobody."""


def _uuids(idents: set[str]) -> list[Any]:
    return [fetch(Employee, ident, "employee").id for ident in idents]


def _propose_times(round_: Round, slots: SlotChoice, check: Callable[[], None],
                   progress: Callable[[int, int], None]) -> int:
    first = as_date("first_day", slots.first_day)
    last = as_date("last_day", slots.last_day)
    if first is None or last is None:
        raise InvalidValue("first_day" if first is None else "last_day", reason("required"))
    dates_in_order("last_day", first, last)
    if first < round_.period_start or last > round_.period_end:
        raise InvalidValue("first_day", reason("dates_out_of_order"))
    if slots.day_end <= slots.day_start:
        raise InvalidValue("day_end", reason("dates_out_of_order"))
    finder = rounds.SlotFinder(first, last, slots.day_start, slots.day_end, slots.minutes,
                               slots.country or round_.organisation.country)
    query = (Conversation.select(Conversation, Employee)
             .join(Employee, on=(Conversation.employee == Employee.id))
             .where(Conversation.round == round_)
             .order_by(Employee.leader, Employee.last_name, Employee.first_name))
    unscheduled = 0
    people = list(query)
    for done, conv in enumerate(people, start=1):
        check()
        progress(done, len(people))
        slot = finder.next_slot(conv.leader_id, conv.employee_id)
        if slot is None:
            unscheduled += 1
            if slots.place:
                conversations.schedule(str(conv.id), None, place=slots.place)
            continue
        conversations.schedule(str(conv.id), slot[0], slot[1], place=slots.place or None)
    return unscheduled


def _align_steps(round_: Round) -> None:
    """Default due dates that leave "during" and "after" after the last conversation day."""
    days = sorted(c.scheduled_start.date() for c in round_.conversations
                  if c.scheduled_start is not None)
    if not days:
        return
    dues = step_dates_around(round_.period_start, round_.period_end, days[0], days[-1],
                             round_.organisation.country)
    for step in round_.steps.order_by(WheelStep.number):
        due = dues[step.number - 1]
        if step.due_date != due:
            step.due_date = due
            step.save()
            StepTask.update(due_date=due).where(StepTask.step == step).execute()


def _apply_step(round_: Round, choice: StepChoice) -> None:
    step = round_.steps.where(WheelStep.number == choice.number).first()
    if step is None:
        raise InvalidValue("step", reason("not_a_choice", value=choice.number, allowed="1–8"))
    rounds.update_step(str(step.id), due_date=choice.due_date, roles=list(choice.roles))
