"""The roster import dialog's layout: file row, preview, possible duplicates, report, buttons.

Only widgets and their arrangement; what happens lives in `RosterImportDialog` (wiring,
jobs) and `interchange.roster_import_session` (the Qt-free decisions).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from musdesk.interchange.roster_duplicates import NEW
from musdesk.interchange.roster_import import RowOutcome
from musdesk.ui.qtmodels.roster_preview import RosterPreviewModel
from musdesk.ui.widgets.forms import error_label


class RosterImportView(QWidget):
    """All widgets of the import dialog, laid out; no behaviour beyond showing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Choose a CSV or Excel file exported from the HR system. Check what each column "
            "holds in the first row of the preview; nothing is saved until you press Import."))
        intro.setWordWrap(True)
        # A path can be typed or pasted (Enter reads it), chosen, or dropped on the dialog.
        self.file_field = QLineEdit()
        self.file_field.setPlaceholderText(
            self.tr("Type or paste a path, choose a file, or drop one here"))
        self.file_field.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_field)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
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
            self.tr("The report of what the import will do appears here."))
        self.hint = QLabel(self.tr(
            "No file yet. Choose the roster exported from the client's HR system (CSV or "
            "Excel), or drop the file here. Existing employees are recognised by employee "
            "number, e-mail or name and updated, not duplicated."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(40)
        self.hint.setEnabled(False)  # the greyed look of a placeholder
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.hint)
        self.preview_stack.addWidget(self.view)

        self.duplicates = DuplicatesPanel()
        self.duplicates.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_stack)
        splitter.addWidget(self.duplicates)
        splitter.addWidget(self.report_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 110, 120])

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.problem = error_label()

        self.buttons = QDialogButtonBox()
        # Writing needs a deliberate click: Enter must not start the import, so the button
        # is no "accept" button (the box would make it the default) and nothing is default.
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.import_button, self.close_button, self.choose_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(info_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)


class DuplicatesPanel(QGroupBox):
    """One line per possible duplicate: the row, and a choice of update or new."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Possible duplicates"), parent)
        self.explanation = QLabel(self.tr(
            "These rows have the name and department of someone already in the roster, but "
            "another e-mail or employee number. Choose for each whether it is that person "
            "(update) or somebody new."))
        self.explanation.setWordWrap(True)
        holder = QWidget()
        self.form = QFormLayout(holder)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(scroll, 1)
        self.choices: dict[int, QComboBox] = {}

    def show_rows(self, rows: list[RowOutcome], decisions: dict[int, str],
                  chosen: Callable[[int, str | None], None], enabled: bool = True) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.choices = {}
        for outcome in rows:
            combo = QComboBox()
            combo.addItem(self.tr("Choose: update or new…"), None)
            for candidate in outcome.candidates:
                combo.addItem(self.tr("Update {person}").format(person=candidate.describe()),
                              str(candidate.employee_id))
            combo.addItem(self.tr("Add as a new person"), NEW)
            position = combo.findData(decisions.get(outcome.row))
            combo.setCurrentIndex(max(position, 0))
            combo.setEnabled(enabled)
            combo.activated.connect(
                lambda _i, row=outcome.row, box=combo: chosen(row, box.currentData()))
            label = QLabel(self.tr("Row {row}: {name}").format(row=outcome.row,
                                                                name=outcome.name))
            combo.setAccessibleName(label.text())
            self.form.addRow(label, combo)
            self.choices[outcome.row] = combo
        self.setVisible(bool(rows))
