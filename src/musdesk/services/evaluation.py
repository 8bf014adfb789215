"""Evaluation figures of a round (wheel step 8), anonymous by construction.

Only counts leave this module: no names, no IDs of people. A group of fewer than
`MIN_GROUP` people gets no figures at all (`suppressed=True`), so that nobody can be
recognised in a report for management or the works council.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import JOIN

from musdesk.models import (
    Activity,
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    Round,
    WheelStep,
)
from musdesk.models.enums import LEARNING_METHODS
from musdesk.services.common import fetch, tuples
from musdesk.services.wheel_overview import CANCELLED, has_reached

MIN_GROUP = 5
# A follow-up meeting held within this many days after its planned date counts as on time.
ON_TIME_GRACE_DAYS = 7


@dataclass(frozen=True)
class GroupFigures:
    """Figures of one group (a department, or the whole round)."""

    name: str
    people: int | None  # conversations not cancelled; None when suppressed
    suppressed: bool  # fewer than MIN_GROUP people: every figure below is None
    held: int | None
    signed: int | None
    follow_ups_due: int | None
    follow_ups_on_time: int | None


@dataclass(frozen=True)
class RoundFigures:
    round_name: str
    total: GroupFigures
    departments: list[GroupFigures]
    # (learning method, number of activities), most used first; empty when suppressed.
    learning_methods: list[tuple[str, int]] = field(default_factory=list)
    evaluation_notes: str = ""


def _figures(
    name: str, statuses: list[str], due: int, on_time: int, min_group: int
) -> GroupFigures:
    people = len(statuses)
    if people < min_group:
        return GroupFigures(name, None, True, None, None, None, None)
    return GroupFigures(
        name, people, False,
        held=sum(1 for status in statuses if has_reached(status, "held")),
        signed=sum(1 for status in statuses if has_reached(status, "signed")),
        follow_ups_due=due, follow_ups_on_time=on_time,
    )


def follow_up_on_time(planned_on: dt.date, status: str, held_on: dt.date | None) -> bool:
    if status != "held":
        return False
    return held_on is None or held_on <= planned_on + dt.timedelta(days=ON_TIME_GRACE_DAYS)


def round_figures(
    round_id: str,
    today: dt.date,
    no_department: str = "—",
    other_departments: str = "Other departments",
    min_group: int = MIN_GROUP,
) -> RoundFigures:
    """Held, signed and follow-ups on time per department and in total; learning methods.

    `no_department` names the people without a department, `other_departments` the pool of
    small departments (see `_pool_small_groups`). Follow-ups count
    when their planned date is on or before `today` and they were not cancelled.
    """
    round_ = fetch(Round, round_id, "round")
    conversations = (tuples(Conversation
                     .select(Conversation.id, Conversation.status, Department.name)
                     .join(Employee, on=(Conversation.employee == Employee.id))
                     .join(Department, join_type=JOIN.LEFT_OUTER,
                           on=(Employee.department == Department.id))
                     .where((Conversation.round == round_) & (Conversation.status != CANCELLED))))
    department_of: dict[object, str] = {}
    statuses: dict[str, list[str]] = {}
    for conv_id, status, department in conversations:
        name = department or no_department
        department_of[conv_id] = name
        statuses.setdefault(name, []).append(status)

    due: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    meetings = (tuples(FollowUpMeeting
                .select(FollowUpMeeting.conversation, FollowUpMeeting.planned_on,
                        FollowUpMeeting.status, FollowUpMeeting.held_on)
                .join(Conversation)
                .where((Conversation.round == round_) & (FollowUpMeeting.planned_on <= today)
                       & (FollowUpMeeting.status != "cancelled"))))
    for conv_id, planned_on, status, held_on in meetings:
        name = department_of.get(conv_id)
        if name is None:
            continue
        due[name] += 1
        on_time[name] += follow_up_on_time(planned_on, status, held_on)

    pooled, shown = _pool_small_groups(statuses, min_group)
    departments = [_figures(name, statuses[name], due[name], on_time[name], min_group)
                   for name in sorted(shown, key=str.casefold)]
    if pooled:
        departments.append(_figures(
            other_departments, [status for name in pooled for status in statuses[name]],
            sum(due[name] for name in pooled), sum(on_time[name] for name in pooled),
            min_group))
    everyone = [status for name in statuses for status in statuses[name]]
    total = _figures(round_.name, everyone, sum(due.values()), sum(on_time.values()),
                     min_group)

    methods: list[tuple[str, int]] = []
    if not total.suppressed:
        counted = Counter(method for (method,) in (
            tuples(Activity.select(Activity.method).join(DevelopmentGoal).join(Conversation)
            .where((Conversation.round == round_) & (Conversation.status != CANCELLED)))))
        order = {method: index for index, method in enumerate(LEARNING_METHODS)}
        methods = sorted(counted.items(), key=lambda item: (-item[1], order.get(item[0], 99)))
    evaluation = WheelStep.get_or_none((WheelStep.round == round_) & (WheelStep.number == 8))
    return RoundFigures(
        round_name=round_.name, total=total, departments=departments,
        learning_methods=methods,
        evaluation_notes=(evaluation.notes if evaluation else "") or "",
    )


def _pool_small_groups(
    statuses: dict[str, list[str]], min_group: int
) -> tuple[list[str], list[str]]:
    """Split departments into those shown on their own and those pooled together.

    Departments under `min_group` people are pooled. When the pool itself is too small,
    the smallest shown department joins it: otherwise the pool's figures would follow
    from the total minus the shown departments.
    """
    pooled = [name for name, group in statuses.items() if len(group) < min_group]
    shown = sorted((name for name in statuses if name not in pooled),
                   key=lambda name: (len(statuses[name]), name))
    pool_size = sum(len(statuses[name]) for name in pooled)
    if pooled and pool_size < min_group and shown:
        pooled.append(shown.pop(0))
    return pooled, shown
