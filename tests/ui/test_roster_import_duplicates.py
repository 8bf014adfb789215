"""The import dialog holds possible duplicates until the user chooses update or new."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from musdesk.interchange.roster_duplicates import NEW
from musdesk.models import Employee
from musdesk.services import roster
from musdesk.storage import Workspace
from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog


@pytest.fixture
def org(workspace: Workspace) -> dict[str, str]:
    org_id = roster.create_organisation("Nordlys A/S")["id"]
    sales = roster.create_department(org_id, "Salg")["id"]
    anna = roster.create_employee(org_id, "Anna", "Berg", email="anna@nordlys.dk",
                                  department_id=sales)["id"]
    return {"org": org_id, "anna": anna}


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text("Navn;E-mail;Afdeling;Ansat\r\n"
                    "Anna Berg;anna.berg@nordlys.dk;Salg;01.03.2020\r\n"
                    "Bo Holm;bo@nordlys.dk;Salg;\r\n", encoding="utf-8")
    return path


def open_dialog(qtbot, org: dict[str, str]) -> RosterImportDialog:
    dialog = RosterImportDialog(None, organisation_id=org["org"])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait(qtbot, dialog: RosterImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def choose(qtbot, dialog: RosterImportDialog, row: int, data: str) -> None:
    combo = dialog.duplicates.choices[row]
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())
    wait(qtbot, dialog)


def test_a_possible_duplicate_blocks_import_until_answered_update(
        qtbot, org: dict[str, str], roster_file: Path) -> None:
    dialog = open_dialog(qtbot, org)
    # The path typed in the field (Enter) is read like a chosen one.
    qtbot.keyClicks(dialog.file_field, str(roster_file))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    wait(qtbot, dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.duplicates.isVisible()
    combo = dialog.duplicates.choices[2]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[1] == "Update Anna Berg (anna@nordlys.dk, Salg)"
    assert texts[-1] == "Add as a new person"
    assert not dialog.import_button.isEnabled()
    assert "possible duplicate" in dialog.problem.text()
    assert "Possible duplicates waiting for your choice" in dialog.report_view.toPlainText()

    choose(qtbot, dialog, 2, org["anna"])
    assert dialog.import_button.isEnabled() and dialog.problem.isHidden()
    assert dialog.duplicates.choices[2].currentData() == org["anna"]  # still offered
    dialog.import_button.click()
    wait(qtbot, dialog)
    assert dialog.report is not None and dialog.report.updated == 1
    anna = roster.get_employee(org["anna"])
    assert anna["email"] == "anna.berg@nordlys.dk"
    assert str(anna["start_date"]) == "2020-03-01"  # "Ansat" is the start date
    assert Employee.select().count() == 2
    assert not dialog.duplicates.choices[2].isEnabled()


def test_answering_new_adds_a_second_person(qtbot, org: dict[str, str], roster_file: Path) -> None:
    dialog = open_dialog(qtbot, org)
    dialog.load_file(roster_file)
    wait(qtbot, dialog)
    choose(qtbot, dialog, 2, NEW)
    dialog.import_button.click()
    wait(qtbot, dialog)
    assert dialog.report.created == 2
    assert Employee.select().where(Employee.first_name == "Anna").count() == 2


def test_a_typed_path_that_is_no_file_is_said(qtbot, org: dict[str, str], tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, org)
    qtbot.keyClicks(dialog.file_field, str(tmp_path / "nothing.csv"))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    assert "There is no file" in dialog.problem.text()
    assert dialog.model.rowCount() == 0 and not dialog.busy
