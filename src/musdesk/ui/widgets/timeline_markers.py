"""The follow-up timeline's marker symbols: shape per kind, a red ring when overdue, each
drawn once into a cached pixmap (blitting is far cheaper than drawing antialiased shapes)."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

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

MARK_RADIUS = 6
SPRITE_SIZE = 2 * (MARK_RADIUS + 7)

OVERDUE_COLOUR = QColor("#c62828")
TODAY_COLOUR = QColor("#e65100")
KIND_COLOURS = {
    CONVERSATION: QColor("#1565c0"),
    SIGNING: QColor("#2e7d32"),
    GOAL_DEADLINE: QColor("#6a1b9a"),
    SUB_GOAL: QColor("#8e24aa"),
    MEETING: QColor("#00838f"),
    EVALUATION: QColor("#455a64"),
    RECOGNITION: QColor("#f9a825"),
}


_sprites: dict[tuple[tuple[str, str, bool], float], QPixmap] = {}


def marker_pixmap(key: tuple[str, str, bool], ratio: float) -> QPixmap:
    """The symbol of (kind, status, overdue), drawn once and kept."""
    sprite = _sprites.get((key, ratio))
    if sprite is None:
        sprite = QPixmap(int(SPRITE_SIZE * ratio), int(SPRITE_SIZE * ratio))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        kind, status, overdue = key
        sample = TimelineItem("", kind, dt.date(2000, 1, 1), "", "", status=status,
                              overdue=overdue)
        draw_marker(painter, QPointF(SPRITE_SIZE / 2, SPRITE_SIZE / 2), sample, False)
        painter.end()
        _sprites[(key, ratio)] = sprite
    return sprite


def draw_marker(painter: QPainter, centre: QPointF, item: TimelineItem, selected: bool) -> None:
    """One item's symbol: its shape says the kind, a red ring says overdue."""
    colour = KIND_COLOURS.get(item.kind, QColor("#555555"))
    r = MARK_RADIUS
    painter.setPen(QPen(colour.darker(130), 1.5))
    painter.setBrush(colour)
    x, y = centre.x(), centre.y()
    if item.kind == MEETING:
        if item.status == "planned":
            painter.setBrush(QColor("white"))
            painter.drawEllipse(centre, r, r)
        elif item.status == "missed":
            painter.setPen(QPen(OVERDUE_COLOUR, 2.5))
            painter.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
            painter.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
        else:
            painter.drawEllipse(centre, r, r)
    elif item.kind == GOAL_DEADLINE:
        painter.drawPolygon(QPolygonF([QPointF(x, y - r - 1), QPointF(x + r + 1, y + r),
                                       QPointF(x - r - 1, y + r)]))
    elif item.kind == SUB_GOAL:
        if item.status == "done":
            painter.setBrush(colour.lighter(160))
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                       QPointF(x - r, y)]))
    elif item.kind == CONVERSATION:
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif item.kind == SIGNING:
        painter.setPen(QPen(colour, 3))
        painter.drawPolyline(QPolygonF([QPointF(x - r, y), QPointF(x - 2, y + r - 1),
                                        QPointF(x + r, y - r)]))
    elif item.kind == RECOGNITION:
        painter.drawPolygon(_star(centre, r + 1))
    elif item.kind == EVALUATION:
        painter.drawRoundedRect(QRectF(x - r, y - r + 1, 2 * r, 2 * r - 2), 2, 2)
    if item.overdue:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(OVERDUE_COLOUR, 2))
        painter.drawEllipse(centre, r + 4, r + 4)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#000000"), 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12))


# The star's corners around (0, 0) for radius 1, computed once.
_STAR = [
    (math.cos(-math.pi / 2 + i * math.pi / 5) * (1 if i % 2 == 0 else 0.45),
     math.sin(-math.pi / 2 + i * math.pi / 5) * (1 if i % 2 == 0 else 0.45))
    for i in range(10)
]


def _star(centre: QPointF, radius: float) -> QPolygonF:
    # A polygon, not a QPainterPath: PySide6 6.12's QPainterPath.lineTo crashed the
    # interpreter in a tight paint loop ("none_dealloc"), a polygon draws the same star.
    x, y = centre.x(), centre.y()
    return QPolygonF([QPointF(x + dx * radius, y + dy * radius) for dx, dy in _STAR])
