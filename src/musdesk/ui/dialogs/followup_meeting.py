"""Recording a follow-up meeting: held (notes, progress per goal, adjustments, support) or
missed (and moved to a new date). The dialog only collects; the tab saves through services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.followup_inputs import (
    ADD_ACTIVITY,
    CHANGE_CADENCE,
    MOVE_DEADLINE,
    OTHER_CHANGE,
    AdjustmentInput,
    GoalChoice,
    HeldMeetingInput,
    MissedMeetingInput,
)
from musdesk.ui import dates
from musdesk.ui.dialogs.followup_base import SavingDialog, date_edit, from_qdate, to_qdate


class MeetingDialog(SavingDialog):
    """`result_input()` after accept: a HeldMeetingInput or a MissedMeetingInput."""

    def __init__(
        self,
        meeting_id: str,
        heading: str,
        goals: list[GoalChoice],
        today: dt.date,
        save: Callable[[HeldMeetingInput | MissedMeetingInput], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Follow-up meeting"))
        self.setMinimumWidth(620)
        self._meeting_id = meeting_id
        self._goals = goals
        self._adjustments: list[AdjustmentInput] = []
        self._today = today
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        choice = QHBoxLayout()
        self.held_button = QRadioButton(self.tr("The meeting was held"))
        self.missed_button = QRadioButton(self.tr("The meeting was missed"))
        self.held_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.held_button)
        group.addButton(self.missed_button)
        choice.addWidget(self.held_button)
        choice.addWidget(self.missed_button)
        choice.addStretch(1)
        layout.addLayout(choice)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._held_page(today))
        self.pages.addWidget(self._missed_page(today))
        layout.addWidget(self.pages, 1)
        self.held_button.toggled.connect(self._switch_page)
        self._switch_page(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _switch_page(self, held: bool) -> None:
        # Only the shown page counts for the size, so the dialog shrinks for "missed".
        current = 0 if held else 1
        for index in range(self.pages.count()):
            policy = (QSizePolicy.Policy.Preferred if index == current
                      else QSizePolicy.Policy.Ignored)
            cast(QWidget, self.pages.widget(index)).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(current)
        self.adjustSize()

    def load_recorded(self, meeting: dict) -> None:
        """Start from what was recorded before (status, date held, notes), so saving again
        corrects rather than wipes it."""
        notes = meeting.get("notes") or ""
        if meeting.get("held_on"):
            self.held_on.setDate(to_qdate(meeting["held_on"]))
        if meeting.get("status") == "missed":
            self.missed_button.setChecked(True)
            self.missed_note.setText(" ".join(notes.split()))
        else:
            self.notes.setPlainText(notes)

    # --- held -----------------------------------------------------------------------------
    def _held_page(self, today: dt.date) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.held_on = date_edit(today)
        form.addRow(self.tr("Held on:"), self.held_on)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What you talked about and agreed"))
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes:"), self.notes)
        self.support = QPlainTextEdit()
        self.support.setPlaceholderText(self.tr("Support given or promised (time, training, "
                                                "a mentor, tools)"))
        self.support.setFixedHeight(54)
        form.addRow(self.tr("Support:"), self.support)
        layout.addLayout(form)

        progress_box = QGroupBox(self.tr("Progress per goal (0–100 %)"))
        grid = QGridLayout(progress_box)
        self.progress_editors: dict[str, QSpinBox] = {}
        for row, goal in enumerate(self._goals):
            label = QLabel(goal.title)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setAccessibleName(self.tr("Progress of %1").replace("%1", goal.title))
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.setValue(goal.progress)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            self.progress_editors[goal.goal_id] = spin
        if not self._goals:
            grid.addWidget(QLabel(self.tr("This employee has no open goals.")), 0, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addWidget(progress_box)
        layout.addWidget(self._adjustment_box())
        return page

    def _adjustment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Adjustments to the plan"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.adjust_goal = QComboBox()
        for goal in self._goals:
            self.adjust_goal.addItem(goal.title, goal.goal_id)
        self.adjust_kind = QComboBox()
        self.adjust_kind.addItem(self.tr("Move the deadline"), MOVE_DEADLINE)
        self.adjust_kind.addItem(self.tr("Change how often we meet"), CHANGE_CADENCE)
        self.adjust_kind.addItem(self.tr("Add an activity"), ADD_ACTIVITY)
        self.adjust_kind.addItem(self.tr("Other change"), OTHER_CHANGE)
        self.adjust_date = date_edit(self._today + dt.timedelta(days=30))
        self.adjust_method = QComboBox()
        for method in enums.LEARNING_METHODS:
            self.adjust_method.addItem(enums.label("learning_method", method), method)
        self.adjust_cadence = QComboBox()
        for cadence in enums.CADENCES:
            if cadence != "custom":
                self.adjust_cadence.addItem(enums.label("cadence", cadence), cadence)
        self.adjust_text = QLineEdit()
        self.adjust_reason = QLineEdit()
        self.adjust_reason.setPlaceholderText(self.tr("Why"))
        form.addRow(self.tr("Goal:"), self.adjust_goal)
        form.addRow(self.tr("Change:"), self.adjust_kind)
        form.addRow(self.tr("New deadline:"), self.adjust_date)
        form.addRow(self.tr("Meet:"), self.adjust_cadence)
        form.addRow(self.tr("Learning method:"), self.adjust_method)
        form.addRow(self.tr("What:"), self.adjust_text)
        form.addRow(self.tr("Reason:"), self.adjust_reason)
        self._adjust_form = form
        layout.addLayout(form)
        self.add_adjustment_button = QPushButton(self.tr("Add adjustment"))
        self.add_adjustment_button.clicked.connect(self.add_adjustment)
        layout.addWidget(self.add_adjustment_button, 0, Qt.AlignmentFlag.AlignRight)
        self.adjustment_list = QListWidget()
        self.adjustment_list.setMaximumHeight(70)
        layout.addWidget(self.adjustment_list)
        self.adjust_kind.currentIndexChanged.connect(self._show_adjustment_fields)
        self.adjust_goal.currentIndexChanged.connect(self._suggest_deadline)
        self._suggest_deadline()
        self._show_adjustment_fields()
        box.setEnabled(bool(self._goals))
        return box

    def _suggest_deadline(self) -> None:
        """A month after the goal's deadline, as a starting point for moving it."""
        goal = next((g for g in self._goals if g.goal_id == self.adjust_goal.currentData()), None)
        base = goal.deadline if goal is not None and goal.deadline else self._today
        self.adjust_date.setDate(to_qdate(base + dt.timedelta(days=30)))

    def _show_adjustment_fields(self) -> None:
        kind = self.adjust_kind.currentData()
        self._adjust_form.setRowVisible(self.adjust_date, kind == MOVE_DEADLINE)
        self._adjust_form.setRowVisible(self.adjust_cadence, kind == CHANGE_CADENCE)
        self._adjust_form.setRowVisible(self.adjust_method, kind == ADD_ACTIVITY)
        self.adjust_text.setPlaceholderText(
            self.tr("The activity") if kind == ADD_ACTIVITY else self.tr("What changes"))

    def add_adjustment(self) -> None:
        kind = self.adjust_kind.currentData()
        text = self.adjust_text.text().strip()
        goal_id = self.adjust_goal.currentData()
        if goal_id is None:
            return
        new_cadence = None
        if kind == MOVE_DEADLINE:
            new_deadline = from_qdate(self.adjust_date.date())
            text = text or self.tr("Deadline moved to %1").replace(
                "%1", dates.date_text(new_deadline))
        elif kind == CHANGE_CADENCE:
            new_deadline, new_cadence = None, self.adjust_cadence.currentData()
            text = text or self.tr("Meet %1 from now on").replace(
                "%1", self.adjust_cadence.currentText().lower())
        else:
            new_deadline = None
            if not text:
                self.adjust_text.setFocus()
                self.show_error(self.tr("Say what the adjustment is."))
                return
        adjustment = AdjustmentInput(
            goal_id=goal_id, kind=kind, description=text,
            reason=self.adjust_reason.text().strip(), new_deadline=new_deadline,
            activity_method=self.adjust_method.currentData() if kind == ADD_ACTIVITY else "other",
            new_cadence=new_cadence,
        )
        self._adjustments.append(adjustment)
        self.adjustment_list.addItem(f"{self.adjust_goal.currentText()}: {text}")
        self.adjust_text.clear()
        self.adjust_reason.clear()
        self.error_label.hide()

    # --- missed ---------------------------------------------------------------------------
    def _missed_page(self, today: dt.date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.reschedule = QRadioButton(self.tr("Move it to a new date"))
        self.no_reschedule = QRadioButton(self.tr("Do not plan it again"))
        self.reschedule.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.reschedule)
        group.addButton(self.no_reschedule)
        self.new_date = date_edit(today + dt.timedelta(days=7))
        self.reschedule.toggled.connect(self.new_date.setEnabled)
        self.missed_note = QLineEdit()
        self.missed_note.setPlaceholderText(self.tr("Why it did not take place (optional)"))
        form.addRow(self.reschedule)
        form.addRow(self.tr("New date:"), self.new_date)
        form.addRow(self.no_reschedule)
        form.addRow(self.tr("Note:"), self.missed_note)
        return page

    # --- result ---------------------------------------------------------------------------
    def result_input(self) -> HeldMeetingInput | MissedMeetingInput:
        if self.held_button.isChecked():
            return HeldMeetingInput(
                meeting_id=self._meeting_id,
                held_on=from_qdate(self.held_on.date()),
                notes=self.notes.toPlainText().strip(),
                support=self.support.toPlainText().strip(),
                progress={goal_id: spin.value()
                          for goal_id, spin in self.progress_editors.items()},
                adjustments=list(self._adjustments),
            )
        return MissedMeetingInput(
            meeting_id=self._meeting_id,
            reschedule_to=from_qdate(self.new_date.date()) if self.reschedule.isChecked()
            else None,
            note=self.missed_note.text().strip(),
        )
