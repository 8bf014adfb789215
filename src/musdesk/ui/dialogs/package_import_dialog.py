"""File → Import package…: choose and unlock the package, see what is inside, then merge it
into the open workspace or open it as a new one.

    dialog = PackageImportDialog(workspace_open=True, default_folder=…, parent=window)
    dialog.merge_requested.connect(...)      # (OpenedPackage) → the caller merges
    dialog.new_requested.connect(...)        # (OpenedPackage, folder, passphrase)
    dialog.open()

Inspecting decrypts and checks the whole package on a worker before anything is shown;
nothing is written by this dialog. The merge itself (with progress, cancel and the conflict
report) runs in `ui.package_actions`, which also shows the report at the end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.file_dialogs import start_folder
from musdesk.ui.widgets.forms import error_label, show_problem
from musdesk.ui.widgets.passphrase_field import NewPassphraseFields
from musdesk.ui.workers import Job, JobContext, start


class PackageImportDialog(QDialog):
    merge_requested = Signal(object)  # OpenedPackage
    new_requested = Signal(object, object, str)  # OpenedPackage, Path, passphrase

    def __init__(self, *, workspace_open: bool, default_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import package"))
        self.setMinimumWidth(600)
        self._default_folder = default_folder
        self._job: Job | None = None
        self.opened = None  # the inspected package (OpenedPackage)

        layout = QVBoxLayout(self)
        layout.addWidget(self._source_box())
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What the package holds"))
        self.summary.setPlaceholderText(self.tr("Choose the package and press Inspect: its "
                                                "contents are checked and shown here before "
                                                "anything is written."))
        layout.addWidget(self.summary, 1)
        layout.addWidget(self._target_box(workspace_open))
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = error_label()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    # --- layout ---------------------------------------------------------------------------
    def _source_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Package"))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Package file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Package passphrase"))
        self.key_file = QLineEdit()
        self.key_file.setAccessibleName(self.tr("Key file"))
        self.choose_key = QPushButton(self.tr("Choose…"))
        self.choose_key.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(self.choose_key)
        self.inspect_button = QPushButton(self.tr("Inspect"))
        self.inspect_button.clicked.connect(self.start_inspect)
        form = QFormLayout(box)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Or key file:"), key_row)
        form.addRow("", self.inspect_button)
        for edit in (self.file, self.passphrase, self.key_file):
            edit.textChanged.connect(self._forget_inspection)
        self.passphrase.returnPressed.connect(self.start_inspect)
        return box

    def _target_box(self, workspace_open: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Import into"))
        self.merge = QRadioButton(self.tr("Merge into the open workspace (a backup is taken "
                                          "first; conflicts are listed in a report)"))
        self.as_new = QRadioButton(self.tr("Open as a new workspace in this folder:"))
        group = QButtonGroup(box)
        group.addButton(self.merge)
        group.addButton(self.as_new)
        self.merge.setEnabled(workspace_open)
        (self.merge if workspace_open else self.as_new).setChecked(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("New workspace folder"))
        self.folder.setText(str(self._default_folder))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.new_passphrase = NewPassphraseFields()
        inner = QVBoxLayout(box)
        inner.addWidget(self.merge)
        inner.addWidget(self.as_new)
        inner.addLayout(row)
        inner.addWidget(self.new_passphrase)
        self.merge.toggled.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self.new_passphrase.changed.connect(self._update)
        return box

    # --- state ----------------------------------------------------------------------------
    def _forget_inspection(self) -> None:
        if self.opened is not None:
            self.opened = None
            self.summary.clear()
        self._update()

    def _problem(self) -> str | None:
        if self.opened is None:
            return self.tr("Inspect the package first.")
        if self.as_new.isChecked():
            folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
            if folder is None:
                return self.tr("Choose a folder for the new workspace.")
            if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
                return self.tr("The folder must be new or empty.")
            if not self.new_passphrase.is_acceptable():
                return self.tr("Enter the new workspace's passphrase twice.")
        return None

    def _update(self) -> None:
        new = self.as_new.isChecked()
        self.folder.setEnabled(new)
        self.new_passphrase.setEnabled(new)
        busy = self._job is not None
        self.inspect_button.setEnabled(not busy and bool(self.file.text().strip()))
        problem = self._problem()
        # The button says what it does (merging changes the open workspace), at a width
        # that fits both texts, so that it does not move when the choice changes.
        merge_text, new_text = (self.tr("Merge into this workspace"),
                                self.tr("Create the new workspace"))
        metrics = self.import_button.fontMetrics()
        self.import_button.setMinimumWidth(32 + max(metrics.horizontalAdvance(t)
                                                    for t in (merge_text, new_text)))
        self.import_button.setText(new_text if new else merge_text)
        self.import_button.setEnabled(not busy and problem is None)
        if not busy and self.opened is not None:
            show_problem(self.status, problem)

    # --- choosing -------------------------------------------------------------------------
    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import package"), start_folder(self.file.text()),
            self.tr("musdesk packages (*.musdesk);;All files (*)"))
        if chosen:
            self.file.setText(chosen)

    def _choose_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"),
                                                start_folder(self.key_file.text()))
        if chosen:
            self.key_file.setText(chosen)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("New workspace folder"),
                                                  str(self._default_folder.parent))
        if chosen:
            self.folder.setText(chosen)

    def _unlock(self):
        from musdesk.interchange.package_crypto import Unlock, read_identities

        key = self.key_file.text().strip()
        if key:
            return Unlock(identities=read_identities(Path(key)))
        return Unlock(passphrase=self.passphrase.text())

    # --- inspecting (on a worker) ---------------------------------------------------------
    def start_inspect(self) -> Job | None:
        if self._job is not None or not self.file.text().strip():
            return None
        try:
            unlock = self._unlock()
        except MusdeskError as error:
            show_problem(self.status, str(error))
            return None
        path = Path(self.file.text().strip())

        def work(_context: JobContext):
            from musdesk.interchange.package_reader import open_package

            return open_package(path, unlock)

        job = Job(work)
        job.signals.succeeded.connect(self._inspected)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        show_problem(self.status, self.tr("Decrypting and checking the package…"))
        self._update()
        return start(job)

    def _inspected(self, opened) -> None:
        self.opened = opened
        self.summary.setPlainText(describe(opened.summary()))
        show_problem(self.status, None)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, MusdeskError):
            raise error
        self.opened = None
        self.summary.clear()
        show_problem(self.status, str(error))

    def _finished(self) -> None:
        self._job = None
        self.progress.hide()
        self._update()

    # --- importing ------------------------------------------------------------------------
    def start_import(self) -> None:
        if self._problem() is not None or self.opened is None:
            return
        opened = self.opened
        if self.merge.isChecked():
            self.accept()
            self.merge_requested.emit(opened)
        else:
            folder = Path(self.folder.text().strip())
            passphrase = self.new_passphrase.passphrase()
            self.accept()
            self.new_requested.emit(opened, folder, passphrase)

    def done(self, result: int) -> None:  # noqa: A003 - Qt API
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)


def describe(summary) -> str:
    """What the inspection shows: when, from where, which organisations, how many records."""
    from PySide6.QtCore import QCoreApplication

    from musdesk.interchange.package_tables import table_label

    translate = QCoreApplication.translate
    if summary.scope == "workspace":
        scope = translate("PackageImportDialog", "The whole workspace")
    else:
        scope = translate("PackageImportDialog", "Chosen organisations")
    lines = [
        translate("PackageImportDialog", "Made: {created} (UTC) with musdesk {app}").format(
            created=summary.created[:19], app=summary.app_version),
        translate("PackageImportDialog", "From workspace: {source}").format(
            source=summary.source_workspace),
        translate("PackageImportDialog", "Scope: {scope}").format(scope=scope),
        translate("PackageImportDialog", "Organisations:"),
        *[f"  • {name}" for name in summary.organisations],
        translate("PackageImportDialog", "Records:"),
        *[f"  {table_label(table)}: {count}" for table, count in sorted(summary.counts.items())],
    ]
    return "\n".join(lines)
