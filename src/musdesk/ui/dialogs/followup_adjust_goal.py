"""Adjusting a goal after signing: how often we meet, start, deadline, achieved or dropped.

The changes are recorded as an adjustment and the future planned meetings are planned again
(`services/goal_adjustment.py`); what was signed stays as signed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.goal_adjustment import GoalAdjustment, GoalSettings
from musdesk.ui.dialogs.followup_base import SavingDialog, date_edit, from_qdate

GOES_ON = ""  # the outcome choice "keep working on it"


class AdjustGoalDialog(SavingDialog):
    """Cadence, start, deadline and whether the goal goes on, with a reason."""

    def __init__(self, goal: GoalSettings, today: dt.date, *,
                 save: Callable[[GoalAdjustment], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self._goal, self._today = goal, today
        self.setWindowTitle(self.tr("Adjust goal"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = QLabel(f"{goal.title} – {goal.employee_name}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        note = QLabel(self.tr(
            "What the goal is stays as signed. These changes are recorded as an adjustment, "
            "and the planned meetings from today on are planned again; held, missed and "
            "cancelled meetings stay.") if goal.signed else self.tr(
            "The changes are recorded as an adjustment, and the planned meetings from today "
            "on are planned again."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.cadence = QComboBox()
        self.cadence.addItem(self.tr("No regular meetings"), None)
        for cadence in enums.CADENCES:
            self.cadence.addItem(enums.label("cadence", cadence), cadence)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(goal.cadence)))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(goal.cadence_days or 30)
        self.days.setSuffix(self.tr(" days"))
        meet = QHBoxLayout()
        meet.addWidget(self.cadence, 1)
        meet.addWidget(self.days)
        form.addRow(self.tr("Meet:"), meet)
        self._shown_start = goal.starts_on or today
        self.starts_on = date_edit(self._shown_start)
        form.addRow(self.tr("Start:"), self.starts_on)
        self.has_deadline = QCheckBox()
        self.has_deadline.setAccessibleName(self.tr("The goal has a deadline"))
        self.has_deadline.setToolTip(self.tr("The goal has a deadline"))
        self.deadline = date_edit(goal.deadline or (goal.starts_on or today)
                                  + dt.timedelta(days=180))
        self.has_deadline.setChecked(goal.deadline is not None)
        self.deadline.setEnabled(goal.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline, 1)
        form.addRow(self.tr("Deadline:"), deadline)
        outcome = QVBoxLayout()
        self.outcome = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for value, text in ((GOES_ON, self.tr("We keep working on it")),
                            ("achieved", self.tr("Achieved")),
                            ("dropped", self.tr("Dropped"))):
            button = QRadioButton(text)
            self.outcome.addButton(button)
            self.outcome_buttons[value] = button
            outcome.addWidget(button)
        self.outcome_buttons[GOES_ON].setChecked(True)
        form.addRow(self.tr("The goal:"), outcome)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Why (optional)"))
        form.addRow(self.tr("Reason:"), self.why)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cadence.currentIndexChanged.connect(self._cadence_changed)
        self._cadence_changed()

    def _cadence_changed(self) -> None:
        self.days.setVisible(self.cadence.currentData() == "custom")

    def result_input(self) -> GoalAdjustment:
        cadence = self.cadence.currentData()
        outcome = next(value for value, button in self.outcome_buttons.items()
                       if button.isChecked())
        start: dt.date | None = from_qdate(self.starts_on.date())
        if self._goal.starts_on is None and start == self._shown_start:
            start = None  # not touched: the goal keeps starting when it did
        return GoalAdjustment(
            self._goal.goal_id, cadence, self.days.value() if cadence == "custom" else None,
            start,
            from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            outcome or None, self.why.text().strip(), self._today)
