"""The due list: overdue follow-ups and those coming in the next days, as a sortable table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from musdesk.services.followup_overview import (
    GOAL_DEADLINE,
    MEETING,
    SUB_GOAL,
    DueItem,
    name_sort_key,
)
from musdesk.ui import dates

# Column numbers.
DATE, WHEN, KIND, EMPLOYEE, ORGANISATION, TITLE = range(6)
COLUMN_COUNT = 6
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (dates, day counts)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the DueItem itself

OVERDUE_COLOUR = QColor("#b71c1c")


# lupdate finds translate("Context", "literal") calls, not calls of a wrapper.
translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    return {
        MEETING: translate("DueListModel", "Follow-up meeting"),
        GOAL_DEADLINE: translate("DueListModel", "Goal deadline"),
        SUB_GOAL: translate("DueListModel", "Sub-goal"),
    }.get(kind, kind)


def when_text(days: int) -> str:
    """'3 days late', 'today', 'in 4 days' (the word says overdue, not only the colour)."""
    # Plain singular/plural strings: no plural forms file is needed for English.
    if days == -1:
        return translate("DueListModel", "1 day late")
    if days < 0:
        return translate("DueListModel", "%1 days late").replace("%1", str(-days))
    if days == 0:
        return translate("DueListModel", "today")
    if days == 1:
        return translate("DueListModel", "tomorrow")
    return translate("DueListModel", "in %1 days").replace("%1", str(days))


def column_widths(font: QFont) -> dict[int, int]:
    """Widths that show the widest date, day count and kind whole (in bold: overdue rows
    are bold), so that "44 days late" is never cut; names and titles take the rest."""
    bold = QFont(font)
    bold.setBold(True)
    metrics, strong = QFontMetrics(font), QFontMetrics(bold)
    padding = 18
    kinds = [kind_text(kind) for kind in (MEETING, GOAL_DEADLINE, SUB_GOAL)]
    when = [when_text(days) for days in (-444, -1, 0, 1, 444)]
    return {
        DATE: strong.horizontalAdvance(dates.date_width_sample()) + padding,
        WHEN: max(strong.horizontalAdvance(text) for text in when) + padding,
        KIND: max(metrics.horizontalAdvance(text) for text in kinds) + padding,
        EMPLOYEE: metrics.horizontalAdvance("Ragnhild Øverli-Sæther") + padding,
        TITLE: metrics.horizontalAdvance("x" * 24) + padding,
    }


class DueListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []
        self._today = dt.date.today()

    def set_items(self, items: list[DueItem], today: dt.date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def item(self, row: int) -> DueItem:
        return self._items[row]

    def overdue_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("DueListModel", "Date"), translate("DueListModel", "When"),
                translate("DueListModel", "What"), translate("DueListModel", "Employee"),
                translate("DueListModel", "Organisation"),
                translate("DueListModel", "Goal"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        days = item.days_from(self._today)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return (dates.date_text(item.on), when_text(days), kind_text(item.kind),
                    item.employee_name, item.organisation_name, item.title)[column]
        if role == SORT_ROLE:
            return (item.on.toordinal(), days, kind_text(item.kind),
                    "\x01".join(item.employee_sort) or name_sort_key(item.employee_name),
                    name_sort_key(item.organisation_name),
                    name_sort_key(item.title))[column]
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and item.overdue and column in (DATE, WHEN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, should a column be narrow
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text or None
        return None


class DueListProxy(QSortFilterProxyModel):
    """Sorts by the model's SORT_ROLE (dates as dates, not as text)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
