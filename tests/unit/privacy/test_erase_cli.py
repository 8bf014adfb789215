"""musdesk privacy erase: confirmation, one-line refusals, the message, the calendar."""

from __future__ import annotations

import icalendar
import pytest

from musdesk.cli import main
from musdesk.interchange.calendar_export import export_calendar
from musdesk.services.followup_overview import Scope
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.privacy import scenario


@pytest.fixture
def closed(workspace: Workspace, monkeypatch) -> tuple[Workspace, scenario.Scenario]:
    built = scenario.build()
    workspace.lock()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    return workspace, built


def reopen(workspace: Workspace) -> Workspace:
    return Workspace.open(workspace.folder, passphrase=PASSPHRASE)


def test_erase_needs_yes_without_a_terminal(closed, capsys, monkeypatch) -> None:
    workspace, _built = closed
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code = main(["privacy", "erase", str(workspace.folder), "--employee", scenario.UNIQUE_NAME])
    err = capsys.readouterr().err
    assert code != 0 and "--yes" in err and len(err.strip().splitlines()) == 1
    with reopen(workspace):
        from musdesk.services import roster

        assert any(e["last_name"] == scenario.UNIQUE_LAST
                   for e in roster.list_employees(_built.org_id))
    reopen(workspace)  # the fixture locks it


def test_answer_no_keeps_everything(closed, capsys, monkeypatch) -> None:
    workspace, built = closed
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    code = main(["privacy", "erase", str(workspace.folder), "--employee", built.employee_id])
    assert code == 1
    out = capsys.readouterr().out
    assert "1 × conversations" in out and "Nothing was erased" in out
    ws = reopen(workspace)
    from musdesk.services import roster

    assert roster.get_employee(built.employee_id)["first_name"] == scenario.UNIQUE_FIRST
    del ws


def test_erase_with_yes_and_the_next_ics_cancels(closed, capsys, tmp_path) -> None:
    workspace, built = closed
    code = main(["privacy", "erase", str(workspace.folder), "--employee", built.employee_id,
                 "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "backups were rewritten" in out and "calendar export" in out
    reopen(workspace)
    target = tmp_path / "follow-up.ics"
    export_calendar(target, Scope("all"))
    raw = target.read_bytes()
    for secret in (scenario.UNIQUE_FIRST, scenario.UNIQUE_LAST, scenario.UNIQUE_GOAL):
        assert secret.encode() not in raw
    calendar = icalendar.Calendar.from_ical(raw)
    cancelled = [e for e in calendar.walk("VEVENT") if str(e.get("status")) == "CANCELLED"
                 and str(e.get("summary")) == "Cancelled"]
    uids = {str(e.get("uid")) for e in cancelled}
    assert f"goal-deadline-{built.goal_id}@musdesk" in uids
    assert any(uid.startswith("meeting-") for uid in uids)
    assert f"conversation-{built.conversation_id}@musdesk" in uids
    # the erased person's own organisation's calendar cancels them too (tombstone table)
    export_calendar(target, Scope("organisation", built.org_id))
    own = icalendar.Calendar.from_ical(target.read_bytes())
    assert uids <= {str(e.get("uid")) for e in own.walk("VEVENT")
                    if str(e.get("status")) == "CANCELLED"}
    # other organisations' export does not carry them
    export_calendar(target, Scope("organisation", built.other_org_id))
    other = icalendar.Calendar.from_ical(target.read_bytes())
    assert not any(str(e.get("uid")) in uids for e in other.walk("VEVENT"))


def test_unknown_employee_is_one_line(closed, capsys) -> None:
    workspace, _ = closed
    code = main(["privacy", "erase", str(workspace.folder), "--employee", "Nobody Here", "--yes"])
    err = capsys.readouterr().err
    assert code != 0 and len(err.strip().splitlines()) == 1
    reopen(workspace)
