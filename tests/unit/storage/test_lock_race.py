"""Several processes racing for one workspace's lock: never two holders at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from musdesk import errors
from musdesk.storage.lock import LOCK_NAME, WorkspaceLock

RACER = """
import os, sys, time
from pathlib import Path
from musdesk.errors import WorkspaceInUse
from musdesk.storage.lock import WorkspaceLock
folder, marker, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
read_only = sys.argv[4] == "read-only"  # a read-only command: the folder lock alone
held = overlaps = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    lock = WorkspaceLock(folder)
    try:
        lock.acquire(read_only=read_only)
    except WorkspaceInUse:
        continue
    held += 1
    try:
        os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        mine = True
    except FileExistsError:
        overlaps += 1
        mine = False
    time.sleep(0.0005)
    if mine:
        os.unlink(marker)
    lock.release()
print(held, overlaps)
"""

PROCESSES = 4
SECONDS = 2.0


def test_racing_processes_never_hold_the_lock_together(tmp_path: Path) -> None:
    """Half of them open read-only (as `list` or `pdf` do), half read-write."""
    folder = tmp_path / "ws"
    folder.mkdir()
    marker = tmp_path / "holder"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(folder), str(marker), str(SECONDS),
             "read-only" if number % 2 else "read-write"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(PROCESSES)
    ]
    results = [tuple(map(int, r.communicate(timeout=60)[0].split())) for r in racers]
    held = sum(r[0] for r in results)
    overlaps = sum(r[1] for r in results)
    assert held > 50, f"the racers should have taken the lock often ({results})"
    assert overlaps == 0, f"{overlaps} double holds in {held} acquisitions"
    assert (folder / LOCK_NAME).exists(), "the lock file is never deleted"


def test_release_keeps_the_lock_file(tmp_path: Path) -> None:
    lock = WorkspaceLock(tmp_path)
    lock.acquire()
    lock.release()
    assert (tmp_path / LOCK_NAME).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="folder locks are POSIX")
def test_a_removed_lock_file_does_not_let_a_second_holder_in(tmp_path: Path) -> None:
    first = WorkspaceLock(tmp_path)
    first.acquire()
    try:
        (tmp_path / LOCK_NAME).unlink()
        second = WorkspaceLock(tmp_path)
        with pytest.raises(errors.WorkspaceInUse):
            second.acquire()
    finally:
        first.release()
    again = WorkspaceLock(tmp_path)
    again.acquire()
    again.release()
