"""The activity log as a table: time (local), action, record type, record ID, detail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from musdesk.services.privacy_activity import ActivityRow
from musdesk.ui import dates

AT, ACTION, RECORD_TYPE, RECORD_ID, DETAIL = range(5)
COLUMN_COUNT = 5
translate = QCoreApplication.translate


def local_time(moment: dt.datetime) -> str:
    """The stored UTC moment in local time, in the interface's one date format."""
    return dates.moment_text(moment)


class ActivityLogModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActivityRow] = []

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("ActivityLogModel", "Time"), translate("ActivityLogModel", "Action"),
                translate("ActivityLogModel", "Record type"),
                translate("ActivityLogModel", "Record ID"),
                translate("ActivityLogModel", "Detail"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (local_time(row.at), row.action_label, row.record_label, row.record_id,
                row.detail)[index.column()]
