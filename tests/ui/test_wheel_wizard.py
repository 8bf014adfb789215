"""Planning a round with the wizard, and editing a group conversation (GRUS)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from musdesk.models import Conversation, Round, WheelStep
from musdesk.services import roster, round_planning, rounds
from musdesk.storage import Workspace
from musdesk.ui.dialogs.grus_dialog import GroupConversationDialog
from musdesk.ui.dialogs.round_wizard import RoundWizard
from musdesk.ui.tabs.wheel_tab import WheelTab
from tests.unit.evaluation.sample_round import build_roster

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def organisation(workspace: Workspace) -> dict:
    return build_roster()


def _walk_to_last_page(wizard: RoundWizard) -> None:
    for _ in range(4):
        assert wizard.currentPage().isComplete()
        wizard.next()


def test_the_wizard_plans_a_round_with_the_choices_made(qtbot, organisation: dict) -> None:
    wizard = RoundWizard(organisation["id"], today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.round_page
    page.name.setText("MUS forår 2026")
    page.end.setDate(QDate(2026, 8, 31))
    wizard.next()
    people = wizard.participants_page
    index = people.scope.findText("Vej og park", Qt.MatchFlag.MatchContains)
    people.scope.setCurrentIndex(index)
    assert people.people.count() == 7  # the leader and six employees
    people.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    left_out = people.people.item(0).text().split(" — ")[0]  # "name — department"
    assert people.count.text() == "6 of 7 employees take part"
    wizard.next()
    assert wizard.currentPage() is wizard.last_year_page
    wizard.next()
    slots = wizard.slots_page
    slots.place.setText("Kantinen")
    slots.minutes.setValue(45)
    # The leader of Vej og park holds five of the six conversations (one is the leader's).
    assert "the busiest leader has 5" in slots.capacity.text()
    slots.last_day.setDate(slots.first_day.date())
    slots.day_end.setTime(slots.day_start.time().addSecs(3600))
    assert "Not everyone gets a time" in slots.capacity.text()
    slots.last_day.setDate(QDate(2026, 8, 31))
    slots.day_end.setTime(slots.day_start.time().addSecs(8 * 3600))
    wizard.next()
    wizard.steps_page.set_due(3, dt.date(2026, 4, 15))
    wizard.steps_page.set_role(3, "hr", True)
    with qtbot.waitSignal(wizard.round_planned, timeout=20_000) as reported:
        wizard.accept()  # planned on a worker
    assert reported.args[0] == wizard.planned

    assert wizard.result() == QDialog.DialogCode.Accepted
    planned = wizard.planned
    assert planned["name"] == "MUS forår 2026" and planned["conversation_count"] == 6
    names = {c.employee.full_name for c in Conversation.select()}
    assert left_out not in names and len(names) == 6
    assert {c.place for c in Conversation.select()} == {"Kantinen"}
    assert all(c.scheduled_end - c.scheduled_start == dt.timedelta(minutes=45)
               for c in Conversation.select())
    step = WheelStep.get((WheelStep.round == planned["id"]) & (WheelStep.number == 3))
    assert step.due_date == dt.date(2026, 4, 15)
    assert step.roles.split(",") == ["leader", "employee", "hr"]


def test_a_refused_plan_keeps_the_wizard_open_and_saves_nothing(
    qtbot, organisation: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    wizard = RoundWizard(organisation["id"], today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_to_last_page(wizard)
    wizard.slots_page.day_end.setTime(wizard.slots_page.day_start.time())  # no hours left
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.planning_job is None, timeout=20_000)
    assert shown and wizard.planned is None and wizard.isVisible()
    assert Round.select().count() == 0


def test_cancelling_while_planning_leaves_no_round(
    qtbot, organisation: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, go_on = threading.Event(), threading.Event()
    propose = round_planning._propose_times

    def held(*args):  # the worker stops halfway: round and conversations written
        unscheduled = propose(*args)
        reached.set()
        go_on.wait(20)
        return unscheduled

    monkeypatch.setattr(round_planning, "_propose_times", held)
    wizard = RoundWizard(organisation["id"], today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _walk_to_last_page(wizard)
    wizard.accept()
    assert reached.wait(20)
    progress = wizard.planning_progress
    assert progress is not None
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    wizard.accept()  # a second press while planning starts nothing more
    progress.canceled.emit()  # the consultant presses Cancel
    go_on.set()
    qtbot.waitUntil(lambda: wizard.planning_job is None, timeout=20_000)
    assert wizard.planned is None and wizard.isVisible()
    assert Round.select().count() == 0
    assert Conversation.select().count() == 0 and WheelStep.select().count() == 0


def test_an_empty_name_or_a_backwards_period_cannot_go_on(qtbot, organisation: dict) -> None:
    wizard = RoundWizard(organisation["id"], today=TODAY)
    qtbot.addWidget(wizard)
    page = wizard.round_page
    page.name.setText("  ")
    assert not page.isComplete() and page.problem.text()
    page.name.setText("MUS")
    page.end.setDate(QDate(2026, 1, 1))
    assert not page.isComplete()


def test_planning_from_the_tab_shows_the_new_round(
    qtbot, organisation: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = WheelTab(today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.stack.currentIndex() == 0  # no round yet: the empty state

    def finish(wizard: RoundWizard) -> int:
        wizard.show()
        _walk_to_last_page(wizard)
        with qtbot.waitSignal(wizard.round_planned, timeout=20_000):
            wizard.accept()
        return wizard.result()

    monkeypatch.setattr(RoundWizard, "exec", finish)
    tab.plan_round()
    assert tab.stack.currentIndex() == 1
    assert tab.current_round_id() == str(Round.get().id)
    assert tab.wheel.selected_step == 1
    assert len(tab.wheel.segments()) == 8


def test_the_group_conversation_dialog_saves_through_the_service(
    qtbot, organisation: dict
) -> None:
    planned = rounds.plan_round(organisation["id"], "MUS", TODAY, dt.date(2026, 8, 31))
    department = next(d for d in roster.list_departments(organisation["id"])
                      if d["name"] == "Borgerservice")
    dialog = GroupConversationDialog(planned["id"], department, None, ["Borgeren i centrum"])
    qtbot.addWidget(dialog)
    dialog.participants.setPlainText("Hele afdelingen")
    dialog.goals.setPlainText("Svar inden for to dage")
    dialog.is_held.setChecked(True)
    dialog.held_on.setDate(QDate(2026, 3, 20))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = rounds.list_group_conversations(planned["id"])
    assert len(saved) == 1
    assert saved[0]["department_goals"] == "Svar inden for to dage"
    assert saved[0]["held_on"] == dt.date(2026, 3, 20)
    assert saved[0]["scheduled_start"] is None


def test_the_default_name_is_not_an_existing_rounds(qtbot, organisation: dict) -> None:
    """Planning twice in a year: the wizard does not propose the name of the first round."""
    today = dt.date.today()
    first = RoundWizard(organisation["id"])
    qtbot.addWidget(first)
    taken = first.round_page.name.text()
    assert str(today.year) in taken
    rounds.plan_round(organisation["id"], taken, today, today + dt.timedelta(days=300))
    second = RoundWizard(organisation["id"])
    qtbot.addWidget(second)
    proposed = second.round_page.name.text()
    assert proposed and proposed != taken
    assert proposed not in {r["name"] for r in rounds.list_rounds(organisation["id"])}
