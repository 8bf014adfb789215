"""Restore: the state after equals the backup; the undo backup returns to before; erased
people stay erased."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from musdesk.errors import BackupUnusable
from musdesk.models import ALL_MODELS, AuditEvent
from musdesk.services import privacy_erase, privacy_restore, roster
from musdesk.storage import Workspace
from musdesk.storage.restore import restore
from tests.unit.privacy import scenario
from tests.unit.privacy.decrypt import table_text
from tests.unit.privacy.test_erase import SECRETS, findings

# audit_event and workspace_meta change by the restore itself (its event, the version row)
COMPARED = [m._meta.table_name for m in ALL_MODELS if m._meta.table_name
            not in ("audit_event", "workspace_meta")]


def state_of(conn: Any) -> dict[str, set[tuple[Any, ...]]]:
    return {table: set(map(tuple, conn.execute(f'SELECT * FROM "{table}"').fetchall()))
            for table in COMPARED}


def backup_state(path: Path, key: bytes) -> dict[str, set[tuple[Any, ...]]]:
    from musdesk.storage.database import configure_connection
    from tests.unit.privacy.decrypt import sqlcipher

    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    configure_connection(conn, key)
    try:
        return state_of(conn)
    finally:
        conn.close()


def test_restore_equals_the_backup_and_the_undo_returns(workspace: Workspace) -> None:
    org = roster.create_organisation("Before")
    roster.create_employee(org["id"], "Kept", "Person")
    chosen = workspace.take_backup()
    key = bytes(workspace.database.data_key)
    roster.create_employee(org["id"], "Added", "Later")
    roster.update_organisation(org["id"], name="After")
    before_restore = state_of(workspace.database.connection())

    undo = restore(workspace, chosen)

    assert state_of(workspace.database.connection()) == backup_state(chosen, key)
    assert {e["first_name"] for e in roster.list_employees(org["id"])} == {"Kept"}
    assert roster.get_organisation(org["id"])["name"] == "Before"
    # and the undo backup takes it back to where it was
    restore(workspace, undo)
    assert state_of(workspace.database.connection()) == before_restore
    assert roster.get_organisation(org["id"])["name"] == "After"
    workspace.check_integrity()


def test_a_backup_from_elsewhere_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    stray = tmp_path / "musdesk-20200101T000000000000Z.db"
    shutil.copyfile(workspace.take_backup(), stray)
    with pytest.raises(BackupUnusable, match="not one of this workspace"):
        restore(workspace, stray)


def test_a_damaged_backup_is_refused_and_nothing_changes(workspace: Workspace) -> None:
    roster.create_organisation("Stays")
    chosen = workspace.take_backup()
    data = bytearray(chosen.read_bytes())
    data[5000:5100] = bytes(100)
    chosen.write_bytes(bytes(data))
    with pytest.raises(BackupUnusable):
        restore(workspace, chosen)
    assert [o["name"] for o in roster.list_organisations()] == ["Stays"]


def test_erased_people_stay_erased_after_restoring_an_older_backup(
        workspace: Workspace, tmp_path: Path) -> None:
    built = scenario.build()
    old = workspace.take_backup()
    kept_elsewhere = tmp_path / "copy.db"
    shutil.copyfile(old, kept_elsewhere)
    privacy_erase.erase(workspace, "employee", built.employee_id)
    # an old copy of a backup comes back into the folder (from a USB stick, say)
    shutil.copyfile(kept_elsewhere, old)
    key = bytes(workspace.database.data_key)
    assert scenario.UNIQUE_ANSWER in table_text(old, key)
    others = {p: p.read_bytes() for p in workspace.list_backups() if p != old}

    result = privacy_restore.restore_backup(workspace, old)

    assert result.erased_rows > 10
    assert roster.get_employee(built.other_id)["first_name"] == "Hedda"
    from musdesk.errors import NotFound

    with pytest.raises(NotFound):
        roster.get_employee(built.employee_id)
    assert AuditEvent.select().where(AuditEvent.action == "restored").count() == 1
    # no trace in the restored database, nor in the backup that was brought back; the
    # backups that were already clean are left byte for byte as they were
    assert findings(workspace.folder, key, SECRETS) == []
    assert others and all(p.read_bytes() == data for p, data in others.items() if p.exists())
    assert privacy_erase.erased_records(workspace)[0]["id"] == built.employee_id
    # the events of the person erased again are buried, so the next .ics cancels them
    from musdesk.models import CalendarTombstone

    assert CalendarTombstone.select().where(
        CalendarTombstone.employee_id == built.employee_id).count() >= 3


def test_a_backup_rewritten_by_an_erasure_keeps_its_calendar_tombstones(
        workspace: Workspace) -> None:
    from musdesk.models import CalendarTombstone

    built = scenario.build()
    taken = workspace.take_backup()
    result = privacy_erase.erase(workspace, "employee", built.employee_id)
    stones = {s.uid for s in CalendarTombstone.select().where(
        CalendarTombstone.employee_id == built.employee_id)}
    assert len(stones) == result.calendar_cancelled >= 3
    privacy_restore.restore_backup(workspace, taken)  # rewritten at the erasure
    restored = {s.uid for s in CalendarTombstone.select().where(
        CalendarTombstone.employee_id == built.employee_id)}
    assert restored == stones


def test_a_backup_of_an_older_schema_is_migrated_when_restored(tmp_path: Path) -> None:
    from musdesk.storage.schema import latest_version
    from tests.unit.domain.schema_check import schema_differences

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    copy = tmp_path / "v1"
    shutil.copytree(fixtures / "workspace-v1", copy)
    workspace = Workspace.open(copy, passphrase="fixture passphrase")  # backs up schema 1
    try:
        old = workspace.list_backups()[-1]
        roster.create_organisation("Made after the backup")
        privacy_restore.restore_backup(workspace, old)
        assert workspace.schema_version() == latest_version()
        assert schema_differences(workspace.database) == []
        assert [o["name"] for o in roster.list_organisations()] == ["Fixture Kommune"]
    finally:
        workspace.lock()
