"""Planning with the wizard's choices: people left out, slots, edited steps, all or nothing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from musdesk.errors import InvalidValue
from musdesk.models import Conversation, Round
from musdesk.services import roster, rounds
from musdesk.services.round_planning import (
    SlotChoice,
    StepChoice,
    default_slots,
    leader_capacity,
    people_in_scope,
    plan_round_with_choices,
)
from musdesk.storage import Workspace

START, END = dt.date(2026, 3, 2), dt.date(2026, 6, 30)


@pytest.fixture
def org(workspace: Workspace) -> dict:
    org = roster.create_organisation("Havnby Kommune", language="da")
    dept = roster.create_department(org["id"], "Vej og park")
    boss = roster.create_employee(org["id"], "Åse", "Bøg", department_id=dept["id"])
    for first in ("Bo", "Eva", "Ib"):
        roster.create_employee(org["id"], first, "Dal", department_id=dept["id"],
                               leader_id=boss["id"])
    return org | {"department_id": dept["id"], "boss_id": boss["id"]}


def test_people_left_out_get_no_conversation(org: dict) -> None:
    people = people_in_scope(org["id"], org["department_id"])
    assert len(people) == 4
    left_out = [p["id"] for p in people if p["first_name"] == "Eva"]
    planned = plan_round_with_choices(org["id"], "MUS 2026", START, END,
                                      exclude_employee_ids=left_out)
    assert planned["conversation_count"] == 3
    names = {c.employee.first_name for c in Conversation.select()}
    assert names == {"Åse", "Bo", "Ib"}


def test_slots_fall_in_the_chosen_days_and_hours_without_clashes(org: dict) -> None:
    slots = SlotChoice(dt.date(2026, 4, 6), dt.date(2026, 4, 10), dt.time(9), dt.time(12),
                       minutes=45, place="Mødelokale 2")
    plan_round_with_choices(org["id"], "MUS 2026", START, END, slots=slots)
    convs = list(Conversation.select().where(Conversation.leader == org["boss_id"]))
    assert len(convs) == 3
    times = sorted((c.scheduled_start, c.scheduled_end) for c in convs)
    for start, end in times:
        assert dt.date(2026, 4, 6) <= start.date() <= dt.date(2026, 4, 10)
        assert start.time() >= dt.time(9) and end.time() <= dt.time(12)
        assert end - start == dt.timedelta(minutes=45)
    for (_, first_end), (second_start, _) in itertools.pairwise(times):
        assert second_start >= first_end
    assert {c.place for c in convs} == {"Mødelokale 2"}


def test_edited_steps_are_saved(org: dict) -> None:
    planned = plan_round_with_choices(
        org["id"], "MUS 2026", START, END,
        steps=[StepChoice(3, dt.date(2026, 4, 1), ["employee"])])
    step = next(s for s in rounds.steps(planned["id"]) if s["number"] == 3)
    assert step["due_date"] == dt.date(2026, 4, 1)
    assert step["roles"] == ["employee"]


def test_a_bad_choice_saves_nothing(org: dict) -> None:
    slots = SlotChoice(dt.date(2026, 4, 6), dt.date(2026, 4, 10), dt.time(12), dt.time(9))
    with pytest.raises(InvalidValue):
        plan_round_with_choices(org["id"], "MUS 2026", START, END, slots=slots)
    assert Round.select().count() == 0
    assert Conversation.select().count() == 0


def test_default_slots_start_after_the_preparation_step(org: dict) -> None:
    slots = default_slots(org["id"], START, END)
    assert slots.first_day > rounds.step_due_dates(START, END)[2]
    assert (slots.day_start, slots.day_end) == (dt.time(8), dt.time(16))
    assert slots.last_day == END


def test_leader_capacity_counts_the_slots_one_leader_can_fill(workspace: Workspace) -> None:
    week = SlotChoice(dt.date(2026, 4, 6), dt.date(2026, 4, 12), dt.time(8), dt.time(16), 60)
    # Five working days; six hours fit per day, but a leader holds at most four a day.
    assert leader_capacity(week) == 5 * rounds.MAX_PER_DAY
    short_days = SlotChoice(dt.date(2026, 4, 6), dt.date(2026, 4, 12), dt.time(9),
                            dt.time(11), 60)
    assert leader_capacity(short_days) == 5  # 9:00 only: 10:15 would end after 11:00
    assert leader_capacity(SlotChoice(week.first_day, week.last_day, dt.time(12),
                                      dt.time(9))) == 0
