"""Meetings of one goal for tests that start their story in the past: the product plans
meetings on signing and on adjustments, from today on (services/followup_planning); these
tests need them planned from the start of the goal's period, before signing too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from musdesk.models import DevelopmentGoal, Employee, FollowUpMeeting, MeetingGoal
from musdesk.services import followup_planning
from musdesk.services.common import as_dict, atomic


def plan_meetings(goal_id: str, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Plan the goal's employee's meetings from `today` (default: the goal's start), this
    goal included even before signing; the meetings that serve the goal, by date."""
    with atomic():
        goal = DevelopmentGoal.get_by_id(goal_id)
        first = today or goal.starts_on or dt.date.min
        followup_planning.replan_employee(goal.employee_id, first, include=[goal_id])
        meetings = list(
            FollowUpMeeting.select(FollowUpMeeting, Employee)  # names joined: one query
            .join(Employee, on=FollowUpMeeting.employee == Employee.id)
            .switch(FollowUpMeeting)
            .join(MeetingGoal, on=MeetingGoal.meeting == FollowUpMeeting.id)
            .where(MeetingGoal.goal == goal)
            .order_by(FollowUpMeeting.planned_on)
        )
        return meeting_dicts(meetings)


def meeting_dicts(meetings: list[FollowUpMeeting]) -> list[dict[str, Any]]:
    """`meeting_dict` for many meetings (their employee joined), in one more query."""
    served: dict[object, list[DevelopmentGoal]] = {m.id: [] for m in meetings}
    if served:
        for link in (MeetingGoal.select(MeetingGoal, DevelopmentGoal)
                     .join(DevelopmentGoal, on=MeetingGoal.goal == DevelopmentGoal.id)
                     .where(MeetingGoal.meeting.in_(list(served)))
                     .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at)):
            served[link.meeting_id].append(link.goal)
    return [
        as_dict(m, employee_name=m.employee.full_name,
                goal_ids=[str(g.id) for g in served[m.id]],
                goal_titles=[g.title for g in served[m.id]],
                goal_title="; ".join(g.title for g in served[m.id]))
        for m in meetings
    ]
