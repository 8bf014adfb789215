"""The roster tab's layout: organisation selector, department tree, strategic goals, the
employee filter and table, the employee actions, and the page without any organisation.

Only widgets; they are set as attributes of the tab (`ui/tabs/roster_tab.py`), which wires
them and asks `RosterController` what to show. The texts keep the "RosterTab" translation
context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.qtmodels.employee_table import (
    DEPARTMENT,
    EMAIL,
    JOB_TITLE,
    LEADER,
    NAME,
    START_DATE,
    STATUS,
)
from musdesk.ui.widgets.apart import apart
from musdesk.ui.widgets.card import centred_card, heading, paragraph

if TYPE_CHECKING:
    from musdesk.ui.tabs.roster_tab import RosterTab

COLUMN_WIDTHS = {NAME: 180, JOB_TITLE: 160, DEPARTMENT: 140, LEADER: 160, EMAIL: 180,
                 START_DATE: 90, STATUS: 100}


def build(tab: RosterTab) -> None:
    """The whole tab: the page without organisation and the work page, stacked."""
    splitter = QSplitter()
    splitter.addWidget(build_left(tab))
    splitter.addWidget(build_right(tab))
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 1000])
    tab.splitter = splitter
    work = QWidget()
    work_layout = QVBoxLayout(work)
    work_layout.setContentsMargins(0, 0, 0, 0)
    work_layout.addLayout(build_top(tab))
    work_layout.addWidget(splitter, 1)

    tab.pages = QStackedWidget()
    tab.pages.addWidget(build_without_organisation(tab))
    tab.pages.addWidget(work)
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(4, 4, 4, 4)
    outer.addWidget(tab.pages)


def build_top(tab: RosterTab) -> QHBoxLayout:
    """The organisation selector and its actions."""
    top = QHBoxLayout()
    top.addWidget(QLabel(QCoreApplication.translate("RosterTab", "Organisation:")))
    tab.organisation = QComboBox()
    tab.organisation.setMinimumWidth(260)
    tab.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    top.addWidget(tab.organisation)
    tab.add_org_button = QPushButton(
        QCoreApplication.translate("RosterTab", "Add organisation…"))
    tab.edit_org_button = QPushButton(
        QCoreApplication.translate("RosterTab", "Edit organisation…"))
    top.addWidget(tab.add_org_button)
    top.addWidget(tab.edit_org_button)
    top.addStretch(1)
    tab.import_button = QPushButton(QCoreApplication.translate("RosterTab", "Import roster…"))
    top.addWidget(tab.import_button)
    return top


def build_left(tab: RosterTab) -> QWidget:
    """Departments above, strategic goals below."""
    tab.tree = QTreeWidget()
    tab.tree.setHeaderHidden(True)
    tab.tree.setAccessibleName(QCoreApplication.translate("RosterTab", "Departments"))
    tab.add_department_button = QPushButton(QCoreApplication.translate("RosterTab", "Add…"))
    tab.edit_department_button = QPushButton(
        QCoreApplication.translate("RosterTab", "Rename or move…"))
    department_buttons = QHBoxLayout()
    department_buttons.addWidget(tab.add_department_button)
    department_buttons.addWidget(tab.edit_department_button)
    tab.goals_title = QLabel()
    tab.goals_title.setWordWrap(True)
    tab.goals = QListWidget()
    tab.goals.setWordWrap(True)
    tab.goals.setAccessibleName(QCoreApplication.translate("RosterTab", "Strategic goals"))
    tab.goals_hint = QLabel(QCoreApplication.translate(
        "RosterTab", "No strategic goals yet. Add the goals the "
        "development goals of this round should serve."))
    tab.goals_hint.setWordWrap(True)
    tab.goals_hint.setEnabled(False)
    tab.add_goal_button = QPushButton(QCoreApplication.translate("RosterTab", "Add goal…"))
    tab.edit_goal_button = QPushButton(QCoreApplication.translate("RosterTab", "Edit goal…"))
    goal_buttons = QHBoxLayout()
    goal_buttons.addWidget(tab.add_goal_button)
    goal_buttons.addWidget(tab.edit_goal_button)

    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 6, 0)
    left_layout.addWidget(QLabel(QCoreApplication.translate("RosterTab", "<b>Departments</b>")))
    left_layout.addWidget(tab.tree, 3)
    left_layout.addLayout(department_buttons)
    left_layout.addSpacing(8)
    left_layout.addWidget(tab.goals_title)
    left_layout.addWidget(tab.goals, 2)
    left_layout.addWidget(tab.goals_hint)
    left_layout.addLayout(goal_buttons)
    return left


def build_right(tab: RosterTab) -> QWidget:
    """The filter, the table (or a hint when it is empty), the employee actions."""
    tab.filter = QLineEdit()
    tab.filter.setPlaceholderText(QCoreApplication.translate(
        "RosterTab", "Filter by name, job title, e-mail, department or leader"))
    tab.filter.setClearButtonEnabled(True)
    tab.filter.setAccessibleName(QCoreApplication.translate("RosterTab", "Filter the employees"))
    find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), tab)
    find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.activated.connect(tab.filter.setFocus)
    tab.show_left = QCheckBox(QCoreApplication.translate("RosterTab", "Show people who have left"))
    filter_row = QHBoxLayout()
    filter_row.addWidget(tab.filter, 1)
    filter_row.addWidget(tab.show_left)

    tab.table = QTableView()
    tab.table.setModel(tab.proxy)
    tab.table.setSortingEnabled(True)
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    tab.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tab.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tab.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tab.table.setAlternatingRowColors(True)
    tab.table.setAccessibleName(QCoreApplication.translate("RosterTab", "Employees"))
    tab.table.setWordWrap(False)
    tab.table.setTextElideMode(Qt.TextElideMode.ElideRight)
    tab.table.verticalHeader().hide()
    # Fixed row heights: the view need not measure 10,000 rows.
    tab.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    tab.table.verticalHeader().setDefaultSectionSize(tab.fontMetrics().height() + 10)
    header = tab.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in COLUMN_WIDTHS.items():
        tab.table.setColumnWidth(column, width)
    # Extra width goes to the e-mail addresses, the longest texts, not to the status.
    header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    tab.empty_hint = QLabel()
    tab.empty_hint.setWordWrap(True)
    tab.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    tab.table_stack = QStackedWidget()
    tab.table_stack.addWidget(tab.table)
    tab.table_stack.addWidget(tab.empty_hint)

    tab.add_employee_button = QPushButton(QCoreApplication.translate("RosterTab", "Add employee…"))
    tab.edit_employee_button = QPushButton(QCoreApplication.translate("RosterTab", "Edit…"))
    mark_left = QCoreApplication.translate("RosterTab", "Mark as left…")
    mark_active = QCoreApplication.translate("RosterTab", "Mark as active")
    tab.left_button = QPushButton(mark_left)
    tab.count_label = QLabel()
    employee_buttons = QHBoxLayout()
    employee_buttons.addWidget(tab.add_employee_button)
    employee_buttons.addWidget(tab.edit_employee_button)
    employee_buttons.addWidget(tab.privacy.access_button)
    # What ends or erases something sits apart, after a divider, at a fixed width:
    tab.left_button.setMinimumWidth(32 + max(
        tab.left_button.fontMetrics().horizontalAdvance(t) for t in (mark_left, mark_active)))
    apart(employee_buttons, tab.left_button, tab.privacy.erase_button)
    employee_buttons.addStretch(1)
    employee_buttons.addWidget(tab.count_label)

    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(6, 0, 0, 0)
    right_layout.addLayout(filter_row)
    right_layout.addWidget(tab.table_stack, 1)
    right_layout.addLayout(employee_buttons)
    right_layout.addWidget(tab.privacy.due_panel)
    return right


def build_without_organisation(tab: RosterTab) -> QWidget:
    """Without any organisation: one clear way forward."""
    tab.no_organisation = QWidget()
    hint_layout = centred_card(tab.no_organisation)
    hint_layout.addWidget(heading(
        QCoreApplication.translate("RosterTab", "No client organisations yet"), 1.4))
    hint_layout.addWidget(paragraph(QCoreApplication.translate(
        "RosterTab",
        "Add the organisation you work for, then its departments and employees, or import "
        "its roster from the HR system.")))
    tab.first_org_button = QPushButton(
        QCoreApplication.translate("RosterTab", "Add the first organisation…"))
    tab.first_org_button.setMinimumHeight(34)
    hint_layout.addWidget(tab.first_org_button)
    return tab.no_organisation
