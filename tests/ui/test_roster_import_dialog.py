"""The roster import dialog on real widgets (offscreen) over a real encrypted workspace."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from musdesk.errors import InvalidValue
from musdesk.interchange import roster_columns as cols
from musdesk.models import Department, Employee
from musdesk.services import roster, roster_bulk
from musdesk.storage import Workspace
from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog, RosterPreviewModel

LINES = [
    "Medarbejderliste pr. 1. november",
    "Fornavn;Efternavn;E-mail;Stilling;Afdeling;Leder;Ansat dato;Kommentar",
    "Karen;Krog;karen@nordlys.dk;Direktør;Direktion;;01-02-2010;",
    "Søren;Ærø;soren@nordlys.dk;Udvikler;Udvikling;aase@nordlys.dk;15.03.2019;ny",
    "Åse;Øst;aase@nordlys.dk;Teamleder;Udvikling;Karen Krog;2018-01-01;",
    "Ib;Lund;ib@@nordlys;;;;;",
]


@pytest.fixture
def org(workspace: Workspace) -> str:
    return roster.create_organisation("Nordlys A/S")["id"]


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "medarbejdere.csv"
    path.write_bytes(("\r\n".join(LINES) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture
def dialog(qtbot, org: str) -> RosterImportDialog:
    widget = RosterImportDialog(None, organisation_id=org)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def wait(qtbot, dialog: RosterImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def cell(dialog: RosterImportDialog, row: int, column: int) -> str:
    model = dialog.model
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or ""


def test_the_title_names_the_organisation(dialog: RosterImportDialog) -> None:
    assert dialog.windowTitle() == "Import roster into Nordlys A/S"
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0
    assert dialog.preview_stack.currentWidget() is dialog.hint  # an empty state with a hint
    assert "drop the file here" in dialog.hint.text()


def test_preview_with_guessed_columns_writes_nothing(
    qtbot, dialog: RosterImportDialog, roster_file: Path
) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    model = dialog.model
    assert model.rowCount() == 1 + 4 and model.columnCount() == 1 + 8
    header = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Efternavn"
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "3"
    assert [combo.currentData() for combo in dialog._combos] == [
        cols.FIRST_NAME,
        cols.LAST_NAME,
        cols.EMAIL,
        cols.JOB_TITLE,
        cols.DEPARTMENT,
        cols.LEADER,
        cols.START_DATE,
        cols.IGNORE,
    ]
    assert cell(dialog, 2, 1) == "Søren" and cell(dialog, 2, 2) == "Ærø"
    assert cell(dialog, 1, RosterPreviewModel.RESULT_COLUMN) == "New"
    assert cell(dialog, 4, 0) == 'Skipped: the e-mail address "ib@@nordlys" is invalid'
    report = dialog.report_view.toPlainText()
    assert "To create: 3." in report and "Row 6 (Ib Lund) skipped" in report
    assert "Windows-1252" in dialog.file_info.text()
    assert dialog.import_button.isEnabled()
    assert dialog.preview_stack.currentWidget() is dialog.view
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter in the preview does not import
    assert not dialog.busy and dialog.report is None and dialog.isVisible()
    assert Employee.select().count() == 0 and Department.select().count() == 0


def test_changing_a_column_plans_again(
    qtbot, dialog: RosterImportDialog, roster_file: Path, org: str
) -> None:
    roster.create_employee(org, "Søren", "Ærø", email="soren@nordlys.dk", job_title="Udvikler")
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    assert cell(dialog, 2, 0) == "Changed: start date, department, leader"
    dialog.set_column_field(7, cols.JOB_TITLE)  # "Kommentar" holds the job title now
    wait(qtbot, dialog)
    assert dialog.model.mapping.fields[3] == cols.IGNORE
    assert dialog._combos[3].currentData() == cols.IGNORE
    assert cell(dialog, 2, 0) == "Changed: job title, start date, department, leader"
    # Without a name column nothing can be imported, and the dialog says why.
    dialog.set_column_field(0, cols.IGNORE)
    wait(qtbot, dialog)
    assert not dialog.problem.isHidden()
    assert "first and last name" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column_field(0, cols.FIRST_NAME)
    wait(qtbot, dialog)
    assert dialog.problem.isHidden() and dialog.import_button.isEnabled()


def test_choosing_another_header_row(qtbot, dialog: RosterImportDialog, roster_file: Path) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    assert dialog.header_choice.currentIndex() == 1
    assert dialog.header_choice.currentText().startswith("Row 2: Fornavn, Efternavn")
    dialog.header_choice.setCurrentIndex(0)
    dialog.header_choice.activated.emit(0)
    wait(qtbot, dialog)
    assert dialog.model.mapping.header_row == 0
    assert not dialog.import_button.isEnabled()  # the title row names no columns


def test_import_writes_everything_and_closes_accepted(
    qtbot, dialog: RosterImportDialog, roster_file: Path, org: str, monkeypatch
) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    held: list = []  # the import job, held back to look at the dialog while it "runs"
    monkeypatch.setattr("musdesk.ui.dialogs.roster_import_dialog.start", held.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # While it runs, nothing can start another job (which would cancel the import).
    assert dialog.busy and not dialog.header_choice.isEnabled()
    assert not dialog.choose_button.isEnabled() and not dialog.acceptDrops()
    assert not dialog.import_button.isEnabled() and not dialog._combos[0].isEnabled()
    held[0].run()
    wait(qtbot, dialog)
    assert dialog.report is not None and dialog.report.committed
    assert "Created: 3." in dialog.report_view.toPlainText()
    assert dialog.import_button.isHidden()
    assert not any(combo.isEnabled() for combo in dialog._combos)
    people = {e["full_name"]: e for e in roster.list_employees(org)}
    assert set(people) == {"Karen Krog", "Søren Ærø", "Åse Øst"}
    assert people["Søren Ærø"]["leader_id"] == people["Åse Øst"]["id"]
    assert dialog.close_button.text() == "Close"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape after an import still means "done"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_failed_import_saves_nothing_and_keeps_the_preview(
    qtbot, dialog: RosterImportDialog, roster_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)

    def refuse(*args, **kwargs):
        raise InvalidValue("email", "refused for the test")

    monkeypatch.setattr(roster_bulk, "checked_employee_fields", refuse)
    dialog.start_import()
    wait(qtbot, dialog)
    assert "nothing was saved" in dialog.problem.text()
    assert dialog.report is None
    assert Employee.select().count() == 0 and Department.select().count() == 0
    assert dialog.model.rowCount() == 5 and dialog.import_button.isEnabled()
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("roster.pdf", b"%PDF-1.4", "not supported"),
        ("broken.xlsx", b"PK\x03\x04 not a zip", "damaged"),
    ],
)
def test_bad_files_are_explained(
    qtbot, dialog: RosterImportDialog, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    dialog.load_file(tmp_path / name)
    wait(qtbot, dialog)
    assert message in dialog.problem.text() and name in dialog.problem.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_a_bad_file_after_a_good_one_clears_the_preview(
    qtbot, dialog: RosterImportDialog, roster_file: Path, tmp_path: Path
) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    (tmp_path / "empty.csv").write_bytes(b"")
    dialog.load_file(tmp_path / "empty.csv")
    wait(qtbot, dialog)
    assert dialog.model.rowCount() == 0 and dialog.report_view.toPlainText() == ""
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_stack.currentWidget() is dialog.hint


def test_xlsx_file_and_its_sheets(qtbot, dialog: RosterImportDialog, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Ansatte"
    workbook.active.append(["Navn", "E-post", "Avdeling"])
    workbook.active.append(["Bjørn Ås", "bjorn@nordlys.no", "Salg"])
    workbook.save(tmp_path / "ansatte.xlsx")
    dialog.load_file(tmp_path / "ansatte.xlsx")
    wait(qtbot, dialog)
    assert "Excel workbook" in dialog.file_info.text()
    assert cell(dialog, 1, 0) == "New" and cell(dialog, 1, 1) == "Bjørn Ås"
    assert dialog.sheet_choice.isHidden()  # one sheet: nothing to choose
    sluttet = workbook.create_sheet("Sluttet")
    sluttet.append(["Navn", "E-post"])
    sluttet.append(["Kari Lie", "kari@nordlys.no"])
    workbook.save(tmp_path / "ansatte.xlsx")
    dialog.load_file(tmp_path / "ansatte.xlsx")
    wait(qtbot, dialog)
    assert not dialog.sheet_choice.isHidden()
    assert [dialog.sheet_choice.itemText(i) for i in range(2)] == ["Ansatte", "Sluttet"]
    dialog.sheet_choice.setCurrentIndex(1)
    dialog.sheet_choice.activated.emit(1)
    wait(qtbot, dialog)
    assert cell(dialog, 1, 1) == "Kari Lie"
    assert dialog.sheet_choice.currentText() == "Sluttet"


def test_closing_during_an_import_rolls_it_back(
    qtbot, dialog: RosterImportDialog, roster_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    real_create = roster_bulk.create_employees
    closed = []

    def create_then_close(*args, **kwargs):
        result = real_create(*args, **kwargs)
        if not closed:
            closed.append(True)
            dialog.reject()  # the user closes the dialog while the import runs
        return result

    monkeypatch.setattr(roster_bulk, "create_employees", create_then_close)
    # Run the job right here, so that the test sees its end.
    monkeypatch.setattr("musdesk.ui.dialogs.roster_import_dialog.start", lambda job: job.run())
    dialog.start_import()
    assert closed and dialog.report is None
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Employee.select().count() == 0 and Department.select().count() == 0


def test_the_roster_tab_opens_the_dialog_and_shows_the_imported_people(
    qtbot, org: str, roster_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from musdesk.ui.qtmodels.employee_table import NAME
    from musdesk.ui.tabs.roster_controller import RosterController
    from musdesk.ui.tabs.roster_tab import RosterTab

    tab = RosterTab(RosterController(roster))
    qtbot.addWidget(tab)
    tab.show()
    opened: list[RosterImportDialog] = []

    def exec_(dialog: RosterImportDialog) -> int:
        opened.append(dialog)
        dialog.load_file(roster_file)
        wait(qtbot, dialog)
        dialog.start_import()
        wait(qtbot, dialog)
        dialog.reject()  # "Close" after an import accepts
        return dialog.result()

    monkeypatch.setattr(RosterImportDialog, "exec", exec_)
    assert tab.import_button.isVisible()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].organisation_id == org
    names = {tab.proxy.index(row, NAME).data() for row in range(tab.proxy.rowCount())}
    assert {"Karen Krog", "Søren Ærø", "Åse Øst"} <= names
