"""The workspace's backups: when each was taken, its size, and taking one now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.errors import guarded

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def backup_taken_at(path: Path) -> dt.datetime | None:
    """The UTC time in a backup's file name (musdesk-20260101T120000000000Z.db)."""
    stamp = path.stem.removeprefix("musdesk-")
    try:
        return dt.datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def local_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    qt_time = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    return (locale or QLocale()).toString(qt_time, QLocale.FormatType.ShortFormat)


class BackupsDialog(QDialog):
    def __init__(
        self,
        list_backups: Callable[[], list[Path]],
        take_backup: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = list_backups
        self._take = take_backup
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "musdesk takes an encrypted backup each time the workspace is opened and keeps the "
            "newest ones (see Settings). A backup opens with the same passphrase. To restore "
            "one, close musdesk and copy it over musdesk.db in the workspace folder."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.tr("No backups yet. One is taken at the next opening."))
        layout.addWidget(self.empty_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.show_folder = QPushButton(self.tr("Show folder"))
        buttons.addButton(self.backup_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backup_now.clicked.connect(self._backup_now)
        self.show_folder.clicked.connect(self._show_folder)
        self.refresh()

    def refresh(self) -> None:
        backups = self._list()
        self.table.setRowCount(len(backups))
        locale = QLocale()
        for row, path in enumerate(backups):
            taken = backup_taken_at(path)
            when = QTableWidgetItem(local_text(taken, locale) if taken else path.name)
            try:
                size = locale.formattedDataSize(path.stat().st_size)
            except OSError:
                size = "–"
            size_item = QTableWidgetItem(size)
            size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size_item)
        self.empty_hint.setVisible(not backups)
        self._folder = backups[0].parent if backups else None

    def _backup_now(self) -> None:
        guarded(self, self._take)
        self.refresh()

    def _show_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
