"""A key rotation killed half-way, met in the app: the unlock screen opens the workspace with
the passphrase the consultant types (old or new), and a message says what happened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from tests.unit.storage.test_create_and_rotate import NEW, _killed_rotation

SHOTS = False  # True: save what the consultant sees under /work/shots/i13/


@pytest.fixture
def window(qtbot, session: Session, settings: AppSettings) -> Iterator[MainWindow]:
    win = MainWindow(session, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    session.close()


@pytest.mark.parametrize("typed", ["old", "new"])
def test_unlocking_after_a_killed_rotation_rolls_it_back_and_says_so(
    qtbot, window: MainWindow, existing_workspace, typed: str
) -> None:
    from tests.conftest import PASSPHRASE

    folder, _ = existing_workspace
    _killed_rotation(folder, "rekeyed")  # the database is already under the new key
    window.session.choose(folder)
    window.unlock_screen.secret.setText(PASSPHRASE if typed == "old" else NEW)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.state is not SessionState.BUSY, timeout=20_000)
    assert window.stack.currentWidget() is window.content, window.unlock_screen.message.text()
    [notice] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert "rolled back" in notice.text() and "damaged" not in notice.text()
    if SHOTS:
        notice.grab().save(f"/work/shots/i13/rotation-notice-{typed}.png")
    notice.accept()
