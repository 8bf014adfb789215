"""The timeline widget on its own: only the visible part is drawn; geometry and hit-testing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage, QPainter

from musdesk.services.followup_overview import TimelineItem, TimelineRow
from musdesk.ui.widgets.timeline import ROW_HEIGHT, TimelineView

TODAY = dt.date(2026, 3, 11)


def make_view(qtbot, rows: int = 500, per_row: int = 24) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    row_list = [TimelineRow(f"e:{r}", f"Person {r:03d}", str(r)) for r in range(rows)]
    items = [
        TimelineItem(f"{r}-{i}", "meeting", TODAY + dt.timedelta(days=30 * (i - per_row // 2)),
                     str(r), f"e:{r}", status="planned")
        for r in range(rows) for i in range(per_row)
    ]
    view.set_timeline(row_list, items, TODAY)
    view.scroll_to_today()
    return view


def paint(view: TimelineView) -> int:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        return view.paint(painter, view.viewport().rect())
    finally:
        painter.end()


def test_only_visible_rows_and_dates_are_drawn(qtbot) -> None:
    view = make_view(qtbot)
    visible_rows = len(view.visible_row_range())
    assert 10 <= visible_rows <= 20
    drawn = paint(view)
    # A quarter is in view: about 3–5 of a row's 24 monthly items, never all 12,000.
    assert visible_rows * 2 <= drawn <= visible_rows * 6
    view.set_zoom("year")
    assert visible_rows * 10 <= paint(view) <= visible_rows * 15


def test_scrolling_moves_the_rows_in_view(qtbot) -> None:
    view = make_view(qtbot)
    assert view.visible_row_range().start == 0
    view.verticalScrollBar().setValue(100 * ROW_HEIGHT)
    assert view.visible_row_range().start == 100
    assert view.row_at(45) == 100


def test_dates_and_hits_round_trip(qtbot) -> None:
    view = make_view(qtbot, rows=3)
    x = view.x_for(TODAY)
    assert view.date_at(x) == TODAY
    hit = view.item_at(_point(x, 40 + ROW_HEIGHT // 2))
    assert hit is not None
    row, position = hit
    assert row == 0 and position == 12  # the item dated today in the middle of the row
    assert view.item_at(_point(x + 60, 40 + ROW_HEIGHT // 2)) is None


def test_zoom_keeps_the_middle_date(qtbot) -> None:
    view = make_view(qtbot, rows=3)
    middle = view.date_at(view._label_width + view._chart_width() // 2)
    view.set_zoom("year")
    after = view.date_at(view._label_width + view._chart_width() // 2)
    assert abs((after - middle).days) <= 2


def test_select_record_scrolls_it_into_view(qtbot) -> None:
    view = make_view(qtbot)
    with qtbot.waitSignal(view.item_selected) as signal:
        assert view.select_record("400-20")
    assert signal.args[0].record_id == "400-20"
    assert 400 in view.visible_row_range()
    assert not view.select_record("no-such-record")


def _point(x: float, y: float):
    from PySide6.QtCore import QPoint

    return QPoint(int(x), int(y))


def test_an_empty_timeline_paints(qtbot) -> None:
    view = make_view(qtbot, rows=0)
    assert paint(view) == 0
    assert view.selected_item() is None
