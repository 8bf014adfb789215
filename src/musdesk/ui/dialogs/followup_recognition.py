"""A recognition: formal (raise, bonus, new responsibility) or informal (praise), dated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.followup_inputs import GoalChoice, RecognitionInput
from musdesk.ui.dialogs.followup_base import SavingDialog, date_edit, from_qdate

# Which categories fit which kind (a raise is never informal; praise is never formal).
CATEGORIES_BY_KIND = {
    "formal": ("raise", "bonus", "promotion", "other"),
    "informal": ("praise", "celebration", "other"),
}


class RecognitionDialog(SavingDialog):
    def __init__(
        self,
        employee_id: str,
        employee_name: str,
        goals: list[GoalChoice],
        today: dt.date,
        goal_id: str | None = None,
        save: Callable[[RecognitionInput], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Recognition"))
        self.setMinimumWidth(480)
        self._employee_id = employee_id
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Recognition for %1").replace("%1", employee_name))
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        kinds = QVBoxLayout()
        self.informal = QRadioButton(self.tr("Informal (praise, a celebration)"))
        self.formal = QRadioButton(self.tr("Formal (raise, bonus, new responsibility)"))
        self.informal.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.informal)
        group.addButton(self.formal)
        kinds.addWidget(self.informal)
        kinds.addWidget(self.formal)
        form.addRow(self.tr("Kind:"), kinds)
        self.category = QComboBox()
        form.addRow(self.tr("What:"), self.category)
        self.given_on = date_edit(today)
        form.addRow(self.tr("Date:"), self.given_on)
        self.goal = QComboBox()
        self.goal.addItem(self.tr("(not tied to a goal)"), None)
        for goal in goals:
            self.goal.addItem(goal.title, goal.goal_id)
        if goal_id is not None and self.goal.findData(goal_id) >= 0:
            self.goal.setCurrentIndex(self.goal.findData(goal_id))
        form.addRow(self.tr("For the goal:"), self.goal)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What it was for"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.formal.toggled.connect(self._fill_categories)
        self._fill_categories()

    def kind(self) -> str:
        return "formal" if self.formal.isChecked() else "informal"

    def _fill_categories(self) -> None:
        self.category.clear()
        for category in CATEGORIES_BY_KIND[self.kind()]:
            self.category.addItem(enums.label("recognition_category", category), category)

    def result_input(self) -> RecognitionInput:
        return RecognitionInput(
            employee_id=self._employee_id,
            kind=self.kind(),
            category=self.category.currentData(),
            given_on=from_qdate(self.given_on.date()),
            note=self.note.toPlainText().strip(),
            goal_id=self.goal.currentData(),
        )
