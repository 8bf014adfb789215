"""Keeping a due round or leaver past its retention period: the reason and for how long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import error_label, show_problem


class KeepDialog(QDialog):
    kept = Signal(object)  # the next review date

    def __init__(self, name: str, save: Callable[[str, int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Keep past the retention period"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{name} is kept if there is a reason the data is still needed (a pending case, "
            "an agreement with the organisation). The reason is recorded, and the item is due "
            "for review again after the chosen time.").format(name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setAccessibleName(self.tr("Reason for keeping"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Review again in:"), self.months)
        layout.addLayout(form)
        self.problem = error_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            review = self._save(self.reason.text(), self.months.value())
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
        self.kept.emit(review)
