"""The calm dialog for a bug: what happened in plain words, details to copy, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnexpectedErrorDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("An unexpected error occurred"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "musdesk ran into a problem it did not expect. Your saved data is safe; the "
                "last change you made may not have been saved. You can keep working, or "
                "restart musdesk if something looks wrong."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_path is not None:
            where = QLabel(
                self.tr("The details below were also written to {path}. They contain no "
                        "names or notes from your workspace.").format(path=str(log_path))
            )
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
