"""One process at a time per workspace: OS advisory locks on a small file and the folder.

The OS drops a lock when its process dies, so a lock left by a crash is simply taken over;
the PID written inside is only there to name the other process in the message.

The lock file is never deleted: deleting it before unlocking let a racing process lock a
new file of the same name while a third still held the old one (two holders). On POSIX the
folder itself is locked as well (`flock` on its descriptor), so even a lock file removed or
replaced by hand while a workspace is open cannot let a second process in.

A read-only command (`acquire(read_only=True)`) writes nothing: on POSIX it takes the folder
lock alone (every holder needs it, so exclusion is the same), never touching the lock file;
elsewhere it locks the lock file without writing its PID.
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


def _lock_folder(folder: Path) -> int | None:
    """A descriptor holding an exclusive lock on the folder; None when another holds it.
    Without folder locks (Windows) returns -1: the lock file alone must do."""
    if os.name != "posix":
        return -1
    fd = os.open(folder, os.O_RDONLY)
    if _try_lock(fd):
        return fd
    os.close(fd)
    return None


class WorkspaceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self._folder_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def moved_to(self, folder: Path) -> None:
        """The folder was renamed while locked (the locks follow the open descriptors)."""
        self.path = folder / LOCK_NAME

    def _owner(self, fd: int) -> str:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            return os.read(fd, 32).decode("ascii", "replace").strip() or "?"
        return "?"

    def acquire(self, *, read_only: bool = False) -> None:
        if read_only and os.name == "posix":
            self._acquire_folder_only()
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise storage_error_for(exc, self.path.parent) from exc
        if not _try_lock(fd):
            owner = self._owner(fd)
            os.close(fd)
            raise WorkspaceInUse(pid=owner)
        try:
            folder_fd = _lock_folder(self.path.parent)
        except OSError as exc:
            _unlock(fd)
            os.close(fd)
            raise storage_error_for(exc, self.path.parent) from exc
        if folder_fd is None:  # held by a read-only command (it writes no PID)
            _unlock(fd)
            os.close(fd)
            raise WorkspaceInUse(pid="?")
        if read_only:  # pragma: no cover - Windows: the file lock without the PID
            self._fd, self._folder_fd = fd, folder_fd
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as exc:
            # The PID is only for messages; but a disk that cannot take 8 bytes cannot take
            # the workspace's writes either. The file stays (never deleted, see above).
            self._fd, self._folder_fd = fd, folder_fd
            self.release()
            raise storage_error_for(exc, self.path.parent) from exc
        self._fd, self._folder_fd = fd, folder_fd

    def _acquire_folder_only(self) -> None:
        try:
            folder_fd = _lock_folder(self.path.parent)
        except OSError as exc:
            raise storage_error_for(exc, self.path.parent) from exc
        if folder_fd is None:
            raise WorkspaceInUse(pid=self._owner_of_file())
        self._fd, self._folder_fd = -1, folder_fd  # -1: no lock file descriptor held

    def _owner_of_file(self) -> str:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return "?"
        try:
            return self._owner(fd)
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        if self._folder_fd is not None and self._folder_fd >= 0:
            _unlock(self._folder_fd)
            os.close(self._folder_fd)
        self._folder_fd = None
        if self._fd >= 0:
            _unlock(self._fd)
            os.close(self._fd)
        self._fd = None
