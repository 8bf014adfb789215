"""Asked at lock or quit while an edit the workspace refused (disk full, read-only, busy)
still waits to be saved: retry now, discard it, or cancel (stay in the workspace)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from musdesk.ui.session import CANCEL, DISCARD, RETRY, Session

if TYPE_CHECKING:  # not loaded at start-up (tests/ui/test_app.py)
    from musdesk.ui.tabs.base import TabPage

translate = QCoreApplication.translate


def ask_about_unsaved_edit(parent: QWidget | None, reason: str, *, quitting: bool) -> str:
    """RETRY, DISCARD or CANCEL (also for closing the box)."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedEditBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("UnsavedEdit", "An edit is not saved"))
    box.setText(translate("UnsavedEdit", "An edit could not be saved: %s") % reason)
    if quitting:
        advice = translate("UnsavedEdit", "Free some space or fix the problem, then retry. "
                           "If you quit now, the edit is lost.")
        discard_text = translate("UnsavedEdit", "&Discard and quit")
    else:
        advice = translate("UnsavedEdit", "Free some space or fix the problem, then retry. "
                           "If you lock now, the edit is lost.")
        discard_text = translate("UnsavedEdit", "&Discard and lock")
    box.setInformativeText(advice)
    retry = box.addButton(translate("UnsavedEdit", "&Retry now"),
                          QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    if clicked is discard:
        return DISCARD
    return CANCEL


def ask_about_unsaved_edits(window: QWidget, session: Session,
                            pages: Callable[[], Sequence[TabPage]]) -> None:
    """Let the session ask (over `window`) and discard the tabs' refused edits."""
    session.ask_unsaved = lambda reason, quitting: ask_about_unsaved_edit(
        window, reason, quitting=quitting)

    def discard() -> None:
        for page in pages():
            page.discard_unsaved()

    session.discard_unsaved = discard

