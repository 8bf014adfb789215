"""Follow-up meetings planned from the signed plan: one meeting per employee and day.

Every open goal (open or in progress) with a cadence, a deadline and a start, agreed in a
conversation that has been signed (or added between rounds, without a conversation), asks
for meetings on its cadence dates (`followup.schedule_dates`: working days of the
organisation's country, inside the plan period). Those dates are merged per employee: one
meeting a day, linked (`MeetingGoal`) to every goal that asked for that day.

`replan_employee` runs after signing and after every change of a goal's cadence, start,
deadline or status (an adjustment; allowed after signing), and after a goal is deleted or
evaluated. It touches only planned meetings from today on: held, missed and cancelled
meetings are history and stay, and so do the overdue ones still waiting to be recorded. A
meeting stands for its cadence date (`planned_for`), so a moved meeting is neither moved
back nor planned twice, and a cancelled one is not planned again. A meeting planned by hand
(`planned_for` None) is never removed by re-planning; a cadence date on its day joins it.
Meetings removed by re-planning leave a calendar tombstone (services/calendar_tombstones).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from musdesk.models import (
    Adjustment,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    GoalProgress,
    MeetingGoal,
    SignedVersion,
    utc_now,
)
from musdesk.models.enums import OPEN_GOAL_STATUSES
from musdesk.services import calendar_tombstones
from musdesk.services.common import atomic, fetch
from musdesk.services.workdays import is_working_day


@dataclass(frozen=True)
class GoalPlan:
    """What planning needs of a goal."""

    goal_id: str
    start: dt.date
    end: dt.date
    cadence: str
    cadence_days: int | None = None
    conversation_id: str | None = None


@dataclass(frozen=True)
class ReplanResult:
    created: int
    removed: int
    kept: int  # planned meetings from today on after re-planning


# Cadence dates of one employee this close (in working days after the first) become one
# meeting on the first: a monthly and a biweekly goal meet together, not twice in a week.
MERGE_WORKING_DAYS = 3


def working_days_after(first: dt.date, later: dt.date, country: str | None,
                       limit: int = MERGE_WORKING_DAYS) -> int:
    """Working days after `first` up to and including `later` (counted up to limit + 1)."""
    count, day = 0, first
    while day < later and count <= limit:
        day += dt.timedelta(days=1)
        if is_working_day(day, country):
            count += 1
    return count


def wanted_dates(
    goals: Iterable[GoalPlan], country: str | None, today: dt.date
) -> dict[dt.date, frozenset[str]]:
    """The meetings the goals ask for from `today` on: each day with the goals it serves.
    Pure. The goals' cadence dates (working days inside each period) are merged: a date
    within MERGE_WORKING_DAYS working days after a meeting's day joins that meeting, unless
    one of its goals is already served by it (a goal keeps each of its own dates, e.g. a
    weekly one around Christmas) or starts only after that day. Merging runs over the
    whole periods, so a meeting in the past (held, missed, overdue) keeps covering the
    dates that joined it."""
    from musdesk.services.followup import schedule_dates  # followup imports this module

    plans = list(goals)
    starts = {goal.goal_id: goal.start for goal in plans}
    asked: dict[dt.date, set[str]] = {}
    for goal in plans:
        for day in schedule_dates(goal.start, goal.end, goal.cadence, goal.cadence_days,
                                  country):
            asked.setdefault(day, set()).add(goal.goal_id)
    meetings: dict[dt.date, set[str]] = {}
    current: dt.date | None = None
    for day in sorted(asked):
        ids = asked[day]
        if (current is not None and not ids & meetings[current]
                and all(starts[ident] <= current for ident in ids)
                and working_days_after(current, day, country) <= MERGE_WORKING_DAYS):
            meetings[current] |= ids
        else:
            current = day
            meetings[day] = set(ids)
    return {day: frozenset(ids) for day, ids in meetings.items() if day >= today}


def _signed_conversations(goals: list[DevelopmentGoal]) -> set[object]:
    ids = {g.conversation_id for g in goals if g.conversation_id is not None}
    if not ids:
        return set()
    rows = SignedVersion.select(SignedVersion.conversation).where(
        SignedVersion.conversation.in_(list(ids))
    )
    return {row.conversation_id for row in rows}


def plannable_goals(employee: Employee, include: Iterable[str] = ()) -> list[GoalPlan]:
    """The employee's goals that ask for follow-up meetings now (`include`: goals asked for
    explicitly, planned even before their conversation is signed)."""
    asked = {str(ident) for ident in include}
    goals = list(
        DevelopmentGoal.select().where(
            (DevelopmentGoal.employee == employee)
            & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES)
            & DevelopmentGoal.cadence.is_null(False)
            & DevelopmentGoal.deadline.is_null(False)
        )
    )
    signed = _signed_conversations(goals)
    found = []
    for goal in goals:
        if (goal.conversation_id is not None and goal.conversation_id not in signed
                and str(goal.id) not in asked):
            continue  # agreed but not signed yet: no meetings before both have signed
        start: dt.date | None = goal.starts_on
        conversation = goal.conversation if goal.conversation_id is not None else None
        if start is None and conversation is not None:
            scheduled = conversation.scheduled_start
            start = scheduled.date() if scheduled else None
        deadline: dt.date | None = goal.deadline
        cadence: str | None = goal.cadence
        if start is None or deadline is None or cadence is None or deadline < start:
            continue
        if cadence == "custom" and not goal.cadence_days:
            continue
        found.append(GoalPlan(str(goal.id), start, deadline, cadence,
                              goal.cadence_days,
                              None if goal.conversation_id is None else str(goal.conversation_id)))
    return found


def _conversation_for(goal_ids: Iterable[str], plans: Mapping[str, GoalPlan]) -> str | None:
    for goal_id in sorted(goal_ids):
        plan = plans.get(goal_id)
        if plan is not None and plan.conversation_id:
            return plan.conversation_id
    return None


def _links(meetings: list[FollowUpMeeting]) -> dict[object, dict[str, object]]:
    """meeting id → {goal id: link id}, in one query."""
    found: dict[object, dict[str, object]] = {m.id: {} for m in meetings}
    ids = list(found)
    for chunk in range(0, len(ids), 500):
        for link in (
            MeetingGoal.select(MeetingGoal.id, MeetingGoal.meeting, MeetingGoal.goal)
            .where(MeetingGoal.meeting.in_(ids[chunk:chunk + 500]))
        ):
            found[link.meeting_id][str(link.goal_id)] = link.id
    return found


def replan_employee(
    employee_id: object, today: dt.date | None = None, include: Iterable[str] = ()
) -> ReplanResult:
    """Bring the employee's planned meetings from `today` on in line with their open goals
    (`include`: goals to plan even though their conversation is not signed yet). A fixed
    number of statements, however many meetings change."""
    day0 = today or dt.date.today()
    with atomic():
        employee = fetch(Employee, str(employee_id), "employee")
        plans = {plan.goal_id: plan for plan in plannable_goals(employee, include)}
        wanted = wanted_dates(plans.values(), employee.organisation.country, day0) \
            if employee.active else {}
        meetings = list(FollowUpMeeting.select().where(FollowUpMeeting.employee == employee))
        # Cadence dates already dealt with: held, missed, cancelled or overdue meetings.
        settled = {m.planned_for for m in meetings
                   if m.planned_for is not None
                   and (m.status != "planned" or m.planned_on < day0)}
        future = [m for m in meetings if m.status == "planned" and m.planned_on >= day0]
        links = _links(future)
        by_cadence = {m.planned_for: m for m in future if m.planned_for is not None}
        by_day = {m.planned_on: m for m in future}
        removed: list[FollowUpMeeting] = []
        goals_of: dict[object, set[str]] = {m.id: set(links[m.id]) for m in future}
        for meeting in future:
            if meeting.planned_for is None:
                continue  # planned by hand: stays; it may gain goals below
            if meeting.planned_for in wanted and meeting.planned_for not in settled:
                goals_of[meeting.id] = set(wanted[meeting.planned_for])
            else:
                removed.append(meeting)
                by_day.pop(meeting.planned_on, None)
                goals_of.pop(meeting.id)
        new_rows: list[dict[str, Any]] = []
        now = utc_now()
        for day, goal_ids in wanted.items():
            if day in settled or day in by_cadence:
                continue
            existing = by_day.get(day)
            if existing is not None:  # one meeting a day: the day's meeting serves them too
                goals_of[existing.id] |= set(goal_ids)
                continue
            ident = uuid.uuid4()
            new_rows.append({"id": ident, "created_at": now, "updated_at": now,
                             "employee": employee.id, "planned_on": day, "planned_for": day,
                             "conversation": _conversation_for(goal_ids, plans),
                             "status": "planned", "notes": ""})
            goals_of[ident] = set(goal_ids)
        # A goal that is no longer open has no planned meetings of its own any more.
        open_goals = {str(goal.id) for goal in DevelopmentGoal.select(DevelopmentGoal.id).where(
            (DevelopmentGoal.employee == employee)
            & DevelopmentGoal.status.in_(OPEN_GOAL_STATUSES))}
        stale_links = [link_id for meeting_id, have in links.items() if meeting_id in goals_of
                       for goal_id, link_id in have.items()
                       if goal_id not in goals_of[meeting_id] or goal_id not in open_goals]
        new_links = [{"id": uuid.uuid4(), "created_at": now, "updated_at": now,
                      "meeting": meeting_id, "goal": goal_id}
                     for meeting_id, goal_ids in goals_of.items()
                     for goal_id in sorted(goal_ids & open_goals)
                     if goal_id not in links.get(meeting_id, {})]
        if removed:
            calendar_tombstones.bury_meetings(removed, employee)
            gone = [m.id for m in removed]
            MeetingGoal.delete().where(MeetingGoal.meeting.in_(gone)).execute()
            GoalProgress.delete().where(GoalProgress.meeting.in_(gone)).execute()
            Adjustment.update(meeting=None).where(Adjustment.meeting.in_(gone)).execute()
            FollowUpMeeting.delete().where(FollowUpMeeting.id.in_(gone)).execute()
        if stale_links:
            MeetingGoal.delete().where(MeetingGoal.id.in_(stale_links)).execute()
        if new_rows:
            FollowUpMeeting.insert_many(new_rows).execute()
        if new_links:
            MeetingGoal.insert_many(new_links).execute()
        kept = len(future) - len(removed) + len(new_rows)
    return ReplanResult(len(new_rows), len(removed), kept)


def replan_for_goal(goal_id: object, today: dt.date | None = None) -> ReplanResult:
    """Re-plan after an adjustment of this goal (services/goal_adjustment): the meetings of
    its employee, since one meeting a day serves all of their goals."""
    goal = fetch(DevelopmentGoal, str(goal_id), "goal")
    return replan_employee(goal.employee_id, today)
