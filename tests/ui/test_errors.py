"""The error helper, the unexpected-error hook (log without data, calm dialog)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from musdesk.errors import NotFound
from musdesk.ui import errors as ui_errors
from musdesk.ui.dialogs.unexpected_error import UnexpectedErrorDialog
from musdesk.ui.errors import ExceptionHook, describe_unexpected, guarded, show_error


def _raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_report_leaves_out_messages_that_may_carry_data() -> None:
    report = describe_unexpected(*_raised(KeyError("Jensen, Karen")))
    assert "KeyError" in report
    assert "Jensen" not in report
    assert "test_errors.py" in report


def test_report_keeps_messages_about_code() -> None:
    report = describe_unexpected(*_raised(AttributeError("'NoneType' has no attribute 'x'")))
    assert "has no attribute 'x'" in report


def test_hook_logs_in_the_workspace_folder_and_shows_the_dialog(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec",
                        lambda self: shown.append(self.details.toPlainText()) or 0)
    hook = ExceptionHook(lambda: tmp_path)
    hook(*_raised(ValueError("salary of Ole is 1")))
    log = (tmp_path / ui_errors.LOG_NAME).read_text()
    assert "ValueError" in log and "Ole" not in log
    assert shown and shown[0] == hook.last_report
    assert oct((tmp_path / ui_errors.LOG_NAME).stat().st_mode & 0o777) == "0o600"


def test_hook_without_a_workspace_logs_in_the_user_log_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_errors, "fallback_log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: 0)
    ExceptionHook(lambda: None)(*_raised(RuntimeError("boom")))
    assert (tmp_path / "logs" / ui_errors.LOG_NAME).exists()


def test_hook_installs_and_uninstalls() -> None:
    before = sys.excepthook
    hook = ExceptionHook(lambda: None)
    hook.install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is before


def test_error_dialog_copies_its_details(qtbot) -> None:
    dialog = UnexpectedErrorDialog("report text", None)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "report text"


def test_guarded_shows_expected_errors_and_returns_none(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def fails() -> int:
        raise NotFound(kind="employee", ident="x")

    assert guarded(parent, fails) is None
    assert guarded(parent, lambda: 3) == 3
    assert len(messages) == 1 and messages[0] == str(NotFound(kind="employee", ident="x"))
    show_error(parent, NotFound(kind="employee", ident="y"))
    assert len(messages) == 2


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_in_the_open_workspace(
    qtbot, session, existing_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from tests.conftest import PASSPHRASE

    folder = existing_workspace[0]
    session.choose(folder)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(passphrase=PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec",
                        lambda self: shown.append(self.details.toPlainText()) or 0)
    hook = ExceptionHook(lambda: session.folder if session.is_open else None)
    hook.install()
    try:
        def buggy_slot() -> None:
            {}["Karen Holm"]  # noqa: B018 - the bug

        QTimer.singleShot(0, buggy_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    finally:
        hook.uninstall()
    log = (folder / ui_errors.LOG_NAME).read_text()
    assert "KeyError" in log and "buggy_slot" in log
    assert "Karen" not in log and "Karen" not in shown[0]
