"""Carry-forward: last round's agreements and open goals start the next round."""

from __future__ import annotations

from typing import Any

import pytest

from musdesk.errors import InvalidValue
from musdesk.models import DevelopmentGoal
from musdesk.services import carry_forward, conversations, plans, rounds
from tests.unit.domain.conftest import bring_to, conversation_of


@pytest.fixture
def two_rounds(planned_round: dict[str, Any], team: dict[str, Any]) -> dict[str, Any]:
    member = team["members"][0]
    old = conversation_of(planned_round["id"], member["id"])
    conversations.add_agreement(old["id"], "employee_can_expect", "Sparring hver måned")
    open_goal = plans.add_goal(member["id"], "Lære GIS", conversation_id=old["id"])
    plans.add_sub_goal(open_goal["id"], "Grundkursus", "2026-11-01")
    done_sub = plans.add_sub_goal(open_goal["id"], "Installere værktøj", "2026-10-01")
    plans.add_activity(open_goal["id"], "Kursus", "course")
    plans.update_sub_goal(done_sub["id"], done_on="2026-10-01")
    finished = plans.add_goal(member["id"], "Færdigt mål", conversation_id=old["id"])
    bring_to(old["id"], "in_follow_up")
    plans.update_goal(finished["id"], status="achieved")
    plans.update_goal(open_goal["id"], progress=40, status="in_progress")
    new_round = rounds.plan_round(
        team["org"]["id"],
        "MUS 2027",
        "2027-02-01",
        "2027-12-17",
        department_id=team["department"]["id"],
    )
    new = conversation_of(new_round["id"], member["id"])
    return {
        "old": old,
        "new": new,
        "goal": open_goal,
        "finished": finished,
        "old_round": planned_round,
        "new_round": new_round,
    }


def test_preparation_context_shows_last_agreements_and_open_goals(
    two_rounds: dict[str, Any],
) -> None:
    context = carry_forward.preparation_context(two_rounds["new"]["id"])
    assert context["previous_conversation_id"] == two_rounds["old"]["id"]
    assert context["previous_round_name"] == "MUS 2026"
    assert [a["text"] for a in context["agreements"]] == ["Sparring hver måned"]
    assert [g["id"] for g in context["open_goals"]] == [two_rounds["goal"]["id"]]


def test_carry_goal_copies_what_is_unfinished(two_rounds: dict[str, Any]) -> None:
    copy = carry_forward.carry_goal(two_rounds["goal"]["id"], two_rounds["new"]["id"])
    assert copy["carried_from_id"] == two_rounds["goal"]["id"]
    assert copy["conversation_id"] == two_rounds["new"]["id"]
    assert (copy["progress"], copy["status"]) == (40, "in_progress")
    assert [s["text"] for s in copy["sub_goals"]] == ["Grundkursus"]
    assert [a["method"] for a in copy["activities"]] == ["course"]
    assert DevelopmentGoal.get_by_id(two_rounds["goal"]["id"]).status == "carried_over"
    with pytest.raises(InvalidValue):  # not open any more
        carry_forward.carry_goal(two_rounds["goal"]["id"], two_rounds["new"]["id"])
    context = carry_forward.preparation_context(two_rounds["new"]["id"])
    assert context["open_goals"] == []


def test_carry_over_round_moves_every_open_goal_and_links_rounds(
    two_rounds: dict[str, Any],
) -> None:
    result = carry_forward.carry_over_round(
        two_rounds["old_round"]["id"], two_rounds["new_round"]["id"]
    )
    assert result["goals_carried"] == 1
    assert result["previous_round_id"] == two_rounds["old_round"]["id"]
    titles = [g["title"] for g in plans.goals_for_conversation(two_rounds["new"]["id"])]
    assert titles == ["Lære GIS"]
    with pytest.raises(InvalidValue):
        carry_forward.carry_over_round(
            two_rounds["new_round"]["id"], two_rounds["new_round"]["id"]
        )


def test_goal_cannot_be_carried_to_another_employee(
    two_rounds: dict[str, Any], team: dict[str, Any]
) -> None:
    other = conversation_of(two_rounds["new_round"]["id"], team["members"][1]["id"])
    with pytest.raises(InvalidValue):
        carry_forward.carry_goal(two_rounds["goal"]["id"], other["id"])


def test_carry_over_round_copies_like_one_by_one_reports_progress_and_rolls_back(
    two_rounds: dict[str, Any], team: dict[str, Any],
) -> None:
    from musdesk.models import Agreement, AuditEvent

    old_round, new_round = two_rounds["old_round"]["id"], two_rounds["new_round"]["id"]
    plans.add_goal(team["members"][0]["id"], "Allerede her",
                   conversation_id=two_rounds["new"]["id"])

    class Stop(Exception):
        pass

    def stop() -> None:
        raise Stop

    with pytest.raises(Stop):
        carry_forward.carry_over_round(old_round, new_round, check=stop)
    assert DevelopmentGoal.get_by_id(two_rounds["goal"]["id"]).status == "in_progress"
    assert len(plans.goals_for_conversation(two_rounds["new"]["id"])) == 1
    steps: list[tuple[int, int]] = []
    result = carry_forward.carry_over_round(old_round, new_round,
                                            progress=lambda d, t: steps.append((d, t)))
    people = len(conversation_form_rows(new_round))
    assert steps == [(n, people) for n in range(1, people + 1)]
    assert (result["goals_carried"], result["agreements_carried"]) == (1, 1)
    goals = plans.goals_for_conversation(two_rounds["new"]["id"])
    assert [g["title"] for g in goals] == ["Allerede her", "Lære GIS"]
    copy = plans.get_goal(goals[1]["id"])
    assert copy["carried_from_id"] == two_rounds["goal"]["id"]
    assert (copy["progress"], copy["status"]) == (40, "in_progress")
    assert [s["text"] for s in copy["sub_goals"]] == ["Grundkursus"]
    assert [a["method"] for a in copy["activities"]] == ["course"]
    assert copy["owner_id"] == two_rounds["new"]["leader_id"]
    assert DevelopmentGoal.get_by_id(two_rounds["goal"]["id"]).status == "carried_over"
    [agreement] = Agreement.select().where(Agreement.conversation == two_rounds["new"]["id"])
    assert agreement.text == "Sparring hver måned"
    assert str(agreement.carried_from_id) and agreement.sort_order == 0
    audited = {e.record_id for e in AuditEvent.select().where(AuditEvent.detail == "carried over")}
    assert {goals[1]["id"], str(agreement.id)} <= audited


def conversation_form_rows(round_id: str) -> list[dict[str, Any]]:
    from musdesk.services import conversation_form

    return [c for c in conversation_form.conversations_in_round(round_id)
            if c["status"] not in ("cancelled", "signed", "in_follow_up", "closed")]
