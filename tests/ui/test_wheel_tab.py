"""The MUS wheel tab on a real workspace with a half-done round built through the services."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from musdesk import texts
from musdesk.models import StepTask, WheelStep
from musdesk.services import evaluation, rounds, wheel_overview
from musdesk.storage import KdfParams, Workspace
from musdesk.ui.tabs.base import CONVERSATION
from musdesk.ui.tabs.wheel_tab import PAGE_EVALUATION, PAGE_STRATEGY, WheelTab
from musdesk.ui.widgets.mus_wheel import CENTRE
from tests.conftest import PASSPHRASE
from tests.unit.evaluation.sample_round import build_round

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def _built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The half-done round is built once per module, then each test gets its own copy."""
    folder = tmp_path_factory.mktemp("wheel") / "workspace"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    try:
        texts.set_language("en")
        round_id = build_round("half", TODAY)["id"]
    finally:
        workspace.lock()
    return folder, round_id


@pytest.fixture
def half_round(_built: tuple[Path, str], tmp_path: Path) -> Iterator[dict]:
    folder, round_id = _built
    copy = tmp_path / "workspace"
    shutil.copytree(folder, copy)
    workspace = Workspace.open(copy, passphrase=PASSPHRASE)
    yield rounds.get_round(round_id)
    workspace.lock()


@pytest.fixture
def tab(qtbot, half_round: dict) -> WheelTab:
    tab = WheelTab(today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_tab_opens_on_the_first_unfinished_step(tab: WheelTab, half_round: dict) -> None:
    assert tab.current_round_id() == half_round["id"]
    assert tab.wheel.selected_step == 3  # steps 1 and 2 are done in the half-done round
    assert tab.step_panel.heading.text().startswith("<h3>3. ")
    assert tab.step_list.count() == 8 and tab.step_list.currentRow() == 2


def test_segments_match_the_service(tab: WheelTab, half_round: dict) -> None:
    views = {view.number: view for view in wheel_overview.step_views(half_round["id"], TODAY)}
    progress = {item["number"]: item for item in rounds.wheel_progress(half_round["id"], TODAY)}
    for segment in tab.wheel.segments():
        assert segment.tasks_done == progress[segment.number]["tasks_done"]
        assert segment.overdue == progress[segment.number]["overdue"]
        if segment.passed is not None:
            assert segment.passed == progress[segment.number]["conversations_passed"]
        assert segment.progress == pytest.approx(views[segment.number].fraction)


def test_clicking_a_segment_shows_its_checklist_and_who_is_behind(qtbot, tab: WheelTab) -> None:
    qtbot.mouseClick(tab.wheel, Qt.MouseButton.LeftButton,
                     pos=tab.wheel.segment_centre(4).toPoint())
    step = tab.step(4)
    assert tab.step_panel.heading.text().startswith("<h3>4. ")
    assert tab.step_panel.tasks.topLevelItemCount() == len(step.tasks)
    behind = wheel_overview.behind_at_step(tab._rows, "dialogue")
    assert tab.step_panel.behind.topLevelItemCount() == len(behind) > 0
    names = {tab.step_panel.behind.topLevelItem(i).text(0) for i in range(len(behind))}
    assert names == {row.employee_name for row in behind}


def test_keyboard_moves_the_selection_and_the_list_follows(qtbot, tab: WheelTab) -> None:
    tab.wheel.setFocus()
    qtbot.keyClick(tab.wheel, Qt.Key.Key_Right)
    assert tab.wheel.selected_step == 4
    assert tab.step_list.currentRow() == 3
    tab.step_list.setCurrentRow(6)  # choosing in the text alternative moves the wheel
    assert tab.wheel.selected_step == 7
    qtbot.keyClick(tab.wheel, Qt.Key.Key_Escape)
    assert tab.wheel.selected_step == CENTRE
    assert tab.pages.currentIndex() == PAGE_STRATEGY


def _segment(tab: WheelTab, number: int):
    return next(s for s in tab.wheel.segments() if s.number == number)


def test_ticking_a_task_saves_it_and_redraws(qtbot, tab: WheelTab) -> None:
    tab.wheel.select_step(4)
    item = tab.step_panel.tasks.topLevelItem(0)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    task_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
    before = _segment(tab, 4).tasks_done
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: StepTask.get_by_id(task_id).done_on == TODAY)
    qtbot.waitUntil(lambda: _segment(tab, 4).tasks_done == before + 1)
    assert tab.step_panel.tasks.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    tab.step_panel.tasks.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: StepTask.get_by_id(task_id).done_on is None)


def test_marking_a_step_done_clears_its_overdue_mark(qtbot, tab: WheelTab) -> None:
    tab.wheel.select_step(3)
    assert tab.step(3).overdue
    qtbot.mouseClick(tab.step_panel.done_button, Qt.MouseButton.LeftButton)
    assert WheelStep.get_by_id(tab.step(3).id).done_date == TODAY
    assert not next(s for s in tab.wheel.segments() if s.number == 3).overdue


def test_opening_a_conversation_asks_the_main_window(qtbot, tab: WheelTab,
                                                     half_round: dict) -> None:
    tab.wheel.select_step(3)
    first = tab.step_panel.behind.topLevelItem(0)
    tab.step_panel.behind.setCurrentItem(first)
    row = first.data(0, Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(tab.navigate) as caught:
        qtbot.mouseClick(tab.step_panel.open_button, Qt.MouseButton.LeftButton)
    assert caught.args == [CONVERSATION, {"conversation_id": row.conversation_id,
                                          "employee_id": row.employee_id,
                                          "round_id": half_round["id"]}]


def test_the_matrix_filters_to_those_behind(tab: WheelTab) -> None:
    rows = tab._rows
    assert tab.matrix_proxy.rowCount() == len(rows) == 24
    tab.behind_only.setChecked(True)
    behind = [row for row in rows if row.behind]
    assert 0 < tab.matrix_proxy.rowCount() == len(behind) < len(rows)
    tab.filter_edit.setText("Borgerservice")
    expected = [row for row in behind if row.department == "Borgerservice"]
    assert tab.matrix_proxy.rowCount() == len(expected)
    assert tab.matrix_count.text().startswith(f"{len(expected)} of 24")


def test_evaluation_figures_match_the_service(tab: WheelTab, half_round: dict) -> None:
    tab.pages.setCurrentIndex(PAGE_EVALUATION)
    figures = evaluation.round_figures(half_round["id"], TODAY,
                                       other_departments="Other departments together")
    table = tab.evaluation_panel.table
    groups = [*figures.departments, figures.total]
    assert table.rowCount() == len(groups)
    for row, group in enumerate(groups):
        assert table.item(row, 1).text() == str(group.people)
        assert table.item(row, 2).text() == str(group.held)
        assert table.item(row, 3).text() == str(group.signed)
    # The pool of small departments stands in for Økonomi (3 people), never named alone.
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Økonomi" not in shown
    description = tab.evaluation_panel.chart.accessibleDescription()
    assert "Søren" not in description and "Kjær" not in description


def test_evaluation_notes_are_saved_after_typing(qtbot, tab: WheelTab) -> None:
    tab.pages.setCurrentIndex(PAGE_EVALUATION)
    tab.evaluation_panel.notes.setPlainText("Referaterne kom for sent.")
    assert tab.evaluation_panel.has_pending()
    tab.save_pending()
    assert WheelStep.get_by_id(tab.step(8).id).notes == "Referaterne kom for sent."
    assert tab.evaluation_panel.save_state.text() == "Saved"


def test_view_state_comes_back(tab: WheelTab) -> None:
    tab.wheel.select_step(6)
    tab.pages.setCurrentIndex(1)
    tab.behind_only.setChecked(True)
    state = tab.view_state()
    tab.wheel.select_step(2)
    tab.pages.setCurrentIndex(0)
    tab.behind_only.setChecked(False)
    tab.restore_view_state(state)
    assert (tab.wheel.selected_step, tab.pages.currentIndex()) == (6, 1)
    assert tab.behind_only.isChecked()
    tab.restore_view_state({"round_id": "gone", "step": 99, "page": "x"})  # ignored


def test_no_names_reach_the_figures(half_round: dict) -> None:
    figures = evaluation.round_figures(half_round["id"], TODAY)
    assert "Holmgård" not in repr(dataclasses.asdict(figures))


def test_the_matrix_sorts_by_status_in_workflow_order(tab: WheelTab) -> None:
    from musdesk.models.enums import CONVERSATION_STATUSES
    from musdesk.ui.qtmodels.progress_matrix import COL_STATUS, FIRST_STAGE_COLUMN, ROW_ROLE

    proxy = tab.matrix_proxy
    tab.matrix.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    order = [CONVERSATION_STATUSES.index(proxy.index(r, 0).data(ROW_ROLE).status)
             for r in range(proxy.rowCount())]
    assert order == sorted(order) and order[0] < order[-1]
    prepared = FIRST_STAGE_COLUMN + 2
    tab.matrix.sortByColumn(prepared, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, 0).data(ROW_ROLE)
    assert "prepared" in first.overdue_stages  # those overdue at a stage come first
    assert proxy.index(0, prepared).data() == "overdue"


def test_a_task_added_to_a_step_is_saved_with_its_role(qtbot, tab: WheelTab) -> None:
    tab.wheel.select_step(1)
    panel = tab.step_panel
    count = panel.tasks.topLevelItemCount()
    panel.new_task.setText("Book the meeting rooms")
    panel.new_task_role.setCurrentIndex(panel.new_task_role.findData("hr"))
    qtbot.mouseClick(panel.add_task_button, Qt.MouseButton.LeftButton)
    assert panel.tasks.topLevelItemCount() == count + 1
    assert panel.new_task.text() == ""
    task = StepTask.get(StepTask.text == "Book the meeting rooms")
    assert (task.role, task.step.number, task.due_date) == ("hr", 1, tab.step(1).due_date)
    assert _segment(tab, 1).tasks_total == count + 1


def test_the_round_report_is_saved_from_the_tab(
    tab: WheelTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    tab.pages.setCurrentIndex(PAGE_EVALUATION)
    tab.evaluation_panel.notes.setPlainText("Typed just before printing")
    tab.evaluation_panel.report_button.click()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Rapport om MUS-runden" in text  # in the organisation's language, as all PDFs
    assert "Typed just before printing" in text  # pending notes are saved first
    assert str(target) in tab.evaluation_panel.report_state.text()


def test_a_steps_due_date_and_roles_can_be_changed_afterwards(qtbot, tab: WheelTab) -> None:
    from PySide6.QtCore import QDate

    tab.wheel.select_step(4)
    assert not tab.step(4).overdue
    panel = tab.step_panel
    panel.role_boxes["hr"].setChecked(True)
    qtbot.waitUntil(lambda: "hr" in tab.step(4).roles)
    assert WheelStep.get_by_id(tab.step(4).id).roles == "leader,employee,hr"
    panel.due_edit.setDate(QDate(2026, 11, 1))
    panel.due_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.step(4).overdue)
    assert WheelStep.get_by_id(tab.step(4).id).due_date == dt.date(2026, 11, 1)
    # Those not yet held are now behind at "held" in the matrix too.
    assert any("held" in row.overdue_stages for row in tab._rows)


def test_strategy_shows_how_many_development_goals_link_to_each_goal(
    tab: WheelTab, half_round: dict
) -> None:
    counts = wheel_overview.linked_goal_counts(half_round["id"])
    assert sum(counts.values()) > 0
    tree = tab.strategy_panel.goals
    shown = {}
    for top in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(top)
        for child in range(parent.childCount()):
            item = parent.child(child)
            shown[item.text(0)] = int(item.text(1) or 0)
    assert sum(shown.values()) == sum(counts.values())


def test_coming_back_to_the_tab_reads_changes_made_elsewhere(tab: WheelTab) -> None:
    from musdesk.services import conversations

    row = next(row for row in tab._rows if row.status == "invited")
    tab.hide()
    conversations.transition(row.conversation_id, "prepared")  # as the conversation tab would
    tab.show()
    assert next(r for r in tab._rows if r.conversation_id == row.conversation_id).status \
        == "prepared"


def test_the_rounds_status_is_changed_from_the_tab(tab: WheelTab, half_round: dict) -> None:
    from musdesk.models import Round

    combo = tab.status_combo
    assert combo.currentData() == half_round["status"]
    combo.setCurrentIndex(combo.findData("completed"))
    combo.activated.emit(combo.currentIndex())
    assert Round.get_by_id(half_round["id"]).status == "completed"


def test_a_group_conversation_is_planned_from_the_strategy_page(
    tab: WheelTab, half_round: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from musdesk.ui.dialogs.grus_dialog import GroupConversationDialog

    seen = {}

    def answer(dialog: GroupConversationDialog) -> int:
        seen["participants"] = dialog.participants.toPlainText().splitlines()
        dialog.goals.setPlainText("Færre maskiner på fossilt brændstof")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GroupConversationDialog, "exec", answer)
    groups = tab.strategy_panel.groups
    row = next(i for i in range(groups.topLevelItemCount())
               if groups.topLevelItem(i).text(0) == "Vej og park")
    assert groups.topLevelItem(row).text(1) == "not planned"
    groups.setCurrentItem(groups.topLevelItem(row))
    tab.strategy_panel.edit_button.click()
    assert "Bjørn Østergaard" in seen["participants"]  # the department's people proposed
    saved = {g["department_name"]: g for g in rounds.list_group_conversations(half_round["id"])}
    assert saved["Vej og park"]["department_goals"] == "Færre maskiner på fossilt brændstof"
    row = next(i for i in range(groups.topLevelItemCount())
               if groups.topLevelItem(i).text(0) == "Vej og park")
    assert groups.topLevelItem(row).text(3) == "Færre maskiner på fossilt brændstof"
