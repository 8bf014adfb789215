"""The timeline at a laptop size: today stands in the left third with what is coming in
view, and markers on the same day sit side by side (a count when there are many)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint

from musdesk.services.followup_overview import TimelineItem, TimelineRow
from musdesk.ui.widgets.timeline import SAME_DAY_SHOWN, TimelineView, same_day_indexes
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


def item(record: str, kind: str, day: dt.date) -> TimelineItem:
    return TimelineItem(record, kind, day, "1", "e:1", status="planned")


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
    assert same_day_indexes(view._rows[0].days) == [0, 1, 2, 3, 4, 5]
    assert paint(view) == SAME_DAY_SHOWN  # three markers, then "+3"


def test_today_stays_in_the_left_third_when_the_view_is_resized(qtbot) -> None:
    view = view_with(qtbot, [item("a", "meeting", TODAY + dt.timedelta(days=10))])
    for width in (1200, 640, 980):
        view.resize(width, 400)
        qtbot.wait(10)
        label_width = view.viewport().width() - view._chart_width()
        x = view.x_for(TODAY) - label_width
        assert 0.25 * view._chart_width() <= x <= 0.4 * view._chart_width(), width
