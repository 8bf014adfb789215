"""What the timeline's symbols mean, drawn with the same painter code as the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from musdesk.services.followup_overview import (
    CONVERSATION,
    EVALUATION,
    GOAL_DEADLINE,
    MEETING,
    RECOGNITION,
    SIGNING,
    SUB_GOAL,
    TimelineItem,
)
from musdesk.ui.widgets.timeline import TODAY_COLOUR, draw_marker

_DAY = dt.date(2000, 1, 1)


class TimelineLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._entries = [
            (self._sample(CONVERSATION), self.tr("Conversation")),
            (self._sample(SIGNING), self.tr("Signed")),
            (self._sample(MEETING, "planned"), self.tr("Meeting planned")),
            (self._sample(MEETING, "held"), self.tr("Meeting held")),
            (self._sample(MEETING, "missed"), self.tr("Meeting missed")),
            (self._sample(GOAL_DEADLINE), self.tr("Goal deadline")),
            (self._sample(SUB_GOAL), self.tr("Sub-goal")),
            (self._sample(EVALUATION), self.tr("Evaluation")),
            (self._sample(RECOGNITION), self.tr("Recognition")),
            (self._sample(MEETING, "planned", overdue=True), self.tr("Overdue")),
        ]

    @staticmethod
    def _sample(kind: str, status: str = "", overdue: bool = False) -> TimelineItem:
        return TimelineItem("", kind, _DAY, "", "", status=status, overdue=overdue)

    def _layout(self, width: int) -> list[tuple[QPointF, QRectF]]:
        """Where each entry's symbol and text go, wrapping into lines."""
        metrics = QFontMetrics(self.font())
        x, y, line = 8.0, 4.0, 22.0
        places = []
        for _item, text in [*self._entries, (None, self.tr("Today"))]:
            entry_width = 26 + metrics.horizontalAdvance(text) + 14
            if x + entry_width > width and x > 8:
                x, y = 8.0, y + line
            places.append((QPointF(x + 9, y + line / 2), QRectF(x + 22, y, entry_width, line)))
            x += entry_width
        return places

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt)
        places = self._layout(width)
        return int(places[-1][1].bottom() + 4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt)
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        width = max(300, self.width())
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        places = self._layout(self.width())
        for (item, text), (centre, rect) in zip(
            [*self._entries, (None, self.tr("Today"))], places, strict=True
        ):
            if item is None:
                painter.setPen(TODAY_COLOUR)
                painter.drawLine(QPointF(centre.x(), rect.top() + 3),
                                 QPointF(centre.x(), rect.bottom() - 3))
            else:
                draw_marker(painter, centre, item, selected=False)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()
