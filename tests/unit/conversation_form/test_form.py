"""The Qt-free form controller: what the form shows, offers and writes."""

from __future__ import annotations

import pytest

from musdesk.errors import ForbiddenTransition, Frozen
from musdesk.models import PrivateNote
from musdesk.services import conversation_form as form
from musdesk.services import conversations
from musdesk.services.common import person_key
from tests.unit.conversation_form import scenario


@pytest.fixture
def world(workspace):
    return scenario.build()


def test_rounds_newest_first_and_conversations_by_name(world) -> None:
    assert [r["name"] for r in form.rounds()] == ["MUS 2026", "MUS 2025"]
    names = [row["employee_name"] for row in form.conversations_in_round(world.round_id)]
    # The one order of people: last name, first name, Nordic alphabet (as in the roster).
    by_last = sorted(names, key=lambda n: person_key(*n.split(" ", 1)))
    assert names == by_last and "Mikkel Lund" in names


def test_find_conversation_defaults_to_newest_round(world) -> None:
    newest = form.find_conversation(world.employee_id)
    assert newest == world.conversation()
    assert form.find_conversation(world.employee_id, world.last_round_id) != newest


def test_load_follows_template_parts_in_order(world) -> None:
    data = form.load(world.conversation())
    assert [part["kind"] for part in data["parts"]] == ["employee_prep", "leader_prep",
                                                        "conversation"]
    assert all(part["sections"] for part in data["parts"])
    question = data["parts"][2]["sections"][0]["questions"][0]
    conversations.save_answer(world.conversation(), question["id"], "We talked about X-rays")
    again = form.load(world.conversation())
    assert again["parts"][2]["sections"][0]["questions"][0]["answer"] == "We talked about X-rays"
    assert set(again["agreements"]) == {"leader_expects", "employee_can_expect", "actions",
                                        "not_doing"}
    assert not again["read_only"] and again["signature"] is None


def test_workflow_actions_follow_the_service_rules(world) -> None:
    assert form.workflow_actions("planned") == ["invited", "prepared", "held", "cancelled"]
    assert form.workflow_actions("held") == ["summary_drafted", "cancelled"]
    assert form.workflow_actions("signed") == ["in_follow_up"]
    assert form.workflow_actions("closed") == []
    assert form.next_step("held") == "summary_drafted"
    assert form.is_read_only("signed") and form.is_read_only("cancelled")
    assert not form.is_read_only("sent_for_approval")


def test_private_note_is_edited_in_place_and_deleted_when_emptied(world) -> None:
    conv = world.conversation()
    note = form.save_private_note(conv, None, "Seems tired lately")
    assert form.save_private_note(conv, note, "Seems tired; ask about workload") == note
    assert [n["text"] for n in conversations.private_notes(conv)] == [
        "Seems tired; ask about workload"]
    assert form.save_private_note(conv, note, "  ") is None
    assert PrivateNote.select().count() == 0


def test_goal_rows_are_created_then_updated_and_warnings_shrink(world) -> None:
    conv = world.conversation()
    goal = form.save_goal(conv, None, {"title": "Lead the X-ray safety training"})
    assert len(form.goal_warnings(goal)) == 4
    form.save_goal(conv, goal, {"title": "Lead the X-ray safety training",
                                "deadline": "2026-10-01", "cadence": "monthly",
                                "signs_of_success": "Colleagues pass the check"})
    activity = form.save_goal_row(goal, "activity", None,
                                  {"description": "Radiation course", "method": "course"})
    assert form.goal_warnings(goal) == []
    sub = form.save_goal_row(goal, "sub_goal", None, {"text": "Plan the session",
                                                      "due_date": "2026-08-01"})
    assert form.save_goal_row(goal, "sub_goal", sub, {"text": "Plan the first session",
                                                      "due_date": None}) == sub
    [loaded] = form.goals(conv)
    assert loaded["sub_goals"][0]["text"] == "Plan the first session"
    assert loaded["activities"][0]["id"] == activity
    form.delete_goal_row("activity", activity)
    assert len(form.goal_warnings(goal)) == 1


def test_signed_conversation_is_read_only_with_signature(world) -> None:
    conv = world.conversation()
    goal = form.save_goal(conv, None, {"title": "Learn the new journal system"})
    conversations.transition(conv, "held")
    with pytest.raises(ForbiddenTransition):
        conversations.transition(conv, "summary_drafted")  # no summary yet
    conversations.set_summary(conv, "Good year; more responsibility for hygiene.")
    conversations.transition(conv, "summary_drafted")
    conversations.sign(conv, "2026-06-02", "2026-06-03")
    data = form.load(conv)
    assert data["read_only"] and data["can_amend"]
    assert data["signature"]["employee_name"] == "Mikkel Lund"
    assert str(data["signature"]["leader_signed_on"]) == "2026-06-03"
    sub = form.save_goal_row  # frozen goal rows are refused by the plan rules
    with pytest.raises(Frozen):
        sub(goal, "activity", None, {"description": "Course", "method": "course"})


def test_previous_is_none_in_a_first_round_and_filled_in_the_next(world) -> None:
    last = world.conversation(round_id=world.last_round_id)
    assert form.previous(last) is None
    conversations.set_summary(last, "Settled in well.")
    conversations.add_agreement(last, "not_doing", "No night shifts, because of the children")
    goal = form.save_goal(last, None, {"title": "Learn the booking system"})
    context = form.previous(world.conversation())
    assert context["round_name"] == "MUS 2025" and context["summary"] == "Settled in well."
    assert [a["text"] for a in context["agreements"]] == [
        "No night shifts, because of the children"]
    assert [g["id"] for g in context["goals"]] == [goal]
    carried = form.carry_goal(goal, world.conversation())
    assert form.previous(world.conversation())["goals"] == []
    assert [g["id"] for g in form.goals(world.conversation())] == [carried]


def test_find_conversation_without_one_in_that_round(world) -> None:
    from musdesk.services import roster

    newcomer = roster.create_employee(world.organisation_id, "Nora", "Vik")["id"]
    assert form.find_conversation(newcomer, world.round_id) is None
