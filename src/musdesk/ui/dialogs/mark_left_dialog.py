"""Marking an employee as having left: the date, and what it means for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui import dates
from musdesk.ui.widgets.forms import error_label, show_problem


class MarkLeftDialog(QDialog):
    def __init__(self, name: str, save: Callable[[dt.date], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Employee has left"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{name} will no longer be part of new MUS rounds. Earlier conversations and plans "
            "are kept. You can undo this later."
        ).format(name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.left_on = QDateEdit(QDate.currentDate())
        self.left_on.setDisplayFormat(dates.date_format())
        self.left_on.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Last working day:"), self.left_on)
        layout.addLayout(form)
        self.problem = error_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as left"))
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen_date(self) -> dt.date:
        q = self.left_on.date()
        return dt.date(q.year(), q.month(), q.day())

    def accept(self) -> None:
        try:
            self._save(self.chosen_date())
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
