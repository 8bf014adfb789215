"""Small editors the conversation form repeats: a multi-line answer and an optional date.

Both report a finished or ongoing edit through `edited` (for the autosave timer) and
`left` when focus leaves them (the autosave flushes then).
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from musdesk.ui import dates

# Digits and the separators of the locale formats and ISO; the value is checked on parse.
_DATE_PATTERN = QRegularExpression(r"^[0-9./\- ]{0,10}$")


class AnswerEdit(QPlainTextEdit):
    """A comfortable multi-line field that grows with its text; Tab moves on, not indents."""

    left = Signal()

    def __init__(self, text: str = "", minimum_lines: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id: str | None = None  # a private note's record, once saved
        self.setPlainText(text)
        self.setTabChangesFocus(True)
        self._minimum_lines = minimum_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        # Grow with the text (up to a screenful) so long answers are read without scrolling
        # inside a scroll area.
        line = self.fontMetrics().lineSpacing()
        lines = max(self._minimum_lines, int(self.document().size().height()) + 1)
        height = min(lines * line, 18 * line) + 2 * int(self.document().documentMargin()) + 6
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.left.emit()


class LineEdit(QLineEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.left.emit()


class DateEdit(LineEdit):
    """An optional date typed in the locale's format (or ISO), empty = none; shown in the
    locale's format (`ui.dates`). `value()` gives the ISO text the services read."""

    def __init__(self, value: dt.date | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(dates.date_placeholder())
        self.setValidator(QRegularExpressionValidator(_DATE_PATTERN, self))
        self.setMaxLength(10)
        sample = max(dates.date_placeholder(), dates.date_width_sample(), key=len)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance(sample) + 28)
        self.set_value(value)

    def set_value(self, value: dt.date | str | None) -> None:
        self.setText(dates.input_text(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        self.setPlaceholderText("" if read_only else dates.date_placeholder())

    def date(self) -> dt.date | None:
        """The date typed; ValueError while it is not a whole date."""
        return dates.parse_date(self.text())

    def value(self) -> str | None:
        """The ISO text of the date typed; an unreadable text is passed on as typed, for the
        services to refuse with their message."""
        text = self.text().strip()
        if not text:
            return None
        try:
            day = dates.parse_date(text)
        except ValueError:
            return text
        return day.isoformat() if day else None  # the stored form, not shown

    def is_complete(self) -> bool:
        """Empty or a full date; half-typed dates are not saved yet."""
        try:
            self.date()
        except ValueError:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Up/Down move a complete date by a day: quick from the keyboard.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.text() and self.is_complete():
            step = 1 if event.key() == Qt.Key.Key_Up else -1
            day = self.date()
            if day is not None:
                self.setText(dates.date_text(day + dt.timedelta(days=step)))
                self.textEdited.emit(self.text())
            return
        super().keyPressEvent(event)


def insert_in_tab_order(before: QWidget, widgets: list[QWidget]) -> None:
    """Put `widgets` (a row added later) in the keyboard order just before `before`.

    Qt appends a new widget at the end of the window's focus chain, so Tab would jump from
    a new row to the bottom of the form; this puts it where it is shown.
    """
    # Qt ignores an order given from a widget that takes no Tab focus (a label, a layout
    # holder): start from the last real stop before `before`.
    previous = cast(QWidget, before.previousInFocusChain())  # the chain is a ring
    for _ in range(10_000):
        if previous is before or (
                previous.focusPolicy() & Qt.FocusPolicy.TabFocus and previous not in widgets):
            break
        previous = cast(QWidget, previous.previousInFocusChain())
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
