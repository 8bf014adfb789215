"""Meetings from the signed plan: one per employee and working day, re-planned on
adjustments, history kept, none for goals that are no longer open."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from musdesk.errors import InvalidValue
from musdesk.models import CalendarTombstone, FollowUpMeeting, MeetingGoal
from musdesk.models.enums import CADENCES
from musdesk.services import conversations, followup, followup_planning, plans, roster, rounds
from musdesk.services.followup_planning import GoalPlan
from musdesk.services.workdays import COUNTRIES, is_working_day
from musdesk.storage import Workspace
from tests.unit.domain.conftest import bring_to, conversation_of

TODAY = dt.date.today()


def planned(employee_id: str) -> list[FollowUpMeeting]:
    return list(FollowUpMeeting.select().where(
        (FollowUpMeeting.employee == employee_id) & (FollowUpMeeting.status == "planned"))
        .order_by(FollowUpMeeting.planned_on))


def links(meeting: FollowUpMeeting) -> set[str]:
    query = MeetingGoal.select().where(MeetingGoal.meeting == meeting)
    return {str(link.goal_id) for link in query}


@pytest.fixture
def person(workspace: Workspace) -> dict[str, Any]:
    org = roster.create_organisation("Fjordby", language="da")
    leader = roster.create_employee(org["id"], "Lone", "Leder")
    member = roster.create_employee(org["id"], "Åse", "Bæk", leader_id=leader["id"])
    round_ = rounds.plan_round(org["id"], "MUS", TODAY - dt.timedelta(days=30),
                               TODAY + dt.timedelta(days=330), propose_times=False)
    conv = conversation_of(round_["id"], member["id"])
    goals = [plans.add_goal(member["id"], title, conversation_id=conv["id"],
                            starts_on=TODAY, deadline=TODAY + dt.timedelta(days=180),
                            cadence="monthly")
             for title in ("Undervise nye kolleger", "Formidle bedre")]
    return {"employee": member, "conversation": conv, "goals": goals}


def test_no_meetings_before_signing_then_one_per_day_for_all_goals(person) -> None:
    employee_id = person["employee"]["id"]
    assert planned(employee_id) == []
    bring_to(person["conversation"]["id"], "signed")
    meetings = planned(employee_id)
    # Six monthly dates (one may fall on the deadline's far side of a holiday).
    assert 5 <= len(meetings) <= 6
    days = [m.planned_on for m in meetings]
    assert len(set(days)) == len(days)
    goal_ids = {g["id"] for g in person["goals"]}
    assert all(links(m) == goal_ids for m in meetings)  # not a pair of meetings per day
    assert all(is_working_day(day, "DK") for day in days)


def test_an_adjustment_replans_the_future_and_keeps_history(person) -> None:
    employee_id, (first, second) = person["employee"]["id"], person["goals"]
    bring_to(person["conversation"]["id"], "signed")
    before = planned(employee_id)
    followup.mark_held(str(before[0].id), notes="Godt i gang")
    followup.cancel_meeting(str(before[1].id))
    moved = followup.move_meeting(str(before[2].id), before[2].planned_on + dt.timedelta(days=1))
    plans.update_goal(first["id"], cadence="biweekly")  # allowed after signing
    after = planned(employee_id)
    statuses = {m.id: m.status for m in FollowUpMeeting.select()}
    assert statuses[before[0].id] == "held" and statuses[before[1].id] == "cancelled"
    cancelled_day = before[1].planned_for
    assert all(m.planned_for != cancelled_day for m in after)  # not planned again
    assert moved["planned_on"] in [m.planned_on for m in after]  # moved stays moved
    days = [m.planned_on for m in after]
    assert len(set(days)) == len(days)
    biweekly = [m for m in after if links(m) == {first["id"]}]
    assert biweekly, "the biweekly goal got days of its own"
    # Shorter period: nothing after the new deadline.
    deadline = TODAY + dt.timedelta(days=60)
    plans.update_goal(second["id"], deadline=deadline)
    assert all(m.planned_on <= deadline or second["id"] not in links(m)
               for m in planned(employee_id))


def test_an_achieved_or_evaluated_goal_has_no_more_meetings(person) -> None:
    employee_id, (first, second) = person["employee"]["id"], person["goals"]
    plans.update_goal(second["id"], cadence="quarterly")
    bring_to(person["conversation"]["id"], "signed")
    followup.evaluate_goal(first["id"], "achieved")
    remaining = planned(employee_id)
    assert remaining and all(links(m) == {second["id"]} for m in remaining)
    assert CalendarTombstone.select().count() > 0  # the removed meetings leave calendars
    plans.update_goal(second["id"], status="dropped")
    assert planned(employee_id) == []


def test_one_meeting_per_day_by_hand_too(person) -> None:
    employee_id = person["employee"]["id"]
    bring_to(person["conversation"]["id"], "signed")
    existing = planned(employee_id)[0]
    with pytest.raises(InvalidValue):
        followup.add_meeting(employee_id, existing.planned_on)
    with pytest.raises(InvalidValue):
        followup.move_meeting(str(planned(employee_id)[1].id), existing.planned_on)
    extra = followup.add_meeting(employee_id, existing.planned_on + dt.timedelta(days=2),
                                 goal_ids=[person["goals"][0]["id"]],
                                 starts_at=dt.time(10, 0))
    assert extra["goal_ids"] == [person["goals"][0]["id"]]
    followup_planning.replan_employee(employee_id)
    assert FollowUpMeeting.get_by_id(extra["id"]).status == "planned"  # by hand: stays


def test_deleting_a_goal_leaves_tombstones_for_its_events(person) -> None:
    bring_to(person["conversation"]["id"], "signed")
    conversations.amend(person["conversation"]["id"], "Et mål udgår")
    goal = person["goals"][0]
    plans.delete_goal(goal["id"])
    uids = {t.uid for t in CalendarTombstone.select()}
    assert f"goal-deadline-{goal['id']}@musdesk" in uids
    assert all(links(m) == {person["goals"][1]["id"]} for m in planned(person["employee"]["id"]))


# --- the rule over many inputs ------------------------------------------------------------
goal_plans = st.builds(
    lambda n, start, length, cadence, days: GoalPlan(f"g{n}", start,
                                                     start + dt.timedelta(days=length),
                                                     cadence, days),
    st.integers(0, 5),
    st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31)),
    st.integers(0, 500),
    st.sampled_from(CADENCES),
    st.integers(1, 60),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(goal_plans, min_size=1, max_size=4),
       st.sampled_from((*COUNTRIES, None)),
       st.dates(dt.date(2025, 1, 1), dt.date(2031, 12, 31)))
def test_planned_days_are_working_days_inside_the_period_one_per_day(goals, country, today):
    by_id = {g.goal_id: g for g in goals}
    wanted = followup_planning.wanted_dates(by_id.values(), country, today)
    assert list(wanted) == sorted(set(wanted))  # one entry (meeting) per day
    for day, goal_ids in wanted.items():
        assert day >= today
        assert day.weekday() < 5 and is_working_day(day, country)
        assert goal_ids
        for goal_id in goal_ids:
            assert by_id[goal_id].start <= day <= by_id[goal_id].end
    # Neighbouring days are one meeting: no two meetings within the window, unless the
    # later one serves a goal the earlier one serves too (its own next date) or a goal that
    # had not started on the earlier day.
    for earlier, later in itertools.pairwise(wanted):
        if followup_planning.working_days_after(earlier, later, country) \
                <= followup_planning.MERGE_WORKING_DAYS:
            assert wanted[earlier] & wanted[later] or any(
                by_id[goal_id].start > earlier for goal_id in wanted[later])


def test_neighbouring_cadence_dates_become_one_meeting_on_the_earlier_day() -> None:
    # A monthly and a biweekly goal from the same Monday: 4 weeks vs one month apart.
    start = dt.date(2027, 2, 1)
    goals = [GoalPlan("monthly", start, dt.date(2027, 7, 30), "monthly"),
             GoalPlan("biweekly", start, dt.date(2027, 7, 30), "biweekly")]
    wanted = followup_planning.wanted_dates(goals, "DK", start)
    # 1 March: both. The biweekly 29 March is Easter Monday, so 30 March; the monthly
    # 1 April is two working days later: one meeting on 30 March. 1 July (monthly, a
    # Thursday) and 5 July (biweekly, the Monday after): one meeting on 1 July.
    assert wanted[dt.date(2027, 3, 1)] == {"monthly", "biweekly"}
    assert wanted[dt.date(2027, 3, 30)] == {"monthly", "biweekly"}
    assert wanted[dt.date(2027, 7, 1)] == {"monthly", "biweekly"}
    assert dt.date(2027, 4, 1) not in wanted and dt.date(2027, 7, 5) not in wanted
    assert wanted[dt.date(2027, 6, 7)] == {"biweekly"}  # four working days after 1 June
    days = list(wanted)
    assert all(followup_planning.working_days_after(a, b, "DK") > 3
               for a, b in itertools.pairwise(days))
