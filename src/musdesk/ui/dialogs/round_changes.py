"""Small dialogs for changes during a round: choose a person (to add, or as the new leader)
and edit the round's name, period and step dates. They open with open() and report by
`accepted`; the caller reads the choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.round_changes import Person, RoundEdit
from musdesk.ui.dates import py_date


def _date_edit(day: dt.date | None) -> QDateEdit:
    day = day or dt.date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PersonDialog(QDialog):
    """Choose one person from a list (nobody to choose: says so, and OK stays off)."""

    def __init__(self, title: str, explanation: str, people: list[Person], ok_text: str,
                 parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.person = QComboBox()
        self.person.setAccessibleName(title)
        for person in people:
            self.person.addItem(person.full_name, person.id)
        if current is not None and self.person.findData(current) >= 0:
            self.person.setCurrentIndex(self.person.findData(current))
        layout.addWidget(self.person)
        if not people:
            layout.addWidget(QLabel(self.tr("There is no one to choose.")))
        self.buttons = _buttons(self, ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(people))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def chosen_id(self) -> str | None:
        return self.person.currentData()


class EditRoundDialog(QDialog):
    def __init__(self, current: RoundEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the round"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(current.name)
        self.start = _date_edit(current.period_start)
        self.end = _date_edit(current.period_end)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Period from"), self.start)
        form.addRow(self.tr("Period until"), self.end)
        self.dues: list[QDateEdit] = []
        for number, (key, due) in enumerate(zip(enums.WHEEL_STEPS, current.step_dues,
                                                strict=False), start=1):
            edit = _date_edit(due)
            self.dues.append(edit)
            form.addRow(f"{number}. {enums.label('wheel_step', key)}", edit)
        layout.addLayout(form)
        self.buttons = _buttons(self, self.tr("Save"))
        self.name.textChanged.connect(lambda text: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def edit(self) -> RoundEdit:
        return RoundEdit(self.name.text().strip(), py_date(self.start.date()),
                         py_date(self.end.date()),
                         tuple(py_date(edit.date()) for edit in self.dues))
