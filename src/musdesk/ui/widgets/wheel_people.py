"""The wheel tab's "People" page: who is in the round and changes during it.

Add a person (a proposed time is found at once), take someone out (cancelled, the reason
kept), change one conversation's leader, edit the round's name, period and step dates; people
who left the organisation are marked and their open conversations offered for cancelling.
Every change goes through `services/round_changes.py`; `changed` tells the tab to reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.interchange import results_export
from musdesk.services import round_changes
from musdesk.services.round_changes import Participant
from musdesk.ui import dates
from musdesk.ui.dialogs.conversation_workflow import ReasonDialog
from musdesk.ui.dialogs.round_changes import EditRoundDialog, PersonDialog
from musdesk.ui.errors import guarded, show_error
from musdesk.ui.file_dialogs import start_path
from musdesk.ui.qtmodels.round_people import COL_NAME, COL_NOTE, RoundPeopleModel
from musdesk.ui.widgets.apart import apart
from musdesk.ui.widgets.leavers_notice import LeaversNotice
from musdesk.ui.workers import run_in_background


class PeoplePanel(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.round_id: str | None = None
        self._leavers: list[str] = []  # names of those who left with an open conversation
        self.model = RoundPeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The people in the round"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.leavers_notice = LeaversNotice(self)
        self.leavers_notice.changed.connect(self._done)
        # (the names tests and the tab know them by)
        self.leavers, self.cancel_leavers = self.leavers_notice.label, self.leavers_notice.button
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.take_out_button = QPushButton(self.tr("Take out…"))
        self.leader_button = QPushButton(self.tr("Change leader…"))
        self.edit_button = QPushButton(self.tr("Edit the round…"))
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.setToolTip(self.tr("The round's results as a spreadsheet (XLSX or "
                                              "CSV) for the client's HR system; private notes "
                                              "are never included"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.leader_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        apart(buttons, self.take_out_button)  # it cancels a conversation
        layout = QVBoxLayout(self)
        layout.addWidget(self.leavers_notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_person)
        self.take_out_button.clicked.connect(self.take_out)
        self.leader_button.clicked.connect(self.change_leader)
        self.edit_button.clicked.connect(self.edit_round)
        self.export_button.clicked.connect(self.export_results)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.dialog: QWidget | None = None  # the open dialog (tests answer it)

    # --- showing ---------------------------------------------------------------------------
    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        rows = round_changes.participants(self.round_id) if self.round_id else []
        self.model.set_rows(rows)
        self.leavers_notice.set_round(self.round_id)
        for button in (self.add_button, self.edit_button, self.export_button):
            button.setEnabled(self.round_id is not None)
        self._enable()

    def selected(self) -> Participant | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_person(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, COL_NAME).data() == name:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        person = self.selected()
        self.take_out_button.setEnabled(person is not None and person.is_open)
        self.leader_button.setEnabled(person is not None and person.is_open)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()
        self.changed.emit()

    # --- changes ---------------------------------------------------------------------------
    def add_person(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        dialog = PersonDialog(
            self.tr("Add a person"),
            self.tr("A new hire, or someone back from leave, joins the round. A time is "
                    "proposed at once; it can be moved in the conversation form."),
            round_changes.people_to_add(round_id), self.tr("Add"), self)

        def accepted() -> None:
            chosen = dialog.chosen_id()
            added = guarded(self, lambda: round_changes.add_person(round_id, chosen or "",
                                                                        self._today()))
            if added is not None:
                when = (dates.day_time_text(added.scheduled_start)
                        if added.scheduled_start else self.tr("no free time found yet"))
                self._done(self.tr("%1 was added; proposed time: %2.")
                           .replace("%1", added.full_name).replace("%2", when))

        self._open(dialog, accepted)

    def take_out(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = ReasonDialog(
            self.tr("Take out of the round"),
            self.tr("%1's conversation is cancelled; the reason is kept with it.")
            .replace("%1", person.full_name), required=True, parent=self)

        def accepted() -> None:
            if guarded(self, lambda: round_changes.take_out(person.conversation_id,
                                                            dialog.text())) is not None:
                self._done(self.tr("%1 was taken out of the round.")
                           .replace("%1", person.full_name))

        self._open(dialog, accepted)

    def change_leader(self) -> None:
        person = self.selected()
        if person is None or self.round_id is None:
            return
        dialog = PersonDialog(
            self.tr("Change leader"),
            self.tr("Who holds %1's conversation in this round (the roster is not changed)?")
            .replace("%1", person.full_name),
            [p for p in round_changes.leaders(self.round_id) if p.id != person.employee_id],
            self.tr("Change"), self, current=person.leader_id)

        def accepted() -> None:
            leader = dialog.chosen_id()
            name = guarded(self, lambda: round_changes.change_leader(person.conversation_id,
                                                                     leader))
            if name is not None:
                self._done(self.tr("%1's conversation is now held by %2.")
                           .replace("%1", person.full_name).replace("%2", name or "–"))

        self._open(dialog, accepted)

    def edit_round(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        current = guarded(self, lambda: round_changes.round_edit(round_id))
        if current is None:
            return
        dialog = EditRoundDialog(current, self)

        def accepted() -> None:
            if guarded(self, lambda: round_changes.edit_round(round_id, dialog.edit())):
                self._done(self.tr("The round was changed."))

        self._open(dialog, accepted)

    def export_results(self) -> None:
        """Ask for a file (.xlsx or .csv) and write the results off the UI thread."""
        if self.round_id is None:
            return
        round_id = self.round_id
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), start_path("results.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".xlsx")
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))

        def work(_context: object) -> int:
            # (the job runner closes this worker thread's connection when the job ends)
            return results_export.export_results(round_id, target)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.message.setText(self.tr("%1 rows written to %2.")
                                 .replace("%1", str(count)).replace("%2", str(target)))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.message.setText("")
            if not isinstance(error, MusdeskError):
                raise error
            show_error(self, error)

        self.export_job = run_in_background(work, done, failed)

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.open()
