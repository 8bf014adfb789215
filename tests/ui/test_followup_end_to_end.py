"""From an empty workspace to follow-up meetings on the calendar, through the real widgets:
an organisation and two people in the roster tab, a round planned in the wizard, the
conversation held and a goal with a monthly cadence agreed in the conversation tab, both
sign; then the meetings appear on the timeline, one is recorded as held with progress, one
is moved, the calendar is exported and read back with icalendar (time zone, the
conversation's event); after an amendment the goal is deleted, and the next export cancels
its events."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from musdesk.models import FollowUpMeeting, GoalProgress
from musdesk.services import roster
from musdesk.services.followup_overview import MEETING
from musdesk.storage import Workspace
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog, SignDialog
from musdesk.ui.dialogs.employee_dialog import EmployeeDialog
from musdesk.ui.dialogs.followup_meeting import MeetingDialog
from musdesk.ui.dialogs.followup_plan import MoveMeetingDialog
from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from musdesk.ui.dialogs.round_wizard import RoundWizard
from musdesk.ui.tabs.conversation_tab import ConversationTab
from musdesk.ui.tabs.followup_tab import FollowUpTab
from musdesk.ui.tabs.roster_controller import RosterController
from musdesk.ui.tabs.roster_tab import RosterTab
from musdesk.ui.tabs.wheel_tab import WheelTab

TODAY = dt.date.today()  # signing is dated today, so the whole story runs from today


def _answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> None:
    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def _signed_goal(qtbot, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Through the widgets, from an empty workspace: an organisation and two people, a
    round planned in the wizard, the conversation held today with a goal met monthly for
    five months, signed by both. Returns the ids and the tabs used."""
    assert roster.list_organisations() == []
    # --- the roster: an organisation and two people ------------------------------------
    people = _show(qtbot, RosterTab(RosterController(roster)))

    def organisation(dialog: OrganisationDialog) -> None:
        dialog.name.setText("Havnens Skole")
        assert dialog.country.currentData() == "DK"  # from the language (Danish)

    _answer(monkeypatch, OrganisationDialog, organisation)
    people.first_org_button.click()
    for first, last, email, leader in (("Lone", "Leder", "lone@havn.dk", None),
                                       ("Åse", "Ærø", "aase@havn.dk", "Lone Leder")):
        def employee(dialog: EmployeeDialog, first=first, last=last, email=email,
                     leader=leader) -> None:
            dialog.first_name.setText(first)
            dialog.last_name.setText(last)
            dialog.email.setText(email)
            if leader:
                dialog.leader.setCurrentText(leader)

        _answer(monkeypatch, EmployeeDialog, employee)
        people.add_employee_button.click()
    org = roster.list_organisations()[0]
    aase = next(p for p in roster.list_employees(org["id"]) if p["first_name"] == "Åse")
    assert aase["leader_id"] is not None

    # --- the wheel: plan a round in the wizard -------------------------------------------
    wheel = _show(qtbot, WheelTab(today=lambda: TODAY))

    def plan(wizard: RoundWizard) -> int:
        wizard.show()
        wizard.round_page.name.setText("MUS i år")
        while wizard.currentPage() is not wizard.page(wizard.pageIds()[-1]):
            assert wizard.currentPage().isComplete()
            wizard.next()
        with qtbot.waitSignal(wizard.round_planned, timeout=20_000):  # planned on a worker
            wizard.accept()
        return wizard.result()

    monkeypatch.setattr(RoundWizard, "exec", plan)
    wheel.plan_round()
    round_id = wheel.current_round_id()
    assert round_id is not None

    # --- the conversation: held today, a goal with a monthly cadence, both sign ---------
    talk = _show(qtbot, ConversationTab(today=lambda: TODAY))
    talk.show_item({"employee_id": aase["id"], "round_id": round_id})
    row = talk.view.schedule_row
    for edit in (row.date, row.time, row.place):
        edit.clear()
    qtbot.keyClicks(row.date, TODAY.isoformat())
    qtbot.keyClicks(row.time, "08:00")
    qtbot.keyClicks(row.place, "Mødelokale 1")
    talk.save_pending()
    for step in ("invited", "prepared", "held"):
        qtbot.mouseClick(talk.workflow_buttons[step], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(talk.view.summary_edit, "Et godt år; fokus på at undervise nye kolleger.")
    qtbot.mouseClick(talk.view.plan_box.add_button, Qt.MouseButton.LeftButton)
    editor = talk.view.plan_box.editors[-1]
    qtbot.keyClicks(editor.title, "Undervise nye kolleger")
    talk.save_pending()
    qtbot.keyClicks(editor.starts_on, TODAY.isoformat())
    qtbot.keyClicks(editor.deadline, (TODAY + dt.timedelta(days=150)).isoformat())
    editor.cadence.setCurrentIndex(editor.cadence.findData("monthly"))
    talk.save_pending()
    qtbot.mouseClick(talk.workflow_buttons["summary_drafted"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(SignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(talk.workflow_buttons["signed"], Qt.MouseButton.LeftButton)

    return {"org": org, "aase": aase, "round_id": round_id, "talk": talk,
            "conversation_id": talk.conversation_id, "goal_id": editor.goal_id}


def test_from_an_empty_workspace_to_meetings_on_the_calendar(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    story = _signed_goal(qtbot, monkeypatch)
    org, aase, talk = story["org"], story["aase"], story["talk"]
    conversation_id, goal_id = story["conversation_id"], story["goal_id"]

    # --- the timeline: the planned meetings ------------------------------------------------
    follow = _show(qtbot, FollowUpTab(today=lambda: TODAY))
    follow.employee.setCurrentIndex(follow.employee.findData(aase["id"]))
    meetings = sorted((item for item in follow._data.items
                       if item.kind == MEETING and not item.echo), key=lambda item: item.on)
    assert len(meetings) >= 4, "monthly meetings over five months"
    assert all(item.status == "planned" and item.on > TODAY for item in meetings)
    assert len({item.on for item in meetings}) == len(meetings)

    # Record the first as held, with progress for the goal, and meet every other week
    # from now on (an adjustment after signing: the future meetings are planned again).
    def held(dialog: MeetingDialog) -> None:
        dialog.notes.setPlainText("God start")
        dialog.progress_editors[goal_id].setValue(30)
        dialog.adjust_kind.setCurrentIndex(dialog.adjust_kind.findData("change_cadence"))
        dialog.adjust_cadence.setCurrentIndex(dialog.adjust_cadence.findData("biweekly"))
        dialog.add_adjustment()
        dialog.accept()

    follow.run_dialog = lambda dialog: (held(dialog), dialog.result())[1]
    assert follow.timeline.select_record(meetings[0].record_id, MEETING)
    follow.meeting_button.click()
    first = FollowUpMeeting.get_by_id(meetings[0].record_id)
    assert first.status == "held"
    assert GoalProgress.get(GoalProgress.meeting == first).progress == 30
    planned = sorted((item for item in follow._data.items
                      if item.kind == MEETING and item.status == "planned" and not item.echo),
                     key=lambda item: item.on)
    assert len(planned) > len(meetings), "every other week: more meetings than monthly"
    assert len({item.on for item in planned}) == len(planned)

    # Move the second one day later (a later working day when that is a day off).
    target = planned[0].on + dt.timedelta(days=1)
    while target.weekday() >= 5:
        target += dt.timedelta(days=1)

    def move(dialog: MoveMeetingDialog) -> None:
        dialog.day.setDate(dialog.day.date().fromString(target.isoformat(), "yyyy-MM-dd"))
        dialog.timed.setChecked(True)
        dialog.time.setTime(dialog.time.time().fromString("10:00", "HH:mm"))
        dialog.accept()

    follow.run_dialog = lambda dialog: (move(dialog), dialog.result())[1]
    assert follow.timeline.select_record(planned[0].record_id, MEETING)
    follow.move_button.click()
    moved = FollowUpMeeting.get_by_id(planned[0].record_id)
    assert (moved.planned_on, moved.starts_at) == (target, dt.time(10, 0))

    # --- the calendar: exported and read back ---------------------------------------------
    first_export = tmp_path / "first.ics"
    monkeypatch.setattr("musdesk.ui.tabs.followup_tab.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(first_export), ""))
    follow.organisation.setCurrentIndex(follow.organisation.findData(org["id"]))
    follow.employee.setCurrentIndex(0)  # the whole organisation
    follow.export_button.click()  # written on a worker thread
    qtbot.waitUntil(lambda: "events written" in follow.export_result.text(), timeout=10_000)
    events = _events(first_export)
    copenhagen = ZoneInfo("Europe/Copenhagen")
    moved_event = events[f"meeting-{moved.id}@musdesk"]
    assert moved_event.decoded("dtstart") == dt.datetime.combine(target, dt.time(10),
                                                                 copenhagen)
    assert "DTSTART;TZID=Europe/Copenhagen:" in first_export.read_text()
    assert "BEGIN:VTIMEZONE" in first_export.read_text()
    talk_event = events[f"conversation-{conversation_id}@musdesk"]
    assert talk_event.decoded("dtstart") == dt.datetime.combine(TODAY, dt.time(8), copenhagen)
    assert str(talk_event["location"]) == "Mødelokale 1"
    assert str(talk_event["summary"]).startswith("MUS-samtale: Åse Ærø")  # Danish client
    planned_uids = {f"meeting-{item.record_id}@musdesk" for item in planned}
    assert f"meeting-{first.id}@musdesk" not in planned_uids
    assert all(str(events[uid]["status"]) == "CONFIRMED" for uid in planned_uids)

    # --- the goal is deleted (after an amendment): its events are cancelled ---------------
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ReasonDialog, "text", lambda self: "Målet udgår")
    talk.refresh()
    qtbot.mouseClick(talk.amend_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(talk.view.plan_box.editors[-1].remove, Qt.MouseButton.LeftButton)
    assert talk.view.plan_box.editors == []

    second_export = tmp_path / "second.ics"
    monkeypatch.setattr("musdesk.ui.tabs.followup_tab.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(second_export), ""))
    follow.refresh()
    follow.export_result.clear()
    follow.export_button.click()
    qtbot.waitUntil(lambda: "events written" in follow.export_result.text(), timeout=10_000)
    after = _events(second_export)
    deadline_uid = f"goal-deadline-{goal_id}@musdesk"
    assert str(after[deadline_uid]["status"]) == "CANCELLED"
    assert int(after[deadline_uid]["sequence"]) > int(events[deadline_uid]["sequence"])
    for uid in planned_uids:  # the future meetings of the deleted goal
        assert str(after[uid]["status"]) == "CANCELLED"
        assert int(after[uid]["sequence"]) > int(events[uid]["sequence"])
    assert str(after[f"meeting-{first.id}@musdesk"]["status"]) == "CONFIRMED"  # held: history


def test_a_signed_goal_is_adjusted_from_the_timeline(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From an empty workspace: after signing, the goal's row on the follow-up tab offers
    "Adjust goal…"; a new cadence and deadline are recorded as an adjustment, the signed
    content stays as it was, the future planned meetings follow and the held one stays;
    then the goal is marked achieved with the button and has no planned meetings left."""
    from PySide6.QtCore import QPoint

    from musdesk.models import Adjustment, DevelopmentGoal, SignedVersion
    from musdesk.ui.dialogs.followup_adjust_goal import AdjustGoalDialog
    from musdesk.ui.widgets.timeline import HEADER_HEIGHT, ROW_HEIGHT

    story = _signed_goal(qtbot, monkeypatch)
    aase, goal_id = story["aase"], str(story["goal_id"])
    signed_before = [(v.version, v.snapshot, v.content_hash) for v in SignedVersion.select()]
    follow = _show(qtbot, FollowUpTab(today=lambda: TODAY))
    follow.employee.setCurrentIndex(follow.employee.findData(aase["id"]))

    def planned() -> list[dt.date]:
        return sorted(item.on for item in follow._data.items
                      if item.kind == MEETING and item.status == "planned" and not item.echo)

    monthly = planned()
    assert len(monthly) >= 4
    goal_before = DevelopmentGoal.get_by_id(goal_id)
    first = next(item for item in follow._data.items
                 if item.kind == MEETING and item.on == monthly[0] and not item.echo)
    follow.run_dialog = lambda dialog: (dialog.accept(), dialog.result())[1]
    assert follow.timeline.select_record(first.record_id, MEETING)
    follow.meeting_button.click()  # recorded as held: history from now on
    assert FollowUpMeeting.get_by_id(first.record_id).status == "held"

    # Right-click on the goal's own row (employee scope: one row per goal).
    rows = follow.timeline.rows()
    row = next(index for index, r in enumerate(rows) if r.goal_id == goal_id)
    y = HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT // 2 \
        - follow.timeline.verticalScrollBar().value()
    menu = follow.row_menu(QPoint(follow.timeline.x_for(TODAY + dt.timedelta(days=3)), y))
    adjust = next(a for a in menu.actions() if a.text() == "Adjust goal…")
    new_deadline = TODAY + dt.timedelta(days=90)
    seen: list[AdjustGoalDialog] = []

    def weekly(dialog: AdjustGoalDialog) -> int:
        seen.append(dialog)
        assert dialog.cadence.currentData() == "monthly"  # what was agreed
        dialog.cadence.setCurrentIndex(dialog.cadence.findData("weekly"))
        dialog.deadline.setDate(dialog.deadline.date().fromString(
            new_deadline.isoformat(), "yyyy-MM-dd"))
        dialog.why.setText("Tættere opfølgning i starten")
        dialog.accept()
        return dialog.result()

    follow.run_dialog = weekly
    adjust.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    goal = DevelopmentGoal.get_by_id(goal_id)
    assert (goal.cadence, goal.deadline) == ("weekly", new_deadline)
    recorded = Adjustment.get(Adjustment.goal == goal)
    assert recorded.description == (  # in the organisation's language (Danish)
        f"Opfølgning: Hver måned → Hver uge; Deadline: "
        f"{goal_before.deadline.day}.{goal_before.deadline.month}.{goal_before.deadline.year}"
        f" → {new_deadline.day}.{new_deadline.month}.{new_deadline.year}")
    assert recorded.reason == "Tættere opfølgning i starten"
    assert [(v.version, v.snapshot, v.content_hash)
            for v in SignedVersion.select()] == signed_before
    weekly_days = planned()
    assert len(weekly_days) > len(monthly), "every week now"
    assert max(weekly_days) <= new_deadline
    assert all((b - a).days <= 9 for a, b in itertools.pairwise(weekly_days))
    assert FollowUpMeeting.get_by_id(first.record_id).status == "held"  # history stays
    assert "planned meetings from today" in follow.export_result.text()

    # The goal's deadline point: the button adjusts it too; achieved → no planned meetings.
    assert follow.timeline.select_record(goal_id, "goal_deadline")
    assert follow.adjust_button.isEnabled()

    def achieved(dialog: AdjustGoalDialog) -> int:
        dialog.outcome_buttons["achieved"].setChecked(True)
        dialog.accept()
        return dialog.result()

    follow.run_dialog = achieved
    follow.adjust_button.click()
    goal = DevelopmentGoal.get_by_id(goal_id)
    assert (goal.status, goal.progress) == ("achieved", 100)
    assert planned() == []
    assert FollowUpMeeting.get_by_id(first.record_id).status == "held"
    assert Adjustment.select().where(Adjustment.goal == goal).count() == 2
    assert follow.timeline.select_record(goal_id, "goal_deadline")
    assert not follow.adjust_button.isEnabled()  # closed: nothing to adjust any more
