"""Importing a roster from a CSV or XLSX file: choose the file, check the columns, confirm.

    dialog = RosterImportDialog(parent, organisation_id="…")   # the roster tab's organisation
    if dialog.exec() == QDialog.DialogCode.Accepted:          # accepted only after an import
        reload()                                              # dialog.report says what was done

Reading the file and planning run off the UI thread (`ui.workers`); planning only reads, so
nothing is written until the user presses Import, which writes everything in one
transaction (`interchange.roster_import.run_import`). The rules live in the Qt-free
`interchange` package; this module is layout and wiring.

The preview is a table model: row 0 holds one combo box per file column (what the column is),
the other rows are the first rows of the file with, in the first column, what will happen
to each of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError
from musdesk.interchange import roster_columns as cols
from musdesk.interchange.roster_columns import ColumnMapping
from musdesk.interchange.roster_import import (
    ImportReport,
    RowOutcome,
    action_text,
    plan_import,
    run_import,
)
from musdesk.interchange.tabular import Table
from musdesk.ui.widgets.forms import error_label, show_problem
from musdesk.ui.workers import Job, JobContext, start

PREVIEW_ROWS = 200
HEADER_CHOICES = 10
FILE_FILTER_SUFFIXES = "*.csv *.txt *.tsv *.xlsx *.xlsm"

_Index = QModelIndex | QPersistentModelIndex

_BACKGROUNDS = {
    "create": QColor("#e8f5e9"),
    "update": QColor("#fff8e1"),
    "skip": QColor("#fdecea"),
}


@dataclass
class Loaded:
    """What the worker hands back: the file, the mapping used, and the plan."""

    table: Table
    mapping: ColumnMapping
    report: ImportReport | None
    problem: str = ""


class RosterPreviewModel(QAbstractTableModel):
    """Row 0: the mapping row (combo boxes are placed on it); then the file's first rows.
    Column 0 says what happens to the row; column i + 1 is the file's column i."""

    MAPPING_ROW = 0
    RESULT_COLUMN = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self._rows: list[tuple[int, list[Any]]] = []
        self._outcomes: dict[int, RowOutcome] = {}

    def set_content(
        self, table: Table, mapping: ColumnMapping, report: ImportReport | None
    ) -> None:
        self.beginResetModel()
        self.table, self.mapping = table, mapping
        start = mapping.header_row + 1
        self._rows = list(
            zip(table.numbers[start:], table.rows[start:], strict=True)
        )[:PREVIEW_ROWS]
        self._outcomes = {o.row: o for o in report.outcomes} if report else {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.table = self.mapping = None
        self._rows, self._outcomes = [], {}
        self.endResetModel()

    def headers(self) -> list[str]:
        if self.table is None or self.mapping is None:
            return []
        header = self.table.rows[self.mapping.header_row]
        return [
            cols.cell_text(header[i]) if i < len(header) else "" for i in range(self.table.width)
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self._rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else self.table.width + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == self.RESULT_COLUMN:
                return QCoreApplication.translate("RosterPreviewModel", "Result")
            headers = self.headers()
            text = headers[section - 1] if section - 1 < len(headers) else ""
            untitled = QCoreApplication.translate("RosterPreviewModel", "Column {number}")
            return text or untitled.format(number=section)
        if section == self.MAPPING_ROW:
            return ""
        return str(self._rows[section - 1][0])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.mapping is None:
            return None
        if index.row() == self.MAPPING_ROW:
            return self._mapping_row_data(index.column(), role)
        number, cells = self._rows[index.row() - 1]
        outcome = self._outcomes.get(number)
        if index.column() == self.RESULT_COLUMN:
            return self._result_data(outcome, role)
        column = index.column() - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cols.cell_text(cells[column]) if column < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            fields = self.mapping.fields
            ignored = column >= len(fields) or fields[column] == cols.IGNORE
            return QBrush(QColor("#9e9e9e")) if ignored else None
        return None

    def _mapping_row_data(self, column: int, role: int) -> Any:
        if column != self.RESULT_COLUMN:
            return None  # the combo boxes sit there
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterPreviewModel", "Each column holds:")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _result_data(self, outcome: RowOutcome | None, role: int) -> Any:
        if outcome is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = action_text(outcome)
            return text[:1].upper() + text[1:]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUNDS.get(outcome.action)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and outcome.action in _BACKGROUNDS:
            return QBrush(QColor("#202020"))  # readable on the light colours in dark mode too
        return None

    def outcome_of_row(self, row: int) -> RowOutcome | None:
        number = self._rows[row - 1][0]
        return self._outcomes.get(number)


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
        self.report: ImportReport | None = None  # the committed import's report
        self._loaded: Loaded | None = None
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
        self._build()
        self._set_busy(False)
        self._update_buttons()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Choose a CSV or Excel file exported from the HR system. Check what each column "
                "holds in the first row of the preview; nothing is saved until you press Import."
            )
        )
        intro.setWordWrap(True)
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("No file chosen (you can also drop one here)"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)

        self.file_info = QLabel()
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_choice = QComboBox()
        self.header_choice.setToolTip(self.tr("The row that holds the column names"))
        self.header_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header_choice.setMaximumWidth(420)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_choice = QComboBox()
        self.sheet_choice.setToolTip(self.tr("The sheet of the workbook that holds the roster"))
        info_row = QHBoxLayout()
        info_row.addWidget(self.file_info, 1)
        info_row.addWidget(self.sheet_label)
        info_row.addWidget(self.sheet_choice)
        self.header_label = QLabel(self.tr("Column names in:"))
        info_row.addWidget(self.header_label)
        info_row.addWidget(self.header_choice)

        self.model = RosterPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(80)

        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(
            self.tr("The report of what the import will do appears here.")
        )
        self.hint = QLabel(
            self.tr(
                "No file yet. Choose the roster exported from the client's HR system (CSV or "
                "Excel), or drop the file here. Existing employees are recognised by employee "
                "number, e-mail or name and updated, not duplicated."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(40)
        self.hint.setEnabled(False)  # the greyed look of a placeholder
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.hint)
        self.preview_stack.addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_stack)
        splitter.addWidget(self.report_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 130])

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.problem = error_label()

        self.buttons = QDialogButtonBox()
        # Writing needs a deliberate click: Enter must not start the import, so the button
        # is no "accept" button (the box would make it the default) and nothing is default.
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.import_button, self.close_button, self.choose_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(info_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
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
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a roster file"),
            "",
            self.tr("Rosters ({patterns});;All files (*)").format(patterns=FILE_FILTER_SUFFIXES),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read (the named sheet of a workbook, else the first with data), guess the columns
        and plan, off the UI thread."""
        from musdesk.interchange.roster_columns import guess_mapping
        from musdesk.interchange.tabular import read_table

        self.file_field.setText(str(path))
        self._path = path
        organisation_id = self.organisation_id

        def work(ctx: JobContext) -> Loaded:
            table = read_table(path, sheet)
            mapping = guess_mapping(table.rows)
            return _planned(table, mapping, organisation_id)

        self._run(work, self._loaded_file, self._load_failed)

    def remap(self, mapping: ColumnMapping) -> None:
        """Plan again with another mapping (a combo box or the header row changed)."""
        if self._loaded is None:
            return
        table, organisation_id = self._loaded.table, self.organisation_id
        self._run(
            lambda ctx: _planned(table, mapping, organisation_id),
            self._loaded_file,
            self._load_failed,
        )

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
        self._loaded = None
        self.model.clear()
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
        self._loaded = loaded
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
        show_problem(self.problem, loaded.problem or None)
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

        def work(ctx: JobContext) -> ImportReport:
            return run_import(
                table,
                mapping,
                organisation_id,
                progress=ctx.report,
                cancelled=lambda: ctx.cancelled,  # closing the dialog rolls the import back
            )

        self._run(work, self._imported, self._import_failed)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.report_view.setPlainText("\n".join(report.lines()))
        self.model.set_content(self._loaded.table, self._loaded.mapping, report)  # type: ignore[union-attr]
        self._place_combos()
        for combo in self._combos:
            combo.setEnabled(False)
        self.header_choice.setEnabled(False)
        self.sheet_choice.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.import_button.hide()
        self.close_button.setText(self.tr("Close"))

    def _close_clicked(self) -> None:
        self.reject()

    # --- state --------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy and self.report is None)
        self.import_button.setEnabled(False if busy else self._can_import())
        # Nothing that starts another job while one runs (it would cancel an import).
        for combo in (*self._combos, self.header_choice, self.sheet_choice):
            combo.setEnabled(not busy and self.report is None)
        self.setAcceptDrops(not busy and self.report is None)

    def _can_import(self) -> bool:
        loaded = self._loaded
        if loaded is None or loaded.report is None or self.report is not None:
            return False
        report = loaded.report
        return report.created + report.updated > 0

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._job is None and self._can_import())
        has_file = self._loaded is not None
        self.header_label.setVisible(has_file)
        self.header_choice.setVisible(has_file)
        several_sheets = has_file and len(self._loaded.table.sheets) > 1  # type: ignore[union-attr]
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


def _planned(table: Table, mapping: ColumnMapping, organisation_id: str | None) -> Loaded:
    """The plan for this mapping; a mapping that cannot run yet is a problem, not a failure."""
    problems = mapping.problems()
    if problems:
        return Loaded(table, mapping, None, " ".join(problems))
    return Loaded(table, mapping, plan_import(table, mapping, organisation_id))
