"""The employee table: a model over the roster's rows, and the sort/filter proxy the view uses.

Why the source model does the work: a QSortFilterProxyModel that sorts or filters by itself
calls back into Python for every comparison or row (0.5 s to sort and 10–30 ms to filter
10,000 people). Here the source keeps every row, sorts them with Python's sort on
precomputed keys and shows only the rows matching the filter words (one pass over
precomputed lower-case texts, under a millisecond); the proxy is the view's interface to
both, forwarding `sort` and `set_filter_text`, and its own C++ pass-through costs little.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from musdesk.services.common import nordic_key
from musdesk.ui import dates

NAME, JOB_TITLE, DEPARTMENT, LEADER, EMAIL, START_DATE, STATUS = range(7)
COLUMN_COUNT = 7

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the employee's id (str)
SEARCH_KEY = "_search"  # lower-case text the filter matches, kept in each row

_Index = QModelIndex | QPersistentModelIndex


def column_titles() -> list[str]:
    # Literal translate() calls: lupdate only finds strings written out in the call.
    translate = QCoreApplication.translate
    return [
        translate("EmployeeTableModel", "Name"),
        translate("EmployeeTableModel", "Job title"),
        translate("EmployeeTableModel", "Department"),
        translate("EmployeeTableModel", "Leader"),
        translate("EmployeeTableModel", "E-mail"),
        translate("EmployeeTableModel", "Started"),
        translate("EmployeeTableModel", "Status"),
    ]


def matches(words: list[str], rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose search text holds every word (any order); all rows without words."""
    if not words:
        return list(rows)
    if len(words) == 1:
        word = words[0]
        return [row for row in rows if word in row[SEARCH_KEY]]
    return [row for row in rows if all(w in row[SEARCH_KEY] for w in words)]


class EmployeeTableModel(QAbstractTableModel):
    """Rows are the roster's employee dicts; department and leader names are looked up from
    the maps given with them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[dict[str, Any]] = []  # sorted, every row
        self._rows: list[dict[str, Any]] = []  # sorted, the rows matching the filter
        self._department_names: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._words: list[str] = []
        self._searchable = False
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        self._titles = column_titles()
        self._active_text = QCoreApplication.translate("EmployeeTableModel", "Active")
        self._left_text = QCoreApplication.translate("EmployeeTableModel", "Left")

    # --- content ------------------------------------------------------------------------
    def set_employees(
        self,
        rows: Sequence[dict[str, Any]],
        department_names: dict[str, str],
        leader_names: dict[str, str] | None = None,
    ) -> None:
        """Replace the content. `leader_names` maps ids to names for leaders not in `rows`."""
        self.beginResetModel()
        self._all = list(rows)
        self._department_names = dict(department_names)
        self._names = dict(leader_names or {})
        self._names.update((row["id"], row["full_name"]) for row in self._all)
        self._searchable = False  # search texts are built on the first filter keystroke
        self._all.sort(key=self._sort_key(self._sort[0]),
                       reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._rows = matches(self._words, self._all) if self._words else list(self._all)
        self.endResetModel()

    @property
    def total_count(self) -> int:
        return len(self._all)

    def employee(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def find(self, employee_id: str) -> dict[str, Any] | None:
        """The employee among all rows, shown or filtered out."""
        return next((item for item in self._all if item["id"] == employee_id), None)

    def row_of(self, employee_id: str) -> int | None:
        """The shown row of the employee, or None when filtered out or absent."""
        for row, item in enumerate(self._rows):
            if item["id"] == employee_id:
                return row
        return None

    def set_filter_words(self, text: str) -> None:
        """Show only rows holding every word of `text` (any order, any case)."""
        words = text.casefold().split()
        if words == self._words:
            return
        self._ensure_searchable()
        self.beginResetModel()
        self._words = words
        self._rows = matches(words, self._all)
        self.endResetModel()

    def prepare_search(self) -> None:
        """Build the texts the filter matches (≈10 ms for 10,000); call when idle so that
        the first keystroke does not pay for it."""
        self._ensure_searchable()

    def _ensure_searchable(self) -> None:
        if self._searchable:
            return
        names, departments = self._names, self._department_names
        for row in self._all:
            row[SEARCH_KEY] = " ".join((
                row["full_name"], row.get("job_title") or "", row.get("email") or "",
                departments.get(row.get("department_id") or "", ""),
                names.get(row.get("leader_id") or "", ""), row.get("external_ref") or "",
            )).casefold()
        self._searchable = True

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a column cuts it
            return self._display(row, index.column()) or None
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and not row.get("active", True):
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == NAME:
            return row["full_name"]
        if column == JOB_TITLE:
            return row.get("job_title") or ""
        if column == DEPARTMENT:
            return self._department_names.get(row.get("department_id") or "", "")
        if column == LEADER:
            return self._names.get(row.get("leader_id") or "", "")
        if column == EMAIL:
            return row.get("email") or ""
        if column == START_DATE:
            return format_date(row.get("start_date"))
        if column == STATUS:
            if row.get("active", True):
                return self._active_text
            return f"{self._left_text} {format_date(row.get('left_on'))}".strip()
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        reverse = order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=self._sort_key(column), reverse=reverse)
        self._rows = matches(self._words, self._all) if self._words else list(self._all)
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable[[dict[str, Any]], Any]:
        names, departments = self._names, self._department_names

        def by_name(row: dict[str, Any]) -> tuple[str, str]:
            return (nordic_key(row["last_name"]), nordic_key(row["first_name"]))

        if column == NAME:
            return by_name
        if column == START_DATE:
            return lambda row: (row.get("start_date") or dt.date.min, by_name(row))
        if column == STATUS:
            return lambda row: (not row.get("active", True), by_name(row))
        if column == DEPARTMENT:
            return lambda row: (
                nordic_key(departments.get(row.get("department_id") or "", "")), by_name(row))
        if column == LEADER:
            return lambda row: (nordic_key(names.get(row.get("leader_id") or "", "")),
                                by_name(row))
        field = {JOB_TITLE: "job_title", EMAIL: "email"}.get(column, "full_name")
        return lambda row: (nordic_key(row.get(field) or ""), by_name(row))


def format_date(value: object) -> str:
    """A date in the user's locale (short format), or '' when there is none."""
    return dates.date_text(value) if isinstance(value, dt.date) else ""


class EmployeeFilterProxy(QSortFilterProxyModel):
    """The view's model: sorting and the filter text are passed to the source (see above)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def source(self) -> EmployeeTableModel:
        model = self.sourceModel()
        assert isinstance(model, EmployeeTableModel)
        return model

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        self._text = text
        self.source().set_filter_words(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def employee_id(self, proxy_row: int) -> str | None:
        if proxy_row < 0 or proxy_row >= self.rowCount():
            return None
        return self.data(self.index(proxy_row, 0), ID_ROLE)
