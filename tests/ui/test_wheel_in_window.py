"""The wheel tab inside the real main window: built by the tab factory, and its "open
conversation" action lands on that conversation in the conversation tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from musdesk.storage import KdfParams, Workspace
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import SessionState
from musdesk.ui.tabs.wheel_tab import WheelTab
from tests.conftest import PASSPHRASE
from tests.unit.evaluation.sample_round import build_round


def test_open_conversation_from_the_wheel(qtbot, tmp_path, session, settings) -> None:
    folder = tmp_path / "client"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    build_round("half", dt.date.today())
    workspace.lock()

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(folder)
    window.unlock_screen.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is SessionState.OPEN, timeout=10_000)

    wheel = window._pages["wheel"]
    assert isinstance(wheel, WheelTab)
    window.tabs.setCurrentWidget(wheel)
    wheel.wheel.select_step(4)
    item = wheel.step_panel.behind.topLevelItem(0)
    row = item.data(0, Qt.ItemDataRole.UserRole + 2)
    wheel.step_panel.behind.setCurrentItem(item)
    qtbot.mouseClick(wheel.step_panel.open_button, Qt.MouseButton.LeftButton)
    page = window._pages["conversation"]
    assert window.tabs.currentWidget() is page
    assert page.conversation_id == row.conversation_id
    window.lock()
    assert session.state is SessionState.LOCKED
