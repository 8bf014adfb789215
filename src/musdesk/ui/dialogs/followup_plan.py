"""Planning a follow-up meeting by hand (date, time, goals) and moving a planned one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.services.followup_screen import DayOff, PlanChoices
from musdesk.ui import dates
from musdesk.ui.dates import py_time
from musdesk.ui.dialogs.followup_base import SavingDialog, date_edit, from_qdate


@dataclass(frozen=True)
class PlannedMeeting:
    employee_id: str
    day: dt.date
    at: dt.time | None
    goal_ids: list[str]


@dataclass(frozen=True)
class MovedMeeting:
    meeting_id: str
    day: dt.date
    at: dt.time | None


def _time_fields(at: dt.time | None) -> tuple[QCheckBox, QTimeEdit]:
    timed = QCheckBox()
    editor = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(9, 0))
    editor.setDisplayFormat("HH:mm")
    timed.setChecked(at is not None)
    editor.setEnabled(at is not None)
    timed.toggled.connect(editor.setEnabled)
    return timed, editor


class _DayCheck:
    """The warning under a date: a weekend day, or a public holiday named."""

    def __init__(self, form: QFormLayout, day_off: Callable[[dt.date], DayOff | None]) -> None:
        self._day_off = day_off
        self.label = QLabel()
        self.label.setStyleSheet("color: #8a5a00")
        self.label.setWordWrap(True)
        form.addRow("", self.label)

    def check(self, day: dt.date) -> None:
        off = self._day_off(day)
        if off is None:
            text = ""
        elif off.holiday:
            text = QCoreApplication.translate("DayCheck", "%1 is a public holiday: %2.").replace(
                "%1", dates.date_text(day)).replace("%2", off.holiday)
        else:
            text = QCoreApplication.translate("DayCheck", "%1 is a weekend day.").replace(
                "%1", dates.date_text(day))
        self.label.setText(text)
        self.label.setVisible(bool(text))


def _buttons(dialog: SavingDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    layout.addWidget(dialog.error_label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class PlanMeetingDialog(SavingDialog):
    """Date, an optional time and the goals the meeting follows up (all open ones ticked)."""

    def __init__(self, choices: PlanChoices, *,
                 day_off: Callable[[dt.date], DayOff | None],
                 save: Callable[[PlannedMeeting], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self._choices = choices
        self.setWindowTitle(self.tr("Plan a follow-up meeting"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Follow-up meeting with %1").replace("%1", choices.employee_name))
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.day = date_edit(choices.proposed_on)
        form.addRow(self.tr("Date:"), self.day)
        self._day_check = _DayCheck(form, day_off)
        self.day_warning = self._day_check.label
        self.timed, self.time = _time_fields(choices.proposed_at)
        self.timed.setText(self.tr("At a set time"))
        row = QVBoxLayout()
        row.addWidget(self.timed)
        row.addWidget(self.time)
        form.addRow(self.tr("Time:"), row)
        goals = QVBoxLayout()
        self.goal_boxes: dict[str, QCheckBox] = {}
        for goal in choices.goals:
            box = QCheckBox(goal.title)
            box.setChecked(True)
            self.goal_boxes[goal.goal_id] = box
            goals.addWidget(box)
        if not choices.goals:
            goals.addWidget(QLabel(self.tr("No open goals: the meeting is a general one.")))
        form.addRow(self.tr("Goals to follow up:"), goals)
        layout.addLayout(form)
        _buttons(self, layout)
        self.day.dateChanged.connect(lambda qday: self._day_check.check(from_qdate(qday)))
        self._day_check.check(choices.proposed_on)

    def result_input(self) -> PlannedMeeting:
        at = py_time(self.time.time()) if self.timed.isChecked() else None
        return PlannedMeeting(self._choices.employee_id, from_qdate(self.day.date()), at,
                              [goal_id for goal_id, box in self.goal_boxes.items()
                               if box.isChecked()])


class MoveMeetingDialog(SavingDialog):
    """Another day (and time) for a planned meeting."""

    def __init__(self, meeting_id: str, heading: str, day: dt.date, at: dt.time | None, *,
                 day_off: Callable[[dt.date], DayOff | None] = lambda _day: None,
                 save: Callable[[MovedMeeting], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Move the follow-up meeting"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.day = date_edit(day)
        form.addRow(self.tr("New date:"), self.day)
        self._day_check = _DayCheck(form, day_off)
        self.day_warning = self._day_check.label
        self.day.dateChanged.connect(lambda qday: self._day_check.check(from_qdate(qday)))
        self.timed, self.time = _time_fields(at)
        self.timed.setText(self.tr("At a set time"))
        row = QVBoxLayout()
        row.addWidget(self.timed)
        row.addWidget(self.time)
        form.addRow(self.tr("Time:"), row)
        layout.addLayout(form)
        _buttons(self, layout)
        self._day_check.check(day)

    def result_input(self) -> MovedMeeting:
        at = py_time(self.time.time()) if self.timed.isChecked() else None
        return MovedMeeting(self._meeting_id, from_qdate(self.day.date()), at)
