"""The conversation tab's History menu: when each status was reached, oldest first
(services.conversations.status_history), growing with each step taken on the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_conversation_tab import make_tab, world  # noqa: F401 (fixture)


def test_history_lists_each_step_taken_with_its_moment(qtbot, world) -> None:  # noqa: F811
    tab = make_tab(qtbot, world)
    view = tab.page
    assert view.history_button.isVisible() and view.history_button.isEnabled()
    assert [line.split(" — ")[1] for line in view.history_lines()] == ["Planned"]
    qtbot.mouseClick(tab.workflow_buttons["invited"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.workflow_buttons["held"], Qt.MouseButton.LeftButton)
    lines = view.history_lines()
    assert [line.split(" — ")[1] for line in lines] == ["Planned", "Invited", "Held"]
    moment = lines[-1].split(" — ")[0]
    assert len(moment) >= 10 and any(ch.isdigit() for ch in moment)  # date and time shown
    assert view.history_button.menu() is view.history_menu
