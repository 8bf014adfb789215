"""Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from musdesk import __version__


def about_text() -> str:
    return QCoreApplication.translate(
        "about",
        "<h3>musdesk {version}</h3>"
        "<p>Employee development conversations (MUS) for HR consultants: the roster, the "
        "MUS wheel, the conversation and the follow-up, in one encrypted workspace.</p>"
        "<p>musdesk works offline and never sends data anywhere.</p>",
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("about", "About musdesk"), about_text())
