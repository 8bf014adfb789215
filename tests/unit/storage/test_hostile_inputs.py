"""Crafted key files, passphrases that are not text, unknown migrations, stale temp files:
each refused or cleaned up with its own message, never an unexpected error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.storage import KEY_NAME, Workspace
from musdesk.storage.keyfile import MAGIC, MAX_KEY_FILE_BYTES
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed(new_workspace, workspace_path: Path) -> Path:
    new_workspace[0].lock()
    return workspace_path


def test_deeply_nested_key_file_is_damaged_not_a_crash(closed: Path) -> None:
    (closed / KEY_NAME).write_bytes(MAGIC + b"[" * 60_000)
    with pytest.raises(errors.KeyFileDamaged):
        Workspace.open(closed, passphrase=PASSPHRASE)


def test_padded_key_file_is_refused_without_reading_it_all(closed: Path) -> None:
    real = (closed / KEY_NAME).read_bytes()
    with (closed / KEY_NAME).open("ab") as handle:
        handle.truncate(len(real) + 300 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(errors.KeyFileTooLarge, match=str(MAX_KEY_FILE_BYTES)):
        Workspace.open(closed, passphrase=PASSPHRASE)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_key_file_linked_to_a_device_is_refused(closed: Path) -> None:
    (closed / KEY_NAME).unlink()
    (closed / KEY_NAME).symlink_to("/dev/zero")
    with pytest.raises(errors.KeyFileDamaged, match="not a regular file"):
        Workspace.open(closed, passphrase=PASSPHRASE)


def test_unknown_migration_says_what_is_wrong(closed: Path) -> None:
    with Workspace.open(closed, passphrase=PASSPHRASE) as ws:
        columns = [c.name for c in ws.database.get_columns("schema_migration")]
        row = {c: "2026-01-01" for c in columns if c not in ("id", "name")}
        row["name"] = "0001_elsewhere"
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        ws.database.execute_sql(
            f"INSERT INTO schema_migration ({names}) VALUES ({marks})", list(row.values())
        )
    with pytest.raises(errors.UnknownMigration, match="0001_elsewhere"):
        Workspace.open(closed, passphrase=PASSPHRASE)


def test_stale_temp_key_files_are_removed_at_open(closed: Path) -> None:
    stale = closed / f".{KEY_NAME}.4242.tmp"
    stale.write_bytes((closed / KEY_NAME).read_bytes())
    Workspace.open(closed, passphrase=PASSPHRASE).lock()
    assert not stale.exists()


def _cli(env_bytes: dict[bytes, bytes], *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k.encode(): v.encode() for k, v in os.environ.items()}
    env.update(env_bytes)
    return subprocess.run(
        [sys.executable, "-m", "musdesk", *args], env=env, capture_output=True, timeout=120
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX environment bytes")
@pytest.mark.parametrize("command", ["check", "init"])
def test_a_passphrase_that_is_not_utf8_gets_a_message(closed: Path, tmp_path, command) -> None:
    target = closed if command == "check" else tmp_path / "new"
    extra = ["--cheap-kdf"] if command == "init" else []
    done = _cli({b"MUSDESK_PASSPHRASE": b"abcdefgh\xff"}, command, str(target), *extra)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode != 0
    assert "UTF-8" in stderr and "unexpected" not in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1
    if command == "init":
        assert not target.exists()


@pytest.mark.parametrize("bridge", ["dev-zero", "nested", "huge", "garbage"])
def test_crafted_rotation_files_cost_nothing_and_are_rolled_back(closed: Path, bridge) -> None:
    """A crafted `musdesk.key.bridge` beside a crafted `musdesk.key.next` is read with a
    limit; the old passphrase still opens, the files go, and the open says so."""
    from musdesk.storage import rekey

    path = closed / rekey.BRIDGE_NAME
    if bridge == "dev-zero":
        if not Path("/dev/zero").exists():
            pytest.skip("needs /dev/zero")
        path.symlink_to("/dev/zero")
    elif bridge == "nested":
        path.write_bytes(b"[" * 60_000)
    elif bridge == "huge":
        with path.open("wb") as handle:
            handle.truncate(300 * 1024 * 1024)
    else:
        path.write_bytes(b'{"format": "musdesk-rotation-bridge 1", "workspace_id": 1}')
    (closed / rekey.PENDING_NAME).write_bytes(MAGIC + b"{}")
    with Workspace.open(closed, passphrase=PASSPHRASE) as ws:
        assert any("rolled back" in notice for notice in ws.notices)
    assert not path.exists() and not path.is_symlink()
    assert not (closed / rekey.PENDING_NAME).exists()
