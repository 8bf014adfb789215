"""Create, open, lock, reopen, recovery key, change passphrase, backups."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from musdesk.errors import PassphraseRejected, WorkspaceExists, WorkspaceLocked
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage import DB_NAME, KEY_NAME, KdfParams, Workspace
from musdesk.storage.keyfile import MAGIC
from tests.conftest import PASSPHRASE
from tests.unit.storage.helpers import fingerprint


def put(workspace: Workspace, key: str, value: str) -> None:
    WorkspaceMeta.replace(key=key, value=value).execute()


def get(key: str) -> str | None:
    row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == key)
    return row.value if row else None


def test_create_makes_private_encrypted_files(new_workspace, workspace_path: Path) -> None:
    workspace, recovery_key = new_workspace
    put(workspace, "secret-marker", "Søren Kierkegaard was here")
    workspace.lock()
    db_bytes = (workspace_path / DB_NAME).read_bytes()
    assert not db_bytes.startswith(b"SQLite format 3")
    assert b"Kierkegaard" not in db_bytes
    assert (workspace_path / KEY_NAME).read_bytes().startswith(MAGIC)
    for name in (DB_NAME, KEY_NAME):
        assert stat.S_IMODE((workspace_path / name).stat().st_mode) == 0o600
    assert len(recovery_key.replace("-", "")) == 32


def test_data_survives_lock_and_reopen(new_workspace, workspace_path: Path) -> None:
    workspace, _ = new_workspace
    put(workspace, "greeting", "Hej Åse")
    workspace.lock()
    with Workspace.open(workspace_path, passphrase=PASSPHRASE) as reopened:
        assert get("greeting") == "Hej Åse"
        assert reopened.schema_version() >= 1


def test_lock_drops_key_and_refuses_queries(new_workspace) -> None:
    workspace, _ = new_workspace
    key_bytes = workspace.database.data_key
    workspace.lock()
    assert not workspace.is_open
    assert key_bytes == bytearray(len(key_bytes)), "key bytes must be overwritten"
    with pytest.raises(WorkspaceLocked):
        workspace.database.connect(reuse_if_open=True)
    with pytest.raises(WorkspaceLocked):
        workspace.check_integrity()


def test_recovery_key_unlocks_in_any_case_and_spacing(new_workspace, workspace_path) -> None:
    workspace, recovery_key = new_workspace
    put(workspace, "x", "1")
    workspace.lock()
    typed = recovery_key.lower().replace("-", " ")
    with Workspace.open(workspace_path, recovery_key=typed):
        assert get("x") == "1"


def test_change_passphrase_rewraps_without_touching_data(new_workspace, workspace_path) -> None:
    workspace, recovery_key = new_workspace
    put(workspace, "x", "kept")
    workspace.lock()
    workspace = Workspace.open(workspace_path, passphrase=PASSPHRASE)
    db_before = fingerprint(workspace_path)[DB_NAME]
    workspace.change_passphrase("a brand new passphrase")
    assert fingerprint(workspace_path)[DB_NAME] == db_before
    leftovers = [p.name for p in workspace_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    workspace.lock()
    from musdesk.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_path, passphrase=PASSPHRASE)
    with Workspace.open(workspace_path, passphrase="a brand new passphrase"):
        assert get("x") == "kept"
    with Workspace.open(workspace_path, recovery_key=recovery_key):
        assert get("x") == "kept"


def test_short_passphrase_is_refused_before_anything_is_written(tmp_path, cheap_kdf) -> None:
    with pytest.raises(PassphraseRejected, match="at least 8"):
        Workspace.create(tmp_path / "ws", "short", kdf=cheap_kdf)
    assert not (tmp_path / "ws").exists()


def test_create_refuses_a_folder_with_files(tmp_path, cheap_kdf) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(WorkspaceExists):
        Workspace.create(tmp_path, PASSPHRASE, kdf=cheap_kdf)
    assert fingerprint(tmp_path) == {"notes.txt": fingerprint(tmp_path)["notes.txt"]}


def test_a_backup_restores_by_copying_it_back(new_workspace, workspace_path) -> None:
    workspace, _ = new_workspace
    put(workspace, "x", "in backup")
    workspace.lock()
    with Workspace.open(workspace_path, passphrase=PASSPHRASE, backups_kept=3) as ws:
        newest = ws.list_backups()[0]
        put(ws, "x", "after the backup")
    # A backup is a database under the same key: swapping it in restores the data.
    os.replace(newest, workspace_path / DB_NAME)
    with Workspace.open(workspace_path, passphrase=PASSPHRASE):
        assert get("x") == "in backup"


def test_backups_are_encrypted(new_workspace, workspace_path) -> None:
    workspace, _ = new_workspace
    put(workspace, "marker", "Ærlig talt Øjvind")
    workspace.take_backup()
    for backup in workspace.list_backups():
        data = backup.read_bytes()
        assert b"\xc3\x98jvind" not in data and not data.startswith(b"SQLite format 3")


def test_integrity_check_passes_on_a_sound_workspace(workspace) -> None:
    workspace.check_integrity()


@pytest.mark.slow
def test_real_default_kdf_costs_at_least_256_mib_and_works(tmp_path) -> None:
    params = KdfParams.default()
    assert params.memory_kib >= 256 * 1024
    workspace, _ = Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=params)
    workspace.lock()
    Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE).lock()
