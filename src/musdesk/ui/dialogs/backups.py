"""The workspace's backups: when each was taken, its size, and taking one now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.storage.backups import parse_name
from musdesk.ui import dates
from musdesk.ui.errors import guarded, show_error
from musdesk.ui.widgets.apart import apart
from musdesk.ui.workers import Job


def backup_taken_at(path: Path) -> dt.datetime | None:
    """The UTC time in a backup's file name (musdesk-20260101T120000000000Z-open.db)."""
    parsed = parse_name(path)
    return parsed[0] if parsed else None


def local_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    return dates.moment_text(moment, locale)


class BackupsDialog(QDialog):
    def __init__(
        self,
        list_backups: Callable[[], list[Path]],
        take_backup: Callable[[], object],
        parent: QWidget | None = None,
        restore: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = list_backups
        self._take = take_backup
        self._restore = restore
        self.restored: object = None  # the restore's result, once done
        self.result_code_on_close: int | None = None  # set when the dialog has been closed
        self.finished.connect(lambda code: setattr(self, "result_code_on_close", code))
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "When the workspace is opened after changes, and before every upgrade and import, "
            "musdesk checks the database and takes an encrypted backup; a database that fails "
            "the check is never backed up. It keeps the newest ones (see Settings), one a day "
            "for a week and one a week for a month. A backup opens with the same passphrase. "
            "Restoring one first backs up the current state, so the restore can be undone."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.tr("No backups yet. One is taken at the next opening."))
        layout.addWidget(self.empty_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.show_folder = QPushButton(self.tr("Show folder"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setVisible(restore is not None)
        # [Back up now] [Show folder] ┃ [Restore…]        [Close]: restoring sits apart.
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.show_folder)
        apart(row, self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        layout.addLayout(row)
        self.backup_now.clicked.connect(self._backup_now)
        self.show_folder.clicked.connect(self._show_folder)
        self.restore_button.clicked.connect(self.confirm_restore)
        self.table.itemSelectionChanged.connect(self._update_restore)
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
            self.table.setItem(row, 1, QTableWidgetItem(self._reason(path)))
            self.table.setItem(row, 2, size_item)
        self.empty_hint.setVisible(not backups)
        self._folder = backups[0].parent if backups else None
        self._backups = backups
        self._update_restore()

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self.chosen_backup() is not None)

    def chosen_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def confirm_restore(self) -> None:
        """Ask, with what will be lost, then restore (see restore_chosen)."""
        chosen = self.chosen_backup()
        if chosen is None or self._restore is None:
            return
        taken = backup_taken_at(chosen)
        when = local_text(taken) if taken else chosen.name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup?"), self.tr(
            "The workspace goes back to how it was on {when}. Everything entered or changed "
            "since then is lost from the workspace. A backup of the current state is taken "
            "first, so you can undo this by restoring that backup. People erased since then "
            "stay erased.").format(when=when), parent=self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.buttonClicked.connect(
            lambda button: self.restore_chosen(chosen) if button is restore else None)
        box.open()

    def restore_chosen(self, backup: Path) -> object:
        """Restore `backup`; `restored` is set (and the done box shown) once it has been
        restored. The restore may run on a worker (it then returns the Job)."""
        if self._restore is None:
            return None
        restore = self._restore
        self.restored = None
        result = guarded(self, lambda: restore(backup))
        if isinstance(result, Job):
            result.signals.succeeded.connect(self._restored)
            result.signals.failed.connect(self._failed)
        elif result is not None:
            self._restored(result)
        return result

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, MusdeskError):
            raise error
        show_error(self, error)

    def _restored(self, result: object) -> None:
        self.restored = result
        if self.result_code_on_close is not None:  # closed meanwhile (a lock): done all the same
            return
        self.refresh()
        self.done_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Backup restored"), self.tr(
                "The backup was restored. The state before it is kept as the newest "
                "backup: restore that one to undo."), parent=self)
        self.done_box.open()

    def _reason(self, path: Path) -> str:
        parsed = parse_name(path)
        reason = parsed[1] if parsed else ""
        labels = {
            "create": self.tr("Created"),
            "open": self.tr("Opened after changes"),
            "manual": self.tr("Backed up by hand"),
            "migration": self.tr("Before an upgrade"),
            "import": self.tr("Before an import"),
            "merge": self.tr("Before a merge"),
            "rekey": self.tr("New data key"),
            "restore": self.tr("Before a restore (restore it to undo)"),
            "": self.tr("Not checked (older version)"),
        }
        return labels.get(reason, reason)

    def _backup_now(self) -> None:
        guarded(self, self._take)
        self.refresh()

    def _show_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
