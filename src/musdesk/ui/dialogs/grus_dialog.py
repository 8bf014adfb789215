"""Editing a department's group conversation (GRUS): when, who, the department's goals and
shared development activities. Saved through `rounds.save_group_conversation`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.services import rounds
from musdesk.ui import dates
from musdesk.ui.errors import guarded


class GroupConversationDialog(QDialog):
    def __init__(self, round_id: str, department: dict[str, Any], existing: dict[str, Any] | None,
                 goals: list[str], parent: QWidget | None = None,
                 members: list[str] | None = None) -> None:
        """`members`: the department's people, proposed as participants of a new GRUS."""
        super().__init__(parent)
        self.round_id, self.department = round_id, department
        self.saved: dict[str, Any] | None = None
        existing = existing or {}
        self.setWindowTitle(self.tr("Group conversation: %1").replace("%1", department["name"]))
        self.has_time = QCheckBox(self.tr("Planned for"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{dates.date_format()} HH:mm")
        start = existing.get("scheduled_start")
        self.has_time.setChecked(start is not None)
        self.when.setDateTime(_qdatetime(start) if start else QDateTime(
            QDate.currentDate().addDays(7), QTime(9, 0)))
        self.when.setEnabled(start is not None)
        self.has_time.toggled.connect(self.when.setEnabled)
        self.place = QLineEdit(existing.get("place", ""))
        self.participants = QPlainTextEdit(existing.get("participants")
                                           or "\n".join(members or []))
        self.participants.setPlaceholderText(self.tr("One name or group per line"))
        self.goals = QPlainTextEdit(existing.get("department_goals", ""))
        self.goals.setPlaceholderText(self.tr(
            "What the organisation's goals mean for this department"))
        self.activities = QPlainTextEdit(existing.get("shared_activities", ""))
        self.activities.setPlaceholderText(self.tr("Development activities the team shares"))
        self.notes = QPlainTextEdit(existing.get("notes", ""))
        self.is_held = QCheckBox(self.tr("Held on"))
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(dates.date_format())
        held = existing.get("held_on")
        self.is_held.setChecked(held is not None)
        self.held_on.setDate(_qdate(held) if held else QDate.currentDate())
        self.held_on.setEnabled(held is not None)
        self.is_held.toggled.connect(self.held_on.setEnabled)

        form = QFormLayout()
        form.addRow(self.has_time, self.when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow(self.tr("The department's goals"), self.goals)
        form.addRow(self.tr("Shared development activities"), self.activities)
        form.addRow(self.tr("Notes"), self.notes)
        held_row = QHBoxLayout()
        held_row.addWidget(self.held_on)
        held_row.addStretch(1)
        form.addRow(self.is_held, held_row)
        layout = QVBoxLayout(self)
        if goals:
            strategy = QLabel(self.tr("<b>Strategic goals to break down:</b> %1")
                              .replace("%1", "; ".join(goals)))
            strategy.setWordWrap(True)
            layout.addWidget(strategy)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def values(self) -> dict[str, Any]:
        return {
            "scheduled_start": _pydatetime(self.when.dateTime()) if self.has_time.isChecked()
            else None,
            "place": self.place.text(),
            "participants": self.participants.toPlainText(),
            "department_goals": self.goals.toPlainText(),
            "shared_activities": self.activities.toPlainText(),
            "notes": self.notes.toPlainText(),
            "held_on": self.held_on.date().toPython() if self.is_held.isChecked() else None,
        }

    def save(self) -> None:
        saved = guarded(self, lambda: rounds.save_group_conversation(
            self.round_id, self.department["id"], **self.values()))
        if saved is not None:
            self.saved = saved
            self.accept()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))


def _pydatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
