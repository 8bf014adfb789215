"""The round's people as a table: name, leader, status, proposed time, and a note (left the
organisation on…, or why the conversation was cancelled)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from musdesk.models.enums import label
from musdesk.services.round_changes import Participant
from musdesk.ui import dates

COL_NAME, COL_LEADER, COL_STATUS, COL_TIME, COL_NOTE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RoundPeopleModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []

    def set_rows(self, rows: list[Participant]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("RoundPeopleModel", "Employee"),
            QCoreApplication.translate("RoundPeopleModel", "Leader"),
            QCoreApplication.translate("RoundPeopleModel", "Status"),
            QCoreApplication.translate("RoundPeopleModel", "Proposed time"),
            QCoreApplication.translate("RoundPeopleModel", "Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.row_at(index.row())
        if person is None:
            return None
        if role == ID_ROLE:
            return person.conversation_id
        if role == Qt.ItemDataRole.ForegroundRole and (person.has_left
                                                       or person.status == "cancelled"):
            return QColor("#a02a1c") if person.has_left and person.is_open else QColor("#777")
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return _note(person) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NAME:
            return person.full_name
        if column == COL_LEADER:
            return person.leader_name or "–"
        if column == COL_STATUS:
            return label("conversation_status", person.status)
        if column == COL_TIME:
            start = person.scheduled_start
            if start is None:
                return QCoreApplication.translate("RoundPeopleModel", "not yet")
            return dates.day_time_text(start)
        return _note(person)


def _note(person: Participant) -> str:
    """Left on …; why it is cancelled; and each earlier time taken out and added back."""
    translate = QCoreApplication.translate
    notes = []
    if person.has_left and person.left_on:
        left = translate("RoundPeopleModel", "Left on %1")
        notes.append(left.replace("%1", dates.date_text(person.left_on)))
    if person.cancel_reason and person.status == "cancelled":
        notes.append(person.cancel_reason)
    for earlier in person.earlier_take_outs:
        text = (translate("RoundPeopleModel", "Taken out on %1 (%2), added back on %3")
                if earlier.reason else
                translate("RoundPeopleModel", "Taken out on %1, added back on %3"))
        notes.append(text.replace("%1", dates.date_text(earlier.on))
                     .replace("%2", earlier.reason)
                     .replace("%3", dates.date_text(earlier.back_on)))
    return " · ".join(notes)
