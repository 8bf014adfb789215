"""The demo workspace says it is one: DEMO in the title and a banner, and quitting it says
that it will be deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings


def answer_quit_box(answer: str, seen: list[str]) -> None:
    """Click a button of the question box once it is shown (it is modal)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if (answer == "quit") == (box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole):
                button.click()
                return
    QTimer.singleShot(20, click)


def test_the_demo_is_marked_and_quitting_it_warns(
        qtbot, session: Session, settings: AppSettings) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert "DEMO" not in window.windowTitle()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is not SessionState.BUSY, timeout=60_000)
    assert window.windowTitle().startswith("DEMO")
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    assert "deleted when you quit" in window.demo_banner.text()
    folder = session.folder
    assert folder is not None

    seen: list[str] = []
    answer_quit_box("cancel", seen)
    window.quit_action.trigger()
    assert window.isVisible() and folder.exists()  # cancelled: nothing lost
    assert "will be deleted" in seen[0]

    answer_quit_box("quit", seen)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert not folder.parent.exists()  # the demo's temporary folder is gone
    assert len(seen) == 2


def test_an_ordinary_workspace_has_no_banner(
        qtbot, session: Session, settings: AppSettings, existing_workspace) -> None:
    from tests.ui.test_main_window import unlock

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(existing_workspace[0])
    unlock(qtbot, window)
    assert "DEMO" not in window.windowTitle()
    assert window.demo_banner is None or not window.demo_banner.isVisible()
