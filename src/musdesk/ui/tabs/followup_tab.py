"""The follow-up tab: the timeline of a scope, the due list beside it, and the follow-up actions.

Layout: `ui/widgets/followup_view.py`. What an item allows, loading and planning by hand:
`services/followup_screen.py` (Qt-free); recording, evaluating and recognising go through
`services/followup_actions.py`. No Peewee model or query is used here. After unlocking, the
main window calls `after_unlock()` for a notice that does not block.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from musdesk.errors import MusdeskError
from musdesk.services import followup_actions as actions
from musdesk.services import followup_screen as screen
from musdesk.services import roster
from musdesk.services.followup_notice import overdue_summary
from musdesk.services.followup_overview import (
    MEETING,
    DueItem,
    Scope,
    Timeline,
    TimelineItem,
    change_token,
)
from musdesk.services.followup_screen import (
    EVALUATE,
    OPEN_CONVERSATION,
    OPEN_MEETING,
    ItemActions,
    action_for,
    load_scope,
)
from musdesk.ui import dates
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.qtmodels.due_list import ITEM_ROLE, DueListModel, DueListProxy
from musdesk.ui.tabs.base import CONVERSATION as CONVERSATION_TAB
from musdesk.ui.tabs.base import TabPage
from musdesk.ui.tabs.followup_planning_actions import PlanningActions
from musdesk.ui.widgets.followup_view import FollowUpView, FollowUpWidgets, item_text
from musdesk.ui.widgets.unlock_notice import due_notice_text
from musdesk.ui.workers import Job, start

_VIEW_WIDGETS = (  # the view's widgets the tab (and its tests) use by name
    "organisation", "department", "employee", "quarter_button", "year_button", "today_button",
    "export_result", "export_button", "notice", "notice_label", "notice_show", "notice_close",
    "timeline", "legend", "details", "plan_button", "move_button", "cancel_button",
    "meeting_button", "adjust_button", "evaluate_button", "recognition_button",
    "conversation_button",
    "due_title", "loading", "due_table", "splitter",
)


def build_followup_tab() -> TabPage:
    return FollowUpTab()


class FollowUpTab(TabPage, FollowUpWidgets):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._data = Timeline()
        self._token: tuple = ()
        self._request = 0  # the newest load; older results arriving late are dropped
        self._filling = False
        self.due_model = DueListModel(self)
        self.due_proxy = DueListProxy(self)
        self.due_proxy.setSourceModel(self.due_model)
        # How dialogs are run; tests replace it to fill in and accept a dialog.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.view = FollowUpView(self.due_proxy, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        for name in _VIEW_WIDGETS:
            setattr(self, name, getattr(self.view, name))
        self._actions = ItemActions()
        self.planning = PlanningActions(self)
        self.timeline.set_tooltip_function(self._tooltip)
        self._connect()
        self._show_details(None)
        self.reload_organisations()
        self._shown_once = False

    def _connect(self) -> None:
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.organisation.activated.connect(  # the user's choice: current on every tab
            lambda _i: self.organisation_chosen.emit(self.organisation.currentData() or ""))
        self.department.currentIndexChanged.connect(self._department_changed)
        self.employee.currentIndexChanged.connect(self._employee_changed)
        self.quarter_button.toggled.connect(
            lambda on: on and self.timeline.set_zoom("quarter"))
        self.year_button.toggled.connect(lambda on: on and self.timeline.set_zoom("year"))
        self.today_button.clicked.connect(self.timeline.scroll_to_today)
        self.export_button.clicked.connect(self.export_calendar)
        self.timeline.item_selected.connect(self._show_details)
        self.timeline.item_activated.connect(self.activate)
        self.meeting_button.clicked.connect(lambda: self._with_selected(self.record_meeting))
        self.evaluate_button.clicked.connect(lambda: self._with_selected(self.evaluate_goal))
        self.recognition_button.clicked.connect(
            lambda: self._with_selected(self.add_recognition))
        self.conversation_button.clicked.connect(
            lambda: self._with_selected(self.open_conversation))
        self.plan_button.clicked.connect(lambda: self.plan_meeting())
        self.move_button.clicked.connect(lambda: self._with_selected(self.move_meeting))
        self.cancel_button.clicked.connect(lambda: self._with_selected(self.cancel_meeting))
        self.adjust_button.clicked.connect(
            lambda: self._actions.adjust_goal_id and self.adjust_goal(self._actions.adjust_goal_id))
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._row_menu)
        self.due_table.selectionModel().currentRowChanged.connect(self._due_row_changed)
        self.due_table.doubleClicked.connect(self._due_row_activated)
        self.notice_close.clicked.connect(self.notice.hide)
        self.notice_show.clicked.connect(self.show_due_list)

    # --- scope ----------------------------------------------------------------------------
    def reload_organisations(self) -> None:
        """Fill the three choosers again (the roster may have changed), keeping the choice."""
        self.set_scope(self.organisation.currentData(), self.department.currentData(),
                       self.employee.currentData())

    def set_scope(self, org_id: object, department_id: object, employee_id: object) -> None:
        """Choose an organisation, a department and an employee in it, then load once.
        None, or one no longer there, means the first organisation / all / everyone."""
        self._filling = True
        try:
            self.organisation.clear()
            for org in roster.list_organisations():
                self.organisation.addItem(org["name"], org["id"])
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(org_id)))
            self._fill_departments(department_id)
            self._fill_employees(employee_id)
        finally:
            self._filling = False
        self.refresh()

    def _fill_departments(self, department_id: object = None) -> None:
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        org_id = self.organisation.currentData()
        if org_id:
            self._add_departments(roster.department_tree(org_id), 0)
        index = self.department.findData(department_id) if department_id else 0
        self.department.setCurrentIndex(max(0, index))

    def _add_departments(self, nodes: list[dict[str, Any]], depth: int) -> None:
        for node in nodes:
            self.department.addItem("    " * depth + node["name"], node["id"])
            self._add_departments(node["children"], depth + 1)

    def _fill_employees(self, employee_id: object = None) -> None:
        self.employee.clear()
        self.employee.addItem(self.tr("Everyone"), None)
        org_id = self.organisation.currentData()
        if org_id:
            for person in roster.list_employees(org_id, self.department.currentData()):
                self.employee.addItem(person["full_name"], person["id"])
        index = self.employee.findData(employee_id) if employee_id else 0
        self.employee.setCurrentIndex(max(0, index))

    def _organisation_changed(self) -> None:
        if not self._filling:
            self._filling = True
            self._fill_departments()
            self._fill_employees()
            self._filling = False
            self.refresh()

    def organisation_id(self) -> str | None:
        return self.organisation.currentData()

    def set_organisation(self, organisation_id: str) -> None:
        if organisation_id != self.organisation.currentData():
            self.set_scope(organisation_id, None, None)

    def _department_changed(self) -> None:
        if not self._filling:
            self._filling = True
            self._fill_employees()
            self._filling = False
            self.refresh()

    def _employee_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def scope(self) -> Scope | None:
        if self.employee.currentData():
            return Scope("employee", self.employee.currentData())
        if self.department.currentData():
            return Scope("department", self.department.currentData())
        if self.organisation.currentData():
            return Scope("organisation", self.organisation.currentData())
        return None

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the timeline and the due list of the current scope, keeping the selection.

        A scope of more than BACKGROUND_FROM people loads off the UI thread (an organisation
        of 2,000 takes most of a second); smaller ones load at once."""
        scope = self.scope()
        today = self._today()
        self._request += 1
        request = self._request
        if scope is None:
            self._apply(request, (Timeline(), [], change_token()), today)
            return
        try:
            if not screen.is_large(scope):
                self._apply(request, load_scope(scope, today), today)
                return
        except MusdeskError as exc:
            show_error(self, exc)
            return
        self.loading.show()
        job = Job(lambda context: load_scope(scope, today, context.check))
        job.signals.succeeded.connect(lambda result: self._apply(request, result, today))
        job.signals.failed.connect(lambda exc: self._load_failed(request, exc))
        start(job)

    def _apply(self, request: int, result: tuple, today: dt.date) -> None:
        if not Shiboken.isValid(self) or request != self._request:
            return  # the tab is gone (locked) or a newer load was asked for
        self.loading.hide()
        selected = self.timeline.selected_item()
        first_load = not self._data.rows
        self._data, due, self._token = result
        self.timeline.set_timeline(self._data.rows, self._data.items, today)
        self.due_model.set_items(due, today)
        overdue = self.due_model.overdue_count()
        coming = len(due) - overdue
        self.due_title.setText(
            "<b>" + self.tr("Due list") + "</b> "
            + self.tr("in %1").replace("%1", _escape(self.organisation.currentText())) + " – "
            + self.tr("overdue: %1").replace("%1", str(overdue)) + ", "
            + self.tr("in the next 14 days: %1").replace("%1", str(coming)))
        if selected is not None and self.timeline.select_record(selected.record_id, selected.kind):
            return
        if first_load or selected is None:
            self.timeline.scroll_to_today()
        self._show_details(None)

    def _load_failed(self, request: int, error: BaseException) -> None:
        if not Shiboken.isValid(self) or request != self._request:
            return
        self.loading.hide()
        if isinstance(error, MusdeskError):
            show_error(self, error)
        elif screen.workspace_open():  # not just the workspace locked under the load
            sys.excepthook(type(error), error, error.__traceback__)

    # --- selection and details ------------------------------------------------------------
    def _tooltip(self, item: TimelineItem, row_label: str) -> str:
        name = self._data.employee_names.get(item.employee_id, row_label)
        parts = [f"{name}: {item_text(item)}", dates.date_text(item.on)]
        title = item.title or self._data.goal_titles.get(item.goal_id or "", "")
        if title:
            parts.append(title)
        if item.overdue:
            parts.append(self.tr("Overdue"))
        return "\n".join(parts)

    def _show_details(self, item: TimelineItem | None) -> None:
        try:
            self._actions = screen.actions_for(item)
        except MusdeskError:
            self._actions = ItemActions()
        allowed = self._actions
        if item is None:
            self.details.setText(self.tr("Select a point on the timeline to see what it is and "
                                         "what you can do. Double-click to open it."))
        else:
            name = self._data.employee_names.get(item.employee_id, "")
            title = item.title or self._data.goal_titles.get(item.goal_id or "", "")
            if allowed.goal_titles:  # a meeting follows up all these goals
                title = "; ".join(allowed.goal_titles)
            lines = [f"<b>{_escape(item_text(item))}</b> – {dates.date_text(item.on)}",
                     _escape(name)]
            if title:
                lines.append(_escape(title))
            if item.overdue:
                lines.append(f"<span style='color:#b71c1c'><b>{self.tr('Overdue')}</b></span>")
            self.details.setText("<br>".join(lines))
        self.meeting_button.setEnabled(allowed.record or allowed.correct)
        self.meeting_button.setText(self.tr("Correct the held meeting…") if allowed.correct
                                    else self.tr("Record meeting…"))
        self.move_button.setEnabled(allowed.move)
        self.cancel_button.setEnabled(allowed.cancel)
        self.evaluate_button.setEnabled(allowed.evaluate)
        self.recognition_button.setEnabled(allowed.recognition)
        self.conversation_button.setEnabled(allowed.open_conversation)
        self.adjust_button.setEnabled(allowed.adjust)
        self.plan_button.setEnabled(self.planning.plan_employee() is not None)

    def _with_selected(self, action: Callable[[TimelineItem], object]) -> None:
        item = self.timeline.selected_item()
        if item is not None:
            action(item)

    def activate(self, item: TimelineItem) -> None:
        action = action_for(item)
        if action == OPEN_MEETING:
            self.record_meeting(item)
        elif action == EVALUATE:
            self.evaluate_goal(item)
        elif action == OPEN_CONVERSATION:
            self.open_conversation(item)

    def _due_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            due: DueItem = current.data(ITEM_ROLE)
            self.timeline.select_record(due.record_id, due.kind)

    def _due_row_activated(self, index: QModelIndex) -> None:
        due: DueItem = index.data(ITEM_ROLE)
        if self.timeline.select_record(due.record_id, due.kind):
            self.activate(cast(TimelineItem, self.timeline.selected_item()))  # just selected

    # --- actions --------------------------------------------------------------------------
    def saved(self, function: Callable[[Any], object]) -> Callable[[Any], object]:
        """Save through `function`; reload the views after it succeeded."""
        def save(data: Any) -> object:
            result = function(data)
            self.refresh()
            return result
        return save

    def record_meeting(self, item: TimelineItem) -> None:
        from musdesk.ui.dialogs.followup_meeting import MeetingDialog

        try:
            meeting = actions.meeting(item.record_id)
            goals = actions.goal_choices(meeting["employee_id"])
        except MusdeskError as exc:
            show_error(self, exc)
            return
        heading = self.tr("%1 – planned for %2").replace("%1", meeting["employee_name"]).replace(
            "%2", dates.date_text(meeting["planned_on"]))
        if meeting["goal_title"]:
            heading += "\n" + meeting["goal_title"]
        if meeting["status"] == "held":
            heading = self.tr("Correct the held meeting") + "\n" + heading
        dialog = MeetingDialog(item.record_id, heading, goals, self._today(),
                               save=self.saved(self._save_meeting), parent=self)
        dialog.load_recorded(meeting)  # a meeting opened again shows what was recorded
        self.run_dialog(dialog)

    @staticmethod
    def _save_meeting(data: Any) -> object:
        from musdesk.services.followup_inputs import HeldMeetingInput

        if isinstance(data, HeldMeetingInput):
            return actions.record_held(data)
        return actions.record_missed(data)

    def evaluate_goal(self, item: TimelineItem) -> None:
        from musdesk.ui.dialogs.followup_evaluation import EvaluationDialog

        if not item.goal_id:
            return
        try:
            goal = actions.goal_choice(item.goal_id)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        name = self._data.employee_names.get(item.employee_id, "")
        dialog = EvaluationDialog(goal, name, self._today(), save=self.saved(actions.evaluate),
                                  parent=self)
        self.run_dialog(dialog)

    def add_recognition(self, item: TimelineItem) -> None:
        from musdesk.ui.dialogs.followup_recognition import RecognitionDialog

        try:
            goals = actions.goal_choices(item.employee_id, open_only=False)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        name = self._data.employee_names.get(item.employee_id, "")
        dialog = RecognitionDialog(item.employee_id, name, goals, self._today(), item.goal_id,
                                   save=self.saved(actions.add_recognition), parent=self)
        self.run_dialog(dialog)

    def open_conversation(self, item: TimelineItem) -> None:
        conversation_id = self._actions.conversation_id or item.record_id
        if item.kind == MEETING and self._actions.conversation_id is None:
            return
        self.navigate.emit(CONVERSATION_TAB, {"conversation_id": conversation_id,
                                              "employee_id": item.employee_id})

    # --- planning, moving, cancelling, adjusting (ui/tabs/followup_planning_actions.py) ---
    def plan_meeting(self, employee_id: str | None = None, near: dt.date | None = None) -> None:
        self.planning.plan_meeting(employee_id, near)

    def move_meeting(self, item: TimelineItem) -> None:
        self.planning.move_meeting(item)

    def cancel_meeting(self, item: TimelineItem) -> None:
        self.planning.cancel_meeting(item)

    def adjust_goal(self, goal_id: str) -> None:
        self.planning.adjust_goal(goal_id)

    def _row_menu(self, point: QPoint) -> None:
        if (menu := self.row_menu(point)) is not None:
            menu.popup(self.timeline.mapToGlobal(point))

    def row_menu(self, point: QPoint) -> QMenu | None:
        return self.planning.row_menu(point)

    def today(self) -> dt.date:
        return self._today()

    def item_actions(self) -> ItemActions:
        """What the selected item allows."""
        return self._actions

    def employee_name(self, employee_id: str) -> str:
        return self._data.employee_names.get(employee_id, "")

    def export_calendar(self) -> Job | None:
        """Write the scope's calendar on a worker thread (an organisation of thousands of
        people has tens of thousands of events); the label says when it is written."""
        from musdesk.interchange.calendar_export import export_calendar

        scope = self.scope()
        if scope is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), start_path("musdesk-follow-up.ics"),
            self.tr("Calendar files (*.ics)"))
        if not path:
            return None
        self.export_button.setEnabled(False)
        self.export_result.setText(self.tr("Writing the calendar file…"))
        job = Job(lambda _context: export_calendar(path, scope))

        def written(count: int) -> None:
            if not Shiboken.isValid(self):
                return
            self.export_button.setEnabled(True)
            self.export_result.setText(self.tr("%1 events written to the calendar file.")
                                       .replace("%1", str(count)))
            self.export_result.setToolTip(path)

        def failed(error: BaseException) -> None:
            if not Shiboken.isValid(self):
                return
            self.export_button.setEnabled(True)
            self.export_result.setText("")
            if isinstance(error, MusdeskError):
                show_error(self, error)
            elif screen.workspace_open():
                sys.excepthook(type(error), error, error.__traceback__)

        job.signals.succeeded.connect(written)
        job.signals.failed.connect(failed)
        return start(job)

    # --- notice after unlocking -----------------------------------------------------------
    def after_unlock(self) -> str | None:
        """Fill the quiet notice ("N follow-ups overdue, M due this week") and return its
        text for the main window's status bar; None (and no notice) when nothing is due."""
        try:
            overdue, this_week = overdue_summary(self._today())
        except MusdeskError:
            return None
        text = due_notice_text(overdue, this_week)
        if text is None:
            self.notice.hide()
            return None
        self.notice_label.setText(text)
        self.notice.show()
        return text

    def show_due_list(self) -> None:
        self.notice.hide()
        self.due_table.setFocus()
        if self.due_proxy.rowCount() and not self.due_table.currentIndex().isValid():
            self.due_table.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        # Other tabs change goals, meetings and the roster: look again when shown.
        super().showEvent(event)
        if self._shown_once and change_token() != self._token:
            self.reload_organisations()
        self._shown_once = True

    # --- TabPage --------------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        return {
            "organisation_id": self.organisation.currentData(),
            "department_id": self.department.currentData(),
            "employee_id": self.employee.currentData(),
            "zoom": self.timeline.zoom(),
        }

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.set_scope(state.get("organisation_id"), state.get("department_id"),
                     state.get("employee_id"))
        if state.get("zoom") == "year":
            self.year_button.setChecked(True)
        elif state.get("zoom") == "quarter":
            self.quarter_button.setChecked(True)

    def show_item(self, payload: object) -> None:
        """{"employee_id": …} shows that employee (with "plan": True, the plan dialog opens
        for them); {"show": "due_list"} goes to the list."""
        if not isinstance(payload, dict):
            return
        if payload.get("show") == "due_list":
            self.show_due_list()
            return
        employee_id = payload.get("employee_id")
        if employee_id:
            try:
                person = roster.get_employee(employee_id)
            except MusdeskError:
                return
            self.set_scope(person["organisation_id"], None, employee_id)
            if payload.get("plan"):  # from the roster row: "Plan a follow-up meeting…"
                self.plan_meeting(employee_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
