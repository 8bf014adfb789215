"""The roster's "Due for review" list: rounds and leavers past the retention period, each to
be erased or kept with a reason. Hidden while nothing is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.services.privacy_retention import DueReview
from musdesk.ui.qtmodels.privacy_due import ITEM_ROLE, NAME, WHY, DueReviewModel


class DueReviewPanel(QWidget):
    erase_requested = Signal(object)  # the DueReview
    keep_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DueReviewModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; color: #8a4b00")
        self.hint = QLabel(self.tr(
            "Past the organisation's retention period: erase each, or keep it with a reason."))
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Due for review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(130)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.keep_button = QPushButton(self.tr("Keep with a reason…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.keep_button)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self.erase_button.clicked.connect(lambda: self._request(erase=True))
        self.keep_button.clicked.connect(lambda: self._request(erase=False))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_items([])

    def set_items(self, items: list[DueReview]) -> None:
        self.model.set_items(items)
        self.heading.setText(self.tr("Due for review ({n})").format(n=len(items)))
        self.setVisible(bool(items))
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> DueReview | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.data(rows[0], ITEM_ROLE)
        return item if isinstance(item, DueReview) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.erase_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    def _request(self, *, erase: bool) -> None:
        item = self.selected()
        if item is not None:
            (self.erase_requested if erase else self.keep_requested).emit(item)
