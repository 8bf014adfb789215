"""The follow-up tab: the timeline of a scope, the due list beside it, and the follow-up actions.

Reading comes from `services/followup_overview.py`; every change goes through
`services/followup_actions.py` (over `services/followup.py`). After unlocking, the main window
calls `after_unlock()` for a notice that does not block.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from musdesk.errors import MusdeskError
from musdesk.services import followup_actions as actions
from musdesk.services import roster
from musdesk.services.followup_notice import overdue_summary
from musdesk.services.followup_overview import (
    CONVERSATION,
    EVALUATION,
    GOAL_DEADLINE,
    MEETING,
    RECOGNITION,
    SIGNING,
    SUB_GOAL,
    DueItem,
    Scope,
    Timeline,
    TimelineItem,
    change_token,
    due_items,
    employees_in_scope,
    timeline,
)
from musdesk.storage.database import workspace_bound
from musdesk.ui import dates
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.qtmodels.due_list import (
    DATE,
    ITEM_ROLE,
    ORGANISATION,
    DueListModel,
    DueListProxy,
    column_widths,
)
from musdesk.ui.tabs.base import CONVERSATION as CONVERSATION_TAB
from musdesk.ui.tabs.base import TabPage
from musdesk.ui.widgets.timeline import TimelineView
from musdesk.ui.widgets.timeline_legend import TimelineLegend
from musdesk.ui.widgets.unlock_notice import due_notice_text
from musdesk.ui.workers import Job, start

DUE_DAYS = 14
BACKGROUND_FROM = 300  # people in scope; above this the tab loads off the UI thread
# What activating (double-click, Enter) an item does.
OPEN_MEETING, EVALUATE, OPEN_CONVERSATION, DETAILS = "meeting", "evaluate", "conversation", "none"


def action_for(item: TimelineItem) -> str:
    """The default action of an item: a meeting is recorded, a goal evaluated, a
    conversation opened in its tab; the rest shows its details only."""
    if item.kind == MEETING:
        return OPEN_MEETING
    if item.kind in (GOAL_DEADLINE, SUB_GOAL) and item.goal_id:
        return EVALUATE
    if item.kind in (CONVERSATION, SIGNING):
        return OPEN_CONVERSATION
    return DETAILS


# lupdate finds translate("Context", "literal") calls, not calls of a wrapper.
translate = QCoreApplication.translate


def item_text(item: TimelineItem) -> str:
    """What the item is, in words (used in tooltips and the details panel)."""
    if item.kind == MEETING:
        return {
            "planned": translate("FollowUpTab", "Follow-up meeting (planned)"),
            "held": translate("FollowUpTab", "Follow-up meeting (held)"),
            "missed": translate("FollowUpTab", "Follow-up meeting (missed)"),
        }.get(item.status, translate("FollowUpTab", "Follow-up meeting"))
    if item.kind == SUB_GOAL:
        if item.status == "done":
            return translate("FollowUpTab", "Sub-goal (done)")
        return translate("FollowUpTab", "Sub-goal")
    return {
        CONVERSATION: translate("FollowUpTab", "MUS conversation"),
        SIGNING: translate("FollowUpTab", "Summary signed"),
        GOAL_DEADLINE: translate("FollowUpTab", "Goal deadline"),
        EVALUATION: translate("FollowUpTab", "Goal evaluated"),
        RECOGNITION: translate("FollowUpTab", "Recognition (formal)") if item.status == "formal"
        else translate("FollowUpTab", "Recognition (informal)"),
    }.get(item.kind, item.kind)


def load_scope(scope: Scope, today: dt.date, check: Callable[[], None] = lambda: None
               ) -> tuple[Timeline, list[DueItem], tuple]:
    """Everything the tab shows for a scope (runs on a worker thread for large scopes);
    `check` (JobContext.check) between the steps stops a cancelled load."""
    check()
    shown = timeline(scope, today)
    check()
    due = due_items(today, DUE_DAYS, scope)
    check()
    return shown, due, change_token()


def build_followup_tab() -> TabPage:
    return FollowUpTab()


class FollowUpTab(TabPage):
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
        self._build()
        self._connect()
        self.reload_organisations()
        self._shown_once = False

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setMinimumWidth(180)
        self.department = QComboBox()
        self.department.setMinimumWidth(160)
        self.employee = QComboBox()
        self.employee.setMinimumWidth(180)
        for label, combo in ((self.tr("Organisation:"), self.organisation),
                             (self.tr("Department:"), self.department),
                             (self.tr("Employee:"), self.employee)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addSpacing(12)
        self.quarter_button = QToolButton()
        self.quarter_button.setText(self.tr("Quarter"))
        self.year_button = QToolButton()
        self.year_button.setText(self.tr("Year"))
        zoom = QButtonGroup(self)
        for button in (self.quarter_button, self.year_button):
            button.setCheckable(True)
            zoom.addButton(button)
            bar.addWidget(button)
        self.quarter_button.setChecked(True)
        self.today_button = QPushButton(self.tr("Today"))
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        self.export_result = QLabel()  # what the last calendar export wrote
        bar.addWidget(self.export_result)
        self.export_button = QPushButton(self.tr("Export calendar…"))
        self.export_button.setToolTip(self.tr(
            "Write the follow-up meetings and deadlines shown here as an .ics file. It holds "
            "no notes or conversation content."))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        # The notice after unlocking (quiet; it can be closed).
        self.notice = QFrame()
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet("QFrame { background: #fff3e0; border: 1px solid #ffb74d; }"
                                  " QLabel { border: none; }")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 4, 8, 4)
        self.notice_label = QLabel()
        self.notice_show = QPushButton(self.tr("Show the due list"))
        self.notice_close = QToolButton()
        self.notice_close.setText("✕")
        self.notice_close.setToolTip(self.tr("Close this notice"))
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.notice_show)
        notice_layout.addWidget(self.notice_close)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.timeline = TimelineView()
        self.timeline.set_tooltip_function(self._tooltip)
        self.timeline.setAccessibleName(self.tr("Follow-up timeline"))
        self.timeline.setAccessibleDescription(self.tr(
            "Arrow keys move between the points of a row and between rows; Enter opens the "
            "selected point. The due list beside it holds the same follow-ups as a table."))
        self.legend = TimelineLegend()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.legend)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(70)
        right_layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.meeting_button = QPushButton(self.tr("Record meeting…"))
        self.evaluate_button = QPushButton(self.tr("Evaluate goal…"))
        self.recognition_button = QPushButton(self.tr("Recognition…"))
        self.conversation_button = QPushButton(self.tr("Open conversation"))
        for button in (self.meeting_button, self.evaluate_button, self.recognition_button,
                       self.conversation_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.due_title = QLabel()
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.hide()
        due_heading = QHBoxLayout()
        due_heading.addWidget(self.due_title, 1)
        due_heading.addWidget(self.loading)
        right_layout.addLayout(due_heading)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_proxy)
        self.due_table.setSortingEnabled(True)
        self.due_table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().hide()
        self.due_table.setAlternatingRowColors(True)
        self.due_table.setWordWrap(False)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in column_widths(self.due_table.font()).items():
            self.due_table.setColumnWidth(column, width)
        # The tab always looks inside one organisation: the column would repeat its name.
        self.due_table.setColumnHidden(ORGANISATION, True)
        self.due_table.setAccessibleName(self.tr("Due list"))
        right_layout.addWidget(self.due_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self._show_details(None)

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
            large = employees_in_scope(scope).count() > BACKGROUND_FROM
            if not large:
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
        elif workspace_bound():  # not just the workspace locked under the load
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
        if item is None:
            self.details.setText(self.tr("Select a point on the timeline to see what it is and "
                                         "what you can do. Double-click to open it."))
        else:
            name = self._data.employee_names.get(item.employee_id, "")
            title = item.title or self._data.goal_titles.get(item.goal_id or "", "")
            lines = [f"<b>{_escape(item_text(item))}</b> – {dates.date_text(item.on)}",
                     _escape(name)]
            if title:
                lines.append(_escape(title))
            if item.overdue:
                lines.append(f"<span style='color:#b71c1c'><b>{self.tr('Overdue')}</b></span>")
            self.details.setText("<br>".join(lines))
        kind = item.kind if item else None
        self.meeting_button.setEnabled(kind == MEETING)
        self.evaluate_button.setEnabled(bool(item and item.goal_id))
        self.recognition_button.setEnabled(item is not None)
        self.conversation_button.setEnabled(kind in (CONVERSATION, SIGNING))

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
            self.activate(self.timeline.selected_item())

    # --- actions --------------------------------------------------------------------------
    def _saved(self, function: Callable[[Any], object]) -> Callable[[Any], object]:
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
        dialog = MeetingDialog(item.record_id, heading, goals, self._today(),
                               save=self._saved(self._save_meeting), parent=self)
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
        dialog = EvaluationDialog(goal, name, self._today(), save=self._saved(actions.evaluate),
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
                                   save=self._saved(actions.add_recognition), parent=self)
        self.run_dialog(dialog)

    def open_conversation(self, item: TimelineItem) -> None:
        self.navigate.emit(CONVERSATION_TAB, {"conversation_id": item.record_id,
                                              "employee_id": item.employee_id})

    def export_calendar(self) -> None:
        from musdesk.interchange.calendar_export import export_calendar

        scope = self.scope()
        if scope is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), start_path("musdesk-follow-up.ics"),
            self.tr("Calendar files (*.ics)"))
        if not path:
            return
        try:
            count = export_calendar(path, scope)
        except MusdeskError as exc:
            show_error(self, exc)
            return
        self.export_result.setText(self.tr("%1 events written to the calendar file.")
                                   .replace("%1", str(count)))
        self.export_result.setToolTip(path)

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
        """{"employee_id": …} shows that employee; {"show": "due_list"} goes to the list."""
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
