"""The panel beside the wheel for one step: its checklist and the people behind at it.

The panel only shows and reports: ticking a task emits `taskToggled(task_id, done)`, the
"done" button `stepDoneToggled(step_id, done)`, opening a conversation
`conversationRequested(row)`. The tab calls the services.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.wheel_overview import ConversationRow, StepView
from musdesk.ui import dates

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#a02a1c")


format_date = dates.date_text  # one date format in the whole interface (ui/dates.py)


class StepPanel(QWidget):
    taskToggled = Signal(str, bool)
    taskAdded = Signal(str, str, object)  # step id, text, role (or None)
    stepDoneToggled = Signal(str, bool)
    stepEdited = Signal(str, object, list)  # step id, due date (or None), roles
    conversationRequested = Signal(object)  # a ConversationRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step: StepView | None = None
        self._filling = False
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self._on_done_clicked)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(dates.date_format())
        self.due_edit.setAccessibleName(self.tr("Due date of the step"))
        # Saved when the user is done with the field, not on every keystroke.
        self.due_edit.editingFinished.connect(self._on_step_edited)
        self.due_edit.calendarWidget().clicked.connect(lambda _date: self._on_step_edited())
        self.role_boxes: dict[str, QCheckBox] = {}
        for role in enums.ROLES:
            box = QCheckBox(enums.label("role", role))
            box.toggled.connect(lambda _checked: self._on_step_edited())
            self.role_boxes[role] = box

        self.tasks = QTreeWidget()
        self.tasks.setHeaderLabels([self.tr("Task"), self.tr("Responsible"), self.tr("Due")])
        self.tasks.setRootIsDecorated(False)
        self.tasks.setAccessibleName(self.tr("Checklist of the step"))
        self.tasks.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tasks.setWordWrap(True)
        self.tasks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tasks.setUniformRowHeights(False)
        self.tasks.itemChanged.connect(self._on_task_changed)
        self.new_task = QLineEdit()
        self.new_task.setPlaceholderText(self.tr("A new task for this step"))
        self.new_task.returnPressed.connect(self._add_task)
        self.new_task_role = QComboBox()
        self.new_task_role.addItem(self.tr("No one in particular"), None)
        for role in enums.ROLES:
            self.new_task_role.addItem(enums.label("role", role), role)
        self.add_task_button = QPushButton(self.tr("Add task"))
        self.add_task_button.clicked.connect(self._add_task)

        self.behind_title = QLabel()
        self.behind = QTreeWidget()
        self.behind.setHeaderLabels([self.tr("Employee"), self.tr("Department"),
                                     self.tr("Status")])
        self.behind.setRootIsDecorated(False)
        self.behind.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.behind.setAccessibleName(self.tr("Employees not past this step"))
        self.behind.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.behind.itemActivated.connect(lambda item, _column: self._open(item))
        self.behind.itemSelectionChanged.connect(self._update_open_button)
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.behind.currentItem()))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.details)
        # Two columns of role boxes: long role names (nb) must not widen the panel.
        editing = QGridLayout()
        editing.addWidget(QLabel(self.tr("Due:")), 0, 0)
        editing.addWidget(self.due_edit, 0, 1)
        editing.addWidget(QLabel(self.tr("Responsible:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        for index, box in enumerate(self.role_boxes.values()):
            editing.addWidget(box, 1 + index // 2, 1 + index % 2)
        editing.setColumnStretch(3, 1)
        layout.addLayout(editing)
        layout.addWidget(QLabel(self.tr("<b>Checklist</b>")))
        layout.addWidget(self.tasks, 2)
        adding = QHBoxLayout()
        adding.addWidget(self.new_task, 1)
        adding.addWidget(self.new_task_role)
        adding.addWidget(self.add_task_button)
        layout.addLayout(adding)
        layout.addWidget(self.behind_title)
        layout.addWidget(self.behind, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.show_step(None, [], dt.date.today())

    # --- filling --------------------------------------------------------------------------
    def current_step(self) -> StepView | None:
        return self._step

    def show_step(self, step: StepView | None, behind: list[ConversationRow],
                  today: dt.date) -> None:
        self._step = step
        self._filling = True
        try:
            self._fill(step, behind, today)
        finally:
            self._filling = False
        self._update_open_button()

    def _fill(self, step: StepView | None, behind: list[ConversationRow],
              today: dt.date) -> None:
        self.tasks.clear()
        self.behind.clear()
        if step is None:
            self.heading.setText(self.tr("<h3>Choose a step on the wheel</h3>"))
            self.details.setText(self.tr("Click a step or use the arrow keys to see its "
                                         "checklist and who is behind."))
            self.done_button.hide()
            for widget in (self.new_task, self.new_task_role, self.add_task_button,
                           self.due_edit, *self.role_boxes.values()):
                widget.setEnabled(False)
            self.behind_title.hide()
            self.behind.hide()
            self.open_button.hide()
            return
        title = enums.label("wheel_step", step.key)
        phase = enums.label("phase", step.phase)
        self.heading.setText(f"<h3>{step.number}. {_escape(title)}</h3>")
        parts = [self.tr("Phase: %1").replace("%1", phase)]
        if step.done_date:
            parts.append(self.tr("Done: %1").replace("%1", format_date(step.done_date)))
        elif step.overdue:
            parts.append(self.tr("Overdue"))
        self.details.setText(" · ".join(parts))
        self.done_button.show()
        for widget in (self.new_task, self.new_task_role, self.add_task_button,
                       self.due_edit, *self.role_boxes.values()):
            widget.setEnabled(True)
        due = step.due_date or today
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        for role, box in self.role_boxes.items():
            box.setChecked(role in step.roles)
        self.done_button.setText(self.tr("Reopen step") if step.done_date
                                 else self.tr("Mark step done"))
        for task in step.tasks:
            item = QTreeWidgetItem([task.text,
                                    enums.label("role", task.role) if task.role else "",
                                    format_date(task.due_date)])
            item.setData(0, TASK_ID_ROLE, task.id)
            item.setToolTip(0, task.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if task.done_on
                               else Qt.CheckState.Unchecked)
            late = task.done_on is None and task.due_date is not None and task.due_date < today
            if late:
                item.setForeground(2, QBrush(OVERDUE))
            self.tasks.addTopLevelItem(item)
        show_people = step.counts_conversations
        for widget in (self.behind_title, self.behind, self.open_button):
            widget.setVisible(show_people)
        if not show_people:
            return
        if behind:
            self.behind_title.setText(
                self.tr("<b>Not past this step yet: %1 of %2</b>")
                .replace("%1", str(len(behind))).replace("%2", str(step.conversations_total)))
        else:
            self.behind_title.setText(self.tr("<b>Everyone is past this step.</b>"))
        for row in behind:
            item = QTreeWidgetItem([row.employee_name, row.department,
                                    enums.label("conversation_status", row.status)])
            item.setData(0, ROW_ROLE, row)
            if step.overdue:
                item.setForeground(0, QBrush(OVERDUE))
            self.behind.addTopLevelItem(item)

    # --- reactions ------------------------------------------------------------------------
    def _on_task_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        task_id = item.data(0, TASK_ID_ROLE)
        done = item.checkState(0) == Qt.CheckState.Checked
        # Later, not inside the item's own signal: saving redraws the list, deleting the item.
        QTimer.singleShot(0, lambda: self.taskToggled.emit(task_id, done))

    def _on_step_edited(self) -> None:
        if self._filling or self._step is None:
            return
        due = self.due_edit.date().toPython()
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        if due == self._step.due_date and tuple(roles) == tuple(self._step.roles):
            return
        self.stepEdited.emit(self._step.id, due, roles)

    def _add_task(self) -> None:
        text = self.new_task.text().strip()
        if self._step is None or not text:
            return
        self.taskAdded.emit(self._step.id, text, self.new_task_role.currentData())

    def clear_new_task(self) -> None:
        self.new_task.clear()

    def _on_done_clicked(self) -> None:
        if self._step is not None:
            self.stepDoneToggled.emit(self._step.id, self._step.done_date is None)

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.behind.currentItem() is not None)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.conversationRequested.emit(item.data(0, ROW_ROLE))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
