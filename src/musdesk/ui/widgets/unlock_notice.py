"""The quiet bar shown above the tabs after unlocking: "N follow-ups overdue, M due this
week", with a way to the due list. It never blocks; closing it is enough."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

NOTICE_STYLE = (
    "#unlockNotice { background: #fff4e0; border: 1px solid #e0b060; border-radius: 3px; }"
)


def due_notice_text(overdue: int, this_week: int) -> str | None:
    """"N follow-ups overdue, M due this week", or None when nothing is due."""
    if not overdue and not this_week:
        return None
    translate = QCoreApplication.translate  # literal calls, so that lupdate finds them
    # Plain singular/plural strings: no plural forms file is needed for English.
    late = (translate("UnlockNotice", "1 follow-up overdue") if overdue == 1
            else translate("UnlockNotice", "%1 follow-ups overdue").replace("%1", str(overdue)))
    week = (translate("UnlockNotice", "1 due this week") if this_week == 1
            else translate("UnlockNotice", "%1 due this week").replace("%1", str(this_week)))
    # The notice counts every organisation; the follow-up tab's due list one of them.
    return f"{late}, {week} " + translate("UnlockNotice", "(all organisations)")


class UnlockNotice(QFrame):
    show_due_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockNotice")
        self.setStyleSheet(NOTICE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Show the due list"))
        self.button.clicked.connect(self._go)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Close the notice"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.hide()

    def _go(self) -> None:
        self.hide()
        self.show_due_list.emit()

    def refresh(self, today: dt.date | None = None) -> str | None:
        """Count what is due; show the bar and return its text, or hide it and return None."""
        from musdesk.errors import MusdeskError
        from musdesk.services.followup_notice import overdue_summary

        try:
            overdue, this_week = overdue_summary(today or dt.date.today())
        except MusdeskError:
            overdue, this_week = 0, 0
        text = due_notice_text(overdue, this_week)
        if text is None:
            self.hide()
            return None
        self.label.setText(text)
        self.show()
        return text
