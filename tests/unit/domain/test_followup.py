"""Follow-up: the meeting schedule (also as a property), held/missed, due and overdue."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from musdesk.errors import InvalidValue
from musdesk.models.enums import CADENCES
from musdesk.services import conversations, followup, plans
from musdesk.services.followup_overview import MEETING, DueItem, Scope, due_items
from tests.followup_helpers import plan_meetings
from tests.unit.domain.conftest import bring_to, conversation_of


@given(
    start=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
    length=st.integers(0, 800),
    cadence=st.sampled_from(CADENCES),
    days=st.integers(1, 365),
)
def test_schedule_is_within_the_period_in_order_on_working_days(
    start: dt.date, length: int, cadence: str, days: int
) -> None:
    end = start + dt.timedelta(days=length)
    dates = followup.schedule_dates(start, end, cadence, days)
    assert all(start <= day <= end for day in dates)
    assert all(day.weekday() < 5 for day in dates)
    assert all(a < b for a, b in pairwise(dates))
    # Never a gap much larger than the cadence (weekends shift a date by at most two days).
    limit = {"weekly": 7, "biweekly": 14, "monthly": 31, "quarterly": 92}.get(cadence, days)
    assert all((b - a).days <= limit + 3 for a, b in pairwise(dates))


def test_monthly_schedule_example() -> None:
    dates = followup.schedule_dates(dt.date(2026, 1, 31), dt.date(2026, 6, 30), "monthly")
    # 28 Feb is a Saturday → Monday 2 March; 31 May is a Sunday → Monday 1 June.
    assert dates == [
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 30),
    ]


def test_custom_cadence_needs_days() -> None:
    with pytest.raises(InvalidValue):
        followup.schedule_dates(dt.date(2026, 1, 1), dt.date(2026, 6, 1), "custom", None)


@pytest.fixture
def goal(planned_round: dict[str, Any], team: dict[str, Any]) -> dict[str, Any]:
    conv = conversation_of(planned_round["id"], team["members"][0]["id"])
    goal = plans.add_goal(
        conv["employee_id"],
        "Mentor for nye kolleger",
        conversation_id=conv["id"],
        starts_on="2026-09-01",
        deadline="2026-12-31",
        cadence="biweekly",
    )
    bring_to(conv["id"], "signed")  # meetings are planned from a signed plan only
    return goal


def test_generated_meetings_follow_the_cadence_and_survive_regeneration(
    goal: dict[str, Any],
) -> None:
    meetings = plan_meetings(goal["id"])
    assert [m["planned_on"] for m in meetings] == followup.schedule_dates(
        dt.date(2026, 9, 1), dt.date(2026, 12, 31), "biweekly"
    )
    held = followup.mark_held(meetings[0]["id"], notes="God start")
    followup.mark_missed(meetings[1]["id"])
    plans.update_goal(goal["id"], cadence="monthly")
    again = plan_meetings(goal["id"])
    statuses = {m["planned_on"]: m["status"] for m in again}
    assert statuses[held["planned_on"]] == "held"
    assert statuses[meetings[1]["planned_on"]] == "missed"
    planned = [m["planned_on"] for m in again if m["status"] == "planned"]
    assert planned == followup.schedule_dates(dt.date(2026, 9, 1), dt.date(2026, 12, 31), "monthly")


def test_due_and_overdue(goal: dict[str, Any], team: dict[str, Any]) -> None:
    """The due list (`followup_overview.due_items`, behind the tab and `musdesk due`)."""
    meetings = plan_meetings(goal["id"])
    today = dt.date(2026, 10, 15)
    org = Scope("organisation", team["org"]["id"])

    def due_meetings(scope: Scope, days: int = 30) -> list[DueItem]:
        return [item for item in due_items(today, days, scope) if item.kind == MEETING]

    overdue = [item for item in due_meetings(org) if item.overdue]
    assert [m.record_id for m in overdue] == [
        m["id"] for m in meetings if m["planned_on"] < today]
    followup.mark_held(overdue[0].record_id)
    assert len([item for item in due_meetings(org) if item.overdue]) == len(overdue) - 1
    due = [item for item in due_meetings(Scope("employee", goal["employee_id"]))
           if not item.overdue]
    assert due and all(today <= m.on <= today + dt.timedelta(days=30) for m in due)
    assert due_meetings(Scope("employee", team["members"][2]["id"])) == []
    moved = followup.move_meeting(due[0].record_id, "2027-01-05")
    assert moved["planned_on"] == dt.date(2027, 1, 5)
    with pytest.raises(InvalidValue):
        followup.move_meeting(overdue[0].record_id, "2027-01-05")  # already held


def test_progress_adjustment_evaluation_and_recognition(goal: dict[str, Any]) -> None:
    meeting = plan_meetings(goal["id"])[0]
    followup.record_progress(meeting["id"], goal["id"], 30, "Første kollega i gang")
    followup.record_progress(meeting["id"], goal["id"], 35)
    assert plans.get_goal(goal["id"])["progress"] == 35
    followup.add_adjustment(goal["id"], "Også studerende", "Ny praktikant", "2026-10-01")
    followup.evaluate_goal(goal["id"], "achieved", "2026-12-20", "Tid i kalenderen", "Mere")
    final = plans.get_goal(goal["id"])
    assert (final["status"], final["progress"]) == ("achieved", 100)
    followup.add_recognition(goal["employee_id"], "informal", "2026-12-21", "praise", "Tak")
    with pytest.raises(InvalidValue):
        followup.add_recognition(goal["employee_id"], "medal")
    kinds = [item["kind"] for item in followup.timeline(employee_id=goal["employee_id"])]
    assert {"conversation", "meeting", "goal_deadline", "evaluation", "recognition"} <= set(kinds)
    dates = [item["date"] for item in followup.timeline(employee_id=goal["employee_id"])]
    assert dates == sorted(dates)


def test_timeline_per_department_and_organisation_and_range(
    goal: dict[str, Any], team: dict[str, Any]
) -> None:
    plan_meetings(goal["id"])
    conversations.amend(goal["conversation_id"], "Et delmål mangler")  # signed: amend first
    plans.add_sub_goal(goal["id"], "Første kollega", "2026-10-01")
    department_items = followup.timeline(department_id=team["department"]["id"])
    org_items = followup.timeline(organisation_id=team["org"]["id"])
    assert department_items == org_items  # everyone is in the one department
    kinds = {item["kind"] for item in department_items}
    assert {"conversation", "meeting", "goal_deadline", "sub_goal"} <= kinds
    names = {item["employee_name"] for item in department_items if item["kind"] == "conversation"}
    assert names == {"Lone Æbeløe", "Søren Østergaard", "Åse Bæk", "Mads Krøyer"}
    october = followup.timeline(
        employee_id=goal["employee_id"], start="2026-10-01", end="2026-10-31"
    )
    assert october and all(
        dt.date(2026, 10, 1) <= item["date"] <= dt.date(2026, 10, 31) for item in october
    )
    assert next(i for i in october if i["kind"] == "sub_goal")["title"] == "Første kollega"
