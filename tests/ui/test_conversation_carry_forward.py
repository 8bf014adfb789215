"""Last round's agreements and open goals beside this year's form, and carrying a goal over."""

from __future__ import annotations

from PySide6.QtCore import Qt

from musdesk.models import DevelopmentGoal
from musdesk.services import conversation_form as form
from musdesk.services import conversations, plans
from musdesk.ui.tabs.conversation_tab import ConversationTab
from tests.unit.conversation_form import scenario


def test_open_goal_is_carried_into_this_years_plan(qtbot, workspace) -> None:
    world = scenario.build()
    last = world.conversation(round_id=world.last_round_id)
    conversations.set_summary(last, "A year of settling in; wants more patient contact.")
    conversations.add_agreement(last, "actions", "Book the ergonomics course", owner="employee")
    old_goal = form.save_goal(last, None, {"title": "Run the morning huddle",
                                           "cadence": "monthly"})
    form.save_goal_row(old_goal, "activity", None,
                       {"description": "Watch a senior colleague lead it", "method": "mentoring"})
    done_goal = form.save_goal(last, None, {"title": "Finish the hygiene module"})
    plans.update_goal(done_goal, status="achieved")

    tab = ConversationTab(autosave_ms=60_000)
    qtbot.addWidget(tab)
    tab.show_item({"employee_id": world.employee_id, "round_id": world.round_id})
    box = tab.view.carry_box
    assert box is not None and tab.nav.item(0).text() == "From last round: MUS 2025"
    texts = " ".join(label.text() for label in box.findChildren(type(tab.status_label)))
    assert "Book the ergonomics course" in texts
    assert "wants more patient contact" in texts
    assert set(box.carry_buttons) == {old_goal}  # the achieved goal is not offered

    qtbot.mouseClick(box.carry_buttons[old_goal], Qt.MouseButton.LeftButton)
    [carried] = plans.goals_for_conversation(tab.conversation_id)
    assert carried["title"] == "Run the morning huddle"
    assert carried["carried_from_id"] == old_goal
    assert carried["activities"][0]["method"] == "mentoring"
    assert DevelopmentGoal.get_by_id(old_goal).status == "carried_over"
    assert [editor.goal_id for editor in tab.view.plan_box.editors] == [carried["id"]]
    assert tab.view.plan_box.editors[0].title.text() == "Run the morning huddle"
    assert tab.view.carry_box is not None and tab.view.carry_box.carry_buttons == {}


def test_first_round_shows_nothing_to_carry(qtbot, workspace) -> None:
    world = scenario.build()
    tab = ConversationTab(autosave_ms=60_000)
    qtbot.addWidget(tab)
    tab.show_item({"employee_id": world.employee_id, "round_id": world.last_round_id})
    assert tab.conversation_id == world.conversation(round_id=world.last_round_id)
    assert tab.view.carry_box is None


def test_an_agreement_is_carried_over_one_by_one(qtbot, workspace) -> None:
    world = scenario.build()
    last = world.conversation(round_id=world.last_round_id)
    agreement = conversations.add_agreement(last, "actions", "Book the ergonomics course")
    tab = ConversationTab(autosave_ms=60_000)
    qtbot.addWidget(tab)
    tab.show_item({"employee_id": world.employee_id, "round_id": world.round_id})
    box = tab.view.carry_box
    qtbot.mouseClick(box.agreement_buttons[agreement["id"]], Qt.MouseButton.LeftButton)
    [carried] = conversations.agreements(tab.conversation_id)
    assert carried["text"] == "Book the ergonomics course"
    assert carried["carried_from_id"] == agreement["id"]
    assert tab.view.carry_box.agreement_buttons == {}  # offered once
    assert [row.text.toPlainText() if hasattr(row.text, "toPlainText") else row.text.text()
            for row in tab.view.agreements_box.rows] == ["Book the ergonomics course"]
