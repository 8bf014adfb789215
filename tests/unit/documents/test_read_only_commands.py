"""Read-only commands write nothing: `list`, `check`, `due`, `pdf` (every kind, one and
many) and `verify` leave every file of the workspace byte for byte as it was (the SQLite
-shm index aside), and `pdf` still gives summaries that `verify` accepts. A workspace that
needs an upgrade is refused by them in one line naming `musdesk upgrade`, which backs up,
migrates and issues what `pdf` needs (the v1 fixture)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from musdesk import cli
from musdesk.services import conversations, signing
from musdesk.storage import Workspace, backups
from tests.conftest import PASSPHRASE
from tests.unit.documents.conftest import MusRound
from tests.unit.documents.pdfcheck import text_of

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def files_of(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


def run(*argv: object) -> int:
    return cli.main([str(a) for a in argv])


def code_of(path: Path) -> str:
    return re.search(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", text_of(path.read_bytes())).group()


def test_read_only_commands_leave_every_file_as_it_was(
    mus_round: MusRound, workspace: Workspace, workspace_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
) -> None:
    cid = str(mus_round.conversation.id)
    conversations.transition(cid, "summary_drafted")
    signing.record_paper_signatures(cid, dt.date(2027, 2, 1), dt.date(2027, 2, 2))
    workspace.lock()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    out = tmp_path / "out"
    before = files_of(workspace_path)
    assert any(name.startswith("backups/") for name in before)
    summary = out / "summary.pdf"
    commands = [
        ("list", workspace_path, "organisations"),
        ("list", workspace_path, "employees"),
        ("check", workspace_path),
        ("due", workspace_path),
        ("pdf", workspace_path, "summary", "--round", "MUS 2026", "--employee",
         "Søren Ærøskøbing", "-o", summary),
        ("pdf", workspace_path, "summary", "--round", "MUS 2026", "-o", out / "all"),
        ("pdf", workspace_path, "round-report", "--round", "MUS 2026", "-o", out),
        ("pdf", workspace_path, "wheel", "--round", "MUS 2026", "-o", out),
        ("pdf", workspace_path, "invitation", "--round", "MUS 2026", "--combined",
         "-o", out / "invitations.pdf"),
        ("pdf", workspace_path, "plan", "--round", "MUS 2026", "--employee",
         "Søren Ærøskøbing", "-o", out / "plan.pdf"),
        ("verify", summary, workspace_path),
    ]
    for command in commands:
        assert run(*command) == 0, (command, capsys.readouterr().err)
        assert files_of(workspace_path) == before, f"{command[0]} {command[2]} wrote"
    said = capsys.readouterr().out
    assert "Genuine" in said and "issued on" in said
    # the code printed by `pdf` is the one issued at signing: `verify CODE` finds it
    assert run("verify", code_of(summary), workspace_path) == 0
    assert "Søren Ærøskøbing" in capsys.readouterr().out
    assert files_of(workspace_path) == before
    # the app's printing is recorded (a write), the command's is not
    with Workspace.open(workspace_path, passphrase=PASSPHRASE):
        overview = signing.signing_overview(cid)
    assert overview["issued"] == []


def test_a_workspace_needing_an_upgrade_is_refused_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "workspace-v1-sealed", folder)
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "fixture passphrase")
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    before = files_of(folder)
    out = tmp_path / "summary.pdf"
    for command in (("list", folder, "employees"), ("check", folder), ("due", folder),
                    ("verify", folder / "summary-1.pdf", folder),
                    ("pdf", folder, "summary", "--round", "MUS 2026", "--employee", "Åse Ærø",
                     "-o", out)):
        assert run(*command) == 5, command
        [line] = capsys.readouterr().err.strip().splitlines()
        assert "must be upgraded first (schema 1" in line
        assert f"musdesk upgrade {folder}" in line
        assert files_of(folder) == before, command[0]
    assert not out.exists()

    assert run("upgrade", folder) == 0
    said = capsys.readouterr().out
    assert "upgraded from schema 1 to" in said
    [backup] = backups.list_backups(folder)
    assert backup.reason == "migration" and backup.path.name in said
    assert run("upgrade", folder) == 0
    assert "nothing to upgrade" in capsys.readouterr().out

    # the summary signed under version 1 now prints (read only) with a code verify finds
    upgraded = files_of(folder)
    assert run("pdf", folder, "summary", "--round", "MUS 2026", "--employee", "Åse Ærø",
               "-o", out) == 0
    assert run("verify", out, folder) == 0
    assert run("verify", code_of(out), folder) == 0
    assert "Åse Ærø" in capsys.readouterr().out
    assert run("verify", folder / "summary-1.pdf", folder) == 0  # the old printing still
    assert files_of(folder) == upgraded


def test_a_large_workspace_gets_its_issue_records_from_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """Above BACKFILL_AT_OPEN signed conversations an open makes only the keys (issuing
    costs ~11 ms each); `pdf` then still verifies as a file, and `musdesk upgrade` issues
    the rest, after which the printed code is found."""
    from musdesk.documents import upkeep

    monkeypatch.setattr(upkeep, "BACKFILL_AT_OPEN", 0)
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "workspace-v1-sealed", folder)
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "fixture passphrase")
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    Workspace.open(folder, passphrase="fixture passphrase").lock()  # as the app would
    out = tmp_path / "summary.pdf"
    pdf = ("pdf", folder, "summary", "--round", "MUS 2026", "--employee", "Åse Ærø", "-o", out)
    assert run(*pdf) == 0
    assert run("verify", out, folder) == 0
    assert "never recorded" in capsys.readouterr().out
    assert run("verify", code_of(out), folder) == 2
    assert run("upgrade", folder) == 0
    assert "1/1" in capsys.readouterr().out
    assert run(*pdf) == 0
    assert run("verify", code_of(out), folder) == 0
