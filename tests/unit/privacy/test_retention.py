"""Retention per organisation: due rounds and leavers, keep with a reason, the CLI."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from musdesk.cli import main
from musdesk.errors import InvalidValue
from musdesk.models import Organisation
from musdesk.services import privacy_erase, privacy_retention, roster, rounds
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def client(workspace: Workspace) -> dict[str, str]:
    org = roster.create_organisation("Vestby", language="da")
    stays = roster.create_employee(org["id"], "Anna", "Blivende")
    leaver = roster.create_employee(org["id"], "Bo", "Fratrådt")
    old = rounds.plan_round(org["id"], "MUS 2019", dt.date(2019, 2, 1), dt.date(2019, 11, 29))
    new = rounds.plan_round(org["id"], "MUS 2026", dt.date(2026, 2, 2), dt.date(2026, 11, 27))
    roster.mark_left(leaver["id"], dt.date(2025, 6, 30))
    return {"org": org["id"], "stays": stays["id"], "leaver": leaver["id"], "old": old["id"],
            "new": new["id"]}


def test_defaults_and_due_items(client) -> None:
    assert privacy_retention.retention_of(client["org"]).years == 5
    due = privacy_retention.due_items(dt.date(2026, 12, 1))
    assert [(d.kind, d.name) for d in due] == [("round", "MUS 2019"), ("employee", "Bo Fratrådt")]
    assert due[0].due_on == dt.date(2024, 11, 29) and due[1].due_on == dt.date(2026, 6, 30)
    assert "2019-11-29" in due[0].why("en")
    # a longer period: the round is not due yet, the leaver neither
    privacy_retention.set_retention(client["org"], 10, 24)
    assert privacy_retention.due_items(dt.date(2026, 12, 1)) == []


def test_bad_periods_are_refused(client) -> None:
    for years, months in ((0, 12), ("x", 12), (5, 10_000)):
        with pytest.raises(InvalidValue):
            privacy_retention.set_retention(client["org"], years, months)
    assert Organisation.get_by_id(client["org"]).retention_years == 5


def test_keep_with_a_reason_until_the_next_review(client) -> None:
    today = dt.date(2026, 12, 1)
    review = privacy_retention.keep("round", client["old"], "Pending case at the tribunal",
                                    months=6, today=today)
    assert review == dt.date(2027, 6, 1)
    assert [d.kind for d in privacy_retention.due_items(today)] == ["employee"]
    again = {d.kind: d for d in privacy_retention.due_items(dt.date(2027, 6, 1))}
    assert again["round"].kept_reason == "Pending case at the tribunal"
    assert again["round"].due_on == dt.date(2027, 6, 1)
    with pytest.raises(InvalidValue):
        privacy_retention.keep("round", client["old"], "   ", today=today)


def test_erasing_a_due_leaver_removes_the_item(client, workspace: Workspace) -> None:
    privacy_retention.keep("employee", client["leaver"], "Reference letter", months=1,
                           today=dt.date(2026, 1, 1))
    privacy_erase.erase(workspace, "employee", client["leaver"])
    assert [d.kind for d in privacy_retention.due_items(dt.date(2026, 12, 1))] == ["round"]
    from musdesk.models import RetentionHold

    assert RetentionHold.select().count() == 0  # its decision went with it


def test_cli_due(client, workspace: Workspace, monkeypatch, capsys) -> None:
    workspace.lock()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    assert main(["privacy", "due", str(workspace.folder), "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "MUS 2019" in out and "Bo Fratrådt" in out and "Anna" not in out
    assert main(["privacy", "due", str(workspace.folder), "--today", "2020-01-01"]) == 0
    assert "Nothing is due" in capsys.readouterr().out
    # read-only: the database file and the backups are left as they were
    before = {p: p.stat().st_mtime_ns for p in workspace.folder.rglob("*.db")}
    assert main(["privacy", "due", str(workspace.folder)]) == 0
    assert {p: p.stat().st_mtime_ns for p in workspace.folder.rglob("*.db")} == before
    Workspace.open(workspace.folder, passphrase=PASSPHRASE)


def test_v1_workspace_migrates_with_default_retention(tmp_path: Path) -> None:
    copy = tmp_path / "v1"
    shutil.copytree(FIXTURES / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase="fixture passphrase")
    try:
        org = Organisation.get()
        assert (org.retention_years, org.leaver_retention_months) == (5, 12)
        assert privacy_retention.due_items(dt.date(2026, 12, 1)) == []
        from tests.unit.domain.schema_check import schema_differences

        assert schema_differences(workspace.database) == []
    finally:
        workspace.lock()
