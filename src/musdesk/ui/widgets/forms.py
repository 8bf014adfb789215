"""Small pieces the editing dialogs share: an error line, optional dates, pick-lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui import dates


def error_label() -> QLabel:
    """A red, wrapping line under a form; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_problem(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def save_footer(
    dialog: QDialog, layout: QVBoxLayout, required: QLineEdit
) -> tuple[QLabel, QDialogButtonBox]:
    """The error line and Save/Cancel under a form; Save only while `required` has text."""
    problem = error_label()
    layout.addWidget(problem)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)

    def update() -> None:
        save.setEnabled(bool(required.text().strip()))

    required.textChanged.connect(update)
    update()
    return problem, buttons


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box enables the calendar field."""

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(dates.date_format())
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)

    def set_date(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def date(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


class ChoiceBox(QComboBox):
    """A pick-list of (id, label) with '(none)' first; type to search within the labels."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._none_text = none_text
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_choices(self, choices: list[tuple[str, str]], current: str | None) -> None:
        self.clear()
        self.addItem(self._none_text, None)
        for ident, label in choices:
            self.addItem(label, ident)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(0, index))

    def chosen(self) -> tuple[bool, str | None]:
        """(valid, id): the typed text must be one of the labels (or empty / '(none)')."""
        text = self.currentText().strip()
        if not text or text == self._none_text:
            return True, None
        # Labels may be indented to show a tree: compare without the indentation.
        for index in range(1, self.count()):
            if self.itemText(index).strip() == text:
                return True, self.itemData(index)
        return False, None
