"""The drawn wheel: choosing a segment by mouse and by keyboard, and its text alternative."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from musdesk.ui.widgets.mus_wheel import CENTRE, NO_STEP, MusWheel, WheelSegment

PHASES = ["before"] * 3 + ["during"] * 2 + ["after"] * 3


def _wheel(qtbot) -> MusWheel:
    wheel = MusWheel()
    qtbot.addWidget(wheel)
    wheel.set_segments([
        WheelSegment(number, f"Step {number}", PHASES[number - 1], 0.5, 1, 2,
                     None if number <= 2 else 3, 6, overdue=number == 3, done=number == 1)
        for number in range(1, 9)])
    wheel.set_phase_titles({"before": "Before", "during": "During", "after": "After"})
    wheel.resize(600, 600)
    wheel.show()
    qtbot.waitExposed(wheel)
    return wheel


def test_clicking_a_segment_selects_that_step(qtbot) -> None:
    wheel = _wheel(qtbot)
    for number in (1, 4, 8):
        point = wheel.segment_centre(number).toPoint()
        with qtbot.waitSignal(wheel.stepSelected) as caught:
            qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=point)
        assert caught.args == [number]
        assert wheel.selected_step == number
    assert wheel.focusPolicy() == Qt.FocusPolicy.StrongFocus  # reachable by Tab


def test_clicking_the_centre_selects_the_strategy_and_outside_nothing(qtbot) -> None:
    wheel = _wheel(qtbot)
    qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert wheel.selected_step == CENTRE
    qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert wheel.selected_step == CENTRE  # a click beside the wheel changes nothing
    assert wheel.hit_test(wheel.segment_centre(6)) == 6


def test_arrow_keys_go_round_the_wheel(qtbot) -> None:
    wheel = _wheel(qtbot)
    wheel.setFocus()
    assert wheel.selected_step == NO_STEP
    qtbot.keyClick(wheel, Qt.Key.Key_Right)
    assert wheel.selected_step == 1
    qtbot.keyClick(wheel, Qt.Key.Key_Left)
    assert wheel.selected_step == 8  # wraps from the first step to the last
    qtbot.keyClick(wheel, Qt.Key.Key_Down)
    assert wheel.selected_step == 1
    qtbot.keyClick(wheel, Qt.Key.Key_End)
    assert wheel.selected_step == 8
    qtbot.keyClick(wheel, Qt.Key.Key_Home)
    assert wheel.selected_step == 1
    qtbot.keyClick(wheel, Qt.Key.Key_5)
    assert wheel.selected_step == 5
    qtbot.keyClick(wheel, Qt.Key.Key_Escape)
    assert wheel.selected_step == CENTRE


def test_the_text_alternative_lists_every_step_with_its_state(qtbot) -> None:
    wheel = _wheel(qtbot)
    lines = wheel.text_alternative().splitlines()
    assert len(lines) == 8
    assert lines[0] == "1. Step 1, Before, 1/2 tasks, done"
    assert lines[2] == "3. Step 3, Before, 1/2 tasks, 3/6 past, overdue"
    assert wheel.accessibleDescription() == wheel.text_alternative()


def test_painting_many_times_does_not_wear_out_python_singletons(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 takes a reference to None per void call; the wheel
    # pins the singletons, so painting far more often than None had references is safe.
    wheel = _wheel(qtbot)
    for _ in range(60):
        wheel.grab()
    assert wheel.isVisible()


def test_the_evaluation_panel_shows_no_figure_for_a_small_group(qtbot) -> None:
    from musdesk.services.evaluation import GroupFigures, RoundFigures
    from musdesk.ui.widgets.wheel_evaluation import EvaluationPanel

    small = GroupFigures("Økonomi", None, True, None, None, None, None)
    big = GroupFigures("Drift", 6, False, 5, 4, 10, 8)
    total = GroupFigures("MUS", 9, False, 7, 5, 12, 9)
    panel = EvaluationPanel()
    qtbot.addWidget(panel)
    panel.show_figures(RoundFigures("MUS", total, [big, small], [("course", 3)], "Fint"))
    table = panel.table
    assert [table.item(1, c).text() for c in range(6)] == ["Økonomi", "fewer than 5", "", "",
                                                           "", ""]
    assert [table.item(0, c).text() for c in range(6)] == ["Drift", "6", "5", "4", "10", "8"]
    assert table.item(2, 0).text() == "Whole round"
    description = panel.chart.accessibleDescription().splitlines()
    assert description == ["Drift: held 83 %, signed 67 %, follow-ups on time 80 %",
                           "Økonomi: no figures: fewer than 5 people"]
    assert panel.notes.toPlainText() == "Fint"
