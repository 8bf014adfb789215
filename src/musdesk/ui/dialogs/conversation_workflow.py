"""Dialogs of the conversation workflow: signing (both signature dates, optionally a scan
of the signed paper) and a reason (for an amendment or a cancellation)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui import dates
from musdesk.ui.dates import py_date
from musdesk.ui.file_dialogs import start_folder

SCAN_FILTER = "PDF, PNG, JPEG, TIFF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(dates.date_format())
    return edit


class SignDialog(QDialog):
    """Both have signed the printed summary: on which days."""

    def __init__(self, employee_name: str, leader_name: str, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the signatures"))
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        explanation = QLabel(self.tr(
            "Record that both have signed the printed summary. The conversation then becomes "
            "read-only; a later change needs an amendment, which starts a new version."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.employee_date = _date_edit(today)
        self.leader_date = _date_edit(today)
        form.addRow(self.tr("Signed by %s on:") % (employee_name or self.tr("the employee")),
                    self.employee_date)
        form.addRow(self.tr("Signed by %s on:") % (leader_name or self.tr("the leader")),
                    self.leader_date)
        scan_row = QHBoxLayout()
        self.scan_path = QLineEdit()
        self.scan_path.setPlaceholderText(self.tr("Optional: a scan of the signed paper"))
        self.scan_path.setAccessibleName(self.tr("Scan of the signed paper"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_scan)
        scan_row.addWidget(self.scan_path, 1)
        scan_row.addWidget(browse)
        form.addRow(self.tr("Scan:"), scan_row)
        layout.addLayout(form)
        note = QLabel(self.tr("The scan is stored encrypted inside the workspace."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record signatures"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the signed paper"), start_folder(), SCAN_FILTER)
        if path:
            self.scan_path.setText(path)

    def dates(self) -> tuple[dt.date, dt.date]:
        return (py_date(self.employee_date.date()), py_date(self.leader_date.date()))

    def scan(self) -> Path | None:
        """The chosen scan file, or None when none was chosen."""
        text = self.scan_path.text().strip()
        return Path(text) if text else None


class ReasonDialog(QDialog):
    """Asks why (an amendment needs a reason; a cancellation may have one)."""

    def __init__(self, title: str, explanation: str, required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(explanation)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._required = required
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(460, 240)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self._required or bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()
