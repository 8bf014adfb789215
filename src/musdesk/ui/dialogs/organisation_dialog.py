"""Adding or editing a client organisation: its name and the language of its documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.i18n import LANGUAGE_NAMES
from musdesk.ui.widgets.forms import save_footer, show_problem


class OrganisationDialog(QDialog):
    def __init__(
        self,
        save: Callable[[str, str], Any],
        *,
        name: str = "",
        language: str = "da",
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit organisation") if editing
                            else self.tr("Add organisation"))
        self.setMinimumWidth(440)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("The client's name"))
        self.language = QComboBox()
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Language of documents:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem, self.buttons = save_footer(self, layout, self.name)

    def accept(self) -> None:
        try:
            self._save(self.name.text().strip(), str(self.language.currentData()))
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()
