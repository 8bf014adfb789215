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


def _page(window: MainWindow, key: str):  # noqa: ANN202
    """The tab page, built on demand where the window builds tabs lazily."""
    if callable(getattr(window, "page", None)):
        return window.page(key)
    return window._pages[key]


def test_open_conversation_from_the_wheel(qtbot, tmp_path, session, settings) -> None:
    folder = tmp_path / "client"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    planned = build_round("half", dt.date.today())
    workspace.lock()

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(folder)
    window.unlock_screen.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is SessionState.OPEN, timeout=10_000)

    window.navigate("wheel", {"round_id": planned["id"]})
    wheel = _page(window, "wheel")
    assert isinstance(wheel, WheelTab)
    assert wheel.current_round_id() == planned["id"]
    wheel.wheel.select_step(4)
    item = wheel.step_panel.behind.topLevelItem(0)
    row = item.data(0, Qt.ItemDataRole.UserRole + 2)
    wheel.step_panel.behind.setCurrentItem(item)
    qtbot.mouseClick(wheel.step_panel.open_button, Qt.MouseButton.LeftButton)
    page = _page(window, "conversation")
    current = window.tabs.currentWidget()
    assert page in (current, getattr(current, "page", None))
    assert page.conversation_id == row.conversation_id
    window.lock()
    assert session.state is SessionState.LOCKED
