"""File → Privacy…: per organisation the retention periods, the record of processing (PDF),
erasing a round or the whole organisation; and the workspace's activity log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.ui.errors import guarded, show_error
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.tabs.roster_privacy import inform, reload_window


class PrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from musdesk.services import privacy_retention, roster, rounds

        self.retention = privacy_retention
        self.roster = roster
        self.rounds = rounds
        self.setWindowTitle(self.tr("Privacy"))
        self.setMinimumWidth(600)
        self.child: QWidget | None = None
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Organisation:")))
        self.organisation = QComboBox()
        top.addWidget(self.organisation, 1)
        layout.addLayout(top)

        keeping = QGroupBox(self.tr("Retention"))
        form = QFormLayout(keeping)
        self.years = QSpinBox()
        self.years.setRange(1, privacy_retention.MAX_YEARS)
        self.years.setSuffix(self.tr(" years after the round ends"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months after leaving"))
        form.addRow(self.tr("Conversations and plans:"), self.years)
        form.addRow(self.tr("People who have left:"), self.months)
        self.save_retention_button = QPushButton(self.tr("Save retention"))
        self.retention_saved = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_retention_button)
        row.addWidget(self.retention_saved, 1)
        form.addRow(row)
        hint = QLabel(self.tr("What is past these periods appears under “Due for review” in "
                              "the roster, to be erased or kept with a reason."))
        hint.setWordWrap(True)
        form.addRow(hint)
        layout.addWidget(keeping)

        duties = QGroupBox(self.tr("Records and erasure"))
        duty_layout = QVBoxLayout(duties)
        self.record_button = QPushButton(self.tr("Record of processing (PDF)…"))
        self.log_button = QPushButton(self.tr("Activity log…"))
        first = QHBoxLayout()
        first.addWidget(self.record_button)
        first.addWidget(self.log_button)
        first.addStretch(1)
        duty_layout.addLayout(first)
        second = QHBoxLayout()
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Round to erase"))
        self.erase_round_button = QPushButton(self.tr("Erase this round…"))
        second.addWidget(QLabel(self.tr("Round:")))
        second.addWidget(self.round, 1)
        second.addWidget(self.erase_round_button)
        duty_layout.addLayout(second)
        self.erase_org_button = QPushButton(self.tr("Erase this organisation…"))
        duty_layout.addWidget(self.erase_org_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(duties)

        made = QGroupBox(self.tr("Erasures made in this workspace"))
        made_layout = QVBoxLayout(made)
        self.erasures = QListWidget()
        self.erasures.setObjectName("erasures")
        self.erasures.setMaximumHeight(110)
        made_layout.addWidget(self.erasures)
        made_hint = QLabel(self.tr("Only the date and the kind are kept, no names: a restore "
                                   "of an older backup erases them again."))
        made_hint.setWordWrap(True)
        made_layout.addWidget(made_hint)
        layout.addWidget(made)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.organisation.currentIndexChanged.connect(lambda _i: self._organisation_chosen())
        self.save_retention_button.clicked.connect(self.save_retention)
        self.record_button.clicked.connect(self.choose_record_file)
        self.log_button.clicked.connect(self.show_log)
        self.erase_round_button.clicked.connect(self.erase_round)
        self.erase_org_button.clicked.connect(self.erase_organisation)
        self.reload()

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for org in self.roster.list_organisations():
            self.organisation.addItem(org["name"], org["id"])
        index = self.organisation.findData(chosen) if chosen else 0
        self.organisation.setCurrentIndex(max(index, 0) if self.organisation.count() else -1)
        self.organisation.blockSignals(False)
        self._organisation_chosen()
        self._list_erasures()

    def _list_erasures(self) -> None:
        from musdesk.services import privacy_erase
        from musdesk.ui import dates

        kinds = {"employee": self.tr("employees erased: {count}"),
                 "round": self.tr("rounds erased: {count}"),
                 "organisation": self.tr("organisations erased: {count}")}
        self.erasures.clear()
        for made in privacy_erase.erasures(privacy_erase.OpenWorkspace()):
            what = kinds.get(made.kind, made.kind + ": {count}").format(count=made.count)
            self.erasures.addItem(f"{dates.date_text(made.on)} — {what}")
        if not self.erasures.count():
            self.erasures.addItem(self.tr("None so far."))

    def organisation_id(self) -> str | None:
        return self.organisation.currentData()

    def _organisation_chosen(self) -> None:
        org = self.organisation_id()
        for widget in (self.years, self.months, self.save_retention_button,
                       self.record_button, self.erase_org_button):
            widget.setEnabled(org is not None)
        self.round.clear()
        self.retention_saved.setText("")
        if org is None:
            self.erase_round_button.setEnabled(False)
            return
        kept = self.retention.retention_of(org)
        self.years.setValue(kept.years)
        self.months.setValue(kept.leaver_months)
        for round_ in self.rounds.list_rounds(org):
            self.round.addItem(round_["name"], round_["id"])
        self.erase_round_button.setEnabled(self.round.count() > 0)

    # --- actions --------------------------------------------------------------------------
    def save_retention(self) -> None:
        org = self.organisation_id()
        if org is None:
            return
        saved = guarded(self, lambda: self.retention.set_retention(
            org, self.years.value(), self.months.value()))
        if saved is not None:
            self.retention_saved.setText(self.tr("Saved"))
            reload_window(self)

    def choose_record_file(self) -> None:
        name = self.organisation.currentText() or "organisation"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the record of processing"),
            start_path(f"record-of-processing-{name}.pdf"), self.tr("PDF files (*.pdf)"))
        if chosen:
            self.write_record(Path(chosen))

    def write_record(self, path: Path) -> None:
        """Render and write on a worker; `written` is set when done."""
        from musdesk.ui import workers

        org = self.organisation_id()
        if org is None:
            return

        def work(_context: object) -> object:
            from musdesk.documents.privacy_record import write_record
            from musdesk.services.privacy_erase import OpenWorkspace
            from musdesk.services.privacy_record import processing_record

            return write_record(processing_record(OpenWorkspace(), org), path)

        self.record_button.setEnabled(False)
        workers.run_in_background(work, self._record_written, self._failed)

    def _record_written(self, path: object) -> None:
        self.record_button.setEnabled(True)
        assert isinstance(path, Path)
        self.written = path
        self.retention_saved.setText(self.tr("Written: {name}").format(name=path.name))

    def _failed(self, error: BaseException) -> None:
        self.record_button.setEnabled(True)
        if isinstance(error, MusdeskError):
            show_error(self, error)
            return
        raise error

    def show_log(self) -> None:
        from musdesk.ui.dialogs.privacy_log import ActivityLogDialog

        dialog = ActivityLogDialog(self)
        self.child = dialog
        dialog.open()

    def erase_round(self) -> None:
        ident = self.round.currentData()
        if ident:
            self._erase("round", ident)

    def erase_organisation(self) -> None:
        org = self.organisation_id()
        if org:
            self._erase("organisation", org)

    def _erase(self, kind: str, ident: str) -> None:
        from musdesk.ui.dialogs.privacy_erase import EraseDialog

        try:
            dialog = EraseDialog(kind, ident, self,
                                 export_first=package_export(self, self.organisation_id()))
        except MusdeskError as exc:
            show_error(self, exc)
            return
        dialog.erased.connect(self._erased)
        self.child = dialog
        dialog.open()

    def _erased(self, message: str) -> None:
        inform(self, self.tr("Erased"), message)
        reload_window(self)
        self.reload()


def package_export(parent: QWidget, organisation_id: str | None = None
                   ) -> Callable[[], None] | None:
    """The offer to export a package first: the window's File → Export package… (issue 15),
    with only this organisation ticked; None (no offer) when this build has no packages."""
    top: QWidget = parent
    while top.parentWidget() is not None:  # a dialog is a window of its own: go past it
        top = cast(QWidget, top.parentWidget())
    packages = getattr(top, "packages", None)
    export = getattr(packages, "export_package", None)
    if not callable(export):
        return None

    def offer() -> None:
        dialog = export()
        items = getattr(dialog, "organisations", None)
        some = getattr(dialog, "some", None)
        if organisation_id is None or items is None or some is None:
            return
        some.setChecked(True)
        for row in range(items.count()):
            item = items.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) == organisation_id
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    return offer
