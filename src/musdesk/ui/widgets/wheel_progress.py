"""The wheel tab's "Progress" page: the progress matrix (one row per conversation, one
column per stage) with a name filter, "only those behind", the people who left the
organisation with an open conversation (offered for cancelling), and buttons to open a
conversation or save its invitation.

The rows come from `services/wheel_overview.conversation_rows`; the tab hands them over
with `set_rows` and routes `open_requested` / `invitation_requested` / `leavers_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.services.wheel_overview import ConversationRow
from musdesk.ui.qtmodels.progress_matrix import (
    COL_EMPLOYEE,
    ROW_ROLE,
    ProgressFilterProxy,
    ProgressMatrixModel,
)
from musdesk.ui.widgets.leavers_notice import LeaversNotice


class ProgressPage(QWidget):
    open_requested = Signal(object)  # the ConversationRow to open
    invitation_requested = Signal()  # for the selected row
    leavers_changed = Signal()  # leavers' conversations were cancelled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProgressMatrixModel(self)
        self.proxy = ProgressFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.matrix = QTableView()
        self.matrix.setModel(self.proxy)
        self.matrix.setSortingEnabled(True)
        self.matrix.horizontalHeader().setSortIndicator(COL_EMPLOYEE,
                                                        Qt.SortOrder.AscendingOrder)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.verticalHeader().hide()
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.matrix.setAccessibleName(self.tr("Progress of every conversation"))
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.matrix.activated.connect(self._open)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, department or leader"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.behind_only = QCheckBox(self.tr("Only those behind"))
        self.behind_only.toggled.connect(self._on_behind_only)
        self.leavers = LeaversNotice(self)
        self.leavers.changed.connect(lambda _text: self.leavers_changed.emit())
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.open_button.clicked.connect(lambda: self._open(self.matrix.currentIndex()))
        self.invitation_button = QPushButton(self.tr("Save invitation…"))  # .ics + PDF
        self.invitation_button.clicked.connect(self.invitation_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.behind_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.invitation_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.leavers)
        layout.addWidget(self.matrix, 1)
        layout.addLayout(bottom)

    def set_rows(self, rows: list[ConversationRow], round_id: str | None) -> None:
        self.model.set_rows(rows)
        self.update_count()
        self.leavers.set_round(round_id if any(r.has_left for r in rows) else None)

    def _open(self, index: Any) -> None:
        if index is not None and index.isValid():
            self.open_requested.emit(index.data(ROW_ROLE))

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.update_count()

    def _on_behind_only(self, checked: bool) -> None:
        self.proxy.set_behind_only(checked)
        self.update_count()

    def update_count(self) -> None:
        self.count.setText(self.tr("%1 of %2 shown")
                           .replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))
        if self.model.rowCount() < 300:  # measuring thousands of rows is slow
            self.matrix.resizeColumnsToContents()
