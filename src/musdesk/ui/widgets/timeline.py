"""The drawn follow-up timeline: months across, one row per employee (or per goal).

It paints only what is visible: the rows inside the viewport, and in each row only the items
whose dates fall inside the visible span (found by bisection in the row's sorted dates), so
an organisation with thousands of rows scrolls as fast as a team of five.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from musdesk.services.followup_overview import (
    TimelineItem,
    TimelineRow,
)
from musdesk.ui import dates
from musdesk.ui.widgets.timeline_markers import (  # noqa: F401 (re-exported for the legend)
    MARK_RADIUS,
    SPRITE_SIZE,
    TODAY_COLOUR,
    draw_marker,
    marker_pixmap,
)
from musdesk.ui.widgets.timeline_spacing import Spacing, spread

# How many days a viewport shows at each zoom level.
ZOOM_DAYS = {"quarter": 92, "year": 366}
ROW_HEIGHT = 28
HEADER_HEIGHT = 40
LABEL_WIDTH = 280  # at most; a fifth of the width on small screens
HIT_DISTANCE = 8

SAME_DAY_SHOWN = 3  # markers side by side in a cluster (same or near days); then "+n"
def _day_number(day: dt.date) -> int:
    return day.toordinal()


def _first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass
class _Row:
    info: TimelineRow
    days: list[int]  # sorted day numbers of its items, for bisection
    items: list[TimelineItem]
    # Where each marker is drawn at the current zoom (timeline_spacing.py): markers whose
    # symbols would touch (the same day, or near days) are moved apart, and from the
    # SAME_DAY_SHOWN-th of a cluster on a "+n" count stands for the rest.
    spacing: Spacing | None = None


def half_width(item: TimelineItem) -> float:
    """Half the drawn width of an item's symbol (timeline_markers.draw_marker): the
    overdue ring is wider than the symbols."""
    return MARK_RADIUS + (6 if item.overdue else 3)


class TimelineView(QAbstractScrollArea):
    """Rows of dated markers over a month scale; a line for today.

    Signals: `item_selected(item or None)` on a click or keyboard move, `item_activated(item)`
    on a double click or Enter.
    """

    item_selected = Signal(object)
    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._rows: list[_Row] = []
        self._today = dt.date.today()
        self._start = _first_of_month(self._today)  # first day drawn
        self._end = _add_months(self._start, 12)
        self._zoom = "quarter"
        self._selected: TimelineItem | None = None
        self._selected_pos: tuple[int, int] | None = None  # (row index, item index)
        self._tooltip_text = _default_tooltip
        self._label_width = LABEL_WIDTH
        self._spaced_at: float | None = None  # pixels per day the rows were spaced for
        self._moved_at_most = 0.0
        # The date at the left third of the chart, kept through resizes (the geometry has
        # changed by the time resizeEvent runs, so it is remembered as the user scrolls).
        self._anchor: dt.date | None = None
        self._resizing = False
        self.horizontalScrollBar().valueChanged.connect(self._remember_anchor)
        self._update_scrollbars()

    def _remember_anchor(self, _value: int = 0) -> None:
        if not self._resizing:
            self._anchor = self.date_at(self._label_width + self._chart_width() // 3)

    # --- data -----------------------------------------------------------------------------
    def set_timeline(
        self, rows: list[TimelineRow], items: list[TimelineItem], today: dt.date
    ) -> None:
        by_row: dict[str, list[TimelineItem]] = {row.key: [] for row in rows}
        for item in items:
            by_row.setdefault(item.row, []).append(item)
        self._rows = []
        for row in rows:
            row_items = sorted(by_row.get(row.key, []), key=lambda i: (i.on, i.kind))
            days = [_day_number(i.on) for i in row_items]
            self._rows.append(_Row(row, days, row_items))
        self._today = today
        dates = [item.on for item in items] + [today]
        self._start = _add_months(_first_of_month(min(dates)), -1)
        # Room after today for it to stand in the left third at every zoom.
        self._end = max(_add_months(_first_of_month(max(dates)), 2),
                        today + dt.timedelta(days=ZOOM_DAYS["year"]))
        self._selected = None
        self._selected_pos = None
        self._spaced_at = None
        self._update_scrollbars()
        self.viewport().update()

    def set_tooltip_function(self, function) -> None:  # (TimelineItem, row label) -> str
        self._tooltip_text = function

    def rows(self) -> list[TimelineRow]:
        return [row.info for row in self._rows]

    def selected_item(self) -> TimelineItem | None:
        return self._selected

    # --- geometry -------------------------------------------------------------------------
    def zoom(self) -> str:
        return self._zoom

    def set_zoom(self, zoom: str) -> None:
        """Keep the date in the middle of the view where it is while zooming."""
        if zoom not in ZOOM_DAYS or zoom == self._zoom:
            return
        middle = self.date_at(self._label_width + self._chart_width() // 2)
        self._zoom = zoom
        self._update_scrollbars()
        self.scroll_to_date(middle)

    def pixels_per_day(self) -> float:
        return max(1.0, self._chart_width() / ZOOM_DAYS[self._zoom])

    def _chart_width(self) -> int:
        return max(100, self.viewport().width() - self._label_width)

    def _total_width(self) -> int:
        days = (self._end - self._start).days
        return int(days * self.pixels_per_day())

    def x_for(self, day: dt.date) -> float:
        """The viewport x of a date's middle."""
        offset = ((day - self._start).days + 0.5) * self.pixels_per_day()
        return self._label_width + offset - self.horizontalScrollBar().value()

    def date_at(self, x: float) -> dt.date:
        days = (x - self._label_width + self.horizontalScrollBar().value()) / self.pixels_per_day()
        return self._start + dt.timedelta(days=int(days))

    def row_at(self, y: float) -> int | None:
        if y < HEADER_HEIGHT:
            return None
        index = int((y - HEADER_HEIGHT + self.verticalScrollBar().value()) // ROW_HEIGHT)
        return index if 0 <= index < len(self._rows) else None

    def _update_scrollbars(self) -> None:
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        chart = self._chart_width()
        horizontal.setRange(0, max(0, self._total_width() - chart))
        horizontal.setPageStep(chart)
        horizontal.setSingleStep(max(1, int(self.pixels_per_day() * 7)))  # a week per step
        visible_rows_height = max(0, self.viewport().height() - HEADER_HEIGHT)
        vertical.setRange(0, max(0, len(self._rows) * ROW_HEIGHT - visible_rows_height))
        vertical.setPageStep(visible_rows_height)
        vertical.setSingleStep(ROW_HEIGHT)

    def scroll_to_date(self, day: dt.date) -> None:
        """Put `day` in the middle of the chart."""
        offset = ((day - self._start).days + 0.5) * self.pixels_per_day()
        self.horizontalScrollBar().setValue(int(offset - self._chart_width() / 2))

    def scroll_to_today(self) -> None:
        """Today in the left third of the chart: what is coming is in view."""
        offset = ((self._today - self._start).days + 0.5) * self.pixels_per_day()
        self.horizontalScrollBar().setValue(int(offset - self._chart_width() / 3))

    def _spaced(self) -> float:
        """Lay the rows' markers out for the current zoom (once per pixels per day); the
        largest distance in px a marker was moved from its date."""
        per_day = self.pixels_per_day()
        if self._spaced_at != per_day:
            metrics = self.fontMetrics()
            start = _day_number(self._start)
            self._moved_at_most = 0.0
            for row in self._rows:
                natural = [(day - start + 0.5) * per_day for day in row.days]
                row.spacing = spread(natural, [half_width(i) for i in row.items],
                                     SAME_DAY_SHOWN, lambda n: count_width(metrics, n))
                for centre, placed in zip(natural, row.spacing.centres, strict=True):
                    if placed is not None:
                        self._moved_at_most = max(self._moved_at_most, placed - centre)
            self._spaced_at = per_day
        return self._moved_at_most

    def _chart_origin(self) -> float:
        return self._label_width - self.horizontalScrollBar().value()

    def marker_x(self, row: _Row, position: int) -> float:
        """The viewport x of a marker's centre (markers that would touch are moved apart;
        one behind a "+n" count: the count's middle)."""
        self._spaced()
        spacing = row.spacing
        assert spacing is not None
        centre = spacing.centres[position]
        if centre is None:
            owner = spacing.owner[position]
            assert owner is not None
            centre = (spacing.count_left[owner]
                      + count_width(self.fontMetrics(), spacing.counts[owner]) / 2)
        return self._chart_origin() + centre

    def is_behind_a_count(self, row: _Row, position: int) -> bool:
        self._spaced()
        return row.spacing is not None and row.spacing.centres[position] is None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        # The date at the left third stays there (where scroll_to_today puts today).
        anchor = self._anchor or self._today
        super().resizeEvent(event)
        self._resizing = True
        try:
            self._label_width = min(LABEL_WIDTH, max(120, self.viewport().width() // 4))
            self._update_scrollbars()
            offset = ((anchor - self._start).days + 0.5) * self.pixels_per_day()
            self.horizontalScrollBar().setValue(int(offset - self._chart_width() / 3))
        finally:
            self._resizing = False
        self._anchor = anchor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(900, 500)

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self.viewport())
        try:
            self.paint(painter, self.viewport().rect())
        finally:
            painter.end()

    def visible_row_range(self) -> range:
        top = self.verticalScrollBar().value()
        first = top // ROW_HEIGHT
        height = max(0, self.viewport().height() - HEADER_HEIGHT)
        last = min(len(self._rows), (top + height) // ROW_HEIGHT + 1)
        return range(first, last)

    def paint(self, painter: QPainter, area: QRect) -> int:
        """Draw the visible part; returns how many markers were drawn (for the benchmark)."""
        palette = self.palette()
        painter.fillRect(area, palette.base())
        width, height = area.width(), area.height()
        top = self.verticalScrollBar().value()
        rows = self.visible_row_range()
        first_day = self.date_at(self._label_width) - dt.timedelta(days=1)
        last_day = self.date_at(width) + dt.timedelta(days=1)
        # Row stripes.
        stripe = palette.alternateBase().color()
        for index in rows:
            y = HEADER_HEIGHT + index * ROW_HEIGHT - top
            if index % 2:
                painter.fillRect(QRect(0, y, width, ROW_HEIGHT), stripe)
        self._paint_month_grid(painter, first_day, last_day, height)
        # Markers of the visible rows, only those whose dates are in view. Each symbol is a
        # cached pixmap (drawn once per kind and state): blitting is far cheaper than
        # drawing antialiased shapes, which keeps a scroll step within one frame.
        drawn = 0
        # A marker may be drawn a little right of its date (moved clear of a neighbour).
        reach = int(self._spaced() / self.pixels_per_day()) + 1
        low, high = _day_number(first_day) - reach, _day_number(last_day)
        painter.setClipRect(QRect(self._label_width, HEADER_HEIGHT, width, height))
        # Today, under the markers (a marker on today stays readable).
        today_x = self.x_for(self._today)
        if today_x >= self._label_width:
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(QPointF(today_x, HEADER_HEIGHT), QPointF(today_x, height))
        origin = self._chart_origin()
        ratio = self.devicePixelRatioF()
        half = SPRITE_SIZE // 2
        for index in rows:
            row = self._rows[index]
            begin = bisect.bisect_left(row.days, low)
            end = bisect.bisect_right(row.days, high)
            top_y = HEADER_HEIGHT + index * ROW_HEIGHT - top + ROW_HEIGHT // 2 - half
            spacing = row.spacing
            assert spacing is not None
            for position in range(begin, end):
                centre = spacing.centres[position]
                if centre is None:
                    continue  # behind the "+n" count of the cluster
                item = row.items[position]
                x = int(origin + centre) - half
                key = (item.kind, item.status, item.overdue)
                painter.drawPixmap(x, top_y, marker_pixmap(key, ratio))
                drawn += 1
                if position in spacing.counts:
                    self._paint_count(painter, origin + spacing.count_left[position],
                                      top_y + half, spacing.counts[position])
        selected_pos = cast(tuple[int, int], self._selected_pos)  # set with _selected
        if self._selected is not None and selected_pos[0] in rows:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            centre_y = (HEADER_HEIGHT + selected_pos[0] * ROW_HEIGHT - top
                        + ROW_HEIGHT / 2)
            row_index, position = selected_pos
            draw_marker(painter, QPointF(self.marker_x(self._rows[row_index], position),
                                         centre_y),
                        self._selected, selected=True)
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Today's label in the header (its line is under the markers).
        if today_x >= self._label_width:
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(QPointF(today_x, HEADER_HEIGHT - 6), QPointF(today_x, HEADER_HEIGHT))
            painter.drawText(QRectF(today_x + 4, HEADER_HEIGHT - 18, 120, 16),
                             Qt.AlignmentFlag.AlignLeft, self.tr("Today"))
        self._paint_labels(painter, rows, top, height)
        if not self._rows:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(QRect(self._label_width, HEADER_HEIGHT, width - self._label_width,
                                   height - HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show here yet."))
        return drawn

    def _paint_month_grid(
        self, painter: QPainter, first_day: dt.date, last_day: dt.date, height: int
    ) -> None:
        palette = self.palette()
        painter.fillRect(QRect(0, 0, self.viewport().width(), HEADER_HEIGHT), palette.window())
        grid = palette.mid().color()
        text = palette.windowText().color()
        month = _first_of_month(first_day)
        first_visible = _first_of_month(self.date_at(self._label_width))
        bold = QFont(painter.font())
        bold.setBold(True)
        metrics = QFontMetrics(painter.font())
        per_day = self.pixels_per_day()
        while month <= last_day:
            following = _add_months(month, 1)
            x = self.x_for(month) - per_day / 2
            x_next = self.x_for(following) - per_day / 2
            if x_next >= self._label_width:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(x, 0), QPointF(x, height))
                long = self.locale().monthName(month.month, QLocale.FormatType.LongFormat)
                short = self.locale().monthName(month.month, QLocale.FormatType.ShortFormat)
                choices = [long, short]
                if month.month == 1 or month == first_visible:
                    choices = [f"{long} {month.year}", f"{short} {month.year}", short]
                font_metrics = QFontMetrics(bold) if month.month == 1 else metrics
                left = max(x, self._label_width) + 4
                room = int(x_next - left - 2)
                label = next((c for c in choices if font_metrics.horizontalAdvance(c) <= room),
                             choices[-1])
                painter.setPen(text)
                painter.setFont(bold if month.month == 1 else self.font())
                painter.drawText(QRectF(left, 4, max(0.0, x_next - left - 2), 18),
                                 Qt.AlignmentFlag.AlignLeft,
                                 font_metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))
                painter.setFont(self.font())
            month = following
        painter.setPen(QPen(grid, 1))
        painter.drawLine(0, HEADER_HEIGHT - 1, self.viewport().width(), HEADER_HEIGHT - 1)

    def _paint_labels(self, painter: QPainter, rows: range, top: int, height: int) -> None:
        palette = self.palette()
        painter.fillRect(QRect(0, 0, self._label_width, height), palette.window())
        metrics = QFontMetrics(self.font())
        for index in rows:
            row = self._rows[index]
            y = HEADER_HEIGHT + index * ROW_HEIGHT - top
            if self._selected_pos is not None and self._selected_pos[0] == index:
                painter.fillRect(QRect(0, y, self._label_width, ROW_HEIGHT), palette.highlight())
                painter.setPen(palette.highlightedText().color())
            else:
                painter.setPen(palette.windowText().color())
            indent = 18 if row.info.goal_id else 8
            text = metrics.elidedText(row.info.label, Qt.TextElideMode.ElideRight,
                                      self._label_width - indent - 6)
            painter.drawText(QRect(indent, y, self._label_width - indent - 4, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.fillRect(QRect(0, 0, self._label_width, HEADER_HEIGHT), palette.window())
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(self._label_width - 1, 0, self._label_width - 1, height)

    # --- finding and selecting ------------------------------------------------------------
    def item_at(self, point: QPoint) -> tuple[int, int] | None:
        """(row index, item index) of the marker nearest to a viewport point, if close."""
        if point.x() < self._label_width:
            return None
        index = self.row_at(point.y())
        if index is None:
            return None
        row = self._rows[index]
        reach = (HIT_DISTANCE + self._spaced()) / self.pixels_per_day() + 1
        centre = self.date_at(point.x())
        begin = bisect.bisect_left(row.days, _day_number(centre) - int(reach) - 1)
        end = bisect.bisect_right(row.days, _day_number(centre) + int(reach) + 1)
        best, best_distance = None, float(HIT_DISTANCE + 1)
        for position in range(begin, end):
            if self.is_behind_a_count(row, position):
                continue  # behind the "+n" count: reached through the due list or the keys
            distance = abs(self.marker_x(row, position) - point.x())
            if distance < best_distance:
                best, best_distance = position, distance
        return None if best is None else (index, best)

    def select(self, position: tuple[int, int] | None) -> None:
        self._selected_pos = position
        self._selected = None if position is None else self._rows[position[0]].items[position[1]]
        if position is not None:
            self._ensure_visible(position)
        self.viewport().update()
        self.item_selected.emit(self._selected)

    def select_record(self, record_id: str, kind: str | None = None) -> bool:
        """Select the marker of a record (e.g. from the due list); False when not shown."""
        for row_index, row in enumerate(self._rows):
            for position, item in enumerate(row.items):
                if item.record_id == record_id and (kind is None or item.kind == kind):
                    self.select((row_index, position))
                    return True
        return False

    def _ensure_visible(self, position: tuple[int, int]) -> None:
        row_index, item_index = position
        item = self._rows[row_index].items[item_index]
        x = self.x_for(item.on)
        if not self._label_width + 10 <= x <= self.viewport().width() - 10:
            self.scroll_to_date(item.on)
        vertical = self.verticalScrollBar()
        y = row_index * ROW_HEIGHT
        visible = max(ROW_HEIGHT, self.viewport().height() - HEADER_HEIGHT)
        if y < vertical.value():
            vertical.setValue(y)
        elif y + ROW_HEIGHT > vertical.value() + visible:
            vertical.setValue(y + ROW_HEIGHT - visible)

    def _paint_count(self, painter: QPainter, left: float, y: float, count: int) -> None:
        """A small "+n" badge for the items of a cluster that are not drawn."""
        text = f"+{count}"
        painter.save()
        painter.setClipping(False)
        box = QRectF(left, y - 8, count_width(self.fontMetrics(), count), 16)
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(QColor("#f2f2f2"))
        painter.drawRoundedRect(box, 7, 7)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(self.item_at(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        position = self.item_at(event.position().toPoint())
        if position is not None:
            self.select(position)
            self.item_activated.emit(self._selected)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        point = event.position().toPoint()
        position = self.item_at(point)
        if position is None:
            row_index = self.row_at(point.y())
            if point.x() < self._label_width and row_index is not None:
                # The full name or goal title, which the label column may have shortened.
                QToolTip.showText(event.globalPosition().toPoint(),
                                  self._rows[row_index].info.label, self)
            else:
                QToolTip.hideText()
            return
        row = self._rows[position[0]]
        QToolTip.showText(event.globalPosition().toPoint(),
                          self._tooltip_text(row.items[position[1]], row.info.label), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.item_activated.emit(self._selected)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_in_row(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_row(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _step_in_row(self, step: int) -> None:
        if not self._rows:
            return
        if self._selected_pos is None:
            row_index = self.visible_row_range().start if self._rows else 0
            row = self._rows[row_index]
            if row.items:
                position = bisect.bisect_left(row.days, _day_number(self._today))
                self.select((row_index, min(position, len(row.items) - 1)))
            return
        row_index, position = self._selected_pos
        target = position + step
        if 0 <= target < len(self._rows[row_index].items):
            self.select((row_index, target))

    def _step_row(self, step: int) -> None:
        if not self._rows:
            return
        current_row, current_day = (0, _day_number(self._today))
        if self._selected_pos is not None:
            current_row = self._selected_pos[0]
            current_day = _day_number(self._selected.on) if self._selected else current_day
        target = current_row + step
        while 0 <= target < len(self._rows) and not self._rows[target].items:
            target += step
        if not 0 <= target < len(self._rows):
            return
        row = self._rows[target]
        position = bisect.bisect_left(row.days, current_day)
        if position == len(row.days) or (
            position > 0 and current_day - row.days[position - 1] < row.days[position] - current_day
        ):
            position -= 1
        self.select((target, max(0, position)))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt)
        # Shift + wheel (or a sideways wheel) scrolls through time.
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().x() == 0:
            steps = -event.angleDelta().y() / 120
            bar = self.horizontalScrollBar()
            bar.setValue(int(bar.value() + steps * bar.singleStep()))
            event.accept()
            return
        super().wheelEvent(event)


def count_width(metrics: QFontMetrics, count: int) -> float:
    """The width of the "+n" badge."""
    return metrics.horizontalAdvance(f"+{count}") + 8


def _default_tooltip(item: TimelineItem, row_label: str) -> str:
    return f"{row_label}: {item.kind} {dates.date_text(item.on)}"
