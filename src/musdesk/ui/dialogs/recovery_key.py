"""The recovery key, shown exactly once after a workspace is created, to print or save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.storage.files import write_atomic
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_path


class RecoveryKeyDialog(QDialog):
    # Locking closes other dialogs; this one would take the only view of the key with it.
    keep_open_on_lock = True

    def __init__(self, recovery_key: str, workspace_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self._folder = workspace_folder
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "If you ever forget the passphrase, this key is the only other way into the "
            "workspace. It is shown now and never again. Print it or save it somewhere safe, "
            "away from this laptop."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setMinimumHeight(56)
        layout.addWidget(self.key_label)
        self.stored = QCheckBox(self.tr("I have printed or saved the recovery key"))
        layout.addWidget(self.stored)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save to a file…"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        layout.addWidget(self.buttons)
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self._ask_and_save)
        self.stored.toggled.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self._update()

    def key_sheet(self) -> str:
        """The text that is printed or saved: what the key is for, and the key."""
        return self.tr(
            "musdesk recovery key\n\nWorkspace: {folder}\n\n{key}\n\n"
            "Keep this sheet somewhere safe. Anyone with it and the workspace folder can read "
            "the data."
        ).format(folder=str(self._folder), key=self._key)

    def save_to(self, path: Path) -> None:
        write_atomic(path, self.key_sheet().encode("utf-8"))
        self.stored.setChecked(True)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.key_sheet())
        document.print_(printer)
        self.stored.setChecked(True)

    def reject(self) -> None:
        """Escape must not lose the key by accident: only Continue closes, once confirmed."""
        if self.stored.isChecked():
            super().reject()

    def _ask_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"),
            start_path("musdesk-recovery-key.txt"), self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except MusdeskError as exc:
            show_error(self, exc, self.tr("Not saved"))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.stored.isChecked())
