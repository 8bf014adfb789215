"""`musdesk due` and `musdesk ics` through musdesk.cli.main, on a real encrypted workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from musdesk import cli, texts
from musdesk.storage import KdfParams, Workspace
from tests.conftest import PASSPHRASE
from tests.unit.followup_tab.sample import PRIVATE_NOTE, TODAY, build_sample


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    with workspace:
        build_sample()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    return folder


def test_due_lists_overdue_then_coming(filled: Path, capsys) -> None:
    code = cli.main(["due", str(filled), "--today", TODAY.isoformat()])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Overdue (3):"
    assert "2026-03-06  Follow-up meeting" in lines[1] and "(5 days late)" in lines[1]
    assert "Anna Jensen (Fjord Teknik) – Lead the customer workshops" in lines[1]
    assert "In the next 14 days (2):" in out
    assert "Bo Holm" in out and "Carl Berg" not in out
    assert "Gone Away" not in out


def test_due_days_widens_the_window(filled: Path, capsys) -> None:
    assert cli.main(["due", str(filled), "--days", "45", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "In the next 45 days (3):" in out and "Carl Berg (Nordlys AS)" in out


def test_due_with_nothing_to_do(filled: Path, capsys) -> None:
    assert cli.main(["due", str(filled), "--today", "2025-01-01", "--days", "3"]) == 0
    assert "Nothing is overdue" in capsys.readouterr().out


def test_due_with_a_wrong_passphrase_fails_in_one_line(filled: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "not it")
    assert cli.main(["due", str(filled)]) != 0
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_ics_writes_the_whole_workspace(filled: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "followup.ics"
    assert cli.main(["ics", str(filled), "-o", str(target)]) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert f"{len(events)} events written" in capsys.readouterr().out
    summaries = " ".join(str(event["summary"]) for event in events)
    assert "Carl Berg" in summaries and "Anna Jensen" in summaries
    assert PRIVATE_NOTE not in target.read_text(encoding="utf-8")


def test_texts_exist_in_every_language() -> None:
    keys = [key for key in texts.catalogue() if key.startswith("followup.")]
    assert keys
    for key in keys:
        assert set(texts.catalogue()[key]) >= {"da", "nb", "en"}, key
        assert all(texts.catalogue()[key][lang].strip() for lang in ("da", "nb", "en")), key


def test_ics_for_one_organisation_by_name_or_id(filled: Path, tmp_path: Path, capsys) -> None:
    by_name = tmp_path / "nordlys.ics"
    assert cli.main(["ics", str(filled), "-o", str(by_name), "--organisation", "Nordlys AS"]) == 0
    summaries = [str(e["summary"]) for e in Calendar.from_ical(by_name.read_bytes()).walk("VEVENT")]
    # The event texts follow the organisation's language (Nordlys AS writes bokmål).
    assert summaries == ["Oppfølgingsmøte: Carl Berg (Nordlys AS)"]
    uid = str(Calendar.from_ical(by_name.read_bytes()).walk("VEVENT")[0]["uid"])
    with Workspace.open(filled, passphrase=PASSPHRASE):
        from musdesk.models import Organisation

        org_id = str(Organisation.get(Organisation.name == "Fjord Teknik").id)
    by_id = tmp_path / "fjord.ics"
    assert cli.main(["ics", str(filled), "-o", str(by_id), "--organisation", org_id]) == 0
    text = by_id.read_text(encoding="utf-8")
    assert "Anna Jensen" in text and "Carl Berg" not in text and uid not in text


def test_unknown_organisation_is_one_line_and_no_file(filled: Path, tmp_path: Path,
                                                      capsys) -> None:
    target = tmp_path / "none.ics"
    assert cli.main(["ics", str(filled), "-o", str(target), "--organisation", "Nobody"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Nobody" in err[0]
    assert not target.exists()


def test_due_for_one_organisation(filled: Path, capsys) -> None:
    code = cli.main(["due", str(filled), "--organisation", "Nordlys AS", "--days", "60",
                     "--today", TODAY.isoformat()])
    out = capsys.readouterr().out
    assert code == 0 and "Carl Berg" in out and "Anna Jensen" not in out


def test_ics_invitations_for_a_round_into_a_folder(filled: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "invitations"
    assert cli.main(["ics", str(filled), "--invitations", "MUS 2026", "-o", str(folder)]) == 0
    out = capsys.readouterr().out
    files = sorted(p.suffix for p in folder.iterdir())
    assert files == [".ics", ".pdf"]  # Anna's scheduled conversation
    assert str(folder) in out
    (ics,) = folder.glob("*.ics")
    calendar = Calendar.from_ical(ics.read_bytes())
    assert str(calendar["method"]) == "REQUEST"
    assert "TZID=Europe/Copenhagen" in ics.read_text(encoding="utf-8")
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    assert cli.main(["ics", str(filled), "--invitations", "MUS 2026",
                     "-o", str(not_a_folder)]) != 0
    assert capsys.readouterr().err.count("\n") == 1
