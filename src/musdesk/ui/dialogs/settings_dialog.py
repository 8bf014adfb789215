"""Preferences: language, auto-lock minutes, number of backups kept (this machine); and,
while a workspace is open, the consultant's own name and firm (stored in the workspace:
they sign the invitation of an employee who has no leader)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.services.consultant import Consultant
from musdesk.ui.i18n import LANGUAGE_NAMES
from musdesk.ui.settings import (
    AUTO_LOCK_RANGE,
    BACKUPS_KEPT_RANGE,
    SYSTEM_LANGUAGE,
    AppSettings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None,
                 consultant: Consultant | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language_before = settings.language
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), SYSTEM_LANGUAGE)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language:"), self.language)

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        form.addRow(self.tr("Lock after idle time:"), self.auto_lock)

        self.backups = QSpinBox()
        self.backups.setRange(*BACKUPS_KEPT_RANGE)
        self.backups.setValue(settings.backups_kept)
        form.addRow(self.tr("Backups kept:"), self.backups)
        layout.addLayout(form)
        self.consultant_name = QLineEdit(consultant.name if consultant else "")
        self.consultant_firm = QLineEdit(consultant.firm if consultant else "")
        self.consultant_box = QGroupBox(self.tr("You, in this workspace"))
        self.consultant_box.setVisible(consultant is not None)
        box_layout = QVBoxLayout(self.consultant_box)
        you = QFormLayout()
        box_layout.addLayout(you)
        for edit in (self.consultant_name, self.consultant_firm):
            edit.setMaxLength(200)
        self.consultant_name.setPlaceholderText(self.tr("e.g. Maja Holm"))
        you.addRow(self.tr("Your name:"), self.consultant_name)
        you.addRow(self.tr("Your firm:"), self.consultant_firm)
        hint = QLabel(self.tr("Signs the invitation of an employee who has no leader. Stored "
                              "in the workspace, not on this computer."))
        hint.setWordWrap(True)
        box_layout.addWidget(hint)  # below the form: a wrapped label in a form row is cut
        layout.addWidget(self.consultant_box)
        self._consultant = consultant

        self.restart_note = QLabel(self.tr("The new language is used from the next start."))
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        layout.addWidget(self.restart_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._language_changed)

    def language_changed(self) -> bool:
        return self.language.currentData() != self._language_before

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language_changed())

    def accept(self) -> None:
        if self._consultant is not None:
            from musdesk.errors import MusdeskError
            from musdesk.services.consultant import set_consultant
            from musdesk.ui.errors import show_error

            try:
                set_consultant(self.consultant_name.text(), self.consultant_firm.text())
            except MusdeskError as exc:
                show_error(self, exc)
                return
        self._settings.language = str(self.language.currentData())
        self._settings.auto_lock_minutes = self.auto_lock.value()
        self._settings.backups_kept = self.backups.value()
        self._settings.sync()
        super().accept()
