"""The "Due for review" rows: rounds and leavers past their retention period."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from musdesk.services.privacy_retention import DueReview
from musdesk.ui import dates

DUE, KIND, NAME, WHY, KEPT = range(5)
COLUMN_COUNT = 5
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    return {"round": translate("DueReviewModel", "Round"),
            "employee": translate("DueReviewModel", "Leaver")}.get(kind, kind)


class DueReviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueReview] = []

    def set_items(self, items: list[DueReview]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("DueReviewModel", "Due since"), translate("DueReviewModel", "What"),
                translate("DueReviewModel", "Name"), translate("DueReviewModel", "Why"),
                translate("DueReviewModel", "Kept before because"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == DUE:
            return dates.date_text(item.due_on)
        if column == KIND:
            return kind_text(item.kind)
        if column == NAME:
            return item.name
        if column == WHY:
            return item.why()
        return item.kept_reason
