"""Safe file writing: temp file in the same folder, restrictive permissions, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from musdesk import texts
from musdesk.errors import DiskFull, FileNotWritable, StorageError, WorkspaceReadOnly

READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def storage_error_for(exc: OSError, folder: Path) -> StorageError:
    """Translate an OS error into the storage error a user understands."""
    if exc.errno in FULL_ERRNOS:
        return DiskFull()
    if exc.errno in READ_ONLY_ERRNOS:
        return WorkspaceReadOnly(path=str(folder))
    return StorageError(detail=exc.strerror or str(exc))


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _writable_target(path: Path) -> Path:
    """The regular file to replace: a symbolic link is written through (a calendar file
    synced via a link stays linked); devices, folders and nameless paths are refused."""
    if not path.name or path.name in (".", ".."):
        raise FileNotWritable(path=str(path), reason=texts.text("error.no_file_name"))
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        raise FileNotWritable(path=str(path), reason=texts.text("error.not_a_regular_file"))
    return path


def write_atomic(path: Path, data: bytes, *, workspace_file: bool = False) -> None:
    """Replace `path` with `data` all at once, or leave it untouched (mode 0600).

    Errors name the file the user asked for, except for the workspace's own files
    (`workspace_file`), whose errors speak of the workspace."""
    path = _writable_target(Path(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if workspace_file or exc.errno in FULL_ERRNOS:
            raise storage_error_for(exc, path.parent) from exc
        raise FileNotWritable(path=str(path), reason=exc.strerror or str(exc)) from exc
