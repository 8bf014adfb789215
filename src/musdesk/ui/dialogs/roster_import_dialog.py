"""Importing a roster from a CSV or XLSX file: choose the file, check the columns, confirm.

    dialog = RosterImportDialog(parent, organisation_id="…")   # the roster tab's organisation
    if dialog.exec() == QDialog.DialogCode.Accepted:          # accepted only after an import
        reload()                                              # dialog.report says what was done

Reading the file and planning run off the UI thread (`ui.workers`); planning only reads, so
nothing is written until the user presses Import, which writes everything in one
transaction (`interchange.roster_import.run_import`). The parts:
- `roster_import_view.py`: the layout (widgets only);
- `interchange/roster_import_session.py`: the Qt-free decisions (what is loaded, the answers
  to possible duplicates, whether Import may run);
- this module: wiring, jobs, and showing the session's state.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QVBoxLayout, QWidget

from musdesk.errors import MusdeskError
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping
from musdesk.interchange.roster_import import ImportReport, run_import
from musdesk.interchange.roster_import_session import ImportSession, Loaded
from musdesk.interchange.tabular import Table
from musdesk.ui.dialogs.roster_import_view import RosterImportView
from musdesk.ui.qtmodels.roster_preview import RosterPreviewModel
from musdesk.ui.widgets.forms import show_problem
from musdesk.ui.workers import Job, JobContext, start

__all__ = ["Loaded", "RosterImportDialog", "RosterPreviewModel"]

HEADER_CHOICES = 10
FILE_FILTER_SUFFIXES = "*.csv *.txt *.tsv *.xlsx *.xlsm"


class RosterImportDialog(QDialog):
    """Import a roster file into the organisation `organisation_id`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        organisation_id: str | None = None,
        organisation_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.organisation_id = organisation_id
        self.session = ImportSession(organisation_id)
        self._job: Job | None = None
        self._generation = 0
        self._combos: list[QComboBox] = []
        self._path: Path | None = None
        name = organisation_name or self._organisation_name()
        self.setWindowTitle(
            self.tr("Import roster into {name}").format(name=name)
            if name
            else self.tr("Import roster")
        )
        self.setAcceptDrops(True)
        self.resize(1100, 680)
        self.ui = RosterImportView(self)
        QVBoxLayout(self).addWidget(self.ui)
        ui = self.ui
        # The widgets tests and the roster tab reach, by their old names.
        self.file_field, self.choose_button, self.file_info = (
            ui.file_field, ui.choose_button, ui.file_info)
        self.header_choice, self.header_label = ui.header_choice, ui.header_label
        self.sheet_choice, self.sheet_label = ui.sheet_choice, ui.sheet_label
        self.model, self.view, self.report_view = ui.model, ui.view, ui.report_view
        self.hint, self.preview_stack, self.progress = ui.hint, ui.preview_stack, ui.progress
        self.problem, self.buttons = ui.problem, ui.buttons
        self.import_button, self.close_button = ui.import_button, ui.close_button
        self.duplicates = ui.duplicates
        self._connect()
        self._set_busy(False)
        self._update_buttons()

    @property
    def report(self) -> ImportReport | None:
        """The committed import's report (None until Import has run)."""
        return self.session.done

    @property
    def _loaded(self) -> Loaded | None:
        return self.session.loaded

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.file_field.returnPressed.connect(self._typed_path)
        self.header_choice.activated.connect(self._header_row_chosen)
        self.sheet_choice.activated.connect(self._sheet_chosen)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self._close_clicked)

    def _organisation_name(self) -> str:
        if self.organisation_id is None:
            return ""
        try:
            from musdesk.services import roster

            return str(roster.get_organisation(self.organisation_id)["name"])
        except MusdeskError:
            return ""

    # --- choosing and reading a file ----------------------------------------------------
    def choose_file(self) -> None:
        from musdesk.ui.file_dialogs import start_folder

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a roster file"),
            start_folder(self._path),
            self.tr("Rosters ({patterns});;All files (*)").format(patterns=FILE_FILTER_SUFFIXES),
        )
        if path:
            self.load_file(Path(path))

    def _typed_path(self) -> None:
        """Enter in the file field reads the path typed or pasted there."""
        text = self.file_field.text().strip().strip('"')
        if not text or self.busy or self.report is not None:
            return
        path = Path(text).expanduser()
        if not path.is_file():
            show_problem(self.problem, self.tr("There is no file “{path}”.").format(path=text))
            return
        if path != self._path:
            self.load_file(path)

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read (the named sheet of a workbook, else the first with data), guess the columns
        and plan, off the UI thread."""
        from musdesk.interchange.roster_columns import guess_mapping
        from musdesk.interchange.tabular import read_table

        self.file_field.setText(str(path))
        if path != self._path:
            self.session.new_file()
        self._path = path
        session = self.session

        def work(ctx: JobContext) -> Loaded:
            table = read_table(path, sheet)
            mapping = guess_mapping(table.rows)
            return session.plan(table, mapping)

        self._run(work, self._loaded_file, self._load_failed)

    def remap(self, mapping: ColumnMapping) -> None:
        """Plan again with another mapping (a combo box or the header row changed)."""
        if self._loaded is None:
            return
        table, session = self._loaded.table, self.session
        self._run(lambda ctx: session.plan(table, mapping), self._loaded_file, self._load_failed)

    def _run(self, work: Any, on_success: Any, on_failure: Any) -> None:
        if self._job is not None:
            self._job.cancel()  # its result would be stale
        self._generation += 1
        generation = self._generation
        job = Job(work)
        job.signals.succeeded.connect(
            lambda result: generation == self._generation and on_success(result)
        )
        job.signals.failed.connect(
            lambda exc: generation == self._generation and on_failure(exc)
        )
        job.signals.finished.connect(lambda: generation == self._generation and self._done())
        job.signals.progress.connect(
            lambda done, total: generation == self._generation and self._progressed(done, total)
        )
        self._job = job
        show_problem(self.problem, None)
        self.progress.setRange(0, 0)  # busy until a job reports how far it is
        self._set_busy(True)
        start(job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self) -> None:
        self._job = None
        self._set_busy(False)
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        """The file cannot be used: say why and show no stale preview."""
        self._import_failed(exc)
        self.session.set_loaded(None)
        self.model.clear()
        self._show_duplicates()
        self._combos = []
        self.report_view.clear()
        self.file_info.clear()
        self.header_choice.clear()
        self.sheet_choice.clear()

    def _import_failed(self, exc: BaseException) -> None:
        """Nothing was written (one transaction); the preview stays for another try."""
        if not isinstance(exc, MusdeskError):
            raise exc  # a bug: the application's handler logs it and shows the calm dialog
        show_problem(self.problem, str(exc))

    def _loaded_file(self, loaded: Loaded) -> None:
        self.session.set_loaded(loaded)
        table, mapping = loaded.table, loaded.mapping
        self.model.set_content(table, mapping, loaded.report)
        self._place_combos()
        self._fill_header_choice(table, mapping)
        self.sheet_choice.clear()
        self.sheet_choice.addItems(table.sheets)
        if table.sheet in table.sheets:
            self.sheet_choice.setCurrentIndex(table.sheets.index(table.sheet))
        self.file_info.setText(self._describe(table))
        if loaded.report is not None:
            self.report_view.setPlainText("\n".join(loaded.report.lines()[:-1]))
        else:
            self.report_view.clear()
        show_problem(self.problem, loaded.problem or self._choice_needed() or None)
        self._show_duplicates()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.view.columnWidth(column)
            self.view.setColumnWidth(column, max(170 if column == 0 else 120, min(width, 320)))
        self._update_buttons()

    def _describe(self, table: Table) -> str:
        rows = len(table.rows)
        if table.sheet is not None:
            return self.tr("Excel workbook, sheet “{sheet}”, {rows} rows with content").format(
                sheet=table.sheet, rows=rows
            )
        delimiter = {"\t": self.tr("tab"), ";": ";", ",": ",", "|": "|"}.get(
            table.delimiter or "", table.delimiter or ""
        )
        encoding = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16"}.get(
            table.encoding or "", "Windows-1252"
        )
        return self.tr("Text file, {encoding}, separated by “{delimiter}”, {rows} rows").format(
            encoding=encoding, delimiter=delimiter, rows=rows
        )

    # --- the mapping row ----------------------------------------------------------------
    def _place_combos(self) -> None:
        self._combos = []
        mapping = self.model.mapping
        if mapping is None or self.model.table is None:
            return
        labels = [(field, cols.field_label(field)) for field in cols.FIELDS]
        for column in range(self.model.table.width):
            combo = QComboBox()
            for field, label in labels:
                combo.addItem(label, field)
            field = mapping.fields[column] if column < len(mapping.fields) else cols.IGNORE
            combo.setCurrentIndex(cols.FIELDS.index(field))
            combo.setToolTip(self.tr("What this column holds"))
            combo.activated.connect(lambda _i, c=column, box=combo: self._field_chosen(c, box))
            where = self.model.index(RosterPreviewModel.MAPPING_ROW, column + 1)
            self.view.setIndexWidget(where, combo)
            self._combos.append(combo)
        if self._combos:
            height = self._combos[0].sizeHint().height() + 4
            self.view.setRowHeight(RosterPreviewModel.MAPPING_ROW, height)

    def _field_chosen(self, column: int, combo: QComboBox) -> None:
        mapping = self.model.mapping
        if mapping is None:
            return
        self.remap(mapping.with_field(column, str(combo.currentData())))

    def set_column_field(self, column: int, field: str) -> None:
        """Choose what a column holds, as the combo box does (used by tests and shortcuts)."""
        combo = self._combos[column]
        combo.setCurrentIndex(cols.FIELDS.index(field))
        self._field_chosen(column, combo)

    def _fill_header_choice(self, table: Table, mapping: ColumnMapping) -> None:
        self.header_choice.clear()
        for index in range(min(HEADER_CHOICES, len(table.rows))):
            cells = ", ".join(cols.cell_text(c) for c in table.rows[index] if c != "")
            text = self.tr("Row {number}: {cells}").format(number=table.numbers[index], cells=cells)
            self.header_choice.addItem(text if len(text) <= 60 else text[:59] + "…", index)
        self.header_choice.setCurrentIndex(min(mapping.header_row, HEADER_CHOICES - 1))

    def _sheet_chosen(self, position: int) -> None:
        if self._loaded is None or self._path is None:
            return
        sheet = self.sheet_choice.itemText(position)
        if sheet != self._loaded.table.sheet:
            self.load_file(self._path, sheet)

    def _header_row_chosen(self, position: int) -> None:
        if self._loaded is None:
            return
        from musdesk.interchange.roster_columns import guess_mapping

        index = int(self.header_choice.itemData(position))
        if index != self._loaded.mapping.header_row:
            self.remap(guess_mapping(self._loaded.table.rows, index))

    # --- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        loaded = self._loaded
        if loaded is None or loaded.report is None:
            return
        table, mapping, organisation_id = loaded.table, loaded.mapping, self.organisation_id
        decisions = dict(self.session.decisions)

        def work(ctx: JobContext) -> ImportReport:
            return run_import(
                table,
                mapping,
                organisation_id,
                progress=ctx.report,
                cancelled=lambda: ctx.cancelled,  # closing the dialog rolls the import back
                decisions=decisions,
            )

        self._run(work, self._imported, self._import_failed)

    def _imported(self, report: ImportReport) -> None:
        self.session.done = report
        self.report_view.setPlainText("\n".join(report.lines()))
        loaded = cast(Loaded, self._loaded)  # an import ran, so a file is loaded
        self.model.set_content(loaded.table, loaded.mapping, report)
        self._place_combos()
        for combo in self._combos:
            combo.setEnabled(False)
        self.header_choice.setEnabled(False)
        self.sheet_choice.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.import_button.hide()
        self.close_button.setText(self.tr("Close"))
        self._show_duplicates()

    # --- possible duplicates -------------------------------------------------------------
    def _show_duplicates(self) -> None:
        self.duplicates.show_rows(self.session.duplicate_rows(), self.session.decisions,
                                  self.choose_duplicate, enabled=self.report is None)

    def choose_duplicate(self, row: int, choice: str | None) -> None:
        """The user's answer for a possible duplicate (NEW or an employee ID): plan again."""
        self.session.decide(row, choice)
        if self._loaded is not None:
            self.remap(self._loaded.mapping)

    def _choice_needed(self) -> str:
        if not self.session.needs_choice():
            return ""
        return self.tr("Some rows may be people already in the roster: choose for each "
                       "possible duplicate whether to update that person or add a new one.")

    def _close_clicked(self) -> None:
        self.reject()

    # --- state --------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy and self.report is None)
        self.import_button.setEnabled(False if busy else self._can_import())
        # Nothing that starts another job while one runs (it would cancel an import).
        for combo in (*self._combos, self.header_choice, self.sheet_choice,
                      *self.duplicates.choices.values()):
            combo.setEnabled(not busy and self.report is None)
        self.file_field.setReadOnly(busy or self.report is not None)
        self.setAcceptDrops(not busy and self.report is None)

    def _can_import(self) -> bool:
        return self.session.can_import()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._job is None and self._can_import())
        has_file = self._loaded is not None
        self.header_label.setVisible(has_file)
        self.header_choice.setVisible(has_file)
        several_sheets = self._loaded is not None and len(self._loaded.table.sheets) > 1
        self.sheet_label.setVisible(several_sheets)
        self.sheet_choice.setVisible(several_sheets)
        self.preview_stack.setCurrentWidget(self.view if has_file else self.hint)

    @property
    def busy(self) -> bool:
        return self._job is not None

    # --- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile() and self.report is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load_file(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def reject(self) -> None:
        """Cancel (rolling back an import still running), or Close after an import: then
        the dialog is accepted, also with Escape, so that the roster tab reloads."""
        self._forget_job()
        if self.report is not None:
            super().accept()
        else:
            super().reject()

    def _forget_job(self) -> None:
        """Cancel a running job; its late signals are ignored (the dialog may be gone)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._generation += 1
