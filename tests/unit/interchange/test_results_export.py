"""A round's results as XLSX and CSV (`musdesk export-results`), read back with openpyxl and
the csv module: the same data, headers in the organisation's language, no private notes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from musdesk import cli
from musdesk.services import conversation_form, conversations, plans, roster, rounds
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE

PRIVATE = "Worried about the back pain"


@pytest.fixture
def round_id(workspace: Workspace) -> str:
    org = roster.create_organisation("Fjordby Kommune", language="da")["id"]
    boss = roster.create_employee(org, "Ida", "Boss")["id"]
    ole = roster.create_employee(org, "Ole", "Hansen", leader_id=boss)["id"]
    planned = rounds.plan_round(org, "MUS 2026", "2026-02-02", "2026-06-30",
                                previous_round_id=None)
    conv = conversation_form.find_conversation(ole, planned["id"])
    conversations.add_agreement(conv, "actions", "=Book the course")  # formula-like text
    conversations.add_agreement(conv, "not_doing", "No new reports")
    conversations.add_private_note(conv, PRIVATE)
    goal = plans.add_goal(ole, "Lære GIS", conversation_id=conv)
    plans.update_goal(goal["id"], owner_id=boss, deadline="2026-12-01", cadence="monthly")
    plans.update_goal(goal["id"], progress=40, status="in_progress")
    for status in ("invited", "prepared", "held"):
        conversations.transition(conv, status)
    conversations.set_summary(conv, "Good year.")
    conversations.transition(conv, "summary_drafted")
    conversations.sign(conv, "2026-06-02", "2026-06-03")
    return planned["id"]


def run(*argv: object) -> int:
    return cli.main([str(a) for a in argv])


def test_xlsx_and_csv_hold_the_same_data(
    round_id: str, workspace: Workspace, workspace_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    workspace.lock()
    xlsx, csv_file = tmp_path / "results.xlsx", tmp_path / "results.csv"
    assert run("export-results", workspace_path, "--round", "MUS 2026", "-o", xlsx) == 0
    assert run("export-results", workspace_path, "--round", round_id, "-o", csv_file) == 0

    sheet = openpyxl.load_workbook(xlsx).active
    from_xlsx = [["" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime)
                                        else str(v)) for v in row]
                 for row in sheet.iter_rows(values_only=True)]
    text = csv_file.read_bytes().decode("utf-8-sig")
    from_csv = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert from_xlsx[0] == from_csv[0]
    assert from_xlsx[0][:3] == ["Medarbejder", "Afdeling", "Leder"]  # Danish organisation
    assert "Udviklingsmål" in from_csv[0]
    header = from_csv[0]
    boss_row, ole_row = from_csv[1], from_csv[2]
    assert boss_row[0] == "Ida Boss" and boss_row[header.index("Udviklingsmål")] == ""
    cell = dict(zip(header, ole_row, strict=True))
    assert cell["Medarbejder"] == "Ole Hansen" and cell["Leder"] == "Ida Boss"
    assert cell["Underskrevet af medarbejder"] == "2026-06-02"
    assert cell["Underskrevet af leder"] == "2026-06-03"
    assert cell["Det gør vi ikke"] == "No new reports"
    assert cell["Udviklingsmål"] == "Lære GIS" and cell["Følges op af"] == "Ida Boss"
    assert cell["Frist"] == "2026-12-01" and cell["Fremskridt (%)"] == "40"
    assert cell["Opfølgningshyppighed"] == "Hver måned"
    # the same cells in both files; xlsx keeps a formula-like text as text, never a formula
    assert from_xlsx == from_csv
    assert cell["Handlinger"] == "=Book the course"
    assert sheet.cell(row=3, column=header.index("Handlinger") + 1).data_type == "s"
    import zipfile

    with zipfile.ZipFile(xlsx) as archive:
        assert all(b"<f>" not in archive.read(name) for name in archive.namelist())
    everything = xlsx.read_bytes() + csv_file.read_bytes()
    assert PRIVATE.encode() not in everything
    assert PRIVATE not in " ".join(" ".join(r) for r in from_xlsx)


def test_a_wrong_file_type_is_refused_in_one_line(
    round_id: str, workspace: Workspace, workspace_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    workspace.lock()
    assert run("export-results", workspace_path, "--round", "MUS 2026",
               "-o", tmp_path / "results.pdf") != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "xlsx" in err
    assert not (tmp_path / "results.pdf").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not "
                    "installed")
def test_libreoffice_reads_the_xlsx_as_the_same_data_as_the_csv(
    round_id: str, workspace: Workspace, workspace_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A third-party reader: LibreOffice converts the XLSX to CSV headless; the cells are
    the ones musdesk wrote to its own CSV (dates as LibreOffice prints the yyyy-mm-dd
    format musdesk sets)."""
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    workspace.lock()
    xlsx, own_csv = tmp_path / "results.xlsx", tmp_path / "results.csv"
    assert run("export-results", workspace_path, "--round", round_id, "-o", xlsx) == 0
    assert run("export-results", workspace_path, "--round", round_id, "-o", own_csv) == 0
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()
    # 59 = ";", 34 = '"', 76 = UTF-8; the CSV filter's options, in LibreOffice's own terms
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         'csv:Text - txt - csv (StarCalc):59,34,76,1', "--outdir", str(out), str(xlsx)],
        check=True, capture_output=True, timeout=180)
    converted = (out / "results.csv").read_bytes().decode("utf-8-sig")
    from_libreoffice = list(csv.reader(io.StringIO(converted, newline=""), delimiter=";"))
    from_musdesk = list(csv.reader(
        io.StringIO(own_csv.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert from_libreoffice == from_musdesk
    assert any("=Book the course" in row for row in from_libreoffice)  # text, not a formula
