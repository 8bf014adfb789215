"""Evaluating a goal when it or the plan ends: achieved, partly, not; what helped; what next.

What next feeds the next round's carry-forward (the goal stays visible there)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.followup_inputs import EvaluationInput, GoalChoice
from musdesk.ui.dialogs.followup_base import SavingDialog, date_edit, from_qdate


class EvaluationDialog(SavingDialog):
    def __init__(
        self,
        goal: GoalChoice,
        employee_name: str,
        today: dt.date,
        save: Callable[[EvaluationInput], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Evaluate a goal"))
        self.setMinimumWidth(520)
        self._goal_id = goal.goal_id
        layout = QVBoxLayout(self)
        title = QLabel(f"{employee_name}: {goal.title}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.outcomes: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        outcome_box = QVBoxLayout()
        for outcome in enums.EVALUATION_OUTCOMES:
            button = QRadioButton(enums.label("evaluation_outcome", outcome))
            group.addButton(button)
            outcome_box.addWidget(button)
            self.outcomes[outcome] = button
        form.addRow(self.tr("Outcome:"), outcome_box)
        self.evaluated_on = date_edit(today)
        form.addRow(self.tr("Date:"), self.evaluated_on)
        self.what_helped = QPlainTextEdit()
        self.what_helped.setPlaceholderText(self.tr("What made it work, or what stood in the way"))
        self.what_helped.setFixedHeight(80)
        form.addRow(self.tr("What helped:"), self.what_helped)
        self.what_next = QPlainTextEdit()
        self.what_next.setPlaceholderText(
            self.tr("What to carry into the next round's conversation"))
        self.what_next.setFixedHeight(80)
        form.addRow(self.tr("What next:"), self.what_next)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def result_input(self) -> EvaluationInput | None:
        chosen = [key for key, button in self.outcomes.items() if button.isChecked()]
        if not chosen:
            self.show_error(self.tr("Choose whether the goal was achieved."))
            return None
        return EvaluationInput(
            goal_id=self._goal_id,
            outcome=chosen[0],
            evaluated_on=from_qdate(self.evaluated_on.date()),
            what_helped=self.what_helped.toPlainText().strip(),
            what_next=self.what_next.toPlainText().strip(),
        )
