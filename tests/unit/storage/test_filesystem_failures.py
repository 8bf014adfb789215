"""A read-only folder and a full disk, on real (small, temporary) mounts.

These need permission to mount (root on Linux, as on the CI machines); elsewhere they skip
with the reason said.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.storage import DB_NAME, KEY_NAME, Workspace
from tests.conftest import PASSPHRASE
from tests.unit.storage.helpers import fingerprint

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mounts")


def _run(*args: str) -> bool:
    return subprocess.run(list(args), capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def test_read_only_folder(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        workspace, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        workspace.lock()
        before = fingerprint(mnt / "ws")
        assert _run("mount", "-o", "remount,ro", str(mnt))
        try:
            with pytest.raises(errors.WorkspaceReadOnly, match="read-only"):
                Workspace.open(mnt / "ws", passphrase=PASSPHRASE)
            assert fingerprint(mnt / "ws") == before
        finally:
            _run("mount", "-o", "remount,rw", str(mnt))


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill the filesystem until at most `leave` bytes are free."""
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while shutil.disk_usage(folder).free > leave + len(chunk):
                out.write(chunk)
                out.flush()
        with contextlib.suppress(OSError):
            while shutil.disk_usage(folder).free > leave:
                out.write(b"\0")
                out.flush()


def test_disk_full_on_open_leaves_workspace_unchanged(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        workspace, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        database = workspace.database
        database.execute_sql("CREATE TABLE filler (text TEXT)")
        with database.atomic():
            for i in range(3000):
                database.execute_sql("INSERT INTO filler VALUES (?)", (f"line {i} " * 10,))
        workspace.lock()
        before = fingerprint(mnt / "ws")
        _fill(mnt)
        with pytest.raises(errors.DiskFull, match="Nothing was changed"):
            Workspace.open(mnt / "ws", passphrase=PASSPHRASE)
        assert fingerprint(mnt / "ws") == before
        (mnt / "filler.bin").unlink()
        with Workspace.open(mnt / "ws", passphrase=PASSPHRASE) as reopened:
            reopened.check_integrity()


def test_disk_full_while_creating_leaves_nothing_behind(tmp_path: Path, cheap_kdf) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        _fill(mnt, leave=2048)
        with pytest.raises(errors.DiskFull):
            Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        leftovers = [p for p in (mnt / "ws").rglob("*") if p.is_file()]
        assert not any(p.name in (DB_NAME, KEY_NAME) for p in leftovers)


def test_disk_full_when_changing_passphrase_keeps_the_old_key_file(
    tmp_path: Path, cheap_kdf
) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        workspace, _ = Workspace.create(mnt / "ws", PASSPHRASE, kdf=cheap_kdf)
        key_before = (mnt / "ws" / KEY_NAME).read_bytes()
        _fill(mnt)
        try:
            with pytest.raises(errors.DiskFull):
                workspace.change_passphrase("another good passphrase")
            assert (mnt / "ws" / KEY_NAME).read_bytes() == key_before
            assert not [p for p in os.listdir(mnt / "ws") if p.endswith(".tmp")]
        finally:
            workspace.lock()
        (mnt / "filler.bin").unlink()
        Workspace.open(mnt / "ws", passphrase=PASSPHRASE).lock()
