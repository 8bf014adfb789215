"""One place where the UI shows errors.

`show_error` is what every tab uses for an expected failure (a `MusdeskError`, whose text is
already translated). `ExceptionHook` catches everything else: it writes a log entry without
personal data and shows a calm dialog with details the user can copy for support.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from musdesk import APP_NAME, __version__
from musdesk.errors import MusdeskError

LOG_NAME = "musdesk-errors.log"
T = TypeVar("T")

# Messages of these exceptions describe code, not data, so they may be logged.
_MESSAGE_IS_SAFE = (AttributeError, TypeError, NameError, ImportError, NotImplementedError)


def show_error(parent: QWidget | None, error: MusdeskError, title: str | None = None) -> None:
    """A modal warning with the error's (translated) message."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        parent, title or QCoreApplication.translate("errors", "Something went wrong"), str(error)
    )


def show_notice(parent: QWidget, text: str) -> None:
    """A message that does not block (already translated core text), e.g. what an open did."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, parent.windowTitle(), text, parent=parent)
    box.setObjectName("notice")
    box.open()


def guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a user action; an expected error is shown, and None returned."""
    try:
        return action()
    except MusdeskError as exc:
        show_error(parent, exc)
        return None


def describe_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A report for support: version, exception type and where it happened, no data values.

    The exception's message is left out unless its type only ever talks about code: a
    KeyError or ValueError message could carry a name or a note from the workspace.
    """
    import traceback  # imported when needed: start-up time

    lines = [
        f"musdesk {__version__}, Python {sys.version.split()[0]}, {sys.platform}",
        f"time (UTC): {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        header = type(item).__qualname__
        if isinstance(item, _MESSAGE_IS_SAFE):
            header += f": {item}"
        lines.append(header)
        frames = traceback.extract_tb(item.__traceback__ if item is not exc else tb)
        for frame in frames:
            lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, '
                         f"in {frame.name}")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """Paths relative to the package, so the log does not reveal the user's home folder."""
    marker = f"{os.sep}musdesk{os.sep}"
    if marker in filename:
        return "musdesk/" + filename.rsplit(marker, 1)[1].replace(os.sep, "/")
    return Path(filename).name


def fallback_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def append_to_log(folder: Path, report: str) -> Path | None:
    """Append a report to the log in `folder`; returns the file, or None when it failed."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(report + "\n\n")
    except OSError:
        return None
    return path


class ExceptionHook:
    """sys.excepthook for the GUI: log, then show the unexpected-error dialog (once at a time)."""

    def __init__(self, log_folder: Callable[[], Path | None]) -> None:
        self._log_folder = log_folder
        self._showing = False
        self._previous = sys.excepthook
        self.last_report: str | None = None

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        report = describe_unexpected(exc_type, exc, tb)
        self.last_report = report
        folder = self._log_folder() or fallback_log_dir()
        log_path = append_to_log(folder, report)
        if log_path is None and folder != fallback_log_dir():
            log_path = append_to_log(fallback_log_dir(), report)
        print(report, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            from musdesk.ui.dialogs.unexpected_error import UnexpectedErrorDialog

            UnexpectedErrorDialog(report, log_path, QApplication.activeWindow()).exec()
        finally:
            self._showing = False
