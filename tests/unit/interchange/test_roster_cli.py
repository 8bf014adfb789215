"""`musdesk roster import` as a consultant runs it, through `musdesk.cli.main`."""

from __future__ import annotations

from pathlib import Path

import pytest

from musdesk.cli import main
from musdesk.services import roster
from musdesk.storage import KdfParams, Workspace
from tests.conftest import PASSPHRASE

ROSTER = [
    "Medarbejderliste pr. 1. november",
    "Fornavn;Efternavn;E-mail;Stilling;Afdeling;Leder;Ansat dato;Kommentar",
    "Jens;Hansen;jens@firma.dk;Direktør;Ledelse;;01-02-2010;ny chef",
    "Åse;Øst;aase@firma.dk;Teamleder;Udvikling;jens@firma.dk;15.03.2018;",
    "Ib;Lund;ib@@firma;;;;;",
]


@pytest.fixture
def workspace_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    folder = tmp_path / "ws"
    Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())[0].lock()
    return folder


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "medarbejdere.csv"
    path.write_bytes(("\r\n".join(ROSTER) + "\r\n").encode("cp1252"))
    return path


def people(folder: Path) -> dict[str, dict]:
    with Workspace.open(folder, passphrase=PASSPHRASE):
        return {
            e["full_name"]: e
            for org in roster.list_organisations()
            for e in roster.list_employees(org["id"])
        }


def organisations(folder: Path) -> list[str]:
    with Workspace.open(folder, passphrase=PASSPHRASE):
        return [org["name"] for org in roster.list_organisations()]


def test_dry_run_prints_the_report_and_writes_nothing(
    workspace_folder: Path, roster_file: Path, capsys
) -> None:
    args = ["roster", "import", str(workspace_folder), str(roster_file)]
    assert main([*args, "--organisation", "Firma A/S", "--dry-run", "-v"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "File: medarbejdere.csv (CP1252, ';'); headers in row 2."
    assert "Kommentar → (ignore)" in out[1]
    assert "Row 3 (Jens Hansen): new" in out
    assert 'The organisation "Firma A/S" does not exist and will be created.' in out
    assert (
        "To create: 2. To update: 0. Unchanged: 0. Rows to skip: 1. New departments: 2." in out
    )
    assert 'Row 5 (Ib Lund) skipped: the e-mail address "ib@@firma" is invalid' in out
    assert out[-1] == "Dry run: nothing was saved."
    assert organisations(workspace_folder) == []


def test_import_then_import_again_updates(
    workspace_folder: Path, roster_file: Path, capsys
) -> None:
    args = ["roster", "import", str(workspace_folder), str(roster_file)]
    assert main([*args, "--organisation", "Firma A/S"]) == 0
    out = capsys.readouterr().out
    assert 'The organisation "Firma A/S" was created.' in out
    assert "Created: 2. Updated: 0. Unchanged: 0. Rows skipped: 1." in out
    found = people(workspace_folder)
    assert found["Åse Øst"]["leader_id"] == found["Jens Hansen"]["id"]
    # Again, by name in other letter case, with the comment column taken as job title.
    assert main([*args, "--organisation", "firma a/s", "--column", "Kommentar=job_title"]) == 0
    out = capsys.readouterr().out
    assert "Created: 0. Updated: 1. Unchanged: 1. Rows skipped: 1." in out
    assert organisations(workspace_folder) == ["Firma A/S"]
    assert people(workspace_folder)["Jens Hansen"]["job_title"] == "ny chef"


def test_organisation_by_id(workspace_folder: Path, roster_file: Path, capsys) -> None:
    with Workspace.open(workspace_folder, passphrase=PASSPHRASE):
        org_id = roster.create_organisation("Kunde")["id"]
    args = ["roster", "import", str(workspace_folder), str(roster_file), "--organisation", org_id]
    assert main(args) == 0
    assert organisations(workspace_folder) == ["Kunde"]
    assert len(people(workspace_folder)) == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--organisation", "00000000-0000-0000-0000-000000000001"], "no organisation with the ID"),
        (["--organisation", "X", "--column", "Foo=leader"], '"Foo=leader" is not a valid column'),
        (["--organisation", "X", "--column", "2=salary"], '"2=salary" is not a valid column'),
        (["--organisation", "X", "--header-row", "99"], "Row 99 is empty or not in the file"),
        (["--organisation", "X", "--column", "1=ignore", "--column", "2=ignore"], "full name"),
    ],
)
def test_bad_options_give_one_clear_line(
    workspace_folder: Path, roster_file: Path, capsys, extra: list[str], message: str
) -> None:
    code = main(["roster", "import", str(workspace_folder), str(roster_file), *extra])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_bad_files_give_one_clear_line(workspace_folder: Path, tmp_path: Path, capsys) -> None:
    files = {
        "empty.csv": b"",
        "roster.pdf": b"%PDF-1.4",
        "broken.xlsx": b"PK\x03\x04 not really a zip",
        "image.csv": bytes(range(256)) * 10,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        code = main(
            ["roster", "import", str(workspace_folder), str(tmp_path / name), "--organisation", "X"]
        )
        err = capsys.readouterr().err
        assert code != 0
        assert err.startswith(f"musdesk: {name} cannot be imported: ")
        assert len(err.strip().splitlines()) == 1
    assert organisations(workspace_folder) == []


def test_wrong_passphrase_is_one_line(
    workspace_folder: Path, roster_file: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "not the passphrase")
    args = ["roster", "import", str(workspace_folder), str(roster_file), "--organisation", "X"]
    assert main(args) != 0
    assert "Wrong passphrase" in capsys.readouterr().err


def test_organisation_by_exact_name_never_by_a_part_of_it(
    workspace_folder: Path, roster_file: Path, capsys
) -> None:
    with Workspace.open(workspace_folder, passphrase=PASSPHRASE):
        roster.create_organisation("Fjordby Kommune")
        roster.create_organisation("Fjordby Havn")
    args = ["roster", "import", str(workspace_folder), str(roster_file), "--dry-run"]
    assert main([*args, "--organisation", "fjordby kommune"]) == 0
    out = capsys.readouterr().out
    assert "will be created" not in out and "To create: 2." in out
    # An import writes: a part of a name is a new client, not another client's roster.
    assert main([*args, "--organisation", "Fjordby"]) == 0
    assert "will be created" in capsys.readouterr().out


def test_xlsx_sheet_by_name(workspace_folder: Path, tmp_path: Path, capsys) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Oversigt"
    workbook.active.append(["Antal ansatte", 1])
    sheet = workbook.create_sheet("Ansatte")
    sheet.append(["Navn", "E-mail"])
    sheet.append(["Åse Øst", "aase@firma.dk"])
    workbook.save(tmp_path / "hr.xlsx")
    args = ["roster", "import", str(workspace_folder), str(tmp_path / "hr.xlsx"), "-v"]
    assert main([*args, "--organisation", "Firma", "--sheet", "Ansatte"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("File: hr.xlsx (XLSX, Ansatte); headers in row 1.")
    assert "Row 2 (Åse Øst): new" in out
    assert main([*args, "--organisation", "Firma", "--sheet", "Løn"]) != 0
    assert 'no sheet called "Løn"' in capsys.readouterr().err
