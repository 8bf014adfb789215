"""Numbered migrations: run on open after a backup, each in a transaction, version recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from musdesk.errors import MigrationFailed
from musdesk.models.meta import WorkspaceMeta
from musdesk.resources import migrations_dir
from musdesk.storage import KdfParams, Workspace, schema
from tests.conftest import PASSPHRASE

ADD_TABLE = '''
def up(migrator, db):
    db.execute_sql("CREATE TABLE future_notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.execute_sql("INSERT INTO future_notes (body) VALUES ('migrated')")
'''

BROKEN = '''
def up(migrator, db):
    db.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    raise RuntimeError("bug in a migration script")
'''


@pytest.fixture
def scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped scripts that a test may extend with a 'next version'."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder)
    monkeypatch.setattr(schema, "migrations_dir", lambda: folder)
    return folder


def test_new_workspace_is_at_the_latest_version(workspace) -> None:
    assert workspace.schema_version() == schema.latest_version() >= 1
    row = WorkspaceMeta.get(WorkspaceMeta.key == "schema_version")
    assert int(row.value) == schema.latest_version()


def test_opening_an_older_workspace_migrates_after_a_backup(
    new_workspace, workspace_path: Path, scripts: Path
) -> None:
    workspace, _ = new_workspace
    old_version = workspace.schema_version()
    workspace.lock()
    (scripts / "9000_future_notes.py").write_text(ADD_TABLE)
    with Workspace.open(workspace_path, passphrase=PASSPHRASE) as ws:
        assert ws.schema_version() == 9000
        body = ws.database.execute_sql("SELECT body FROM future_notes").fetchone()[0]
        assert body == "migrated"
        newest_backup = ws.list_backups()[0]
    # The backup was taken before the migration: it still has the old schema.
    shutil.copy(newest_backup, workspace_path / "musdesk.db")
    (scripts / "9000_future_notes.py").unlink()
    with Workspace.open(workspace_path, passphrase=PASSPHRASE) as ws:
        assert ws.schema_version() == old_version
        assert not ws.database.table_exists("future_notes")


def test_a_failing_migration_rolls_back_and_says_so(
    new_workspace, workspace_path: Path, scripts: Path
) -> None:
    new_workspace[0].lock()
    (scripts / "9001_broken.py").write_text(BROKEN)
    with pytest.raises(MigrationFailed, match="9001_broken"):
        Workspace.open(workspace_path, passphrase=PASSPHRASE)
    (scripts / "9001_broken.py").unlink()
    with Workspace.open(workspace_path, passphrase=PASSPHRASE) as ws:
        assert not ws.database.table_exists("half_done"), "the script's transaction rolled back"
        assert ws.schema_version() == schema.latest_version()


def test_the_shipped_migrations_are_numbered_once_each_in_order() -> None:
    """A schema version is the highest number applied: two scripts with one number would make
    two schemas share a version (a saved workspace of that version could be either)."""
    names = sorted(p.stem for p in migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.py"))
    numbers = [int(name[:4]) for name in names]
    assert len(numbers) == len(set(numbers)), names
    assert numbers == list(range(1, len(numbers) + 1)), names  # no gap either


def test_a_script_applied_under_its_first_number_is_not_unknown_nor_run_again(
    tmp_path: Path,
) -> None:
    """A build applied the erasure's tombstone script as 0007 before it was renumbered 0009."""
    folder = tmp_path / "ws"
    workspace, _ = Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())
    [(old, new)] = schema.RENAMED.items()
    with workspace.database.atomic("IMMEDIATE"):
        workspace.database.execute_sql(
            f"UPDATE {schema.HISTORY_TABLE} SET name = ? WHERE name = ?", (old, new))
    workspace.lock()

    again = Workspace.open(folder, passphrase=PASSPHRASE)
    try:
        assert schema.pending(again.database) == []
        assert again.schema_version() == schema.latest_version()
        names = [row[0] for row in again.database.execute_sql(
            f"SELECT name FROM {schema.HISTORY_TABLE}")]
        assert old in names and new not in names  # not run a second time
    finally:
        again.lock()
