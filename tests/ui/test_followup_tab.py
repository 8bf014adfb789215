"""The follow-up tab on a real workspace: timeline, due list, every action, the notice."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt

from musdesk.models import (
    Adjustment,
    DevelopmentGoal,
    Evaluation,
    FollowUpMeeting,
    GoalProgress,
    Recognition,
)
from musdesk.services.common import person_key
from musdesk.services.followup_overview import GOAL_DEADLINE, MEETING
from musdesk.ui.dates import date_text
from musdesk.ui.dialogs.followup_evaluation import EvaluationDialog
from musdesk.ui.dialogs.followup_meeting import MeetingDialog
from musdesk.ui.dialogs.followup_recognition import RecognitionDialog
from musdesk.ui.qtmodels.due_list import EMPLOYEE
from musdesk.ui.tabs.base import CONVERSATION
from musdesk.ui.tabs.followup_tab import FollowUpTab
from tests.unit.followup_tab.sample import TODAY, build_sample, days


@pytest.fixture
def sample(workspace):
    return build_sample()


@pytest.fixture
def tab(qtbot, sample) -> FollowUpTab:
    page = FollowUpTab(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer_with(tab: FollowUpTab, fill) -> list:
    """Make the tab's dialogs run `fill(dialog)` instead of waiting for a person."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    tab.run_dialog = run
    return seen


def choose_employee(tab: FollowUpTab, employee) -> None:
    tab.employee.setCurrentIndex(tab.employee.findData(str(employee.id)))


def test_organisation_scope_shows_a_row_per_employee_and_the_due_list(tab, sample) -> None:
    assert [row.label for row in tab.timeline.rows()] == ["Bo Holm", "Anna Jensen"]
    assert tab.due_proxy.rowCount() == 5
    assert "overdue: 3" in tab.due_title.text()
    first = tab.due_proxy.index(0, 1).data()
    assert first == "5 days late"


def test_employee_scope_has_a_row_per_goal_and_department_scope_filters(tab, sample) -> None:
    choose_employee(tab, sample.anna)
    labels = [row.label for row in tab.timeline.rows()]
    assert labels == ["Anna Jensen", "Lead the customer workshops", "Finish the sales course"]
    tab.employee.setCurrentIndex(0)
    tab.department.setCurrentIndex(tab.department.findData(str(sample.sales_north.id)))
    assert [row.label for row in tab.timeline.rows()] == ["Bo Holm"]
    assert tab.due_proxy.rowCount() == 2


def test_clicking_a_marker_selects_it_and_enables_its_actions(qtbot, tab, sample) -> None:
    view = tab.timeline
    view.scroll_to_date(TODAY)
    row = [r.label for r in view.rows()].index("Anna Jensen")
    y = 40 + row * 28 + 14 - view.verticalScrollBar().value()
    x = int(view.x_for(days(-5)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    item = view.selected_item()
    assert item is not None and item.kind == MEETING and item.overdue
    assert tab.meeting_button.isEnabled()
    # A planned meeting can be moved or cancelled, and opens the conversation it follows.
    assert tab.move_button.isEnabled() and tab.cancel_button.isEnabled()
    assert tab.conversation_button.isEnabled()
    assert "Overdue" in tab.details.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y + 200))
    assert view.selected_item() is None and not tab.meeting_button.isEnabled()


def test_keyboard_moves_through_a_row(qtbot, tab, sample) -> None:
    tab.timeline.setFocus()
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Right)
    first = tab.timeline.selected_item()
    assert first is not None
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Right)
    second = tab.timeline.selected_item()
    assert second is not None and second.on >= first.on and second != first


def test_meeting_held_with_progress_adjustment_and_support(tab, sample) -> None:
    goal_id = str(sample.goal.id)

    def fill(dialog: MeetingDialog) -> None:
        dialog.notes.setPlainText("Good talk")
        dialog.support.setPlainText("A mentor")
        dialog.progress_editors[goal_id].setValue(70)
        dialog.adjust_kind.setCurrentIndex(dialog.adjust_kind.findData("move_deadline"))
        dialog.adjust_date.setDate(dialog.adjust_date.date().fromString("2026-05-29", "yyyy-MM-dd"))
        dialog.adjust_reason.setText("The busy season")
        dialog.add_adjustment()
        dialog.accept()

    seen = answer_with(tab, fill)
    assert tab.timeline.select_record(str(sample.overdue_meeting.id), MEETING)
    tab.meeting_button.click()
    assert seen and seen[0].result() == MeetingDialog.DialogCode.Accepted
    meeting = FollowUpMeeting.get_by_id(sample.overdue_meeting.id)
    assert (meeting.status, meeting.held_on) == ("held", TODAY)
    assert "A mentor" in meeting.notes
    assert GoalProgress.get(GoalProgress.meeting == meeting).progress == 70
    goal = DevelopmentGoal.get_by_id(sample.goal.id)
    assert goal.deadline == dt.date(2026, 5, 29)
    assert Adjustment.get().reason == "The busy season"
    # The views were reloaded: the meeting is held and no longer due.
    assert tab.timeline.selected_item().status == "held"
    assert tab.due_proxy.rowCount() == 3


def test_meeting_missed_and_moved(tab, sample) -> None:
    def fill(dialog: MeetingDialog) -> None:
        dialog.missed_button.setChecked(True)
        dialog.new_date.setDate(dialog.new_date.date().fromString("2026-03-18", "yyyy-MM-dd"))
        dialog.accept()

    answer_with(tab, fill)
    tab.timeline.select_record(str(sample.overdue_meeting.id), MEETING)
    tab.activate(tab.timeline.selected_item())
    assert FollowUpMeeting.get_by_id(sample.overdue_meeting.id).status == "missed"
    moved = FollowUpMeeting.get(FollowUpMeeting.planned_on == dt.date(2026, 3, 18))
    assert moved.status == "planned" and moved.employee_id == sample.anna.id
    assert any(item.record_id == str(moved.id) for item in tab._data.items)


def test_a_formal_recognition(tab, sample) -> None:
    def fill(dialog: RecognitionDialog) -> None:
        dialog.formal.setChecked(True)
        assert dialog.category.findData("praise") == -1  # praise is never formal
        dialog.category.setCurrentIndex(dialog.category.findData("bonus"))
        dialog.note.setPlainText("Closed the big deal")
        dialog.accept()

    answer_with(tab, fill)
    tab.timeline.select_record(str(sample.soon_meeting.id), MEETING)
    tab.recognition_button.click()
    recognition = Recognition.get(Recognition.employee == sample.bo)
    assert (recognition.kind, recognition.category, recognition.given_on) == (
        "formal", "bonus", TODAY)
    assert recognition.goal_id == sample.later_goal.id  # the selected item's goal


def test_evaluation_needs_an_outcome_then_saves(tab, sample) -> None:
    def fill(dialog: EvaluationDialog) -> None:
        dialog.accept()
        assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
        assert "achieved" in dialog.error_label.text()
        dialog.outcomes["partly_achieved"].setChecked(True)
        dialog.what_helped.setPlainText("Practice")
        dialog.what_next.setPlainText("Carry on next year")
        dialog.accept()

    answer_with(tab, fill)
    tab.timeline.select_record(str(sample.goal.id), GOAL_DEADLINE)
    tab.activate(tab.timeline.selected_item())
    evaluation = Evaluation.get(Evaluation.goal == sample.goal)
    assert (evaluation.outcome, evaluation.what_next) == ("partly_achieved", "Carry on next year")
    assert DevelopmentGoal.get_by_id(sample.goal.id).status == "partly_achieved"
    assert not any(item.overdue and item.kind == GOAL_DEADLINE for item in tab._data.items)


def test_a_failing_save_keeps_the_dialog_open_with_the_message(tab, sample) -> None:
    def fill(dialog: MeetingDialog) -> None:
        FollowUpMeeting.delete_by_id(sample.overdue_meeting.id)  # gone behind the tab's back
        dialog.notes.setPlainText("typed text stays")
        dialog.accept()

    seen = answer_with(tab, fill)
    tab.timeline.select_record(str(sample.overdue_meeting.id), MEETING)
    tab.meeting_button.click()
    assert seen[0].result() != MeetingDialog.DialogCode.Accepted
    assert "not found" in seen[0].error_label.text().lower()
    assert seen[0].notes.toPlainText() == "typed text stays"


def test_due_list_sorts_and_opens_its_item(qtbot, tab, sample) -> None:
    tab.due_table.sortByColumn(EMPLOYEE, Qt.SortOrder.AscendingOrder)
    names = [tab.due_proxy.index(row, EMPLOYEE).data() for row in range(tab.due_proxy.rowCount())]
    # The one order of people: last name, first name (as the roster lists them).
    assert names == sorted(names, key=lambda n: person_key(*n.rsplit(" ", 1)))
    assert names[0] == "Bo Holm"
    tab.due_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tab.due_proxy.index(0, 0).data() == date_text(days(10))
    seen = answer_with(tab, lambda dialog: dialog.reject())
    index = tab.due_proxy.index(tab.due_proxy.rowCount() - 1, 0)  # the overdue meeting
    tab.due_table.setCurrentIndex(index)
    assert tab.timeline.selected_item().record_id == str(sample.overdue_meeting.id)
    tab._due_row_activated(index)
    assert isinstance(seen[0], MeetingDialog)


def test_notice_after_unlock_leads_to_the_due_list(tab, sample) -> None:
    text = tab.after_unlock()
    assert text == "3 follow-ups overdue, 1 due this week (all organisations)"
    assert tab.notice.isVisible()
    tab.notice_show.click()
    assert not tab.notice.isVisible()
    assert tab.due_table.currentIndex().isValid()


def test_no_notice_when_nothing_is_due(qtbot, workspace) -> None:
    page = FollowUpTab(today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.after_unlock() is None and not page.notice.isVisible()
    assert page.timeline.rows() == []


def test_conversation_opens_in_its_tab(qtbot, tab, sample) -> None:
    choose_employee(tab, sample.anna)
    assert tab.timeline.select_record(str(sample.conversation.id), "conversation")
    with qtbot.waitSignal(tab.navigate) as signal:
        tab.conversation_button.click()
    assert signal.args[0] == CONVERSATION
    assert signal.args[1]["conversation_id"] == str(sample.conversation.id)


def test_zoom_view_state_and_show_item(tab, sample) -> None:
    quarter = tab.timeline.pixels_per_day()
    tab.year_button.click()
    assert tab.timeline.zoom() == "year" and tab.timeline.pixels_per_day() < quarter
    choose_employee(tab, sample.bo)
    state = tab.view_state()
    tab.employee.setCurrentIndex(0)
    tab.quarter_button.click()
    tab.restore_view_state(state)
    assert tab.employee.currentData() == str(sample.bo.id) and tab.timeline.zoom() == "year"
    tab.show_item({"employee_id": str(sample.carl.id)})
    assert tab.organisation.currentData() == str(sample.other_organisation.id)
    assert [row.label for row in tab.timeline.rows()] == ["Carl Berg"]


def test_export_calendar_from_the_tab(qtbot, tab, sample, tmp_path, monkeypatch) -> None:
    target = tmp_path / "team.ics"
    monkeypatch.setattr("musdesk.ui.tabs.followup_tab.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    tab.export_button.click()  # written on a worker thread
    qtbot.waitUntil(lambda: "events written" in tab.export_result.text(), timeout=10_000)
    assert tab.export_button.isEnabled()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    # The organisation's 4 meetings (one cancelled) and the leaver's (cancelled), Anna's
    # conversation, 3 goal deadlines, 2 sub-goal dates.
    assert len(events) == 11
    assert not any("Carl Berg" in str(event["summary"]) for event in events)
    assert tab.export_result.text() == "11 events written to the calendar file."


def test_showing_the_tab_again_picks_up_changes_from_elsewhere(tab, sample) -> None:
    from musdesk.services import followup

    choose_employee(tab, sample.bo)
    followup.add_meeting(str(sample.bo.id), days(6))  # e.g. planned in the conversation tab
    assert tab.due_proxy.rowCount() == 2
    tab.hide()
    tab.show()
    assert tab.employee.currentData() == str(sample.bo.id)  # the choice is kept
    assert tab.due_proxy.rowCount() == 3


def test_large_scopes_load_off_the_ui_thread_and_late_results_are_dropped(
        qtbot, tab, sample, monkeypatch) -> None:
    import musdesk.services.followup_screen as module

    monkeypatch.setattr(module, "BACKGROUND_FROM", 0)  # every scope counts as large
    tab.department.setCurrentIndex(tab.department.findData(str(sample.sales.id)))
    tab.department.setCurrentIndex(tab.department.findData(str(sample.sales_north.id)))
    assert tab.loading.isVisibleTo(tab)
    qtbot.waitUntil(lambda: not tab.loading.isVisibleTo(tab), timeout=10_000)
    qtbot.wait(200)  # the first (older) load may still arrive: it must not win
    assert [row.label for row in tab.timeline.rows()] == ["Bo Holm"]
    assert tab.due_proxy.rowCount() == 2


def test_a_held_meeting_opens_with_what_was_recorded(tab, sample) -> None:
    seen = answer_with(tab, lambda dialog: dialog.reject())
    choose_employee(tab, sample.anna)
    assert tab.timeline.select_record(str(sample.held_meeting.id), MEETING)
    tab.meeting_button.click()
    dialog = seen[0]
    assert dialog.held_button.isChecked()
    assert dialog.notes.toPlainText() == sample.held_meeting.notes
    assert dialog.result_input().held_on == days(-29)


def test_plan_move_and_cancel_a_meeting_from_the_tab(tab, sample) -> None:
    from PySide6.QtWidgets import QMessageBox

    from musdesk.ui.dialogs.followup_plan import MoveMeetingDialog, PlanMeetingDialog

    choose_employee(tab, sample.anna)
    assert tab.plan_button.isEnabled()

    def plan(dialog: PlanMeetingDialog) -> None:
        assert list(dialog.goal_boxes) == [str(sample.goal.id)]  # her open goal, ticked
        dialog.day.setDate(dialog.day.date().fromString("2026-03-21", "yyyy-MM-dd"))
        assert dialog.day_warning.isVisibleTo(dialog)  # a Saturday
        assert "weekend" in dialog.day_warning.text()
        dialog.day.setDate(dialog.day.date().fromString("2026-04-03", "yyyy-MM-dd"))
        warning = dialog.day_warning.text()  # Good Friday, named
        assert "public holiday" in warning and ("Langfredag" in warning
                                                or "Good Friday" in warning), warning
        dialog.day.setDate(dialog.day.date().fromString("2026-03-24", "yyyy-MM-dd"))
        assert not dialog.day_warning.isVisibleTo(dialog)
        dialog.timed.setChecked(True)
        dialog.time.setTime(dialog.time.time().fromString("13:30", "HH:mm"))
        dialog.accept()

    answer_with(tab, plan)
    tab.plan_button.click()
    new = FollowUpMeeting.get(FollowUpMeeting.planned_on == dt.date(2026, 3, 24))
    assert (new.employee_id, new.starts_at, new.planned_for) == (
        sample.anna.id, dt.time(13, 30), None)
    assert [link.goal_id for link in new.goal_links] == [sample.goal.id]
    assert tab.timeline.selected_item().record_id == str(new.id)

    def move(dialog: MoveMeetingDialog) -> None:
        dialog.day.setDate(dialog.day.date().fromString("2026-03-26", "yyyy-MM-dd"))
        dialog.accept()

    answer_with(tab, move)
    tab.move_button.click()
    assert FollowUpMeeting.get_by_id(new.id).planned_on == dt.date(2026, 3, 26)

    def refuse_same_day(dialog: PlanMeetingDialog) -> None:
        dialog.day.setDate(dialog.day.date().fromString("2026-03-26", "yyyy-MM-dd"))
        dialog.accept()
        assert "already has a planned meeting" in dialog.error_label.text()
        dialog.reject()

    answer_with(tab, refuse_same_day)
    tab.plan_button.click()

    def confirm(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    tab.timeline.select_record(str(new.id), MEETING)
    answer_with(tab, confirm)
    tab.cancel_button.click()
    assert FollowUpMeeting.get_by_id(new.id).status == "cancelled"


def test_the_employees_row_menu_plans_on_the_clicked_day(tab, sample) -> None:
    from musdesk.ui.dialogs.followup_plan import PlanMeetingDialog

    view = tab.timeline
    view.scroll_to_date(TODAY)
    row = [r.label for r in view.rows()].index("Bo Holm")
    y = 40 + row * 28 + 14 - view.verticalScrollBar().value()
    x = int(view.x_for(days(14)))
    menu = tab.row_menu(QPoint(x, y))
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "Plan a follow-up meeting…"
    seen = answer_with(tab, lambda dialog: dialog.accept())
    menu.actions()[0].trigger()
    assert isinstance(seen[0], PlanMeetingDialog)
    planned = FollowUpMeeting.select().where(FollowUpMeeting.employee == sample.bo,
                                             FollowUpMeeting.planned_on >= days(13))
    assert [m.planned_on for m in planned] == [seen[0].result_input().day]
    assert abs((planned[0].planned_on - days(14)).days) <= 3  # the clicked day (a workday)


def test_a_held_meeting_can_be_corrected(tab, sample) -> None:
    def fill(dialog: MeetingDialog) -> None:
        dialog.notes.setPlainText("Corrected note")
        dialog.accept()

    tab.timeline.select_record(str(sample.held_meeting.id), MEETING)
    assert tab.meeting_button.isEnabled() and "Correct" in tab.meeting_button.text()
    assert not tab.move_button.isEnabled() and not tab.cancel_button.isEnabled()
    answer_with(tab, fill)
    tab.meeting_button.click()
    meeting = FollowUpMeeting.get_by_id(sample.held_meeting.id)
    assert meeting.status == "held" and meeting.notes.startswith("Corrected note")


def test_the_roster_row_leads_to_planning_a_meeting(qtbot, tab, sample) -> None:
    from musdesk.services import roster
    from musdesk.ui.dialogs.followup_plan import PlanMeetingDialog
    from musdesk.ui.tabs.base import FOLLOW_UP
    from musdesk.ui.tabs.roster_controller import RosterController
    from musdesk.ui.tabs.roster_followup import RosterFollowUpMenu
    from musdesk.ui.tabs.roster_tab import RosterTab

    people = RosterTab(RosterController(roster))
    qtbot.addWidget(people)
    people.resize(1200, 700)
    people.show()
    follow_up = RosterFollowUpMenu(people)
    row = next(r for r in range(people.proxy.rowCount())
               if "Bo" in str(people.proxy.index(r, 0).data()))
    point = people.table.visualRect(people.proxy.index(row, 0)).center()
    asked = []
    people.navigate.connect(lambda key, payload: asked.append((key, payload)))
    menu = follow_up.menu(point)
    menu.actions()[0].trigger()
    assert asked == [(FOLLOW_UP, {"employee_id": str(sample.bo.id), "plan": True})]
    seen = answer_with(tab, lambda dialog: dialog.reject())
    tab.show_item(asked[0][1])
    assert tab.employee.currentData() == str(sample.bo.id)
    assert isinstance(seen[0], PlanMeetingDialog)
