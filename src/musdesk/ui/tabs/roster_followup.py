"""The employee's row in the roster: right-click for "Plan a follow-up meeting…" and "Show
the follow-up", both handled by the follow-up tab (reached through the window's navigation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from musdesk.ui.tabs.base import FOLLOW_UP

if TYPE_CHECKING:
    from musdesk.ui.tabs.roster_tab import RosterTab


class RosterFollowUpMenu(QObject):
    def __init__(self, tab: RosterTab) -> None:
        super().__init__(tab)
        self.tab = tab
        tab.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tab.table.customContextMenuRequested.connect(self._popup)

    def _popup(self, point: QPoint) -> None:
        menu = self.menu(point)
        if menu is not None:
            menu.popup(self.tab.table.viewport().mapToGlobal(point))

    def menu(self, point: QPoint) -> QMenu | None:
        index = self.tab.table.indexAt(point)
        if index.isValid():
            self.tab.table.selectRow(index.row())
        employee_id = self.tab.selected_employee_id()
        if employee_id is None:
            return None
        menu = QMenu(self.tab)
        menu.addAction(self.tr("Plan a follow-up meeting…"),
                       lambda: self.tab.navigate.emit(FOLLOW_UP, {"employee_id": employee_id,
                                                                  "plan": True}))
        menu.addAction(self.tr("Show the follow-up"),
                       lambda: self.tab.navigate.emit(FOLLOW_UP, {"employee_id": employee_id}))
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), self.tab.edit_employee)
        return menu
