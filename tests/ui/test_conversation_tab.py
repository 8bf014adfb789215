"""The conversation tab on real widgets over a real encrypted workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from musdesk.models import Conversation
from musdesk.services import conversation_form as form
from musdesk.services import conversations, plans, roster
from musdesk.ui.dates import date_text
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog, SignDialog
from musdesk.ui.tabs import conversation_tab
from musdesk.ui.tabs.conversation_tab import ConversationTab
from tests.unit.conversation_form import scenario

SLOW_TIMER = 60_000  # tests that flush themselves never see the timer fire


@pytest.fixture
def world(workspace):
    return scenario.build()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(conversation_tab, "show_error",
                        lambda parent, error, title=None: shown.append(str(error)))
    return shown


def make_tab(qtbot, world, autosave_ms: int = SLOW_TIMER) -> ConversationTab:
    tab = ConversationTab(autosave_ms=autosave_ms, today=lambda: dt.date(2026, 6, 1))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.show_item({"employee_id": world.employee_id, "round_id": world.round_id})
    return tab


def first_edit(tab: ConversationTab, part: str):
    return next(iter(tab.view.part_boxes[part].edits.items()))


def test_arrives_from_the_roster_and_shows_state(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    assert tab.conversation_id == world.conversation()
    assert tab.round_combo.currentData() == world.round_id
    assert "Mikkel Lund" in tab.employee_combo.currentText()
    assert "Planned" in tab.status_label.text() and "Mark invited" in tab.status_label.text()
    assert set(tab.workflow_buttons) == {"invited", "prepared", "held", "cancelled"}
    assert not tab.amend_button.isEnabled() and not tab.signed_banner.isVisible()
    assert set(tab.view.part_boxes) == {"employee_prep", "leader_prep", "conversation"}


def test_every_kind_of_field_is_saved(qtbot, world) -> None:
    strategic = roster.add_strategic_goal(world.organisation_id, "Safer X-ray routines")["id"]
    tab = make_tab(qtbot, world)
    conv = tab.conversation_id
    answers = {}
    for part in ("employee_prep", "leader_prep", "conversation"):
        question_id, edit = first_edit(tab, part)
        edit.setFocus()
        qtbot.keyClicks(edit, f"answer for {part}")
        answers[question_id] = f"answer for {part}"
    qtbot.keyClicks(tab.view.summary_edit, "A calm and good conversation.")
    qtbot.keyClicks(tab.view.private_edits[0], "Ask about the back pain")

    box = tab.view.agreements_box
    for kind in ("leader_expects", "employee_can_expect", "actions", "not_doing"):
        qtbot.mouseClick(box.add_buttons[kind], Qt.MouseButton.LeftButton)
        row = box.rows[-1]
        qtbot.keyClicks(row.text, f"{kind} text")
        if kind == "actions":
            row.owner.setCurrentIndex(row.owner.findData("employee"))
            qtbot.keyClicks(row.due, "2026-05-01")

    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    editor = tab.view.plan_box.editors[-1]
    qtbot.keyClicks(editor.title, "Take over the X-ray safety training")
    assert not editor.add_activity_button.isEnabled()  # waits for the goal to exist
    tab.save_pending()
    assert editor.goal_id is not None and editor.add_activity_button.isEnabled()
    for field, edit in editor.texts.items():
        qtbot.keyClicks(edit, f"{field} text")
    editor.strategic_goal.setCurrentIndex(editor.strategic_goal.findData(strategic))
    editor.owner.setCurrentIndex(editor.owner.findData(world.leader_id))
    qtbot.keyClicks(editor.starts_on, "2026-04-01")
    qtbot.keyClicks(editor.deadline, "2026-12-01")
    editor.cadence.setCurrentIndex(editor.cadence.findData("custom"))
    editor.cadence_days.setValue(21)
    qtbot.mouseClick(editor.add_activity_button, Qt.MouseButton.LeftButton)
    activity = editor.activity_rows[-1]
    qtbot.keyClicks(activity.text, "Shadow the radiation officer")
    activity.method.setCurrentIndex(activity.method.findData("mentoring"))
    qtbot.keyClicks(activity.date, "2026-06-30")
    qtbot.mouseClick(editor.add_sub_goal_button, Qt.MouseButton.LeftButton)
    sub_goal = editor.sub_goal_rows[-1]
    qtbot.keyClicks(sub_goal.text, "First session held")
    qtbot.keyClicks(sub_goal.date, "2026-09-15")
    assert tab.save_label.text() == "Saving…"
    tab.save_pending()
    assert tab.save_label.text() == "Saved"

    saved = {row["question_id"]: row["answer"] for row in conversations.answers(conv)}
    for question_id, text in answers.items():
        assert saved[question_id] == text
    assert conversations.get_conversation(conv)["summary"] == "A calm and good conversation."
    assert [n["text"] for n in conversations.private_notes(conv)] == ["Ask about the back pain"]
    agreements = {a["kind"]: a for a in conversations.agreements(conv)}
    assert agreements["not_doing"]["text"] == "not_doing text"
    assert agreements["actions"]["owner"] == "employee"
    assert str(agreements["actions"]["due_date"]) == "2026-05-01"
    [goal] = plans.goals_for_conversation(conv)
    assert goal["title"] == "Take over the X-ray safety training"
    assert goal["signs_of_success"] == "signs_of_success text"
    assert goal["practice_change"] == "practice_change text"
    assert goal["strategic_goal_id"] == strategic and goal["owner_id"] == world.leader_id
    assert str(goal["deadline"]) == "2026-12-01"
    assert (goal["cadence"], goal["cadence_days"]) == ("custom", 21)
    assert goal["activities"][0]["method"] == "mentoring"
    assert str(goal["activities"][0]["ends_on"]) == "2026-06-30"
    assert goal["sub_goals"][0]["text"] == "First session held"
    assert not editor.warnings.isVisibleTo(tab)  # a complete goal: no good-goal warning


def test_goal_warnings_show_without_blocking(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    editor = tab.view.plan_box.editors[-1]
    qtbot.keyClicks(editor.title, "Get better at planning")
    tab.save_pending()
    assert editor.goal_id is not None  # saved in spite of the warnings
    assert "deadline" in editor.warnings.text().lower()
    qtbot.waitUntil(editor.warnings.isVisible, timeout=2000)
    qtbot.keyClicks(editor.deadline, "2026-11-30")
    tab.save_pending()
    assert "deadline" not in editor.warnings.text().lower()


def test_timer_saves_without_any_other_trigger(qtbot, world) -> None:
    tab = make_tab(qtbot, world, autosave_ms=30)
    qtbot.keyClicks(tab.view.summary_edit, "Saved by the timer")
    qtbot.waitUntil(lambda: tab.save_label.text() == "Saved", timeout=3000)
    assert conversations.get_conversation(tab.conversation_id)["summary"] == "Saved by the timer"


def test_switching_employee_and_hiding_save_pending_edits(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    first = tab.conversation_id
    qtbot.keyClicks(tab.view.summary_edit, "Written before switching")
    tab.scroll.verticalScrollBar().setValue(500)
    index = tab.employee_combo.findData(world.conversation(world.colleague_id))
    tab.employee_combo.setCurrentIndex(index)
    assert tab.conversation_id != first
    assert tab.scroll.verticalScrollBar().value() == 0  # another person: from the top
    assert conversations.get_conversation(first)["summary"] == "Written before switching"
    qtbot.keyClicks(tab.view.summary_edit, "Then the tab was left")
    tab.hide()
    assert conversations.get_conversation(tab.conversation_id)["summary"] == (
        "Then the tab was left")


def test_workflow_buttons_follow_the_rules(qtbot, world, errors) -> None:
    tab = make_tab(qtbot, world)
    qtbot.mouseClick(tab.workflow_buttons["held"], Qt.MouseButton.LeftButton)
    assert set(tab.workflow_buttons) == {"summary_drafted", "cancelled"}
    qtbot.mouseClick(tab.workflow_buttons["summary_drafted"], Qt.MouseButton.LeftButton)
    assert errors and "summary" in errors[0]  # refused by the service: no summary yet
    assert tab.data["conversation"]["status"] == "held"
    qtbot.keyClicks(tab.view.summary_edit, "Main points")
    qtbot.mouseClick(tab.workflow_buttons["summary_drafted"], Qt.MouseButton.LeftButton)
    assert tab.data["conversation"]["status"] == "summary_drafted"
    assert set(tab.workflow_buttons) == {"sent_for_approval", "signed", "cancelled"}


def sign_through_dialog(qtbot, tab, monkeypatch) -> None:
    monkeypatch.setattr(SignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(tab.workflow_buttons["signed"], Qt.MouseButton.LeftButton)


def bring_to_signing(qtbot, tab) -> None:
    conversations.transition(tab.conversation_id, "held")
    tab.refresh()
    qtbot.keyClicks(tab.view.summary_edit, "Main points of the year")
    qtbot.mouseClick(tab.workflow_buttons["summary_drafted"], Qt.MouseButton.LeftButton)


def test_signed_conversation_is_read_only_and_says_who_signed(qtbot, world, monkeypatch) -> None:
    tab = make_tab(qtbot, world)
    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.view.plan_box.editors[-1].title, "A goal agreed")
    bring_to_signing(qtbot, tab)
    sign_through_dialog(qtbot, tab, monkeypatch)
    assert tab.data["conversation"]["status"] == "signed"
    banner = tab.signed_banner.text()
    assert tab.signed_banner.isVisible()
    assert f"Mikkel Lund signed on {date_text(dt.date(2026, 6, 1))}" in banner
    assert "Ingrid Holm" in banner
    assert tab.view.summary_edit.isReadOnly()
    assert all(edit.isReadOnly() for box in tab.view.part_boxes.values()
               for edit in box.edits.values())
    assert not any(button.isVisible() for button in tab.view.agreements_box.add_buttons.values())
    assert tab.view.plan_box.editors[0].title.isReadOnly()
    assert not tab.view.plan_box.add_button.isVisible()
    assert tab.amend_button.isVisible() and tab.amend_button.isEnabled()
    assert not tab.view.private_edits[0].isReadOnly()  # never printed, so never frozen
    assert set(tab.workflow_buttons) == {"in_follow_up"}


def test_amend_starts_a_new_editable_version(qtbot, world, monkeypatch) -> None:
    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    sign_through_dialog(qtbot, tab, monkeypatch)
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ReasonDialog, "text", lambda self: "The due date was wrong")
    assert tab.amend() is True
    assert tab.data["conversation"]["version"] == 2
    assert tab.data["conversation"]["status"] == "summary_drafted"
    assert not tab.view.summary_edit.isReadOnly() and not tab.signed_banner.isVisible()
    versions = conversations.signed_versions(tab.conversation_id)
    assert versions[0]["amendment_reason"] == "The due date was wrong"
    history = tab.scroll.widget().findChild(QLabel, "versionHistory")
    assert f"Version 1 was signed on {date_text(dt.date(2026, 6, 1))}" in history.text()
    assert "The due date was wrong" in history.text()


def test_removing_an_agreement_and_a_goal(qtbot, world, monkeypatch) -> None:
    tab = make_tab(qtbot, world)
    add = tab.view.agreements_box.add_buttons["leader_expects"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.view.agreements_box.rows[-1].text, "On time every morning")
    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.view.plan_box.editors[-1].title, "Short-lived goal")
    tab.save_pending()
    assert len(conversations.agreements(tab.conversation_id)) == 1
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(tab.view.agreements_box.rows[-1].remove, Qt.MouseButton.LeftButton)
    assert len(conversations.agreements(tab.conversation_id)) == 1  # asked, and kept
    qtbot.mouseClick(tab.view.agreements_box.rows[-1].remove, Qt.MouseButton.LeftButton)
    assert conversations.agreements(tab.conversation_id) == []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.view.plan_box.editors[-1].remove, Qt.MouseButton.LeftButton)
    assert plans.goals_for_conversation(tab.conversation_id) == []
    assert tab.view.plan_box.editors == []


def test_view_state_comes_back_after_unlock(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    colleague = world.conversation(world.colleague_id)
    tab.show_item({"conversation_id": colleague})
    tab.scroll.verticalScrollBar().setValue(900)
    state = tab.view_state()
    assert state["scroll"] == 900
    fresh = ConversationTab(autosave_ms=SLOW_TIMER)
    qtbot.addWidget(fresh)
    fresh.resize(1366, 700)
    fresh.restore_view_state(state)
    fresh.show()
    assert fresh.conversation_id == colleague
    assert "Sara Berg" in fresh.employee_combo.currentText()
    qtbot.waitUntil(lambda: fresh.scroll.verticalScrollBar().value() == 900, timeout=2000)


def test_cancelled_conversation_cannot_be_edited(qtbot, world, monkeypatch) -> None:
    tab = make_tab(qtbot, world)
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ReasonDialog, "text", lambda self: "Long-term sick leave")
    qtbot.mouseClick(tab.workflow_buttons["cancelled"], Qt.MouseButton.LeftButton)
    conv = Conversation.get_by_id(tab.conversation_id)
    assert conv.status == "cancelled" and conv.cancel_reason == "Long-term sick leave"
    assert tab.view.summary_edit.isReadOnly() and tab.workflow_buttons == {}
    assert "Long-term sick leave" in tab.signed_banner.text()
    assert form.is_read_only(conv.status)


def test_refused_value_is_explained_beside_the_form_and_saved_once_corrected(
        qtbot, world, errors) -> None:
    tab = make_tab(qtbot, world)
    qtbot.mouseClick(tab.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    editor = tab.view.plan_box.editors[-1]
    qtbot.keyClicks(editor.title, "Plan the week better")
    qtbot.keyClicks(editor.starts_on, "2026-09-01")
    qtbot.keyClicks(editor.deadline, "2026-08-01")  # before the start: refused by the rules
    tab.save_pending()
    assert tab.save_label.text() == "Not saved"
    assert tab.save_problem.isVisible() and "Deadline" in tab.save_problem.text()
    assert errors == []  # no dialog in the middle of typing
    editor.deadline.clear()
    qtbot.keyClicks(editor.deadline, "2026-12-01")
    tab.save_pending()
    assert tab.save_label.text() == "Saved" and not tab.save_problem.isVisible()
    [goal] = plans.goals_for_conversation(tab.conversation_id)
    assert str(goal["deadline"]) == "2026-12-01"


def test_tampered_signed_content_is_pointed_out(qtbot, world, monkeypatch) -> None:
    from musdesk.models import SignedVersion

    tab = make_tab(qtbot, world)
    bring_to_signing(qtbot, tab)
    sign_through_dialog(qtbot, tab, monkeypatch)
    assert tab.scroll.widget().findChild(QLabel, "versionHistory") is None
    SignedVersion.update(snapshot=SignedVersion.snapshot + " ").execute()
    tab.refresh()
    history = tab.scroll.widget().findChild(QLabel, "versionHistory")
    assert "no longer matches its fingerprint" in history.text()


def test_rounds_planned_after_the_tab_was_built_appear(qtbot, workspace) -> None:
    tab = ConversationTab(autosave_ms=SLOW_TIMER)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.round_combo.count() == 0 and "no MUS round" in tab.empty_label.text()
    tab.hide()
    world = scenario.build()  # meanwhile, in the wheel tab
    tab.show()
    assert tab.round_combo.count() == 2 and tab.conversation_id is not None
    tab.show_item({"conversation_id": world.conversation(world.colleague_id,
                                                         world.last_round_id)})
    assert tab.round_combo.currentData() == world.last_round_id
    assert "Sara Berg" in tab.employee_combo.currentText()


def test_a_step_taken_in_another_tab_shows_when_coming_back(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    tab.hide()
    conversations.transition(tab.conversation_id, "held")  # e.g. from the wheel tab
    tab.show()
    assert tab.data["conversation"]["status"] == "held"
    assert set(tab.workflow_buttons) == {"summary_drafted", "cancelled"}


def test_a_half_typed_date_is_not_called_saved(qtbot, world) -> None:
    tab = make_tab(qtbot, world)
    qtbot.mouseClick(tab.view.agreements_box.add_buttons["actions"], Qt.MouseButton.LeftButton)
    row = tab.view.agreements_box.rows[-1]
    qtbot.keyClicks(row.text, "Book the course")
    qtbot.keyClicks(row.due, "2026-0")
    tab.save_pending()
    assert tab.save_label.text().startswith("Not saved yet")
    assert conversations.agreements(tab.conversation_id) == []
    qtbot.keyClicks(row.due, "5-01")
    tab.save_pending()
    assert tab.save_label.text() == "Saved"
    assert str(conversations.agreements(tab.conversation_id)[0]["due_date"]) == "2026-05-01"


def test_time_and_place_are_saved_and_a_leader_clash_is_refused(qtbot, world, errors) -> None:
    tab = make_tab(qtbot, world)
    row = tab.view.schedule_row
    for edit in (row.date, row.time, row.place):
        edit.clear()
    qtbot.keyClicks(row.date, "2026-04-14")
    tab.save_pending()
    assert tab.save_label.text().startswith("Not saved yet")  # a date without a time
    qtbot.keyClicks(row.time, "10:30")
    qtbot.keyClicks(row.place, "Meeting room 2")
    tab.save_pending()
    conv = conversations.get_conversation(tab.conversation_id)
    assert str(conv["scheduled_start"]) == "2026-04-14 10:30:00" and conv["place"] == (
        "Meeting room 2")
    colleague = world.conversation(world.colleague_id)
    conversations.schedule(colleague, "2026-04-15T09:00")
    row.time.clear()
    row.date.clear()
    qtbot.keyClicks(row.date, "2026-04-15")
    qtbot.keyClicks(row.time, "09:15")
    tab.save_pending()
    assert tab.save_label.text() == "Not saved"
    assert "already has a conversation" in tab.save_problem.text()
