"""The demo workspace and the `demo` and `list` commands."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from musdesk.cli import main
from musdesk.models import (
    Conversation,
    DevelopmentGoal,
    Employee,
    FollowUpMeeting,
    GroupConversation,
    Organisation,
    SignedVersion,
    StrategicGoal,
)
from musdesk.models.enums import CONVERSATION_STATUSES
from musdesk.services import demo
from musdesk.services.followup_overview import MEETING, due_items
from musdesk.storage import KdfParams, Workspace
from tests.unit.domain.schema_check import schema_differences

PASSPHRASE = "demo passphrase for tests"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "workspace"
    workspace, _ = demo.create_demo_workspace(path, PASSPHRASE, KdfParams.cheap(), today=TODAY)
    workspace.lock()
    return path


@pytest.fixture
def opened(demo_workspace: Path):  # noqa: ANN201 - a generator fixture
    workspace = Workspace.open(demo_workspace, passphrase=PASSPHRASE)
    yield workspace
    workspace.lock()


def test_demo_has_two_organisations_forty_people_and_every_state(opened: Workspace) -> None:
    languages = sorted(o.language for o in Organisation.select())
    assert languages == ["da", "nb"]
    assert 35 <= Employee.select().count() <= 45
    names = " ".join(e.full_name for e in Employee.select())
    assert all(letter in names for letter in "æøåÆØÅ")
    assert Employee.select().where(Employee.leader.is_null(False)).count() > 30
    assert StrategicGoal.select().where(StrategicGoal.department.is_null(False)).count() >= 2
    assert GroupConversation.select().count() >= 4
    for org in Organisation.select():
        states = Counter(
            c.status
            for c in Conversation.select()
            .join_from(Conversation, Employee)
            .where(Employee.organisation == org)
        )
        assert set(states) == set(CONVERSATION_STATUSES), org.name
    assert SignedVersion.select().count() >= 12
    assert DevelopmentGoal.select().count() > 20
    assert schema_differences(opened.database) == []


def test_demo_has_follow_up_done_and_overdue(opened: Workspace) -> None:
    assert FollowUpMeeting.select().where(FollowUpMeeting.status == "held").count() > 0
    assert FollowUpMeeting.select().where(FollowUpMeeting.status == "missed").count() > 0
    due = [item for item in due_items(TODAY, 60) if item.kind == MEETING]
    assert any(item.overdue for item in due) and any(not item.overdue for item in due)


def test_cli_demo_then_check_and_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo"
    assert main(["demo", str(path), "--cheap-kdf"]) == 0
    assert "demo" in capsys.readouterr().out
    assert main(["check", str(path)]) == 0
    capsys.readouterr()
    assert main(["list", str(path), "employees"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 35 <= len(lines) <= 45
    ident, name, *_ = lines[0].split("\t")
    assert len(ident) == 36 and " " in name
    assert main(["list", str(path), "conversations"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert {row[2] for row in rows} == set(CONVERSATION_STATUSES)


def test_cli_list_with_wrong_passphrase_fails_with_one_line(
    demo_workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "wrong passphrase here")
    assert main(["list", str(demo_workspace), "rounds"]) != 0
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
