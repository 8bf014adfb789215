"""The roster tab on a real encrypted workspace: organisations, departments, employees, goals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from musdesk.errors import InvalidValue
from musdesk.services import roster
from musdesk.storage import Workspace
from musdesk.ui.dialogs.department_dialog import DepartmentDialog
from musdesk.ui.dialogs.employee_dialog import EmployeeDialog
from musdesk.ui.dialogs.mark_left_dialog import MarkLeftDialog
from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog
from musdesk.ui.dialogs.strategic_goal_dialog import StrategicGoalDialog
from musdesk.ui.qtmodels.employee_table import LEADER, NAME, STATUS
from musdesk.ui.tabs.roster_controller import RosterController
from musdesk.ui.tabs.roster_tab import RosterTab


@pytest.fixture
def org(workspace: Workspace) -> dict:
    organisation = roster.create_organisation("Fjordby Kommune")
    sales = roster.create_department(organisation["id"], "Sales")
    roster.create_department(organisation["id"], "North", parent_id=sales["id"])
    roster.create_department(organisation["id"], "Care")
    return organisation


@pytest.fixture
def tab(qtbot, workspace: Workspace) -> RosterTab:
    widget = RosterTab(RosterController(roster))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def answer_with(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
                fill: Callable[[QDialog], None], log: list[str] | None = None) -> None:
    """Replace exec(): fill the fields, press OK (which may keep the dialog open)."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        if log is not None and dialog.result() != QDialog.DialogCode.Accepted:
            log.append(dialog.problem.text())
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def shown_names(tab: RosterTab) -> list[str]:
    return [tab.proxy.index(row, NAME).data() for row in range(tab.proxy.rowCount())]


def add_employee(tab: RosterTab, monkeypatch, first: str, last: str, **more: str) -> None:
    def fill(dialog: EmployeeDialog) -> None:
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        if "leader" in more:
            dialog.leader.setCurrentText(more["leader"])
        if "email" in more:
            dialog.email.setText(more["email"])

    answer_with(monkeypatch, EmployeeDialog, fill)
    tab.add_employee_button.click()


def test_without_organisations_the_tab_offers_the_first_one(
    tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.pages.currentWidget() is tab.no_organisation

    def fill(dialog: OrganisationDialog) -> None:
        dialog.name.setText("Havnens Skole")

    answer_with(monkeypatch, OrganisationDialog, fill)
    tab.first_org_button.click()
    assert tab.pages.currentIndex() == 1
    assert tab.organisation.currentText() == "Havnens Skole"
    assert [o["name"] for o in roster.list_organisations()] == ["Havnens Skole"]
    assert tab.table_stack.currentWidget() is tab.empty_hint
    assert "No employees" in tab.empty_hint.text()


def test_department_tree_shows_the_hierarchy(org: dict, tab: RosterTab) -> None:
    top = tab.tree.topLevelItem(0)
    assert top.text(0) == "All departments"
    children = [top.child(i).text(0) for i in range(top.childCount())]
    assert children == ["Care", "Sales"]
    assert top.child(1).child(0).text(0) == "North"


def test_add_edit_and_deactivate_an_employee(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_employee(tab, monkeypatch, "Karen", "Holm", email="karen@fjordby.dk")
    assert shown_names(tab) == ["Karen Holm"]
    assert tab.selected_employee_id() is not None
    assert roster.list_employees(org["id"])[0]["email"] == "karen@fjordby.dk"

    def rename(dialog: EmployeeDialog) -> None:
        assert dialog.first_name.text() == "Karen"
        dialog.job_title.setText("Team leader")

    answer_with(monkeypatch, EmployeeDialog, rename)
    tab.edit_employee_button.click()
    assert roster.list_employees(org["id"])[0]["job_title"] == "Team leader"

    answer_with(monkeypatch, MarkLeftDialog, lambda d: None)
    tab.left_button.click()
    assert shown_names(tab) == []
    assert roster.list_employees(org["id"], include_left=True)[0]["left_on"] == dt.date.today()
    tab.show_left.setChecked(True)
    assert shown_names(tab) == ["Karen Holm"]
    assert tab.proxy.index(0, STATUS).data().startswith("Left")


def test_invalid_input_keeps_the_dialog_open_with_the_reason(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []

    def fill(dialog: EmployeeDialog) -> None:
        dialog.first_name.setText("Ole")
        dialog.last_name.setText("Berg")
        dialog.email.setText("not an address")

    answer_with(monkeypatch, EmployeeDialog, fill, problems)
    tab.add_employee_button.click()
    assert problems and "e-mail" in problems[0]
    assert roster.list_employees(org["id"]) == []


def test_leader_cycle_is_refused_with_the_services_message(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_employee(tab, monkeypatch, "Anna", "Dahl")
    add_employee(tab, monkeypatch, "Bo", "Eng", leader="Anna Dahl")
    bo = next(e for e in roster.list_employees(org["id"]) if e["first_name"] == "Bo")
    anna = next(e for e in roster.list_employees(org["id"]) if e["first_name"] == "Anna")
    assert bo["leader_id"] == anna["id"]
    tab.select_employee(bo["id"])
    assert tab.proxy.index(shown_names(tab).index("Bo Eng"), LEADER).data() == "Anna Dahl"

    problems: list[str] = []
    answer_with(monkeypatch, EmployeeDialog, lambda d: d.leader.setCurrentText("Bo Eng"),
                problems)
    tab.select_employee(anna["id"])
    tab.edit_employee_button.click()
    with pytest.raises(InvalidValue) as refused:
        roster.update_employee(anna["id"], leader_id=bo["id"])
    assert problems == [str(refused.value)]
    assert roster.get_employee(anna["id"])["leader_id"] is None


def test_filter_is_instant_and_matches_words_in_any_order(
    org: dict, tab: RosterTab, qtbot
) -> None:
    for first, last, title in [("Karen", "Holm", "Nurse"), ("Ole", "Berg", "Driver"),
                               ("Kim", "Holm", "Driver")]:
        roster.create_employee(org["id"], first, last, job_title=title)
    tab.reload_employees()
    qtbot.keyClicks(tab.filter, "holm")
    assert sorted(shown_names(tab)) == ["Karen Holm", "Kim Holm"]
    tab.filter.setText("driver holm")
    assert shown_names(tab) == ["Kim Holm"]
    assert "1 of 3" in tab.count_label.text()
    assert tab.count_label.text().endswith(f"employees in {tab.organisation.currentText()}")
    tab.filter.setText("nobody")
    assert tab.table_stack.currentWidget() is tab.empty_hint
    tab.filter.clear()
    assert len(shown_names(tab)) == 3


def test_sorting_by_a_column_keeps_the_filter(org: dict, tab: RosterTab) -> None:
    for first, last in [("Bea", "Aune"), ("Ada", "Cruz"), ("Cai", "Bakke")]:
        roster.create_employee(org["id"], first, last)
    tab.reload_employees()
    assert shown_names(tab) == ["Bea Aune", "Cai Bakke", "Ada Cruz"]  # by last name
    tab.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab) == ["Ada Cruz", "Cai Bakke", "Bea Aune"]
    tab.filter.setText("a")
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert shown_names(tab) == ["Bea Aune", "Cai Bakke", "Ada Cruz"]
    tab.filter.setText("cruz")
    assert shown_names(tab) == ["Ada Cruz"]


def test_choosing_a_department_shows_its_people_and_those_below(
    org: dict, tab: RosterTab
) -> None:
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}
    roster.create_employee(org["id"], "Nils", "Nord", department_id=departments["North"])
    roster.create_employee(org["id"], "Sara", "Salg", department_id=departments["Sales"])
    roster.create_employee(org["id"], "Cato", "Care", department_id=departments["Care"])
    tab.reload_departments(departments["Sales"])
    assert sorted(shown_names(tab)) == ["Nils Nord", "Sara Salg"]


def test_a_new_employee_goes_into_the_chosen_department(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}
    tab.reload_departments(departments["North"])
    add_employee(tab, monkeypatch, "Nils", "Nord")
    assert roster.list_employees(org["id"])[0]["department_id"] == departments["North"]
    # Editing keeps the (indented) department as it is.
    answer_with(monkeypatch, EmployeeDialog, lambda d: d.phone.setText("12345678"))
    tab.edit_employee_button.click()
    saved = roster.list_employees(org["id"])[0]
    assert (saved["department_id"], saved["phone"]) == (departments["North"], "12345678")


def test_add_rename_and_move_departments(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}

    def add(dialog: DepartmentDialog) -> None:
        dialog.name.setText("IT")

    answer_with(monkeypatch, DepartmentDialog, add)
    tab.add_department_button.click()
    it = {d["name"]: d for d in roster.list_departments(org["id"])}["IT"]
    assert it["parent_id"] is None
    assert tab.controller.department_id == it["id"]

    def rename_and_move(dialog: DepartmentDialog) -> None:
        dialog.name.setText("IT support")
        dialog.parent_choice.setCurrentIndex(dialog.parent_choice.findData(departments["Care"]))

    answer_with(monkeypatch, DepartmentDialog, rename_and_move)
    tab.edit_department_button.click()
    moved = {d["name"]: d for d in roster.list_departments(org["id"])}["IT support"]
    assert moved["parent_id"] == departments["Care"]


def test_a_department_cannot_be_offered_below_itself(org: dict, tab: RosterTab) -> None:
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}
    choices = [label.strip() for _, label in
               tab.controller.department_choices(exclude_id=departments["Sales"])]
    assert choices == ["Care"]


def test_strategic_goals_per_organisation_and_department(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.goals_hint.isVisible()

    def fill(title: str) -> Callable[[StrategicGoalDialog], None]:
        return lambda dialog: dialog.title.setText(title)

    answer_with(monkeypatch, StrategicGoalDialog, fill("Fewer sick days"))
    tab.add_goal_button.click()
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}
    tab.reload_departments(departments["Care"])
    answer_with(monkeypatch, StrategicGoalDialog, fill("Shorter waiting lists"))
    tab.add_goal_button.click()
    texts = [tab.goals.item(i).text() for i in range(tab.goals.count())]
    assert texts == ["Fewer sick days", "Shorter waiting lists (department)"]
    tab.reload_departments(departments["Sales"])
    assert [tab.goals.item(i).text() for i in range(tab.goals.count())] == ["Fewer sick days"]
    tab.goals.setCurrentRow(0)
    answer_with(monkeypatch, StrategicGoalDialog, fill("Fewer sick days in 2027"))
    tab.edit_goal_button.click()
    assert tab.goals.item(0).text() == "Fewer sick days in 2027"


def test_view_state_returns_to_the_same_place(org: dict, tab: RosterTab, qtbot) -> None:
    departments = {d["name"]: d["id"] for d in roster.list_departments(org["id"])}
    person = roster.create_employee(org["id"], "Nils", "Nord", department_id=departments["North"])
    tab.reload_departments(departments["North"])
    tab.filter.setText("nils")
    tab.select_employee(person["id"])
    state = tab.view_state()
    fresh = RosterTab(RosterController(roster))
    qtbot.addWidget(fresh)
    fresh.restore_view_state(state)
    assert fresh.controller.department_id == departments["North"]
    assert fresh.filter.text() == "nils"
    assert fresh.selected_employee_id() == person["id"]


def test_import_button_opens_the_import_dialog_for_the_organisation(
    org: dict, tab: RosterTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog

    opened: list[str | None] = []

    def exec_(dialog: RosterImportDialog) -> int:
        opened.append(dialog.organisation_id)
        roster.create_employee(org["id"], "Ima", "Porteret")  # as if imported
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RosterImportDialog, "exec", exec_)
    assert tab.import_button.isEnabled()
    tab.import_button.click()
    assert opened == [org["id"]]
    assert shown_names(tab) == ["Ima Porteret"]


def test_ctrl_f_goes_to_the_filter(org: dict, tab: RosterTab, qtbot) -> None:
    tab.table.setFocus()
    tab.activateWindow()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.filter.hasFocus, timeout=2_000)


def test_another_tab_can_ask_to_show_an_employee(org: dict, tab: RosterTab) -> None:
    other = roster.create_organisation("Andet Firma")
    person = roster.create_employee(other["id"], "Vera", "Vang")
    roster.create_employee(org["id"], "Kim", "Kiel")
    tab.reload_organisations(org["id"])
    tab.filter.setText("kim")
    tab.show_item({"employee_id": person["id"]})
    assert tab.organisation.currentText() == "Andet Firma"
    assert tab.filter.text() == ""
    assert tab.selected_employee_id() == person["id"]


def test_enter_on_the_table_edits_the_selected_employee(
    org: dict, tab: RosterTab, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = roster.create_employee(org["id"], "Eva", "Enter")
    tab.reload_employees(person["id"])
    edited: list[str] = []
    answer_with(monkeypatch, EmployeeDialog, lambda d: edited.append(d.first_name.text()))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert edited == ["Eva"]


def test_organisation_country_follows_the_language_until_chosen(qtbot) -> None:
    saved: list[tuple[str, str, str]] = []
    dialog = OrganisationDialog(lambda *values: saved.append(values))
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "DK"
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    assert dialog.country.currentData() == "NO"
    dialog.name.setText("Fjellby")
    dialog.accept()
    assert saved == [("Fjellby", "nb", "NO")]
