"""Development goals, sub-goals, activities and the good-goal check."""

from __future__ import annotations

from typing import Any

import pytest

from musdesk.errors import Frozen, InvalidValue, NotFound
from musdesk.models import DevelopmentGoal
from musdesk.services import plans, roster
from tests.unit.domain.conftest import bring_to, conversation_of


@pytest.fixture
def conv(planned_round: dict[str, Any], team: dict[str, Any]) -> dict[str, Any]:
    return conversation_of(planned_round["id"], team["members"][0]["id"])


def test_goal_in_a_conversation_is_followed_up_by_the_leader(
    conv: dict[str, Any], team: dict[str, Any]
) -> None:
    strategic = roster.add_strategic_goal(team["org"]["id"], "Digital selvbetjening")
    goal = plans.add_goal(
        conv["employee_id"],
        "Lede et digitaliseringsprojekt",
        conversation_id=conv["id"],
        strategic_goal_id=strategic["id"],
        why="Afdelingen skal have flere selvbetjeningsløsninger",
        starts_on="2026-10-01",
        deadline="2027-06-30",
        cadence="monthly",
    )
    assert goal["owner_id"] == team["leader"]["id"]
    assert goal["strategic_goal_id"] == strategic["id"]
    assert set(goal["warnings"]) == {"no_signs_of_success", "no_activity"}


def test_good_goal_check_names_what_is_missing(conv: dict[str, Any]) -> None:
    goal = plans.add_goal(conv["employee_id"], "Blive bedre til at præsentere")
    codes = [w["code"] for w in plans.goal_warnings(goal["id"])]
    assert codes == ["no_deadline", "no_signs_of_success", "no_activity", "no_cadence"]
    assert all(w["message"] for w in plans.goal_warnings(goal["id"]))
    plans.update_goal(
        goal["id"],
        deadline="2027-03-01",
        signs_of_success="Holder oplæg på personalemødet uden manuskript",
        cadence="custom",
        cadence_days=21,
    )
    plans.add_activity(goal["id"], "Oplæg for teamet hver måned", "teaching_others")
    assert plans.goal_warnings(goal["id"]) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"progress": 101}, "progress"),
        ({"progress": -1}, "progress"),
        ({"cadence": "daily"}, "cadence"),
        ({"cadence": "custom"}, "cadence_days"),
        ({"cadence": "custom", "cadence_days": 0}, "cadence_days"),
        ({"starts_on": "2027-01-01", "deadline": "2026-01-01"}, "deadline"),
        ({"title": ""}, "title"),
        ({"status": "finished"}, "status"),
        ({"deadline": "31/12/2026"}, "deadline"),
    ],
)
def test_bad_goal_values_are_refused(
    conv: dict[str, Any], changes: dict[str, Any], field: str
) -> None:
    goal = plans.add_goal(conv["employee_id"], "Mål")
    with pytest.raises(InvalidValue) as caught:
        plans.update_goal(goal["id"], **changes)
    assert caught.value.field == field
    assert DevelopmentGoal.get_by_id(goal["id"]).progress == 0


def test_activity_method_must_be_a_known_learning_method(conv: dict[str, Any]) -> None:
    goal = plans.add_goal(conv["employee_id"], "Mål")
    with pytest.raises(InvalidValue):
        plans.add_activity(goal["id"], "Læse", "osmosis")
    with pytest.raises(InvalidValue):
        plans.add_activity(goal["id"], "Kursus", "course", "2026-05-01", "2026-04-01")
    with pytest.raises(NotFound):
        plans.add_activity("00000000-0000-0000-0000-000000000000", "Kursus", "course")


def test_signed_goal_content_is_frozen_but_progress_moves_on(conv: dict[str, Any]) -> None:
    goal = plans.add_goal(conv["employee_id"], "Mål", conversation_id=conv["id"])
    sub = plans.add_sub_goal(goal["id"], "Første del", "2026-12-01")
    activity = plans.add_activity(goal["id"], "Mentor", "mentoring")
    bring_to(conv["id"], "signed")
    for attempt in (
        lambda: plans.update_goal(goal["id"], title="Andet"),
        lambda: plans.add_sub_goal(goal["id"], "Ny"),
        lambda: plans.update_sub_goal(sub["id"], text="Ny"),
        lambda: plans.add_activity(goal["id"], "Ny", "course"),
        lambda: plans.update_activity(activity["id"], method="course"),
        lambda: plans.delete_goal(goal["id"]),
    ):
        with pytest.raises(Frozen):
            attempt()
    assert plans.update_goal(goal["id"], progress=40, status="in_progress")["progress"] == 40
    assert plans.update_sub_goal(sub["id"], done_on="2026-11-20")["done_on"] is not None
    assert plans.update_activity(activity["id"], done_on="2026-11-21")["done_on"] is not None
    assert plans.get_goal(goal["id"])["frozen"] is True


def test_goal_must_belong_to_the_conversations_employee(
    conv: dict[str, Any], team: dict[str, Any]
) -> None:
    with pytest.raises(InvalidValue):
        plans.add_goal(team["members"][1]["id"], "Mål", conversation_id=conv["id"])


def test_goals_for_employee_open_only(conv: dict[str, Any]) -> None:
    done = plans.add_goal(conv["employee_id"], "Færdigt", status="achieved")
    open_goal = plans.add_goal(conv["employee_id"], "Åbent")
    listed = plans.goals_for_employee(conv["employee_id"], open_only=True)
    assert [g["id"] for g in listed] == [open_goal["id"]]
    assert len(plans.goals_for_employee(conv["employee_id"])) == 2
    assert done["status"] == "achieved"
