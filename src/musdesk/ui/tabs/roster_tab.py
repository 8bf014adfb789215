"""The roster tab: organisation selector, department tree, employee table, strategic goals.

Wiring only; the layout is built by `ui/widgets/roster_tab_view.py`, and what to load and which
service to call is `RosterController`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTreeWidgetItem, QWidget

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.qtmodels.employee_table import EmployeeFilterProxy, EmployeeTableModel
from musdesk.ui.tabs.base import TabPage
from musdesk.ui.tabs.roster_controller import RosterController
from musdesk.ui.tabs.roster_privacy import RosterPrivacy
from musdesk.ui.widgets.roster_tab_view import build

DEPARTMENT_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


def build_roster_tab() -> RosterTab:
    from musdesk.services import roster
    from musdesk.services.roster_rows import employee_rows

    return RosterTab(RosterController(roster, employee_rows))


if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QTableView,
        QTreeWidget,
        QWidget,
    )

    from musdesk.ui.tabs.roster_followup import RosterFollowUpMenu


class RosterTab(TabPage):
    if TYPE_CHECKING:  # the widgets ui/widgets/roster_tab_view.build puts on the tab
        followup_menu: RosterFollowUpMenu  # set by tabs/factory.py
        add_department_button: QPushButton
        add_employee_button: QPushButton
        add_goal_button: QPushButton
        add_org_button: QPushButton
        count_label: QLabel
        edit_department_button: QPushButton
        edit_employee_button: QPushButton
        edit_goal_button: QPushButton
        edit_org_button: QPushButton
        empty_hint: QLabel
        filter: QLineEdit
        first_org_button: QPushButton
        goals: QListWidget
        goals_hint: QLabel
        goals_title: QLabel
        import_button: QPushButton
        left_button: QPushButton
        no_organisation: QWidget
        organisation: QComboBox
        pages: QStackedWidget
        show_left: QCheckBox
        splitter: QSplitter
        table: QTableView
        table_stack: QStackedWidget
        tree: QTreeWidget

    # Emitted after employees changed (other tabs may refresh their lists).
    roster_changed = Signal()

    def __init__(self, controller: RosterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = EmployeeTableModel(self)
        self.proxy = EmployeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # Filtering and sorting reset the model: keep the selected person selected.
        self._selected_before_reset: str | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.privacy = RosterPrivacy(self)  # its widgets are placed by the view
        build(self)  # the layout: ui/widgets/roster_tab_view.py
        self._connect()
        self.reload_organisations()

    # --- wiring -------------------------------------------------------------------------
    def _connect(self) -> None:
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.organisation.activated.connect(  # the user's choice: current on every tab
            lambda _i: self.organisation_chosen.emit(self.organisation.currentData() or ""))
        self.add_org_button.clicked.connect(self.add_organisation)
        self.first_org_button.clicked.connect(self.add_organisation)
        self.edit_org_button.clicked.connect(self.edit_organisation)
        self.import_button.clicked.connect(self.open_import)
        self.tree.currentItemChanged.connect(self._department_chosen)
        self.add_department_button.clicked.connect(self.add_department)
        self.edit_department_button.clicked.connect(self.edit_department)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.goals.itemDoubleClicked.connect(lambda _item: self.edit_goal())
        self.goals.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.filter.textChanged.connect(self._filter_changed)
        self.show_left.toggled.connect(self._show_left_toggled)
        self.add_employee_button.clicked.connect(self.add_employee)
        self.edit_employee_button.clicked.connect(self.edit_employee)
        self.left_button.clicked.connect(self.toggle_left)
        self.table.doubleClicked.connect(lambda _index: self.edit_employee())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the keyboard way to edit
            edit = QShortcut(QKeySequence(key), self.table)
            edit.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit.activated.connect(self.edit_employee)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- loading ------------------------------------------------------------------------
    def reload_organisations(self, select_id: str | None = None) -> None:
        organisations = self.controller.organisations()
        wanted = select_id or self.controller.organisation_id
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for org in organisations:
            self.organisation.addItem(org["name"], org["id"])
        index = self.organisation.findData(wanted) if wanted else -1
        self.organisation.setCurrentIndex(index if index >= 0 else (0 if organisations else -1))
        self.organisation.blockSignals(False)
        self.pages.setCurrentIndex(1 if organisations else 0)
        self._organisation_chosen()

    def _organisation_chosen(self) -> None:
        self.controller.select_organisation(self.organisation.currentData())
        self.reload_departments()

    def organisation_id(self) -> str | None:
        return self.organisation.currentData()

    def set_organisation(self, organisation_id: str) -> None:
        if organisation_id != self.organisation.currentData():
            self.reload_organisations(select_id=organisation_id)

    def reload_departments(self, select_id: str | None = None) -> None:
        tree = self.controller.department_tree()
        self.tree.blockSignals(True)
        self.tree.clear()
        everyone = QTreeWidgetItem([self.tr("All departments")])
        everyone.setData(0, DEPARTMENT_ROLE, None)
        self.tree.addTopLevelItem(everyone)
        items: dict[str | None, QTreeWidgetItem] = {None: everyone}

        def add(nodes: list[dict[str, Any]], parent: QTreeWidgetItem) -> None:
            for node in nodes:
                item = QTreeWidgetItem(parent, [node["name"]])
                item.setData(0, DEPARTMENT_ROLE, node["id"])
                items[node["id"]] = item
                add(node.get("children", []), item)

        add(tree, everyone)
        self.tree.expandAll()
        wanted = select_id if select_id is not None else self.controller.department_id
        self.tree.setCurrentItem(items.get(wanted, everyone))
        self.tree.blockSignals(False)
        self._department_chosen()

    def _department_chosen(self, *_: object) -> None:
        item = self.tree.currentItem()
        self.controller.select_department(item.data(0, DEPARTMENT_ROLE) if item else None)
        self.reload_employees()
        self.reload_goals()

    def reload_employees(self, select_id: str | None = None) -> None:
        selected = select_id or self.selected_employee_id()
        rows = self.controller.employees()
        self.model.set_employees(rows, self.controller.department_names(),
                                 self.controller.missing_leader_names(rows))
        QTimer.singleShot(0, self.model, self.model.prepare_search)  # after the first paint
        self._update_count()
        if selected:
            self.select_employee(selected)
        self._update_buttons()

    def reload_goals(self) -> None:
        department = self.controller.department_id
        node = self.controller.department(department) if department else None
        self.goals_title.setText(
            self.tr("<b>Strategic goals</b> of {name} and the organisation").format(
                name=node["name"]) if node else self.tr("<b>Strategic goals</b> of the "
                                                        "organisation"))
        self.goals.clear()
        for goal in self.controller.strategic_goals():
            text = goal["title"]
            if goal.get("department_id"):
                text = self.tr("{title} (department)").format(title=text)
            item = QListWidgetItem(text)
            item.setData(GOAL_ROLE, goal)
            item.setToolTip(goal.get("description") or "")
            self.goals.addItem(item)
        self.goals_hint.setVisible(self.goals.count() == 0)
        self._update_buttons()

    # --- filter and selection -----------------------------------------------------------
    def _remember_selection(self) -> None:
        self._selected_before_reset = self.selected_employee_id()

    def _restore_selection(self) -> None:
        if self._selected_before_reset:
            self.select_employee(self._selected_before_reset)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()
        self._update_buttons()

    def _show_left_toggled(self, checked: bool) -> None:
        self.controller.include_left = checked
        self.reload_employees()

    def _update_count(self) -> None:
        total, shown = self.model.total_count, self.proxy.rowCount()
        if total == 0:
            self.empty_hint.setText(self.tr(
                "No employees here yet. Add one, or import the roster from the HR system."))
            self.table_stack.setCurrentWidget(self.empty_hint)
        elif shown == 0:
            self.empty_hint.setText(self.tr("Nobody matches “{text}”. Clear the filter to see "
                                            "everyone.").format(text=self.proxy.filter_text))
            self.table_stack.setCurrentWidget(self.empty_hint)
        else:
            self.table_stack.setCurrentWidget(self.table)
        item = self.tree.currentItem()  # the count says where it counts
        place = item.text(0) if item and item.data(0, DEPARTMENT_ROLE) else (
            self.organisation.currentText())
        if shown == total:
            self.count_label.setText(self.tr("{n} employees in {place}").format(
                n=_number(total), place=place))
        else:
            self.count_label.setText(self.tr("{shown} of {total} employees in {place}").format(
                shown=_number(shown), total=_number(total), place=place))

    def selected_employee_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.employee_id(rows[0].row()) if rows else None

    def select_employee(self, employee_id: str) -> bool:
        row = self.model.row_of(employee_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        has_org = self.controller.organisation_id is not None
        employee_id = self.selected_employee_id()
        for button in (self.edit_org_button, self.add_department_button, self.add_goal_button,
                       self.add_employee_button, self.import_button):
            button.setEnabled(has_org)
        self.edit_department_button.setEnabled(self.controller.department_id is not None)
        self.edit_goal_button.setEnabled(self.goals.currentItem() is not None)
        self.edit_employee_button.setEnabled(employee_id is not None)
        self.left_button.setEnabled(employee_id is not None)
        self.privacy.update(employee_id)
        if employee_id is not None:
            employee = self.model.find(employee_id)
            active = employee is None or employee.get("active", True)
            self.left_button.setText(self.tr("Mark as left…") if active
                                     else self.tr("Mark as active"))

    # --- actions ------------------------------------------------------------------------
    def add_organisation(self) -> None:
        from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog

        created: list[dict[str, Any]] = []
        dialog = OrganisationDialog(
            lambda name, language, country: created.append(
                self.controller.create_organisation(name, language, country)), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and created:
            self.reload_organisations(created[0]["id"])
            self.organisation_chosen.emit(created[0]["id"])  # the new client is current

    def edit_organisation(self) -> None:
        current = self.controller.current_organisation()
        if current is None:
            return
        from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.controller.update_organisation, name=current["name"],
                                    language=current["language"],
                                    country=current.get("country"), editing=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_organisations(current["id"])

    def open_import(self) -> None:
        if self.controller.organisation_id is None:
            return
        from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self, organisation_id=self.controller.organisation_id,
                                           organisation_name=self.organisation.currentText())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_departments()
            self.roster_changed.emit()

    def add_department(self) -> None:
        from musdesk.ui.dialogs.department_dialog import DepartmentDialog

        created: list[dict[str, Any]] = []
        dialog = DepartmentDialog(
            lambda name, parent_id: created.append(
                self.controller.add_department(name, parent_id)),
            self.controller.department_choices(),
            parent_id=self.controller.department_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and created:
            self.reload_departments(created[0]["id"])

    def edit_department(self) -> None:
        department_id = self.controller.department_id
        node = self.controller.department(department_id) if department_id else None
        if node is None:
            return
        from musdesk.ui.dialogs.department_dialog import DepartmentDialog

        dialog = DepartmentDialog(
            lambda name, parent_id: self.controller.update_department(node["id"], name,
                                                                      parent_id),
            self.controller.department_choices(exclude_id=node["id"]),
            name=node["name"], parent_id=node.get("parent_id"), editing=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_departments(node["id"])

    def add_goal(self) -> None:
        self._goal_dialog(None)

    def edit_goal(self) -> None:
        item = self.goals.currentItem()
        if item is not None:
            self._goal_dialog(item.data(GOAL_ROLE))

    def _goal_dialog(self, goal: dict[str, Any] | None) -> None:
        from musdesk.ui.dialogs.strategic_goal_dialog import StrategicGoalDialog

        if goal is None:
            def save(title: str, description: str) -> object:
                return self.controller.add_strategic_goal(title, description)
        else:
            def save(title: str, description: str) -> object:
                return self.controller.update_strategic_goal(goal["id"], title, description)
        dialog = StrategicGoalDialog(save, self._goal_scope(goal), title=(goal or {}).get(
            "title", ""), description=(goal or {}).get("description", ""),
            editing=goal is not None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_goals()

    def _goal_scope(self, goal: dict[str, Any] | None) -> str:
        department_id = goal.get("department_id") if goal else self.controller.department_id
        node = self.controller.department(department_id) if department_id else None
        org = self.organisation.currentText()
        return f"{org} – {node['name']}" if node else org

    def add_employee(self) -> None:
        self._employee_dialog(None)

    def edit_employee(self) -> None:
        employee_id = self.selected_employee_id()
        if employee_id is not None:
            self._employee_dialog(employee_id)

    def _employee_dialog(self, employee_id: str | None) -> None:
        from musdesk.ui.dialogs.employee_dialog import EmployeeDialog

        try:
            current = self.controller.employee(employee_id) if employee_id else {
                "department_id": self.controller.department_id}
        except MusdeskError as exc:
            show_error(self, exc)
            return
        dialog = EmployeeDialog(
            lambda values: self.controller.save_employee(employee_id, values),
            self.controller.department_choices(),
            self.controller.leader_choices(exclude_id=employee_id),
            current if employee_id else None, parent=self)
        if employee_id is None:
            dialog.department.set_choices(self.controller.department_choices(),
                                          self.controller.department_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.reload_employees(dialog.saved["id"])
            self.roster_changed.emit()

    def toggle_left(self) -> None:
        employee_id = self.selected_employee_id()
        if employee_id is None:
            return
        employee = self.model.find(employee_id)
        if employee is None:
            return
        if not employee.get("active", True):
            try:
                self.controller.mark_active(employee_id)
            except MusdeskError as exc:
                show_error(self, exc)
                return
        else:
            from musdesk.ui.dialogs.mark_left_dialog import MarkLeftDialog

            dialog = MarkLeftDialog(employee["full_name"],
                                    lambda day: self.controller.mark_left(employee_id, day), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        self.reload_employees(employee_id)
        self.roster_changed.emit()

    # --- TabPage --------------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        return {
            "organisation_id": self.controller.organisation_id,
            "department_id": self.controller.department_id,
            "filter": self.filter.text(),
            "include_left": self.show_left.isChecked(),
            "employee_id": self.selected_employee_id(),
        }

    def restore_view_state(self, state: dict[str, Any]) -> None:
        if not state:
            return
        if state.get("organisation_id"):
            self.reload_organisations(state["organisation_id"])
        if state.get("department_id"):
            self.reload_departments(state["department_id"])
        self.show_left.setChecked(bool(state.get("include_left")))
        self.filter.setText(state.get("filter", ""))
        if state.get("employee_id"):
            self.select_employee(state["employee_id"])
            self._update_buttons()

    def show_item(self, payload: object) -> None:
        """Show an employee another tab asked for: in their organisation, with nothing
        filtered away."""
        if not (isinstance(payload, dict) and payload.get("employee_id")):
            return
        employee_id = str(payload["employee_id"])
        self.filter.clear()
        if self.select_employee(employee_id):
            return
        try:
            employee = self.controller.employee(employee_id)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        self.show_left.setChecked(not employee.get("active", True))
        self.reload_organisations(employee["organisation_id"])
        self.reload_departments(select_id=None)
        self.tree.setCurrentItem(cast(QTreeWidgetItem, self.tree.topLevelItem(0)))  # everyone
        self.select_employee(employee_id)


def _number(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
