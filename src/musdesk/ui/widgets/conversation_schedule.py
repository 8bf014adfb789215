"""When and where the conversation is held: a date, a start time and a place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from musdesk.ui import dates
from musdesk.ui.widgets.conversation_fields import DateEdit, LineEdit

_TIME_PATTERN = QRegularExpression(r"^\d{0,2}(:\d{0,2})?$")


class ScheduleRow(QWidget):
    edited = Signal()
    left = Signal()

    def __init__(self, start: dt.datetime | None, place: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date = DateEdit(start.date() if start else None)
        self.date.setAccessibleName(self.tr("Date of the conversation"))
        self.time = LineEdit()
        self.time.setPlaceholderText(dates.time_placeholder())
        self.time.setValidator(QRegularExpressionValidator(_TIME_PATTERN, self.time))
        self.time.setMaxLength(5)
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:00") + 28)
        self.time.setAccessibleName(self.tr("Start time"))
        self.time.setText(dates.time_text(start.time()) if start else "")
        self.place = LineEdit()
        self.place.setText(place)
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("Meeting room, address or video link"))
        when = QLabel(self.tr("&When:"))
        when.setBuddy(self.date)
        where = QLabel(self.tr("W&here:"))
        where.setBuddy(self.place)
        for widget in (when, self.date, self.time, where):
            layout.addWidget(widget)
        layout.addWidget(self.place, 1)
        for edit in (self.date, self.time, self.place):
            edit.textEdited.connect(self.edited)
            edit.left.connect(self.left)

    def _time(self) -> dt.time | None:
        try:
            return dt.time.fromisoformat(self.time.text().strip())
        except ValueError:
            return None

    def is_ready(self) -> bool:
        """Both date and time given (or both empty), each complete."""
        has_date, has_time = bool(self.date.value()), bool(self.time.text().strip())
        if has_date != has_time:
            return False
        return not has_date or (self.date.is_complete() and self._time() is not None)

    def values(self) -> dict[str, Any]:
        day, time = self.date.value(), self._time()
        start = f"{day}T{time.hour:02d}:{time.minute:02d}" if day and time is not None else None
        return {"start": start, "place": self.place.text().strip()}

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)
        self.time.setReadOnly(read_only)
        self.place.setReadOnly(read_only)
