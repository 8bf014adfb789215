"""Strategy at the centre of the wheel: the organisation's goals, their breakdown per
department, and each department's group conversation (GRUS) in the round."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.widgets.wheel_step_panel import format_date

DEPARTMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class StrategyPanel(QWidget):
    """`editGroupConversation(department)` asks the tab to open the GRUS dialog."""

    editGroupConversation = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = QTreeWidget()
        self.goals.setHeaderLabels([self.tr("Strategic goals and their breakdown"),
                                    self.tr("Development goals linked")])
        self.goals.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.header().setStretchLastSection(False)
        self.goals.setAccessibleName(self.tr("Strategic goals per department"))
        self.goals.setWordWrap(True)
        self.groups = QTreeWidget()
        self.groups.setHeaderLabels([self.tr("Department"), self.tr("Group conversation"),
                                     self.tr("Held"), self.tr("The department's goals")])
        self.groups.setRootIsDecorated(False)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.setAccessibleName(self.tr("Group conversations per department"))
        self.groups.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.groups.itemActivated.connect(lambda item, _column: self._edit(item))
        self.groups.itemSelectionChanged.connect(self._update_button)
        self.edit_button = QPushButton(self.tr("Edit group conversation…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(lambda: self._edit(self.groups.currentItem()))

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "<b>Group conversations (GRUS)</b> — before the individual conversations, each "
            "team talks through what the strategy means for it. Individual development goals "
            "can then link to these goals."))
        intro.setWordWrap(True)
        lower_layout.addWidget(intro)
        lower_layout.addWidget(self.groups, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        lower_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.goals)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_strategy(self, organisation_goals: list[dict[str, Any]],
                      departments: list[dict[str, Any]],
                      goals_by_department: dict[str, list[dict[str, Any]]],
                      groups_by_department: dict[str, dict[str, Any]],
                      linked: dict[str, int] | None = None) -> None:
        """`linked`: per strategic goal ID, the development goals of this round linked to it."""
        linked = linked or {}

        def goal_item(goal: dict[str, Any]) -> QTreeWidgetItem:
            item = QTreeWidgetItem([goal["title"], str(linked.get(goal["id"], 0))])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            return item

        self.goals.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        top = QTreeWidgetItem([self.tr("The organisation")])
        top.setFont(0, bold)
        self.goals.addTopLevelItem(top)
        for goal in organisation_goals:
            top.addChild(goal_item(goal))
        if not organisation_goals:
            top.addChild(QTreeWidgetItem([self.tr("No strategic goals yet (add them in the "
                                                  "roster)")]))
        for department in departments:
            own = goals_by_department.get(department["id"], [])
            group = groups_by_department.get(department["id"])
            if not own and not (group and group.get("department_goals")):
                continue
            item = QTreeWidgetItem([department["name"]])
            item.setFont(0, bold)
            self.goals.addTopLevelItem(item)
            for goal in own:
                item.addChild(goal_item(goal))
            if group and group.get("department_goals"):
                for line in group["department_goals"].splitlines():
                    if line.strip():
                        item.addChild(QTreeWidgetItem([
                            self.tr("From the group conversation: %1").replace("%1",
                                                                              line.strip())]))
        self.goals.expandAll()
        self.goals.resizeColumnToContents(1)

        self.groups.clear()
        for department in departments:
            group = groups_by_department.get(department["id"])
            planned = (format_date(group["scheduled_start"].date())
                       if group and group.get("scheduled_start") else
                       (self.tr("no date") if group else self.tr("not planned")))
            held = format_date(group["held_on"]) if group and group.get("held_on") else ""
            goals_text = " · ".join(line.strip() for line in
                                    (group or {}).get("department_goals", "").splitlines()
                                    if line.strip())
            item = QTreeWidgetItem([department["name"], planned, held, goals_text])
            item.setData(0, DEPARTMENT_ROLE, department)
            self.groups.addTopLevelItem(item)
        for column in range(3):
            self.groups.resizeColumnToContents(column)
        self._update_button()

    def _update_button(self) -> None:
        self.edit_button.setEnabled(self.groups.currentItem() is not None)

    def _edit(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.editGroupConversation.emit(item.data(0, DEPARTMENT_ROLE))
