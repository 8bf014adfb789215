"""Confirming an erasure: what will go (counts), where (database, every backup, seals, scans,
calendar), an offer to export first, then the erasure on a worker thread.

    dialog = EraseDialog("employee", employee_id, parent, export_first=callback)
    dialog.erased.connect(on_erased)      # the message to show afterwards
    dialog.open()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error


def _services():  # imported when first needed (ReportLab and friends stay out of start-up)
    from musdesk.services import privacy_erase

    return privacy_erase


class _Relay(QObject):
    """Carries the erasure's steps from the worker thread to the dialog (queued)."""

    step = Signal(object)


class EraseDialog(QDialog):
    erased = Signal(str)  # the message saying what went and what happened to the backups

    def __init__(self, kind: str, ident: str, parent: QWidget | None = None, *,
                 export_first: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(520)
        service = _services()
        self.workspace = service.OpenWorkspace()
        self.preview = service.preview_erasure(self.workspace, kind, ident)
        layout = QVBoxLayout(self)
        titles = {
            "employee": self.tr("Erase {name} and everything about them?"),
            "round": self.tr("Erase the round {name} with its conversations and plans?"),
            "organisation": self.tr("Erase the organisation {name} with all its people?"),
        }
        heading = QLabel(titles[kind].format(name=self.preview.name))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("This will be erased:")))
        self.counts = QListWidget()
        self.counts.addItems(service.count_lines(self.preview.counts))
        self.counts.setMaximumHeight(180)
        layout.addWidget(self.counts)
        where = QLabel(self.tr(
            "It is erased from the database and from every backup: the {count} backups are "
            "rewritten without it (one that cannot be opened is removed, since it would keep "
            "it). Issued summaries and their seals and scans go with it, and the next "
            "calendar export cancels the events. Only a note without content that an "
            "erasure happened is kept. This cannot be undone, not even by restoring a backup."
        ).format(count=self.preview.backups))
        where.setWordWrap(True)
        layout.addWidget(where)
        remains = service.redaction_lines(self.preview.mentions)
        self.remains = QLabel("\n".join(remains))  # the name in other people's records
        self.remains.setObjectName("nameRemains")
        self.remains.setWordWrap(True)
        self.remains.setVisible(bool(remains))
        layout.addWidget(self.remains)
        self.status = QLabel()
        self.status.setObjectName("eraseStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.export_button = QPushButton(self.tr("Export their data first…") if kind == "employee"
                                         else self.tr("Export a package first…"))
        self.export_button.setVisible(export_first is not None)
        if export_first is not None:
            self.export_button.clicked.connect(export_first)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        layout.addWidget(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout.addWidget(self.buttons)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.start_erasing)
        self.buttons.rejected.connect(self.reject)
        self.progress: QProgressDialog | None = None
        self.message = ""

    def start_erasing(self) -> None:
        from musdesk.ui import workers

        service = _services()
        kind, ident = self.kind, self.preview.ident
        self.erase_button.setEnabled(False)
        self.files = 1 + len(self.preview.backup_names)
        self.progress = QProgressDialog(self._step_text("rows", 0, ""), self.tr("Cancel"),
                                        0, self.files + 1, self)
        self.progress.setWindowTitle(self.tr("Erasing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.relay = _Relay(self)
        self.steps: list[str] = []  # what the progress said, step by step
        self.relay.step.connect(self._on_step)

        def work(context: workers.JobContext) -> object:
            return service.erase(service.OpenWorkspace(), kind, ident,
                                 progress=self.relay.step.emit, check=context.check)

        self.job = workers.run_in_background(work, self._done, self._failed)
        # a cancel that came just after the commit: the erasure is done all the same
        self.job.signals.cancelled_result.connect(self._done)
        self.job.signals.finished.connect(self._finished)
        self.progress.canceled.connect(self.job.cancel)

    def _step_text(self, what: str, index: int, name: str) -> str:
        if what == "rows":
            return self.tr("Erasing the records from the database… (you can still cancel: "
                           "nothing is changed until this step ends)")
        if what == "database":
            return self.tr("Compacting the database, file 1 of {files}, so that no page "
                           "keeps the erased data… This can no longer be cancelled."
                           ).format(files=self.files)
        return self.tr("Rewriting the backup {name}, file {number} of {files}… This can no "
                       "longer be cancelled.").format(name=name, number=index, files=self.files)

    def _on_step(self, step: object) -> None:
        what, index, name = (getattr(step, "what", ""), int(getattr(step, "index", 0)),
                             str(getattr(step, "name", "")))
        self.files = max(1, int(getattr(step, "total", self.files + 1)) - 1)  # as erased
        self.steps.append(self._step_text(what, index, name))
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(self.files + 1)
        if what != "rows":
            progress.setCancelButton(None)  # committed: half an erasure is not an option
        progress.setLabelText(self._step_text(what, index, name))
        progress.setValue(index)

    def _finished(self) -> None:
        """The job ended; without a result or an error it was cancelled before the commit."""
        if self.progress is not None and not self.message:
            self._close_progress()
            self.erase_button.setEnabled(self.understood.isChecked())
            self.status.setText(self.tr("The erasure was cancelled; nothing was changed."))
            self.status.setVisible(True)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, result: object) -> None:
        self.message = _services().result_message(result)
        self._close_progress()
        self.accept()
        self.erased.emit(self.message)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.erase_button.setEnabled(self.understood.isChecked())
        if isinstance(error, MusdeskError):
            show_error(self, error)
            return
        raise error
