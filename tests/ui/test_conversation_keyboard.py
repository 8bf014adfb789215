"""The form used from the keyboard only: a sensible Tab order, new rows where they are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from musdesk.services import conversations
from musdesk.ui.tabs.conversation_tab import ConversationTab
from tests.unit.conversation_form import scenario


@pytest.fixture
def tab(qtbot, workspace) -> ConversationTab:
    world = scenario.build()
    page = ConversationTab(autosave_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1366, 660)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    page.show_item({"employee_id": world.employee_id, "round_id": world.round_id})
    # offscreen, the first activation can be lost while the form is built: ask again
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5_000)
    return page


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_tab_goes_from_the_choice_to_the_workflow_then_the_form(qtbot, tab) -> None:
    tab.employee_combo.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.workflow_buttons["invited"]
    tab.nav.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # when and where first, then the questions
    assert QApplication.focusWidget() is tab.view.schedule_row.date
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    first_answer = next(iter(tab.view.part_boxes["employee_prep"].edits.values()))
    assert QApplication.focusWidget() is first_answer
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves a multi-line answer instead of indenting
    assert QApplication.focusWidget() is not first_answer
    assert "\t" not in first_answer.toPlainText()


def test_agreement_added_from_the_keyboard_sits_where_it_is_shown(qtbot, tab) -> None:
    add = tab.view.agreements_box.add_buttons["leader_expects"]
    add.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    row = tab.view.agreements_box.rows[-1]
    assert QApplication.focusWidget() is row.text
    qtbot.keyClicks(row.text, "Share the X-ray rota")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.remove
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is add
    assert [a["text"] for a in conversations.agreements(tab.conversation_id)] == [
        "Share the X-ray rota"]  # leaving the field saved it


def test_section_list_jumps_to_the_part(qtbot, tab) -> None:
    titles = [tab.nav.item(i).text() for i in range(tab.nav.count())]
    assert titles[-4:] == ["The four agreements", "Development plan",
                           "The employee's comments", "Printed and signed paper"]
    tab.nav.setFocus()
    tab.nav.setCurrentRow(titles.index("Development plan"))
    press(qtbot, Qt.Key.Key_Return)
    assert tab.scroll.verticalScrollBar().value() > 0
    tab.scroll.verticalScrollBar().setValue(0)  # scrolling back marks the first part
    assert tab.nav.currentRow() == 0
