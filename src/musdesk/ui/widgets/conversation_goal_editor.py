"""The development plan editor: one box per goal with its sub-goals and learning activities.

Editors only emit what changed; the tab saves through the plan services. Rows made with
"Add" have no id until their first save creates them.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.ui.widgets.conversation_fields import (
    AnswerEdit,
    DateEdit,
    LineEdit,
    insert_in_tab_order,
)

Choices = list[tuple[str, str]]  # (id, label)


def _combo(choices: Choices, current: str | None, none_label: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_label, None)
    for ident, text in choices:
        combo.addItem(text, ident)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _Row(QWidget):
    """A sub-goal or an activity: one line of text, a date, a remove button."""

    edited = Signal(object)
    remove_requested = Signal(object)
    left = Signal()

    def __init__(self, text: str, date: Any, date_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id: str | None = None
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.text = LineEdit()
        self.text.setText(text)
        self.text.textEdited.connect(lambda: self.edited.emit(self))
        self.text.left.connect(self.left)
        self.date = DateEdit(date)
        self.date.setAccessibleName(date_name)
        self.date.setToolTip(date_name)
        self.date.textEdited.connect(lambda: self.edited.emit(self))
        self.date.left.connect(self.left)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.layout_.addWidget(self.text, 1)

    def finish(self) -> None:
        self.layout_.addWidget(self.date)
        self.layout_.addWidget(self.remove)

    def is_ready(self) -> bool:
        return bool(self.text.text().strip()) and self.date.is_complete()

    def focus_widgets(self) -> list[QWidget]:
        return [self.text, self.date, self.remove]

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.date.set_read_only(read_only)
        self.remove.setVisible(not read_only)


class SubGoalRow(_Row):
    kind = "sub_goal"

    def __init__(self, data: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        data = data or {}
        super().__init__(data.get("text", ""), data.get("due_date"), "", parent)
        self.record_id = data.get("id")
        self.text.setAccessibleName(self.tr("Sub-goal"))
        self.text.setPlaceholderText(self.tr("A step on the way"))
        self.date.setAccessibleName(self.tr("Sub-goal due date"))
        self.date.setToolTip(self.tr("Due date"))
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"text": self.text.text().strip(), "due_date": self.date.value()}


class ActivityRow(_Row):
    kind = "activity"

    def __init__(self, data: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        data = data or {}
        super().__init__(data.get("description", ""), data.get("ends_on"), "", parent)
        self.record_id = data.get("id")
        self.text.setAccessibleName(self.tr("Activity"))
        self.text.setPlaceholderText(self.tr("What will be done to learn it"))
        self.date.setAccessibleName(self.tr("Activity done by"))
        self.date.setToolTip(self.tr("Done by"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Learning method"))
        for method in enums.LEARNING_METHODS:
            self.method.addItem(enums.label("learning_method", method), method)
        self.method.setCurrentIndex(max(self.method.findData(data.get("method")), 0))
        self.method.currentIndexChanged.connect(lambda: self.edited.emit(self))
        self.layout_.addWidget(self.method)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"description": self.text.text().strip(), "method": self.method.currentData(),
                "ends_on": self.date.value()}

    def focus_widgets(self) -> list[QWidget]:
        return [self.text, self.method, self.date, self.remove]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.method.setEnabled(not read_only)


class GoalEditor(QGroupBox):
    """One development goal. `goal_id` is None until the title was first saved."""

    # The goal's title field; the name hides QGroupBox.title(), which nothing calls (the
    # box's own title is set with setTitle and never read back).
    title: LineEdit  # type: ignore[assignment]

    goal_edited = Signal(object)  # the editor
    row_edited = Signal(object, object)  # the editor, the SubGoalRow / ActivityRow
    row_remove_requested = Signal(object, object)
    remove_requested = Signal(object)
    left = Signal()

    TEXT_FIELDS = ("why", "practice_change", "support", "signs_of_success")

    def __init__(self, data: dict[str, Any], strategic_goals: Choices, people: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id: str | None = data.get("id")
        self.setTitle(self.tr("Development goal"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = LineEdit()
        self.title.setText(data.get("title", ""))
        self.title.setPlaceholderText(self.tr("What is to be learnt or reached"))
        self.title.textEdited.connect(self._edited)
        self.title.left.connect(self.left)
        form.addRow(self.tr("&Goal:"), self.title)
        if data.get("carried_from_id"):
            carried = QLabel(self.tr("Carried over from last round"))
            carried.setObjectName("hint")
            form.addRow("", carried)
        labels = {
            "why": self.tr("Why:"),
            "practice_change": self.tr("Wanted change in daily practice:"),
            "support": self.tr("Support and resources:"),
            "signs_of_success": self.tr("Signs that the goal is met:"),
        }
        self.texts: dict[str, AnswerEdit] = {}
        for field in self.TEXT_FIELDS:
            edit = AnswerEdit(data.get(field, ""), minimum_lines=2)
            edit.setAccessibleName(labels[field])
            edit.textChanged.connect(self._edited)
            edit.left.connect(self.left)
            self.texts[field] = edit
            form.addRow(labels[field], edit)

        self.activities_box = QVBoxLayout()
        self.activity_rows: list[ActivityRow] = []
        for activity in data.get("activities", []):
            self._add_activity(activity)
        self.add_activity_button = QPushButton(self.tr("Add an activity"))
        self.add_activity_button.clicked.connect(
            lambda: self._add_by_user(self._add_activity(None), self.add_activity_button))
        form.addRow(self.tr("Activities:"), self._list_with_button(
            self.activities_box, self.add_activity_button))

        self.sub_goals_box = QVBoxLayout()
        self.sub_goal_rows: list[SubGoalRow] = []
        for sub_goal in data.get("sub_goals", []):
            self._add_sub_goal(sub_goal)
        self.add_sub_goal_button = QPushButton(self.tr("Add a sub-goal"))
        self.add_sub_goal_button.clicked.connect(
            lambda: self._add_by_user(self._add_sub_goal(None), self.add_sub_goal_button))
        form.addRow(self.tr("Sub-goals:"), self._list_with_button(
            self.sub_goals_box, self.add_sub_goal_button))

        self.strategic_goal = _combo(strategic_goals, data.get("strategic_goal_id"),
                                     self.tr("(not linked)"))
        self.strategic_goal.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Strategic goal:"), self.strategic_goal)
        self.owner = _combo(people, data.get("owner_id"), self.tr("(nobody chosen)"))
        self.owner.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Followed up by:"), self.owner)

        period = QHBoxLayout()
        self.starts_on = DateEdit(data.get("starts_on"))
        self.starts_on.setAccessibleName(self.tr("Plan starts on"))
        self.deadline = DateEdit(data.get("deadline"))
        self.deadline.setAccessibleName(self.tr("Deadline"))
        for day_edit in (self.starts_on, self.deadline):
            day_edit.textEdited.connect(self._edited)
            day_edit.left.connect(self.left)
        period.addWidget(self.starts_on)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.deadline)
        period.addStretch(1)
        form.addRow(self.tr("Plan period:"), period)

        cadence_row = QHBoxLayout()
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(self.tr("Follow-up cadence"))
        self.cadence.addItem(self.tr("(not set)"), None)
        for cadence in enums.CADENCES:
            self.cadence.addItem(enums.label("cadence", cadence), cadence)
        self.cadence.setCurrentIndex(max(self.cadence.findData(data.get("cadence")), 0))
        self.cadence_days = QSpinBox()
        self.cadence_days.setAccessibleName(self.tr("Days between follow-up meetings"))
        self.cadence_days.setRange(1, 365)
        self.cadence_days.setSuffix(self.tr(" days"))
        self.cadence_days.setValue(data.get("cadence_days") or 30)
        self.cadence.currentIndexChanged.connect(self._cadence_changed)
        self.cadence_days.valueChanged.connect(self._edited)
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(self.cadence_days)
        cadence_row.addStretch(1)
        form.addRow(self.tr("Follow-up:"), cadence_row)
        self._cadence_changed(emit=False)

        self.warnings = QLabel()
        self.warnings.setObjectName("goalWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        form.addRow(self.warnings)
        self.remove = QPushButton(self.tr("Remove this goal"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.remove)
        form.addRow(bar)
        self.set_warnings(data.get("warnings", []))
        self.set_has_id(self.goal_id is not None)

    def set_has_id(self, has_id: bool) -> None:
        """Sub-goals and activities hang on a saved goal: they wait for its title."""
        for button in (self.add_activity_button, self.add_sub_goal_button):
            button.setEnabled(has_id)
            button.setToolTip("" if has_id else self.tr("Give the goal a title first"))

    @staticmethod
    def _list_with_button(rows: QVBoxLayout, button: QPushButton) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(rows)
        bar = QHBoxLayout()
        bar.addWidget(button)
        bar.addStretch(1)
        column.addLayout(bar)
        return holder

    def _edited(self) -> None:
        self.goal_edited.emit(self)

    def _cadence_changed(self, *_: object, emit: bool = True) -> None:
        self.cadence_days.setVisible(self.cadence.currentData() == "custom")
        if emit:
            self._edited()

    def _wire(self, row: _Row) -> None:
        row.edited.connect(lambda r: self.row_edited.emit(self, r))
        row.remove_requested.connect(lambda r: self.row_remove_requested.emit(self, r))
        row.left.connect(self.left)

    def _add_activity(self, data: dict[str, Any] | None) -> ActivityRow:
        row = ActivityRow(data)
        self._wire(row)
        self.activities_box.addWidget(row)
        self.activity_rows.append(row)
        return row

    def _add_sub_goal(self, data: dict[str, Any] | None) -> SubGoalRow:
        row = SubGoalRow(data)
        self._wire(row)
        self.sub_goals_box.addWidget(row)
        self.sub_goal_rows.append(row)
        return row

    @staticmethod
    def _add_by_user(row: _Row, button: QPushButton) -> None:
        insert_in_tab_order(button, row.focus_widgets())
        row.show()
        row.text.setFocus()

    def focus_widgets(self) -> list[QWidget]:
        """Every keyboard stop of the editor, in order (for an editor added later)."""
        stops: list[QWidget] = [self.title, *self.texts.values()]
        for activity in self.activity_rows:
            stops += activity.focus_widgets()
        stops.append(self.add_activity_button)
        for sub_goal in self.sub_goal_rows:
            stops += sub_goal.focus_widgets()
        stops += [self.add_sub_goal_button, self.strategic_goal, self.owner, self.starts_on,
                  self.deadline, self.cadence, self.cadence_days, self.remove]
        return stops

    def drop_row(self, row: _Row) -> None:
        for rows in (self.activity_rows, self.sub_goal_rows):
            if row in rows:
                cast(list[_Row], rows).remove(row)
        row.setParent(None)
        row.deleteLater()

    def values(self) -> dict[str, Any]:
        cadence = self.cadence.currentData()
        values: dict[str, Any] = {
            "title": self.title.text().strip(),
            "strategic_goal_id": self.strategic_goal.currentData(),
            "owner_id": self.owner.currentData(),
            "starts_on": self.starts_on.value(),
            "deadline": self.deadline.value(),
            "cadence": cadence,
            "cadence_days": self.cadence_days.value() if cadence == "custom" else None,
        }
        for field, edit in self.texts.items():
            values[field] = edit.toPlainText().strip()
        return values

    def is_ready(self) -> bool:
        return (bool(self.title.text().strip()) and self.starts_on.is_complete()
                and self.deadline.is_complete())

    def set_number(self, number: int) -> None:
        self.setTitle(self.tr("Development goal %d") % number)

    def set_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n".join(f"⚠ {text}" for text in warnings))
        self.warnings.setVisible(bool(warnings))

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        for day_edit in (self.starts_on, self.deadline):
            day_edit.set_read_only(read_only)
        for combo in (self.strategic_goal, self.owner, self.cadence, self.cadence_days):
            combo.setEnabled(not read_only)
        for row in [*self.activity_rows, *self.sub_goal_rows]:
            row.set_read_only(read_only)
        for button in (self.add_activity_button, self.add_sub_goal_button, self.remove):
            button.setVisible(not read_only)
