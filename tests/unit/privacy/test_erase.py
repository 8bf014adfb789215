"""Erasure reaches every file: the database, its WAL, every backup, decrypted or not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.models import AuditEvent, Employee
from musdesk.services import privacy_erase
from musdesk.storage import Workspace, backups
from musdesk.storage.database import configure_connection
from tests.unit.privacy import scenario
from tests.unit.privacy.decrypt import decrypted_pages, needles, table_text, wal_pages

SECRETS = (scenario.UNIQUE_FIRST, scenario.UNIQUE_LAST, scenario.UNIQUE_ANSWER,
           scenario.UNIQUE_NOTE, scenario.UNIQUE_GOAL)


def database_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix == ".db"]


def findings(folder: Path, key: bytes, secrets: tuple[str, ...]) -> list[str]:
    """Where any secret still is: raw bytes of every file, every table and every decrypted
    page of every database and WAL file."""
    found: list[str] = []
    patterns = needles(*secrets)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        views = {"raw": raw}
        if path.suffix == ".db":
            views["pages"] = decrypted_pages(raw, key)
            views["tables"] = table_text(path, key).encode("utf-8")
        if path.name.endswith("-wal"):
            views["wal pages"] = wal_pages(raw, key)
        for view, data in views.items():
            found += [f"{path.name} ({view}): {pattern!r}" for pattern in patterns
                      if pattern in data]
    return found


@pytest.fixture
def filled(workspace: Workspace) -> tuple[Workspace, scenario.Scenario]:
    built = scenario.build()
    workspace.take_backup()
    workspace.take_backup()
    return workspace, built


def test_the_decryption_sees_the_secrets_before_erasure(filled) -> None:
    workspace, _built = filled
    key = bytes(workspace.database.data_key)
    # The oracle works: before erasure, the secrets are found in the decrypted pages of the
    # database and of each backup (and not in any raw file: everything is encrypted).
    workspace.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    hits = findings(workspace.folder, key, SECRETS)
    assert any("(pages)" in hit and "musdesk.db" in hit for hit in hits)
    assert sum("(tables)" in hit for hit in hits) >= len(database_files(workspace.folder))
    assert not any("(raw)" in hit for hit in hits)


def test_erasing_an_employee_leaves_no_trace_in_any_file(filled) -> None:
    workspace, built = filled
    preview = privacy_erase.preview_erasure(workspace, "employee", built.employee_id)
    assert preview.name == scenario.UNIQUE_NAME
    assert preview.count_of("employee") == 1
    assert preview.count_of("conversation") == 1
    assert preview.count_of("issued_summary") == 2  # issued at signing, and one printing
    assert preview.backups == len(workspace.list_backups()) >= 3
    result = privacy_erase.erase(workspace, "employee", built.employee_id)
    # the two taken after the scenario are rewritten; the one from creation held nothing
    assert (result.backups_rewritten, result.backups_clean) == (2, 1)
    assert result.backups_removed == 0
    assert result.calendar_cancelled >= 2
    assert dict(result.counts) == dict(preview.counts)
    key = bytes(workspace.database.data_key)
    assert findings(workspace.folder, key, SECRETS) == []
    # the colleague and the other client are still there, in the database and the backups
    assert findings(workspace.folder, key, (scenario.OTHER_ANSWER, "OTHER-ORG-ANSWER"))
    assert Employee.get_or_none(Employee.id == built.employee_id) is None
    events = list(AuditEvent.select().where(AuditEvent.record_id == built.employee_id))
    assert [(e.action, e.record_type) for e in events] == [("erased", "employee")]
    assert privacy_erase.erased_records(workspace)[0]["id"] == built.employee_id


def test_still_gone_after_reopening(filled, cheap_kdf) -> None:
    workspace, built = filled
    privacy_erase.erase(workspace, "employee", built.employee_id)
    folder = workspace.folder
    workspace.lock()
    from tests.conftest import PASSPHRASE

    reopened = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        key = bytes(reopened.database.data_key)
        assert findings(folder, key, SECRETS) == []
    finally:
        reopened.lock()
        Workspace.open(folder, passphrase=PASSPHRASE)  # for the fixture's lock()


def test_an_unreadable_backup_is_removed(filled) -> None:
    workspace, built = filled
    bad = workspace.list_backups()[0]
    bad.write_bytes(b"not a database at all" * 300)
    result = privacy_erase.erase(workspace, "employee", built.employee_id)
    assert result.backups_removed == 1
    assert not bad.exists()


def test_backups_are_left_without_journal_files(filled) -> None:
    workspace, built = filled
    privacy_erase.erase(workspace, "employee", built.employee_id)
    names = [p.name for p in (workspace.folder / "backups").iterdir()
             if p.name != backups.STATE_NAME]  # the record of what the last backup was of
    assert all(name.endswith(".db") for name in names)
    # and each still opens with the key and passes its integrity check
    for path in workspace.list_backups():
        conn = sqlcipher.connect(str(path))
        configure_connection(conn, workspace.database.data_key)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert sqlite3  # (plain sqlite cannot read them: they stay encrypted)


def test_an_old_schema_backup_with_seals_in_workspace_meta_is_cleansed(tmp_path: Path) -> None:
    """The backup taken when a v1 workspace opens is of schema 1, where seals were
    `workspace_meta` rows: the erasure reads each file's own schema."""
    import shutil

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    copy = tmp_path / "v1"
    shutil.copytree(fixtures / "workspace-v1-sealed", copy,
                    ignore=shutil.ignore_patterns("*.pdf"))
    workspace = Workspace.open(copy, passphrase="fixture passphrase")
    try:
        key = bytes(workspace.database.data_key)
        workspace.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        old = workspace.list_backups()[0]
        assert "documents.issue." in table_text(old, key)
        assert findings(copy, key, ("Ærø",))  # the oracle sees her before
        person = Employee.get(Employee.last_name == "Ærø")
        result = privacy_erase.erase(workspace, "employee", str(person.id))
        assert dict(result.counts)["issued_summary"] >= 1
        assert findings(copy, key, ("Ærø",)) == []
        assert "documents.issue." not in table_text(old, key).replace(
            'documents.issue.' + "0" * 32, "")  # only the damaged row without content stays
    finally:
        workspace.lock()


def test_no_export_made_afterwards_carries_them(filled, tmp_path: Path) -> None:
    workspace, built = filled
    privacy_erase.erase(workspace, "employee", built.employee_id)
    from musdesk.documents.batch import write_round_combined, write_round_documents
    from musdesk.documents.privacy_access import write_access_export
    from musdesk.documents.privacy_record import write_record
    from musdesk.interchange.calendar_export import export_calendar
    from musdesk.services import privacy_activity, privacy_record
    from musdesk.services.followup_overview import Scope

    out = tmp_path / "exports"
    write_access_export(built.other_id, out / "access", include_private_notes=True)
    write_record(privacy_record.processing_record(workspace, built.org_id), out / "record.pdf")
    privacy_activity.export_csv(out / "log.csv", privacy_activity.activity())
    export_calendar(out / "all.ics", Scope("all"))
    # a summary is only made of a conversation that was held: the colleague's is
    from musdesk.models import Conversation
    from musdesk.services import conversations

    colleague = Conversation.get((Conversation.round == built.round_id)
                                 & (Conversation.employee == built.other_id))
    conversations.transition(str(colleague.id), "held")
    made = write_round_documents("summary", built.round_id, out / "summaries")
    assert made.people >= 1
    write_round_combined("invitation", built.round_id, out / "invitations.pdf")
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 7
    import subprocess

    for path in files:
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data += subprocess.run(["pdftotext", str(path), "-"], check=True,
                                   capture_output=True).stdout
        for secret in needles(*SECRETS):
            assert secret not in data, (path.name, secret)
    # the colleague's own export still has the colleague
    assert scenario.OTHER_ANSWER in (out / "access").joinpath(
        next(p.name for p in (out / "access").iterdir() if p.suffix == ".json")).read_text()
