"""Adding, renaming or moving a department (its name and the department above it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import ChoiceBox, error_label, show_problem


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
        self.problem = error_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.name.text().strip()))

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
