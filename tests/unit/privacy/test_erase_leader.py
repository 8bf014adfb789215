"""Erasing a LEADER: their name stays in nobody's records — not in the signed snapshots of
the people they led (replaced by a marker, and noted as redacted), not in free text that
mentions them, not in any file (database, WAL, backups, decrypted), nor in later exports."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from musdesk.documents import seal
from musdesk.models import Conversation, SignedVersion
from musdesk.services import conversations, privacy_erase, roster, rounds, templates
from musdesk.storage import Workspace
from tests.unit.privacy import scenario
from tests.unit.privacy.decrypt import needles
from tests.unit.privacy.test_erase import findings

LEADER = ("Quintessa", "Ravnkløftsen")
LEADER_NAME = " ".join(LEADER)
TODAY = dt.date(2027, 1, 15)


def _led_team(workspace: Workspace) -> dict[str, object]:
    org = roster.create_organisation("Kystverket Nord", language="da")
    dept = roster.create_department(org["id"], "Drift")
    leader = roster.create_employee(org["id"], *LEADER, department_id=dept["id"])
    people = [roster.create_employee(org["id"], first, last, department_id=dept["id"],
                                     leader_id=leader["id"])
              for first, last in (("Oda", "Berg"), ("Sindre", "Lie"))]
    template = templates.install_default_template("da")
    planned = rounds.plan_round(org["id"], "MUS 2026", dt.date(2026, 2, 2),
                                dt.date(2026, 12, 18), template_id=template["id"])
    codes = []
    for number, person in enumerate(people):
        conv = Conversation.get((Conversation.round == planned["id"])
                                & (Conversation.employee == person["id"]))
        # free text of the person led that names the leader (one in small letters)
        mention = (f"God snak med {LEADER_NAME} om kurset" if number == 0
                   else f"aftalt med {LEADER_NAME.lower()}")
        scenario._fill_conversation(str(conv.id), mention, note=f"{LEADER_NAME} spurgte",
                                    sign=False)
        scenario._sign(str(conv.id), f"signed {number}")
        codes.append(seal.issued_for(str(conv.id))[-1].code)
    rounds.save_group_conversation(planned["id"], dept["id"],
                                   participants=f"{LEADER_NAME}, Oda Berg, Sindre Lie")
    workspace.take_backup()
    return {"org": org["id"], "leader": leader["id"], "people": people, "codes": codes,
            "round": planned["id"]}


def test_an_erased_leaders_name_is_redacted_everywhere(workspace: Workspace,
                                                       tmp_path: Path) -> None:
    team = _led_team(workspace)
    key = bytes(workspace.database.data_key)
    workspace.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert findings(workspace.folder, key, LEADER)  # the oracle sees the name before
    for code in team["codes"]:
        assert seal.verify_code(code).verdict == seal.Verdict.CODE_FOUND

    preview = privacy_erase.preview_erasure(workspace, "employee", str(team["leader"]))
    # the confirmation says where the name remains: 2 signed summaries of the people led
    # (and their 2 issued records), and free text: 2 answers, 2 summaries, 2 agreements,
    # 2 private notes, the GRUS participants
    assert (preview.mentions.signed, preview.mentions.issued) == (2, 2)
    assert preview.mentions.free_text == 9
    lines = privacy_erase.redaction_lines(preview.mentions)
    assert "2" in lines[0] and "9" in lines[1]

    result = privacy_erase.erase(workspace, "employee", str(team["leader"]), today=TODAY)
    assert result.redacted == preview.mentions
    assert result.backups_rewritten >= 1
    message = privacy_erase.result_message(result)
    assert "[erased]" in message or "[slettet]" in message

    # no file holds the name: raw, tables, decrypted pages of database, WAL and backups
    assert findings(workspace.folder, key, LEADER) == []
    assert findings(workspace.folder, key, (LEADER_NAME.lower(),)) == []
    # the people led are still there, their signed snapshots carry the marker instead
    for person in team["people"]:
        conv = Conversation.get(Conversation.employee == person["id"])
        assert conv.leader_id is None
        version = SignedVersion.get(SignedVersion.conversation == conv)
        marker = "[erased]" if "[erased]" in version.snapshot else "[slettet]"
        assert marker in version.snapshot
        history = conversations.signed_versions(str(conv.id))
        assert history[0]["redacted_on"] == TODAY and not history[0]["intact"]
    # verifying their codes says: issued; later redacted by an erasure on that date
    for code in team["codes"]:
        found = seal.verify_code(code)
        assert found.verdict == seal.Verdict.REDACTED
        assert found.signature_valid  # the signature over the recorded hash still holds
        assert found.redacted_on == TODAY.isoformat()
        text = found.message("en")
        assert "later redacted by an erasure on 2027-01-15" in text
        assert "paper copy is the record" in text and "altered" not in text

    # and no export made afterwards names the leader
    from musdesk.documents.batch import write_round_documents
    from musdesk.documents.privacy_access import write_access_export
    from musdesk.interchange.calendar_export import export_calendar
    from musdesk.services.followup_overview import Scope

    out = tmp_path / "exports"
    for person in team["people"]:
        write_access_export(person["id"], out / f"access-{person['id']}",
                            include_private_notes=True)
    export_calendar(out / "all.ics", Scope("all"))
    write_round_documents("summary", str(team["round"]), out / "summaries")
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 6
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data += subprocess.run(["pdftotext", str(path), "-"], check=True,
                                   capture_output=True).stdout
        for secret in needles(*LEADER, LEADER_NAME.lower()):
            assert secret not in data, (path.name, secret)


def test_cli_erase_of_a_leader_says_where_the_name_remains(workspace: Workspace, capsys,
                                                           monkeypatch) -> None:
    from musdesk.cli import main
    from tests.conftest import PASSPHRASE

    _led_team(workspace)
    workspace.lock()
    monkeypatch.setenv("MUSDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    code = main(["privacy", "erase", str(workspace.folder), "--employee", LEADER_NAME])
    out = capsys.readouterr().out
    assert code == 1
    assert "2 signed summaries of other employees" in out and "9 text fields" in out
    code = main(["privacy", "erase", str(workspace.folder), "--employee", LEADER_NAME,
                 "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "in 2 signed summaries of others and 2 issued summaries" in out
    assert "in 9 text fields elsewhere" in out
    Workspace.open(workspace.folder, passphrase=PASSPHRASE)  # for the fixture's lock()


def test_a_namesake_who_stays_keeps_their_name(workspace: Workspace) -> None:
    """Two people with the same name: erasing one replaces nothing in others' records."""
    team = _led_team(workspace)
    twin = roster.create_employee(str(team["org"]), *LEADER)
    preview = privacy_erase.preview_erasure(workspace, "employee", str(team["leader"]))
    assert preview.mentions.namesake and preview.mentions.total == 0
    assert "same name" in privacy_erase.redaction_lines(preview.mentions)[0]
    result = privacy_erase.erase(workspace, "employee", str(team["leader"]))
    assert result.redacted.namesake
    assert roster.get_employee(twin["id"])["full_name"] == LEADER_NAME
    snapshots = [v.snapshot for v in SignedVersion.select()]
    assert snapshots and all(LEADER_NAME in snapshot for snapshot in snapshots)
