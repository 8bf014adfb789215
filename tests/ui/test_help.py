"""Help → Getting started (da, nb, en) with F1 per tab, and Help → Keyboard shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from musdesk.ui.dialogs.help_dialog import SECTIONS, guide_html
from musdesk.ui.main_window import MainWindow
from musdesk.ui.tabs.base import TAB_KEYS
from tests.ui.test_main_window import unlock


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_language_has_every_section(language: str) -> None:
    html = guide_html(language)
    anchors = re.findall(r'<a name="([a-z_]+)"></a>', html)
    assert anchors == list(SECTIONS)
    assert set(TAB_KEYS) <= set(anchors)  # F1 on each tab has a section to open


def test_the_guides_are_written_in_their_languages() -> None:
    assert "Kom godt i gang" in guide_html("da")
    assert "Kom i gang" in guide_html("nb") and "Kom godt" not in guide_html("nb")
    assert "Getting started" in guide_html("en")


def test_f1_opens_the_section_of_the_tab_shown(
        qtbot, session, settings, existing_workspace) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(existing_workspace[0])
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.guide_action.shortcut().isEmpty(), timeout=5_000)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(3)
    window.activateWindow()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)
    dialog = window._help
    assert dialog is not None and dialog.isVisible()
    assert dialog.section == "follow_up"
    assert "Follow-up" in dialog.browser.toPlainText()
    window.tabs.setCurrentIndex(0)
    assert window.show_help() is dialog and dialog.section == "roster"  # one guide window
    dialog.close()
    session.close()


def test_the_shortcuts_list_reads_the_actions(qtbot, session, settings) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window._install_shortcuts()
    dialog = window.show_shortcuts()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Getting started"] == "F1"
    assert "Roster: find a person" in rows
    dialog.close()
    assert QApplication.activeModalWidget() is None
