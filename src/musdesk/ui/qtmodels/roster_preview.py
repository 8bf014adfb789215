"""The roster import's preview as a table model.

Row 0 is the mapping row (the dialog places one combo box per file column on it); the
other rows are the file's first rows, with what will happen to each in column 0.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping
from musdesk.interchange.roster_import import ImportReport, RowOutcome, action_text
from musdesk.interchange.tabular import Table

PREVIEW_ROWS = 200

_Index = QModelIndex | QPersistentModelIndex

_BACKGROUNDS = {
    "create": QColor("#e8f5e9"),
    "update": QColor("#fff8e1"),
    "skip": QColor("#fdecea"),
    "duplicate": QColor("#e3f2fd"),
}


class RosterPreviewModel(QAbstractTableModel):
    """Row 0: the mapping row (combo boxes are placed on it); then the file's first rows.
    Column 0 says what happens to the row; column i + 1 is the file's column i."""

    MAPPING_ROW = 0
    RESULT_COLUMN = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self._rows: list[tuple[int, list[Any]]] = []
        self._outcomes: dict[int, RowOutcome] = {}

    def set_content(
        self, table: Table, mapping: ColumnMapping, report: ImportReport | None
    ) -> None:
        self.beginResetModel()
        self.table, self.mapping = table, mapping
        start = mapping.header_row + 1
        self._rows = list(
            zip(table.numbers[start:], table.rows[start:], strict=True)
        )[:PREVIEW_ROWS]
        self._outcomes = {o.row: o for o in report.outcomes} if report else {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.table = self.mapping = None
        self._rows, self._outcomes = [], {}
        self.endResetModel()

    def headers(self) -> list[str]:
        if self.table is None or self.mapping is None:
            return []
        header = self.table.rows[self.mapping.header_row]
        return [
            cols.cell_text(header[i]) if i < len(header) else "" for i in range(self.table.width)
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self._rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else self.table.width + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == self.RESULT_COLUMN:
                return QCoreApplication.translate("RosterPreviewModel", "Result")
            headers = self.headers()
            text = headers[section - 1] if section - 1 < len(headers) else ""
            untitled = QCoreApplication.translate("RosterPreviewModel", "Column {number}")
            return text or untitled.format(number=section)
        if section == self.MAPPING_ROW:
            return ""
        return str(self._rows[section - 1][0])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.mapping is None:
            return None
        if index.row() == self.MAPPING_ROW:
            return self._mapping_row_data(index.column(), role)
        number, cells = self._rows[index.row() - 1]
        outcome = self._outcomes.get(number)
        if index.column() == self.RESULT_COLUMN:
            return self._result_data(outcome, role)
        column = index.column() - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cols.cell_text(cells[column]) if column < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            fields = self.mapping.fields
            ignored = column >= len(fields) or fields[column] == cols.IGNORE
            return QBrush(QColor("#9e9e9e")) if ignored else None
        return None

    def _mapping_row_data(self, column: int, role: int) -> Any:
        if column != self.RESULT_COLUMN:
            return None  # the combo boxes sit there
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterPreviewModel", "Each column holds:")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _result_data(self, outcome: RowOutcome | None, role: int) -> Any:
        if outcome is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = action_text(outcome)
            return text[:1].upper() + text[1:]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUNDS.get(outcome.action)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and outcome.action in _BACKGROUNDS:
            return QBrush(QColor("#202020"))  # readable on the light colours in dark mode too
        return None

    def outcome_of_row(self, row: int) -> RowOutcome | None:
        number = self._rows[row - 1][0]
        return self._outcomes.get(number)
