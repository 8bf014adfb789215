"""File → Export package…: what to export, how to protect it, where to write it.

    dialog = PackageExportDialog(workspace_id, organisations, parent)
    dialog.exported.connect(...)    # ExportResult, after the file is written
    dialog.open()

The export runs on a worker (`ui.workers`) with a progress bar; Cancel stops it before the
file is written. The rules live in `interchange.package_export` (Qt-free).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.widgets.forms import error_label, show_problem
from musdesk.ui.widgets.passphrase_field import NewPassphraseFields
from musdesk.ui.workers import Job, JobContext, start

SUFFIX = ".musdesk"


def _checked(item: QListWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


class PackageExportDialog(QDialog):
    exported = Signal(object)  # interchange.package_export.ExportResult

    def __init__(self, workspace_id: str, organisations: list[tuple[str, str]],
                 default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export package"))
        self.setMinimumWidth(560)
        self._workspace_id = workspace_id
        self._default_folder = default_folder
        self._job: Job | None = None
        self._notice: str | None = None  # the last failure or "cancelled", until a new try
        self.result_ = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box(organisations))
        layout.addWidget(self._protection_box())
        layout.addLayout(self._file_row())
        hint = QLabel(self.tr("The package is one encrypted file; nothing unencrypted is "
                              "written to disk. Without the passphrase or key it cannot be "
                              "opened: keep them apart from the file."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = error_label()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.buttons)
        self._update()

    # --- layout ---------------------------------------------------------------------------
    def _scope_box(self, organisations: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"))
        self.whole = QRadioButton(self.tr("The whole workspace (to move it to another laptop "
                                          "or keep a copy)"))
        self.some = QRadioButton(self.tr("Only these organisations, with everything that "
                                         "belongs to them (to hand a client its data):"))
        self.whole.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.whole)
        group.addButton(self.some)
        self.organisations = QListWidget()
        self.organisations.setAccessibleName(self.tr("Organisations to export"))
        self.organisations.setMaximumHeight(120)
        for org_id, name in organisations:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        inner = QVBoxLayout(box)
        inner.addWidget(self.whole)
        inner.addWidget(self.some)
        inner.addWidget(self.organisations)
        self.whole.toggled.connect(self._update)
        self.organisations.itemChanged.connect(self._update)
        return box

    def _protection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How to protect it"))
        self.with_passphrase = QRadioButton(self.tr("With a passphrase"))
        self.with_keys = QRadioButton(self.tr("For the recipients' public keys (age1…), e.g. "
                                              "the client's IT"))
        self.with_passphrase.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.with_passphrase)
        group.addButton(self.with_keys)
        self.passphrase = NewPassphraseFields()
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Paste one or more public keys (age1…), "
                                                   "or load a key file"))
        self.recipients.setAccessibleName(self.tr("Recipient keys"))
        self.recipients.setMaximumHeight(70)
        self.load_keys = QPushButton(self.tr("Load key file…"))
        self.load_keys.clicked.connect(self._load_keys)
        inner = QVBoxLayout(box)
        inner.addWidget(self.with_passphrase)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.with_keys)
        row = QHBoxLayout()
        row.addWidget(self.recipients, 1)
        row.addWidget(self.load_keys)
        inner.addLayout(row)
        self.with_passphrase.toggled.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.recipients.textChanged.connect(self._update)
        return box

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Package file"))
        stamp = dt.date.today().isoformat()  # the stored form, not shown: a file name
        self.file.setText(str(self._default_folder / f"musdesk-{stamp}{SUFFIX}"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.file.textChanged.connect(self._update)
        return row

    # --- behaviour ------------------------------------------------------------------------
    def chosen_organisations(self) -> list[str] | None:
        if self.whole.isChecked():
            return None
        return [self.organisations.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.organisations.count())
                if _checked(self.organisations.item(i))]

    def _problem(self) -> str | None:
        chosen = self.chosen_organisations()
        if chosen is not None and not chosen:
            return self.tr("Tick at least one organisation.")
        if self.with_passphrase.isChecked() and not self.passphrase.is_acceptable():
            return self.tr("Enter the same passphrase twice (see the hint above).")
        if self.with_keys.isChecked() and not self.recipients.toPlainText().strip():
            return self.tr("Paste or load at least one public key.")
        if not self.file.text().strip():
            return self.tr("Choose the file to write.")
        return None

    def _update(self) -> None:
        self.organisations.setEnabled(self.some.isChecked())
        self.passphrase.setEnabled(self.with_passphrase.isChecked())
        self.recipients.setEnabled(self.with_keys.isChecked())
        self.load_keys.setEnabled(self.with_keys.isChecked())
        if self._job is None:
            problem = self._problem()
            self.export_button.setEnabled(problem is None)
            show_problem(self.status, problem or self._notice)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export package"), self.file.text(),
            self.tr("musdesk packages (*.musdesk)"))
        if chosen:
            self.file.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def _load_keys(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Load key file"),
                                                str(self._default_folder))
        if chosen:
            self.load_key_file(Path(chosen))

    def load_key_file(self, path: Path) -> bool:
        """Add the public keys of a recipients file. A file holding a secret key (the whole
        key pair) is refused with its public key named; the secret is never shown."""
        from musdesk.interchange.package_crypto import read_recipients_file

        try:
            keys = read_recipients_file(path)
        except MusdeskError as error:
            self._notice = str(error)
            show_problem(self.status, self._notice)
            return False
        self._notice = None
        current = self.recipients.toPlainText().strip()
        self.recipients.setPlainText((current + "\n" if current else "") + "\n".join(keys))
        return True

    def protection(self):
        from musdesk.interchange.package_crypto import Protection, parse_recipients

        if self.with_passphrase.isChecked():
            return Protection(passphrase=self.passphrase.passphrase())
        return Protection(recipients=parse_recipients(self.recipients.toPlainText()))

    def start_export(self) -> Job | None:
        if self._job is not None or self._problem() is not None:
            return None
        try:
            protection = self.protection()
        except MusdeskError as error:
            self._notice = str(error)
            show_problem(self.status, self._notice)
            return None
        self._notice = None
        path = Path(self.file.text().strip())
        organisations = self.chosen_organisations()
        workspace_id = self._workspace_id

        def work(context: JobContext):
            from musdesk.interchange.package_export import export_package

            # (the job runner closes this worker thread's connection when the job ends)
            return export_package(path, workspace_id, protection,
                                  organisations=organisations, progress=context.report,
                                  is_cancelled=lambda: context.cancelled)

        job = Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self._job = job
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        show_problem(self.status, None)
        return start(job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self.result_ = result
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, MusdeskError):
            raise error
        self._notice = str(error)
        show_problem(self.status, self._notice)

    def _finished(self) -> None:
        if self.sender() is not None and self._job is not None and \
                self.sender() is not self._job.signals:
            return  # a cancelled job ending late; a new one runs
        self._job = None
        self.progress.hide()
        self._update()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()  # nothing is written: the file comes last
            self._job = None
            self.progress.hide()
            self._notice = self.tr("Cancelled. Nothing was written.")
            self._update()
            return
        self.reject()

    def done(self, result: int) -> None:  # noqa: A003 - Qt API
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)
