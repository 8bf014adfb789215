"""Planning a round: steps, one conversation per active employee, clash-free proposed times."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import pytest

from musdesk.errors import InvalidValue, NotFound
from musdesk.models import Conversation, StatusChange, WheelStep
from musdesk.models.enums import WHEEL_STEPS
from musdesk.services import conversations, roster, rounds
from tests.unit.domain.conftest import bring_to, conversation_of


def test_round_has_eight_steps_in_order_with_phases_roles_and_tasks(
    planned_round: dict[str, Any],
) -> None:
    steps = rounds.steps(planned_round["id"])
    assert [s["key"] for s in steps] == list(WHEEL_STEPS)
    assert [s["phase"] for s in steps] == ["before"] * 3 + ["during"] * 2 + ["after"] * 3
    assert all(s["roles"] and len(s["tasks"]) == 2 for s in steps)
    dues = [s["due_date"] for s in steps]
    assert dues == sorted(dues)
    assert dt.date(2026, 2, 2) <= dues[0] and dues[-1] <= dt.date(2026, 12, 18)
    assert all(d.weekday() < 5 for d in dues)
    assert steps[0]["tasks"][0]["text"].startswith("Fastlæg")  # the organisation's language


def test_one_conversation_per_active_employee_with_leader_and_template(
    team: dict[str, Any],
) -> None:
    roster.mark_left(team["members"][2]["id"], "2026-01-15")
    planned = rounds.plan_round(
        team["org"]["id"], "MUS", "2026-02-02", "2026-06-30", department_id=team["department"]["id"]
    )
    convs = list(Conversation.select().where(Conversation.round == planned["id"]))
    assert len(convs) == 3 == planned["conversation_count"]  # leader + two active members
    by_employee = {str(c.employee_id): c for c in convs}
    member = by_employee[team["members"][0]["id"]]
    assert str(member.leader_id) == team["leader"]["id"]
    assert str(member.template_id) == planned["template_id"]
    assert StatusChange.select().where(StatusChange.conversation == member).count() == 1


def test_proposed_times_are_in_working_hours_and_never_clash_for_a_leader(
    org: dict[str, Any],
) -> None:
    boss = roster.create_employee(org["id"], "Birthe", "Ølgaard")
    for n in range(11):
        roster.create_employee(org["id"], f"Medarbejder{n}", "Sø", leader_id=boss["id"])
    planned = rounds.plan_round(org["id"], "MUS", "2026-03-02", "2026-05-29", slot_minutes=45)
    assert planned["unscheduled"] == 0
    led = sorted(
        Conversation.select().where(Conversation.leader == boss["id"]),
        key=lambda c: c.scheduled_start,
    )
    assert len(led) == 11
    for conv in led:
        assert conv.scheduled_start.weekday() < 5
        assert conv.scheduled_start.time() >= dt.time(8, 0)
        assert conv.scheduled_end.time() <= dt.time(16, 0)
        assert conv.scheduled_end - conv.scheduled_start == dt.timedelta(minutes=45)
    for first, second in pairwise(led):
        assert first.scheduled_end <= second.scheduled_start
    # A second round in the same weeks works around the first one's times.
    again = rounds.plan_round(org["id"], "Ekstra", "2026-03-02", "2026-05-29", slot_minutes=45)
    both = sorted(
        Conversation.select().where(Conversation.leader == boss["id"]),
        key=lambda c: c.scheduled_start,
    )
    assert again["unscheduled"] == 0 and len(both) == 22
    for first, second in pairwise(both):
        assert first.scheduled_end <= second.scheduled_start


def test_round_too_short_leaves_conversations_unscheduled(org: dict[str, Any]) -> None:
    boss = roster.create_employee(org["id"], "Birthe", "Ølgaard")
    for n in range(6):
        roster.create_employee(org["id"], f"M{n}", "Å", leader_id=boss["id"])
    planned = rounds.plan_round(
        org["id"], "Kort", "2026-03-02", "2026-03-02", first_day="2026-03-02"
    )
    # One day, at most four conversations per leader: two of Birthe's six wait for a time.
    assert planned["unscheduled"] == 2


def test_bad_round_input_is_refused_and_nothing_is_saved(team: dict[str, Any]) -> None:
    org_id = team["org"]["id"]
    with pytest.raises(InvalidValue):
        rounds.plan_round(org_id, "MUS", "2026-06-01", "2026-01-01")
    with pytest.raises(InvalidValue):
        rounds.plan_round(org_id, " ", "2026-01-01", "2026-06-01")
    with pytest.raises(NotFound):
        rounds.plan_round(org_id, "MUS", "2026-01-01", "2026-06-01", template_id="nope")
    assert rounds.list_rounds(org_id) == []
    assert WheelStep.select().count() == 0


def test_manual_schedule_refuses_a_clash_for_the_leader(planned_round: dict[str, Any]) -> None:
    convs = list(
        Conversation.select().where(
            (Conversation.round == planned_round["id"]) & Conversation.leader.is_null(False)
        )
    )
    first, second = convs[0], convs[1]
    with pytest.raises(InvalidValue) as caught:
        conversations.schedule(str(second.id), first.scheduled_start + dt.timedelta(minutes=30))
    assert caught.value.field == "scheduled_start"
    moved = conversations.schedule(str(second.id), "2026-09-01T09:00", place="Mødelokale 2")
    assert moved["scheduled_end"] == dt.datetime(2026, 9, 1, 10, 0)


def test_add_conversation_refuses_duplicates_and_leavers(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    member = team["members"][0]
    with pytest.raises(InvalidValue):
        rounds.add_conversation(planned_round["id"], member["id"])
    late = roster.create_employee(team["org"]["id"], "Ny", "Ansat", leader_id=team["leader"]["id"])
    added = rounds.add_conversation(planned_round["id"], late["id"])
    assert added["status"] == "planned" and added["leader_id"] == team["leader"]["id"]
    gone = roster.create_employee(team["org"]["id"], "Gået", "Før")
    roster.mark_left(gone["id"], "2026-01-01")
    with pytest.raises(InvalidValue):
        rounds.add_conversation(planned_round["id"], gone["id"])


def test_wheel_progress_counts_conversations_past_each_step(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    a = conversation_of(planned_round["id"], team["members"][0]["id"])
    b = conversation_of(planned_round["id"], team["members"][1]["id"])
    c = conversation_of(planned_round["id"], team["members"][2]["id"])
    bring_to(a["id"], "held")
    bring_to(b["id"], "in_follow_up")
    conversations.cancel(c["id"], "Langtidssyg")
    progress = {
        p["key"]: p for p in rounds.wheel_progress(planned_round["id"], dt.date(2026, 7, 1))
    }
    assert progress["dialogue"]["conversations_total"] == 3  # the cancelled one is not counted
    assert progress["dialogue"]["conversations_passed"] == 2
    assert progress["follow_up"]["conversations_passed"] == 1
    assert progress["concept"]["conversations_passed"] is None
    assert progress["concept"]["overdue"] is True
    step = rounds.steps(planned_round["id"])[0]
    rounds.set_step_task_done(step["tasks"][0]["id"], "2026-02-10")
    rounds.update_step(step["id"], done_date="2026-02-20")
    progress = rounds.wheel_progress(planned_round["id"], dt.date(2026, 7, 1))
    assert progress[0]["tasks_done"] == 1 and progress[0]["overdue"] is False


def test_group_conversation_is_saved_once_per_department(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    dep = team["department"]["id"]
    rounds.save_group_conversation(planned_round["id"], dep, department_goals="Kortere svartid")
    saved = rounds.save_group_conversation(planned_round["id"], dep, held_on="2026-02-20")
    listed = rounds.list_group_conversations(planned_round["id"])
    assert len(listed) == 1 and listed[0]["id"] == saved["id"]
    assert listed[0]["department_goals"] == "Kortere svartid"
    with pytest.raises(InvalidValue):
        rounds.save_group_conversation(planned_round["id"], dep, mood="good")


def test_failure_late_in_planning_rolls_back_the_whole_round(team: dict[str, Any]) -> None:
    # The first conversation day is checked after the round and its steps were written.
    with pytest.raises(InvalidValue):
        rounds.plan_round(
            team["org"]["id"], "MUS", "2026-03-01", "2026-09-30", first_day="2026-02-01"
        )
    assert rounds.list_rounds(team["org"]["id"]) == []
    assert WheelStep.select().count() == 0
    assert Conversation.select().count() == 0


def test_nobody_is_proposed_for_two_conversations_at_once(org: dict[str, Any]) -> None:
    # A middle manager is both an employee (of the director) and a leader (of her team).
    director = roster.create_employee(org["id"], "Dorte", "Direktør")
    managers = [
        roster.create_employee(org["id"], f"Leder{n}", "Mellem", leader_id=director["id"])
        for n in range(3)
    ]
    for manager in managers:
        for n in range(5):
            roster.create_employee(org["id"], f"Ansat{n}", "Å", leader_id=manager["id"])
    rounds.plan_round(org["id"], "MUS", "2026-03-02", "2026-03-31", first_day="2026-03-02")
    booked = list(Conversation.select().where(Conversation.scheduled_start.is_null(False)))
    assert len(booked) == 19
    for person in [director, *managers]:
        mine = sorted(
            (c for c in booked if person["id"] in (str(c.leader_id), str(c.employee_id))),
            key=lambda c: c.scheduled_start,
        )
        for first, second in pairwise(mine):
            assert first.scheduled_end <= second.scheduled_start, person["first_name"]


def test_manual_time_refuses_a_clash_for_the_employee_too(org: dict[str, Any]) -> None:
    director = roster.create_employee(org["id"], "Dorte", "Direktør")
    manager = roster.create_employee(org["id"], "Mie", "Mellem", leader_id=director["id"])
    worker = roster.create_employee(org["id"], "Bo", "Ås", leader_id=manager["id"])
    planned = rounds.plan_round(org["id"], "MUS", "2026-03-02", "2026-03-31", propose_times=False)
    own = Conversation.get(
        (Conversation.round == planned["id"]) & (Conversation.employee == manager["id"])
    )
    led = Conversation.get(
        (Conversation.round == planned["id"]) & (Conversation.employee == worker["id"])
    )
    conversations.schedule(str(led.id), "2026-03-10T10:00")
    with pytest.raises(InvalidValue):  # Mie cannot be in her own conversation at 10:30
        conversations.schedule(str(own.id), "2026-03-10T10:30")
    conversations.schedule(str(own.id), "2026-03-10T11:15")
