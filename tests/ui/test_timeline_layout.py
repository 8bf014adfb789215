"""The timeline at a laptop size: today stands in the left third with what is coming in
view, and markers on the same day or on neighbouring days sit side by side without touching
(a count when there are many), at every zoom."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter

from musdesk.services.followup_overview import TimelineItem, TimelineRow
from musdesk.ui.widgets.timeline import (
    HEADER_HEIGHT,
    ROW_HEIGHT,
    SAME_DAY_SHOWN,
    TimelineView,
)
from musdesk.ui.widgets.timeline_spacing import spread
from tests.ui.test_followup_timeline import paint

TODAY = dt.date(2026, 12, 1)


def view_with(qtbot, items: list[TimelineItem]) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(880, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_timeline([TimelineRow("e:1", "Anna Berg", "1")], items, TODAY)
    view.scroll_to_today()
    return view


def item(record: str, kind: str, day: dt.date, *, status: str = "planned",
         overdue: bool = False) -> TimelineItem:
    return TimelineItem(record, kind, day, "1", "e:1", status=status, overdue=overdue)


def test_today_is_in_the_left_third_even_when_nothing_comes_after(qtbot) -> None:
    view = view_with(qtbot, [item("a", "meeting", TODAY - dt.timedelta(days=40))])
    label_width = view.viewport().width() - view._chart_width()
    x = view.x_for(TODAY) - label_width
    assert 0.25 * view._chart_width() <= x <= 0.4 * view._chart_width()
    view.set_zoom("year")
    view.scroll_to_today()
    x = view.x_for(TODAY) - label_width
    assert 0.25 * view._chart_width() <= x <= 0.4 * view._chart_width()


def test_same_day_markers_are_side_by_side_and_each_can_be_hit(qtbot) -> None:
    day = TODAY + dt.timedelta(days=5)
    items = [item("m", "meeting", day), item("g", "goal_deadline", day),
             item("s", "sub_goal", day)]
    view = view_with(qtbot, items)
    row = view._rows[0]
    xs = [view.marker_x(row, position) for position in range(3)]
    assert xs[0] < xs[1] < xs[2]  # not on top of each other
    y = 40 + 14  # the middle of the first row
    hits = {row.items[view.item_at(QPoint(int(x), y))[1]].record_id for x in xs}
    assert hits == {"m", "g", "s"}


def test_many_on_one_day_show_a_count(qtbot) -> None:
    day = TODAY + dt.timedelta(days=5)
    items = [item(str(n), "meeting", day) for n in range(6)]
    view = view_with(qtbot, items)
    assert paint(view) == SAME_DAY_SHOWN  # three markers, then "+3"
    spacing = view._rows[0].spacing
    assert spacing is not None and list(spacing.counts.values()) == [3]


def test_today_stays_in_the_left_third_when_the_view_is_resized(qtbot) -> None:
    view = view_with(qtbot, [item("a", "meeting", TODAY + dt.timedelta(days=10))])
    for width in (1200, 640, 980):
        view.resize(width, 400)
        qtbot.wait(10)
        label_width = view.viewport().width() - view._chart_width()
        x = view.x_for(TODAY) - label_width
        assert 0.25 * view._chart_width() <= x <= 0.4 * view._chart_width(), width


# --- neighbouring days ----------------------------------------------------------------------
def image_of(view: TimelineView) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        view.paint(painter, view.viewport().rect())
    finally:
        painter.end()
    return image


def ink_columns(view: TimelineView, image: QImage) -> list[bool]:
    """Per x of the chart: does anything but the row's background lie in the first row's
    band (the markers' height)? Read from the pixels, not from the layout."""
    top = HEADER_HEIGHT + 3
    bottom = HEADER_HEIGHT + ROW_HEIGHT - 3
    band = [[QColor(image.pixel(x, y)).rgb() for y in range(top, bottom)]
            for x in range(image.width())]
    background = Counter(colour for column in band for colour in column).most_common(1)[0][0]
    return [any(colour != background for colour in column) for column in band]


# Filled symbols of every shape, some overdue (the red ring is the widest thing drawn).
KINDS = [("conversation", "planned", False), ("goal_deadline", "open", True),
         ("meeting", "held", False), ("sub_goal", "open", False),
         ("recognition", "given", True), ("evaluation", "done", False)]


@pytest.mark.parametrize("zoom", ["quarter", "year"])
@pytest.mark.parametrize("width", [880, 1366, 1920])
def test_markers_on_neighbouring_days_never_touch(qtbot, zoom: str, width: int) -> None:
    first = dt.date(2027, 1, 12)  # mid-month, far from today: no month line, no Today line
    items = [item(f"r{n}", kind, first + dt.timedelta(days=n), status=status, overdue=late)
             for n, (kind, status, late) in enumerate(KINDS)]
    items.append(item("lone", "conversation", first + dt.timedelta(days=40)))
    view = view_with(qtbot, items)
    view.resize(width, 400)
    view.set_zoom(zoom)
    view.scroll_to_date(first + dt.timedelta(days=10))
    row = view._rows[0]
    image = image_of(view)
    ink = ink_columns(view, image)
    shown = [p for p in range(len(row.items)) if not view.is_behind_a_count(row, p)]
    centres = [round(view.marker_x(row, p)) for p in shown]
    assert all(ink[x] for x in centres)  # a symbol really is drawn where the layout says
    for left, right in pairwise(centres):
        assert left < right
        # A clear column of background between each two neighbours: they do not touch.
        assert not all(ink[left:right]), (zoom, width, left, right)
    # Every marker is drawn or counted, and each drawn one can be hit.
    counted = sum(row.spacing.counts.values()) if row.spacing else 0
    assert len(shown) + counted == len(row.items)
    y = HEADER_HEIGHT + ROW_HEIGHT // 2
    for position, x in zip(shown, centres, strict=True):
        assert view.item_at(QPoint(x, y)) == (0, position)


def test_at_a_wide_quarter_neighbouring_days_stay_on_their_own_dates(qtbot) -> None:
    """Where there is room, nothing is moved (a moved marker is only for when needed)."""
    first = dt.date(2027, 1, 12)
    items = [item("a", "conversation", first), item("b", "meeting", first + dt.timedelta(3),
                                                    status="held")]
    view = view_with(qtbot, items)
    view.resize(1920, 400)
    row = view._rows[0]
    for position, day in enumerate((first, first + dt.timedelta(3))):
        assert abs(view.marker_x(row, position) - view.x_for(day)) < 1


def test_spread_keeps_clusters_apart_and_counts_the_rest() -> None:
    halves = [8.0] * 6
    # Six markers 3 px apart (a year on a small screen): three shown, then "+3".
    spacing = spread([100, 103, 106, 109, 112, 115], halves, 3, lambda n: 20)
    shown = [c for c in spacing.centres if c is not None]
    assert len(shown) == 3 and spacing.counts == {2: 3}
    assert all(b - a >= 16 + 2 for a, b in pairwise(shown))
    assert spacing.owner[3:] == [2, 2, 2]
    # One further away than the count's end starts anew, on its date.
    spacing = spread([100, 103, 106, 109, 200], halves[:5], 3, lambda n: 20)
    assert spacing.centres[4] == 200 and spacing.counts == {2: 1}
