"""Adding or editing a strategic goal of an organisation or one department."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import save_footer, show_problem


class StrategicGoalDialog(QDialog):
    def __init__(
        self,
        save: Callable[[str, str], Any],
        scope: str,
        *,
        title: str = "",
        description: str = "",
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit strategic goal") if editing
                            else self.tr("Add strategic goal"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("For: {scope}").format(scope=scope))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("e.g. Shorter waiting times for our users"))
        self.description = QPlainTextEdit(description)
        self.description.setPlaceholderText(self.tr(
            "What the goal means in practice, and how you will know it is reached"))
        form = QFormLayout()
        form.addRow(self.tr("Goal:"), self.title)
        form.addRow(self.tr("Description:"), self.description)
        layout.addLayout(form)
        self.problem, self.buttons = save_footer(self, layout, self.title)

    def accept(self) -> None:
        try:
            self._save(self.title.text().strip(), self.description.toPlainText().strip())
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
