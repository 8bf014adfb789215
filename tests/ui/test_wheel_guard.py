"""The mouse wheel over a drop-down, date or number field scrolls the page unless the field
has the focus — everywhere, through one application-wide filter (ui/wheel_guard.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.services import plans
from musdesk.ui import wheel_guard
from musdesk.ui.main_window import MainWindow
from tests.ui.test_conversation_tab import make_tab
from tests.unit.conversation_form import scenario


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel over the middle of `widget` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def long_page(qtbot) -> tuple[QScrollArea, QComboBox, QDateEdit, QSpinBox]:
    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    combo = QComboBox()
    combo.addItems(["monthly", "quarterly", "half-yearly"])
    date = QDateEdit(QDate(2026, 6, 1))
    number = QSpinBox()
    number.setValue(5)
    layout.addWidget(combo)
    layout.addWidget(date)
    layout.addWidget(number)
    layout.addSpacing(3000)
    area.setWidget(body)
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    return area, combo, date, number


def test_unfocused_fields_keep_their_value_and_the_page_scrolls(qtbot) -> None:
    wheel_guard.install()
    area, combo, date, number = long_page(qtbot)
    for field in (combo, date, number):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    bar = area.verticalScrollBar()
    wheel(combo)
    wheel(date)
    wheel(number)
    assert combo.currentIndex() == 0
    assert date.date() == QDate(2026, 6, 1)
    assert number.value() == 5
    assert bar.value() > 0, "the page scrolled instead"


def test_a_focused_field_still_takes_the_wheel(qtbot) -> None:
    wheel_guard.install()
    area, combo, _, number = long_page(qtbot)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1
    number.setFocus()
    qtbot.waitUntil(number.hasFocus)
    wheel(number, steps=1)
    assert number.value() == 6
    assert area.verticalScrollBar().value() == 0


def test_a_goals_follow_up_fields_in_the_conversation_form(qtbot, workspace) -> None:
    world = scenario.build()
    plans.add_goal(world.employee_id, "Lead the X-ray training",
                   conversation_id=world.conversation(), cadence="monthly",
                   deadline=dt.date(2026, 12, 1))
    wheel_guard.install()
    tab = make_tab(qtbot, world)
    editor = tab.view.plan_box.editors[0]
    before = (editor.cadence.currentIndex(), editor.owner.currentIndex())
    tab.scroll.verticalScrollBar().setValue(0)
    wheel(editor.cadence)
    wheel(editor.owner)
    assert (editor.cadence.currentIndex(), editor.owner.currentIndex()) == before
    assert not tab.autosave.has_pending, "nothing changed, nothing to save"
    assert tab.scroll.verticalScrollBar().value() > 0


def test_the_main_window_installs_it_for_the_whole_application(qtbot, session, settings) -> None:
    # A moment after the first paint (start-up time); a field made before keeps no wheel focus.
    if wheel_guard._guard is not None:  # installed by an earlier test: start without it
        QApplication.instance().removeEventFilter(wheel_guard._guard)
        wheel_guard._guard.setParent(None)
    assert not wheel_guard.installed()
    early = QComboBox()
    qtbot.addWidget(early)
    early.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(wheel_guard.installed, timeout=3000)
    assert early.focusPolicy() == Qt.FocusPolicy.StrongFocus
