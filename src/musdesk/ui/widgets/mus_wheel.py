"""The MUS wheel drawn with QPainter: the strategy at the centre, eight steps clockwise from
twelve o'clock in three phase arcs (before, during, after).

Each segment shows its number, title, tasks done and conversations past it; a track around
the ring fills with the step's progress; an overdue step gets a red edge and a "!" badge.
A segment is chosen by mouse or keyboard (arrows, Home/End, digits 1–8); the centre is
chosen by a click or by Enter on it. The widget only draws plain data (`WheelSegment`);
what the numbers mean is decided by the tab.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

STEP_COUNT = 8
STEP_SWEEP = 360.0 / STEP_COUNT
GAP_DEGREES = 1.2
TITLE_LINES = 3  # a step title wraps onto this many lines ("Hvem gør hvad og hvornår")
CENTRE_LINES_EACH = 2  # lines for each strategic goal in the centre

PHASE_COLOURS = {
    "before": QColor("#3f7296"),
    "during": QColor("#3d8462"),
    "after": QColor("#b07a22"),
}
CENTRE_COLOUR = QColor("#1f5562")
INK = QColor("#1d2730")
MUTED = QColor("#5d6b75")
TRACK = QColor("#dde4e8")
OVERDUE = QColor("#c0392b")
NO_STEP = 0  # `selected_step` when nothing is selected
CENTRE = -1  # `selected_step` when the centre (strategy) is selected


@dataclass(frozen=True)
class WheelSegment:
    number: int  # 1..8
    title: str
    phase: str  # key of PHASE_COLOURS
    progress: float  # 0..1, drawn on the track
    tasks_done: int
    tasks_total: int
    passed: int | None  # conversations past this step; None where none are counted
    total: int
    overdue: bool
    done: bool


class MusWheel(QWidget):
    """`stepSelected(number)` fires for 1..8, or CENTRE for the strategy."""

    stepSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[WheelSegment] = []
        self._selected = NO_STEP
        self._hover = NO_STEP
        self._centre_title = ""
        self._centre_lines: list[str] = []
        self._phase_titles: dict[str, str] = {}
        self._texts = {"tasks": "{done}/{total} tasks", "people": "{passed}/{total} past",
                       "overdue": "overdue", "done": "done"}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 360)
        self.setAccessibleName(self.tr("MUS wheel"))

    # --- data -----------------------------------------------------------------------------
    def set_segments(self, segments: list[WheelSegment]) -> None:
        self._segments = sorted(segments, key=lambda segment: segment.number)[:STEP_COUNT]
        if self._selected > len(self._segments):
            self._selected = NO_STEP
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def set_centre(self, title: str, lines: list[str]) -> None:
        self._centre_title, self._centre_lines = title, list(lines)
        self.update()

    def set_phase_titles(self, titles: dict[str, str]) -> None:
        self._phase_titles = dict(titles)
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def set_texts(self, tasks: str, people: str, overdue: str, done: str) -> None:
        """Translated patterns: tasks "{done}/{total}…", people "{passed}/{total}…"."""
        self._texts = {"tasks": tasks, "people": people, "overdue": overdue, "done": done}
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def segments(self) -> list[WheelSegment]:
        return list(self._segments)

    @property
    def selected_step(self) -> int:
        return self._selected

    def select_step(self, number: int) -> None:
        """Select a step (1..8) or the centre (CENTRE); emits when the choice changes."""
        if number != CENTRE and not 1 <= number <= len(self._segments):
            return
        if number == self._selected:
            return
        self._selected = number
        self.update()
        self.stepSelected.emit(number)

    def segment_lines(self, segment: WheelSegment) -> list[str]:
        """The status lines drawn in a segment (also used by the text alternative)."""
        lines = []
        if segment.tasks_total:
            lines.append(self._texts["tasks"].format(done=segment.tasks_done,
                                                     total=segment.tasks_total))
        if segment.passed is not None and segment.total:
            lines.append(self._texts["people"].format(passed=segment.passed,
                                                      total=segment.total))
        return lines

    def text_alternative(self) -> str:
        """The wheel as plain text, one line per step, for screen readers."""
        rows = []
        for segment in self._segments:
            parts = [f"{segment.number}. {segment.title}",
                     self._phase_titles.get(segment.phase, segment.phase),
                     *self.segment_lines(segment)]
            if segment.done:
                parts.append(self._texts["done"])
            if segment.overdue:
                parts.append(self._texts["overdue"])
            rows.append(", ".join(parts))
        return "\n".join(rows)

    # --- geometry -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(520, 520)

    def _geometry(self) -> tuple[QPointF, float, float]:
        """Centre, outer radius of the ring and inner radius (the strategy circle)."""
        # Room around the ring for the progress track and the phase labels beside it.
        outer = max(60.0, min(self.width() / 2 - 78, self.height() / 2 - 48))
        return QPointF(self.width() / 2, self.height() / 2), outer, outer * 0.40

    @staticmethod
    def _start_angle(number: int) -> float:
        """Qt angle (degrees, anticlockwise from three o'clock) where step `number` begins."""
        return 90.0 - STEP_SWEEP * (number - 1)

    def hit_test(self, point: QPointF) -> int:
        """The step under a point, CENTRE for the strategy circle, NO_STEP elsewhere."""
        centre, outer, inner = self._geometry()
        dx, dy = point.x() - centre.x(), centre.y() - point.y()
        distance = math.hypot(dx, dy)
        if distance < inner:
            return CENTRE
        if distance > outer + 16 or not self._segments:
            return NO_STEP
        clockwise_from_top = (90.0 - math.degrees(math.atan2(dy, dx))) % 360.0
        number = int(clockwise_from_top // STEP_SWEEP) + 1
        return number if number <= len(self._segments) else NO_STEP

    def segment_centre(self, number: int) -> QPointF:
        """The middle of a segment (used to click it in tests and place its text)."""
        centre, outer, inner = self._geometry()
        angle = math.radians(self._start_angle(number) - STEP_SWEEP / 2)
        radius = (outer + inner) / 2
        return QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))

    # --- events ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_test(event.position())
            if hit != NO_STEP:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.select_step(hit)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.hit_test(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit != NO_STEP
                           else Qt.CursorShape.ArrowCursor)
            if 1 <= hit <= len(self._segments):
                segment = self._segments[hit - 1]
                self.setToolTip("\n".join([f"{segment.number}. {segment.title}",
                                           *self.segment_lines(segment)]))
            else:
                self.setToolTip("\n".join([self._centre_title, *self._centre_lines])
                                if hit == CENTRE else "")
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._hover = NO_STEP
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        count = len(self._segments)
        key = event.key()
        current = self._selected if self._selected >= 1 else 0
        target = None
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            target = current % count + 1
        elif count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            target = (current - 2) % count + 1 if current else count
        elif count and key == Qt.Key.Key_Home:
            target = 1
        elif count and key == Qt.Key.Key_End:
            target = count
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_8 and key - Qt.Key.Key_0 <= count:
            target = key - Qt.Key.Key_0
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Escape):
            target = CENTRE
        if target is None:
            super().keyPressEvent(event)
            return
        self.select_step(target)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, outer, inner = self._geometry()
        self._paint_phase_arcs(painter, centre, outer)
        for segment in self._segments:
            self._paint_segment(painter, segment, centre, outer, inner)
        self._paint_centre(painter, centre, inner)
        painter.end()

    def _ring_path(self, centre: QPointF, r_out: float, r_in: float,
                   start: float, sweep: float) -> QPainterPath:
        path = QPainterPath()
        outer_rect = QRectF(centre.x() - r_out, centre.y() - r_out, 2 * r_out, 2 * r_out)
        inner_rect = QRectF(centre.x() - r_in, centre.y() - r_in, 2 * r_in, 2 * r_in)
        path.arcMoveTo(outer_rect, start)
        path.arcTo(outer_rect, start, sweep)
        path.arcTo(inner_rect, start + sweep, -sweep)
        path.closeSubpath()
        return path

    def _paint_phase_arcs(self, painter: QPainter, centre: QPointF, outer: float) -> None:
        """A thin arc outside the ring spanning each phase's steps, with the phase's name."""
        radius = outer + 26
        rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        by_phase: dict[str, list[int]] = {}
        for segment in self._segments:
            by_phase.setdefault(segment.phase, []).append(segment.number)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.95)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for phase, numbers in by_phase.items():
            colour = PHASE_COLOURS.get(phase, MUTED)
            start = self._start_angle(min(numbers)) - 2
            sweep = -(STEP_SWEEP * len(numbers) - 4)
            painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(rect, int(start * 16), int(sweep * 16))
            title = self._phase_titles.get(phase, phase)
            middle = math.radians(start + sweep / 2)
            label_radius = radius + 4
            x = centre.x() + label_radius * math.cos(middle)
            y = centre.y() - label_radius * math.sin(middle)
            width, height = metrics.horizontalAdvance(title) + 10, metrics.height() + 2
            # Push the label outwards from the arc, whichever side it sits on.
            box = QRectF(x - width / 2 + math.cos(middle) * width / 2,
                         y - height / 2 - math.sin(middle) * height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().window())
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)

    def _paint_segment(self, painter: QPainter, segment: WheelSegment, centre: QPointF,
                       outer: float, inner: float) -> None:
        number = segment.number
        selected = number == self._selected
        lift = 7.0 if selected else (3.0 if number == self._hover else 0.0)
        start = self._start_angle(number) - GAP_DEGREES / 2
        sweep = -(STEP_SWEEP - GAP_DEGREES)
        colour = QColor(PHASE_COLOURS.get(segment.phase, MUTED))
        if not selected and self._selected not in (NO_STEP,):
            colour = colour.lighter(112)
        ring = self._ring_path(centre, outer + lift, inner + 4, start, sweep)
        painter.setPen(QPen(OVERDUE, 3) if segment.overdue else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(ring)
        if selected:
            painter.setPen(QPen(INK, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(ring)
            if self.hasFocus():
                focus = QPen(INK, 1.2, Qt.PenStyle.DashLine)
                painter.setPen(focus)
                painter.drawPath(self._ring_path(centre, outer + lift + 5, inner, start + 1,
                                                 sweep - 2))

        # The progress track just outside the ring, filled clockwise.
        track_out, track_in = outer + lift + 13, outer + lift + 6
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawPath(self._ring_path(centre, track_out, track_in, start, sweep))
        fraction = min(max(segment.progress, 0.0), 1.0)
        if fraction > 0:
            painter.setBrush(QColor(PHASE_COLOURS.get(segment.phase, MUTED)).darker(125))
            painter.drawPath(self._ring_path(centre, track_out, track_in, start,
                                             sweep * fraction))
        self._paint_segment_text(painter, segment, centre, outer + lift, inner)

    def _paint_segment_text(self, painter: QPainter, segment: WheelSegment, centre: QPointF,
                            outer: float, inner: float) -> None:
        angle = math.radians(self._start_angle(segment.number) - STEP_SWEEP / 2)
        radius = (outer + inner) / 2 + 2
        mid = QPointF(centre.x() + radius * math.cos(angle),
                      centre.y() - radius * math.sin(angle))
        box_width = max(60.0, (outer - inner) * 0.85)
        base = QFont(self.font())
        # Text grows with the wheel (a full-HD window) and shrinks with it, within limits.
        scale = min(1.45, max(0.75, outer / 215))
        base.setPointSizeF(base.pointSizeF() * scale)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        number_font = QFont(base)
        number_font.setBold(True)
        number_font.setPointSizeF(base.pointSizeF() * 1.6)
        title_font = QFont(small)
        title_font.setBold(True)
        status = self.segment_lines(segment)
        if segment.done:
            status.append("✓ " + self._texts["done"])
        elif segment.overdue:
            status.append("! " + self._texts["overdue"])
        lines: list[tuple[QFont, str]] = [(number_font, str(segment.number))]
        title_metrics = QFontMetricsF(title_font)
        if len(_wrap(segment.title, title_metrics, box_width)) > TITLE_LINES:
            title_font.setPointSizeF(max(6.5, title_font.pointSizeF() * 0.88))
            title_metrics = QFontMetricsF(title_font)
        for line in fit_words(segment.title, title_metrics, box_width, TITLE_LINES):
            lines.append((title_font, line))
        lines.extend((small, line) for line in status)
        heights = [QFontMetricsF(font).height() for font, _ in lines]
        top = mid.y() - sum(heights) / 2
        painter.setPen(Qt.GlobalColor.white)
        for (font, text), height in zip(lines, heights, strict=True):
            painter.setFont(font)
            painter.drawText(QRectF(mid.x() - box_width / 2, top, box_width, height),
                             Qt.AlignmentFlag.AlignCenter, text)
            top += height
        if segment.overdue:  # a red badge at the outer edge, readable without colour too
            badge_radius = outer - 12
            badge = QPointF(centre.x() + badge_radius * math.cos(angle + 0.28),
                            centre.y() - badge_radius * math.sin(angle + 0.28))
            painter.setPen(QPen(Qt.GlobalColor.white, 1.5))
            painter.setBrush(OVERDUE)
            painter.drawEllipse(badge, 9, 9)
            bold = QFont(base)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(badge.x() - 9, badge.y() - 9, 18, 18),
                             Qt.AlignmentFlag.AlignCenter, "!")

    def _paint_centre(self, painter: QPainter, centre: QPointF, inner: float) -> None:
        selected = self._selected == CENTRE
        painter.setPen(QPen(INK, 2.5) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(CENTRE_COLOUR.lighter(115) if self._hover == CENTRE else CENTRE_COLOUR)
        painter.drawEllipse(centre, inner - 2, inner - 2)
        if selected and self.hasFocus():
            painter.setPen(QPen(Qt.GlobalColor.white, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, inner - 7, inner - 7)
        width = inner * 1.5
        scale = min(1.45, max(0.75, inner / 86))
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15 * scale)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85 * scale))
        lines: list[tuple[QFont, str]] = [(title_font, self._centre_title)]
        metrics = QFontMetricsF(small)
        # Each line of the strategy wrapped at words; together no more than fit the circle
        # (the tooltip and the Strategy page have them whole).
        room = max(1, int((inner * 1.5) / metrics.height()) - 1)
        for text in self._centre_lines:
            if room <= 0:
                break
            wrapped = fit_words(text, metrics, width, min(room, CENTRE_LINES_EACH))
            lines.extend((small, line) for line in wrapped)
            room -= len(wrapped)
        heights = [QFontMetricsF(font).height() for font, _ in lines]
        top = centre.y() - sum(heights) / 2
        painter.setPen(Qt.GlobalColor.white)
        for (font, text), height in zip(lines, heights, strict=True):
            painter.setFont(font)
            painter.drawText(QRectF(centre.x() - width / 2, top, width, height),
                             Qt.AlignmentFlag.AlignCenter, text)
            top += height


def fit_words(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """`text` wrapped at words into at most `max_lines` lines no wider than `width`; when
    it does not fit, the last line ends in "…" after a whole word, never in a half word
    (a single word wider than the line is the one thing cut)."""
    lines = _wrap(text, metrics, width)
    if len(lines) <= max_lines:
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                for line in lines]
    kept = lines[:max_lines]
    words = kept[-1].split()
    while words and metrics.horizontalAdvance(" ".join(words) + " …") > width:
        words.pop()
    kept[-1] = " ".join(words) + " …" if words else "…"
    return kept


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap into lines no wider than `width`."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
