"""Adding, renaming or moving a department (its name and the department above it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import ChoiceBox, save_footer, show_problem


class DepartmentDialog(QDialog):
    def __init__(
        self,
        save: Callable[[str, str | None], Any],
        parents: list[tuple[str, str]],
        *,
        name: str = "",
        parent_id: str | None = None,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit department") if editing else self.tr("Add department"))
        self.setMinimumWidth(440)
        self.name = QLineEdit(name)
        self.parent_choice = ChoiceBox(self.tr("(top level)"))
        self.parent_choice.set_choices(parents, parent_id)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Placed under:"), self.parent_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem, self.buttons = save_footer(self, layout, self.name)

    def accept(self) -> None:
        valid, parent_id = self.parent_choice.chosen()
        if not valid:
            show_problem(self.problem, self.tr("Choose the department above from the list."))
            return
        try:
            self._save(self.name.text().strip(), parent_id)
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
