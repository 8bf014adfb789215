"""The progress matrix: one row per conversation of a round, one column per stage.

A cell shows the date a stage was reached, "overdue" when its step's due date has passed
without it, and stays empty otherwise. `ProgressFilterProxy` narrows to those behind and
to a name typed by the user. Sorting happens in the model, in Python on precomputed keys:
a proxy sort would call back into Python for every comparison (slow for 2,000 rows).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from musdesk.models import enums
from musdesk.services.common import nordic_key
from musdesk.services.wheel_overview import STAGE_KEYS, ConversationRow
from musdesk.ui import dates

COL_EMPLOYEE, COL_DEPARTMENT, COL_LEADER, COL_STATUS = 0, 1, 2, 3
FIRST_STAGE_COLUMN = 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConversationRow of a line

REACHED_BACKGROUND = QColor("#e3f0e8")
OVERDUE_BACKGROUND = QColor("#f8dcd8")
OVERDUE_TEXT = QColor("#8e2418")
LEFT_TEXT = QColor("#6b6b6b")  # someone who left the organisation during the round
Index = QModelIndex | QPersistentModelIndex


# Literal translate() calls throughout: the only form lupdate finds.
translate = QCoreApplication.translate


def stage_titles() -> dict[str, str]:
    return {
        "planned": translate("ProgressMatrix", "Planned"),
        "invited": translate("ProgressMatrix", "Invited"),
        "prepared": translate("ProgressMatrix", "Prepared"),
        "held": translate("ProgressMatrix", "Held"),
        "summary": translate("ProgressMatrix", "Summary"),
        "signed": translate("ProgressMatrix", "Signed"),
        "in_follow_up": translate("ProgressMatrix", "In follow-up"),
    }


class ProgressMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []
        titles = stage_titles()
        self._headers = [translate("ProgressMatrix", "Employee"),
                         translate("ProgressMatrix", "Department"),
                         translate("ProgressMatrix", "Leader"),
                         translate("ProgressMatrix", "Status"),
                         *(titles[key] for key in STAGE_KEYS)]
        self._status_labels = {status: enums.label("conversation_status", status)
                               for status in enums.CONVERSATION_STATUSES}
        self._overdue_text = translate("ProgressMatrix", "overdue")
        self._sort: tuple[int, Qt.SortOrder] = (COL_EMPLOYEE, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self._sort_key(column),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: int) -> Any:
        def name(row: ConversationRow) -> tuple[str, str]:
            return row.sort_key  # services.common.person_key: the one order of people

        if column == COL_DEPARTMENT:
            return lambda row: (nordic_key(row.department), name(row))
        if column == COL_LEADER:
            return lambda row: (nordic_key(row.leader_name), name(row))
        if column == COL_STATUS:
            order = {status: i for i, status in enumerate(enums.CONVERSATION_STATUSES)}
            return lambda row: (order.get(row.status, 99), name(row))
        if column >= FIRST_STAGE_COLUMN:
            stage = STAGE_KEYS[column - FIRST_STAGE_COLUMN]
            # Overdue first, then not reached, then by the date reached.
            return lambda row: (
                0 if stage in row.overdue_stages else (1 if row.reached[stage] is None else 2),
                row.reached[stage] or dt.date.min, name(row))
        return name

    def row_at(self, row: int) -> ConversationRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column < FIRST_STAGE_COLUMN:
            text = (row.employee_name, row.department, row.leader_name,
                    self._status_labels.get(row.status, row.status))[column]
            if column == COL_EMPLOYEE and row.left_on is not None:
                text = translate("ProgressMatrix", "%1 (left %2)").replace(
                    "%1", row.employee_name).replace("%2", dates.date_text(row.left_on))
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == Qt.ItemDataRole.ForegroundRole and column == COL_EMPLOYEE:
                if row.has_left:
                    return QBrush(LEFT_TEXT)
                return QBrush(OVERDUE_TEXT) if row.behind else None
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_EMPLOYEE and row.left_on:
                return translate("ProgressMatrix", "Left the organisation on %1").replace(
                    "%1", dates.date_text(row.left_on))
            return None
        stage = STAGE_KEYS[column - FIRST_STAGE_COLUMN]
        reached = row.reached.get(stage)
        overdue = stage in row.overdue_stages
        if role == Qt.ItemDataRole.DisplayRole:
            if reached is not None:
                return _short_date(reached)
            return self._overdue_text if overdue else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if reached is not None:
                return QBrush(REACHED_BACKGROUND)
            return QBrush(OVERDUE_BACKGROUND) if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if reached is not None:
                return translate("ProgressMatrix", "Reached on %1").replace(
                    "%1", dates.date_text(reached))
            if overdue:
                return translate("ProgressMatrix", "Overdue")
            return translate("ProgressMatrix", "Not reached yet")
        return None


def _short_date(value: dt.date) -> str:
    """Day and month only, to keep seven stage columns narrow; the tooltip has the year."""
    return dates.day_month_text(value)


class ProgressFilterProxy(QSortFilterProxyModel):
    """Filters to those behind and by name; sorting is passed on to the model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._behind_only = False
        self._text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ProgressMatrixModel):
            model.sort(column, order)

    def set_behind_only(self, behind_only: bool) -> None:
        self.beginFilterChange()
        self._behind_only = behind_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def behind_only(self) -> bool:
        return self._behind_only

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ProgressMatrixModel):
            return True
        row = model.row_at(source_row)
        if self._behind_only and not row.behind:
            return False
        if self._text:
            haystack = f"{row.employee_name} {row.department} {row.leader_name}".casefold()
            return self._text in haystack
        return True
