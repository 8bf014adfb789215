"""What the follow-up dialogs share: date editors and saving through a callback.

A dialog is given `save(result)`; on Save it calls it, and an expected error (a
MusdeskError, already translated) is shown inside the dialog, which stays open so nothing
typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from musdesk.errors import MusdeskError
from musdesk.ui import dates


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> QDateEdit:
    editor = QDateEdit(to_qdate(day))
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(dates.date_format())
    return editor


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b71c1c")
    label.setWordWrap(True)
    label.hide()
    return label


class SavingDialog(QDialog):
    """Subclasses build `self.error_label` and implement `result_input()`."""

    def __init__(self, save: Callable[[Any], object] | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self.error_label = error_label()
        self.saved_result: Any = None  # what the save function returned

    def result_input(self) -> Any:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        try:
            data = self.result_input()
            if data is None:
                return
            self.saved_result = self._save(data) if self._save is not None else data
        except MusdeskError as exc:
            self.show_error(str(exc))
            return
        super().accept()
