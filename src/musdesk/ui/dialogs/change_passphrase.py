"""Changing the passphrase of the open workspace: the data key is re-wrapped, or, with the
tick box, replaced (key rotation: the database is re-encrypted and a new recovery key shown)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.session import Session
from musdesk.ui.widgets.card import BusyBar
from musdesk.ui.widgets.passphrase_field import NewPassphraseFields


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The new passphrase replaces the old one at once. The recovery key stays valid, "
            "unless you also replace the data key below."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        self.rotate_key = QCheckBox(self.tr("Also replace the data key (key rotation)"))
        layout.addWidget(self.rotate_key)
        self.rotate_note = QLabel(self.tr(
            "Use this when an old copy of the workspace folder or of its key file may be in "
            "the wrong hands, together with the old passphrase or the recovery key (a lost "
            "laptop or USB stick, a colleague who knew the passphrase). The database is "
            "encrypted again with a new key, the backups made so far are removed and a new "
            "one is taken, and you get a new recovery key: the old one stops working. This "
            "takes a little longer."
        ))
        self.rotate_note.setWordWrap(True)
        self.rotate_note.setStyleSheet("color: #555555;")
        layout.addWidget(self.rotate_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase"))
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        session.passphrase_changed.connect(self._done)
        session.failed.connect(self._failed)
        self._busy = False
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.fields.is_acceptable() and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fields.setEnabled(not busy)
        self.rotate_key.setEnabled(not busy)
        if busy:
            self.message.hide()
            self.busy.start(
                self.tr("Encrypting the workspace again with a new key…")
                if self.rotate_key.isChecked()
                else self.tr("Protecting the key with the new passphrase…")
            )
        else:
            self.busy.stop()
        self._update()

    def _submit(self) -> None:
        if not self.fields.is_acceptable() or self._busy:
            return
        self._set_busy(True)
        self._session.change_passphrase(
            self.fields.passphrase(), rotate_key=self.rotate_key.isChecked()
        )

    def _done(self) -> None:
        if self._busy:
            self._set_busy(False)
            self.accept()

    def _failed(self, error: MusdeskError) -> None:
        if self._busy:
            self._set_busy(False)
            self.message.setText(str(error))
            self.message.show()

    def reject(self) -> None:
        if not self._busy:  # the file is being rewritten: wait for it
            super().reject()

    def done(self, result: int) -> None:
        self._session.passphrase_changed.disconnect(self._done)
        self._session.failed.disconnect(self._failed)
        super().done(result)
