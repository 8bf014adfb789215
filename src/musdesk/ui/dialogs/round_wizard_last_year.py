"""The round wizard's "last year" page: which earlier round the new one follows (by default
the latest of its scope, as the service decides), and carrying over everyone's open goals and
agreements at once, with a preview of how many per person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from musdesk.services import carry_forward, round_links
from musdesk.ui import dates

NONE = ""  # the combo's data for "follows no round"


class LastYearPage(QWizardPage):
    def __init__(self, round_page: Any, participants: Any) -> None:
        super().__init__()
        self.round_page, self.participants = round_page, participants
        self.setTitle(self.tr("Last year"))
        self.setSubTitle(self.tr("The new round follows an earlier round: its agreements and "
                                 "goals appear on the preparation sheets and in the "
                                 "conversation form."))
        self.follows = QComboBox()
        self.follows.setAccessibleName(self.tr("The round this round follows"))
        self.carry = QCheckBox(self.tr("Carry over open goals and last year's agreements "
                                       "for everyone"))
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Employee"), self.tr("Open goals"), self.tr("Agreements")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.setAccessibleName(self.tr("What is carried over, per person"))
        self.total = QLabel()
        self.total.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Follows"), self.follows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.carry)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.total)
        self.follows.currentIndexChanged.connect(self._fill_preview)
        self.carry.toggled.connect(self._fill_preview)

    def initializePage(self) -> None:  # noqa: N802
        org = self.round_page.organisation_data()
        start, _end = self.round_page.period()
        self.follows.blockSignals(True)
        self.follows.clear()
        default = None
        if org is not None:
            for earlier in round_links.earlier_rounds(org["id"], start):
                scope = f" · {earlier.department_name}" if earlier.department_name else ""
                self.follows.addItem(
                    f"{earlier.name}{scope} "
                    f"({dates.period_text(earlier.period_start, earlier.period_end)})",
                    earlier.id)
            default = round_links.latest_earlier_round(
                org["id"], self.participants.department_id(), start)
        self.follows.addItem(self.tr("None (start afresh)"), NONE)
        index = self.follows.findData(default) if default else self.follows.count() - 1
        self.follows.setCurrentIndex(max(index, 0))
        self.follows.blockSignals(False)
        self._fill_preview()

    def previous_round_id(self) -> str | None:
        return self.follows.currentData() or None

    def carry_over(self) -> bool:
        return self.carry.isChecked() and self.previous_round_id() is not None

    def _fill_preview(self) -> None:
        previous = self.previous_round_id()
        self.carry.setEnabled(previous is not None)
        chosen = self.participants.chosen_ids()
        rows = carry_forward.carry_over_preview(previous, chosen) if previous else []
        self.preview.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = (item.full_name, str(item.open_goals), str(item.agreements))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.preview.setItem(row, column, cell)
        self.preview.setEnabled(self.carry_over())
        goals = sum(item.open_goals for item in rows)
        agreements = sum(item.agreements for item in rows)
        if previous is None:
            text = self.tr("The round starts afresh: no last year on the preparation sheets.")
        elif not rows:
            text = self.tr("No one taking part had a conversation in that round.")
        elif self.carry.isChecked():
            reached = sum(1 for item in rows if item.open_goals or item.agreements)
            text = self.tr("Carried over: open goals %1, agreements %2, into the "
                           "conversations of %3 of the %4 people.").replace(
                "%1", str(goals)).replace("%2", str(agreements)).replace(
                "%3", str(reached)).replace("%4", str(len(rows)))
        else:
            text = self.tr("Nothing is carried over now; each goal can still be carried over "
                           "one by one in the conversation form.")
        self.total.setText(text)
