"""One process at a time per workspace: an OS advisory lock on a small file.

The OS drops the lock when its process dies, so a lock left by a crash is simply taken
over; the PID written inside is only there to name the other process in the message.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from musdesk.errors import WorkspaceInUse
from musdesk.storage.files import storage_error_for

LOCK_NAME = "musdesk.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WorkspaceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise storage_error_for(exc, self.path.parent) from exc
        if not _try_lock(fd):
            try:
                owner = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            finally:
                os.close(fd)
            raise WorkspaceInUse(pid=owner)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as exc:
            # We hold the lock, so the file is ours to remove (e.g. the disk is full).
            with contextlib.suppress(OSError):
                self.path.unlink()
            _unlock(fd)
            os.close(fd)
            raise storage_error_for(exc, self.path.parent) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
