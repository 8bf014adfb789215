"""Adding or editing a client organisation: its name, the language of its documents and its
country (whose public holidays are no working days; the calendar's time zone)."""

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
        save: Callable[[str, str, str], Any],
        *,
        name: str = "",
        language: str = "da",
        country: str | None = None,
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
        self.country = QComboBox()
        self.country.addItem(self.tr("Denmark"), "DK")
        self.country.addItem(self.tr("Norway"), "NO")
        self._country_chosen = country is not None
        self._follow_language(country or ("NO" if language == "nb" else "DK"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.country.activated.connect(self._country_activated)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Language of documents:"), self.language)
        form.addRow(self.tr("Country (public holidays):"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem, self.buttons = save_footer(self, layout, self.name)

    def accept(self) -> None:
        try:
            self._save(self.name.text().strip(), str(self.language.currentData()),
                       str(self.country.currentData()))
        except MusdeskError as exc:
            show_problem(self.problem, str(exc))
            return
        super().accept()

    def _follow_language(self, country: str) -> None:
        self.country.setCurrentIndex(max(0, self.country.findData(country)))

    def _language_changed(self) -> None:
        # Until the consultant picks a country, it follows the language (bokmål → Norway).
        if not self._country_chosen:
            self._follow_language("NO" if self.language.currentData() == "nb" else "DK")

    def _country_activated(self) -> None:
        self._country_chosen = True
