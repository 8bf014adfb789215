"""Unlocking a workspace: passphrase (or recovery key), a clear message when it fails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from musdesk.ui.widgets.card import BusyBar, centred_card, heading, paragraph


class UnlockScreen(QWidget):
    unlock_requested = Signal(str, bool)  # secret, is_recovery_key
    cancel_requested = Signal()
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = centred_card(self)
        self.title = heading(self.tr("Unlock your workspace"))
        layout.addWidget(self.title)
        self.folder_label = paragraph("")
        layout.addWidget(self.folder_label)
        self.reason_label = paragraph("")
        self.reason_label.hide()
        layout.addWidget(self.reason_label)

        self.secret_label = QLabel()
        layout.addWidget(self.secret_label)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumHeight(32)
        self.secret_label.setBuddy(self.secret)
        layout.addWidget(self.secret)
        self.use_recovery = QCheckBox(self.tr("I forgot the passphrase: use the recovery key"))
        layout.addWidget(self.use_recovery)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("errorMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(34)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.hide()
        buttons.addWidget(self.unlock_button, 1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.busy = BusyBar()
        layout.addWidget(self.busy)

        others = QHBoxLayout()
        self.open_other = QPushButton(self.tr("Open another workspace…"))
        self.open_other.setFlat(True)
        self.create_new = QPushButton(self.tr("Create a new workspace…"))
        self.create_new.setFlat(True)
        others.addWidget(self.open_other)
        others.addStretch(1)
        others.addWidget(self.create_new)
        layout.addLayout(others)

        self.use_recovery.toggled.connect(self._mode_changed)
        self.secret.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.open_other.clicked.connect(self.open_other_requested)
        self.create_new.clicked.connect(self.create_requested)
        self._mode_changed(False)

    # --- what the main window sets --------------------------------------------------------
    def prepare(self, folder: Path, *, locked_while_working: bool = False,
                demo_passphrase: str | None = None) -> None:
        """Show the screen for `folder`, empty and ready for typing."""
        text = self.tr("Workspace: {path}").format(path=str(folder))
        if demo_passphrase:
            text += "\n" + self.tr("This is the demo. Its passphrase is: {passphrase}").format(
                passphrase=demo_passphrase)
        self.folder_label.setText(text)
        self.reason_label.setText(self.tr(
            "The workspace was locked to protect its content. Unlock it to continue where "
            "you were."
        ))
        self.reason_label.setVisible(locked_while_working)
        self.secret.clear()
        self.use_recovery.setChecked(False)
        self.show_message(None)
        self.set_busy(False)
        self.secret.setFocus()

    def show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def wrong_secret(self, text: str) -> None:
        """The passphrase was wrong: say so, empty the field, let the user retry at once."""
        self.set_busy(False)
        self.show_message(text)
        self.secret.clear()
        self.secret.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
        self.unlock_button.setVisible(not busy)
        self.cancel_button.setVisible(busy)
        self.open_other.setEnabled(not busy)
        self.create_new.setEnabled(not busy)
        if busy:
            self.show_message(None)
            self.busy.start(self.tr("Unlocking… deriving the key takes a moment."))
        else:
            self.busy.stop()

    # --- internals ----------------------------------------------------------------------
    def _mode_changed(self, recovery: bool) -> None:
        self.show_message(None)
        if recovery:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText(self.tr("The key you printed or saved when the "
                                                   "workspace was created"))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setPlaceholderText("")
        self.secret.clear()
        self.secret.setFocus()

    def _submit(self) -> None:
        secret = self.secret.text()
        if not secret.strip():
            self.show_message(self.tr("Type the recovery key first.") if
                              self.use_recovery.isChecked() else
                              self.tr("Type the passphrase first."))
            return
        self.unlock_requested.emit(secret, self.use_recovery.isChecked())
