"""Access export: every table that can refer to an employee is covered; PDF and JSON agree."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from peewee import ForeignKeyField

from musdesk.cli import main
from musdesk.documents.privacy_access import write_access_export
from musdesk.models import ALL_MODELS, Employee
from musdesk.services import privacy_access
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.privacy import scenario


def tables_reaching_employee() -> set[str]:
    """Every table with a chain of foreign keys that ends at `employee` (walked on the
    models, not on the export's own list)."""
    reaches = {Employee._meta.table_name}
    changed = True
    while changed:
        changed = False
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table in reaches:
                continue
            for field in model._meta.fields.values():
                if (isinstance(field, ForeignKeyField)
                        and field.rel_model._meta.table_name in reaches):
                    reaches.add(table)
                    changed = True
                    break
    return reaches


def test_every_table_referring_to_an_employee_is_covered() -> None:
    reaching = tables_reaching_employee()
    assert {"conversation", "answer", "scan_attachment", "goal_progress"} <= reaching
    missing = reaching - set(privacy_access.COVERED)
    assert not missing, f"tables without access-export support: {sorted(missing)}"


@pytest.fixture
def built(workspace: Workspace) -> scenario.Scenario:
    return scenario.build()


def test_the_export_holds_every_row_about_the_person(built, tmp_path: Path) -> None:
    pdf, json_file = write_access_export(built.employee_id, tmp_path / "out")
    data = json.loads(json_file.read_text("utf-8"))
    records = data["records"]
    assert data["format"] == "musdesk-access 1"
    assert data["employee"]["name"] == scenario.UNIQUE_NAME
    # every covered table has this person's rows (the scenario fills each one) …
    for table in privacy_access.COVERED:
        if table == "private_note":
            assert table not in records  # not ticked
            continue
        if table == "retention_hold":
            assert records[table] == []  # nobody decided to keep anything of them
            continue
        assert records[table], table
    # … and only theirs: nothing of the colleague or the other client
    text = json_file.read_text("utf-8")
    assert scenario.UNIQUE_ANSWER in text and scenario.UNIQUE_GOAL in text
    assert scenario.OTHER_ANSWER not in text and "OTHER-ORG" not in text
    assert scenario.UNIQUE_NOTE not in text
    assert records["issued_summary"] and records["scan_attachment"][0]["data"]
    # the PDF a person can read says the same (poppler reads it back)
    pdf_text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
    assert scenario.UNIQUE_NAME in pdf_text
    assert scenario.UNIQUE_ANSWER in pdf_text and scenario.UNIQUE_GOAL in pdf_text
    assert scenario.UNIQUE_NOTE not in pdf_text
    assert "Recognitions (1)" in pdf_text and "Development goals (1)" in pdf_text


def test_private_notes_only_when_ticked(built, tmp_path: Path) -> None:
    pdf, json_file = write_access_export(built.employee_id, tmp_path, include_private_notes=True)
    assert scenario.UNIQUE_NOTE in json_file.read_text("utf-8")
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
    assert scenario.UNIQUE_NOTE in pdf_text


def test_cli_access(built, workspace: Workspace, tmp_path: Path, monkeypatch, capsys) -> None:
    workspace.lock()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "access"
    code = main(["privacy", "access", str(workspace.folder), "--employee",
                 scenario.UNIQUE_NAME, "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".json", ".pdf"]
    printed = capsys.readouterr().out
    assert str(out) in printed
    Workspace.open(workspace.folder, passphrase=PASSPHRASE)
