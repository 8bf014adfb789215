"""Open a package as a new workspace (a laptop move, a client's hand-over).

    result = import_as_new(opened, folder, passphrase, progress=cb, is_cancelled=cb)

The package has been opened (decrypted, authenticated, its members hashed) by
`package_reader.open_package`. Its records are staged in memory and validated before the
first of them is written; then everything goes in with one transaction. On any refusal or
cancel the new folder is removed again (only a folder this call created or found empty).
The new workspace stays open (bound) for the caller, like `Workspace.create`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from musdesk.documents.seal import KNOWN_KEY_PREFIX
from musdesk.interchange.package_crypto import PackageCancelled, PackageDamaged, reason
from musdesk.interchange.package_export import LINEAGE_KEY
from musdesk.interchange.package_reader import PKG, OpenedPackage, detach, stage, validate
from musdesk.interchange.package_scope import _q, travels
from musdesk.interchange.package_tables import tables
from musdesk.storage import KdfParams, Workspace
from musdesk.storage.database import DATABASE_ERRORS, storage_error_for_database

IntegrityError = sqlcipher.IntegrityError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportResult:
    folder: Path
    counts: dict[str, int]
    recovery_key: str

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _never() -> bool:
    return False


def _ignore(_done: int, _total: int) -> None:
    return None


def lineage_of_new(opened: OpenedPackage) -> dict[str, tuple[str, str]]:
    """A workspace opened from a package is a copy of its source: it inherits the source's
    lineage, and holds the source's state of the package's time (package_merge.bases)."""
    m = opened.manifest
    lineage = dict(m.lineage)
    lineage[f"{m.source_workspace}/{m.scope_key}"] = (m.created, m.created)
    return lineage


def import_as_new(
    opened: OpenedPackage,
    folder: Path,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    backups_kept: int | None = None,
) -> tuple[Workspace, ImportResult]:
    """Create a workspace at `folder` holding the package's records; returns it open."""
    progress = progress or _ignore
    is_cancelled = is_cancelled or _never
    folder = Path(folder)
    existed = folder.exists()
    extra: dict[str, Any] = {} if backups_kept is None else {"backups_kept": backups_kept}
    workspace, recovery_key = Workspace.create(folder, passphrase, kdf=kdf, **extra)
    try:
        counts = _fill(workspace, opened, progress, is_cancelled)
    except BaseException:
        workspace.lock()
        _remove_new_folder(folder, existed)
        raise
    return workspace, ImportResult(folder, counts, recovery_key)


def _fill(workspace: Workspace, opened: OpenedPackage, progress: Progress,
          is_cancelled: Cancelled) -> dict[str, int]:
    database = workspace.database
    conn = database.connection()
    total = opened.summary().records * 2 + 1
    try:
        staged = stage(conn, opened, progress, is_cancelled, total)
        # References and unique keys are checked by the new database itself, once: its unique
        # indexes refuse a duplicate while inserting, and foreign_key_check (below, before
        # the commit) every reference; row-by-row foreign key checks are off meanwhile.
        validate(conn, against_workspace=False, references=False, unique=False)
        if is_cancelled():
            raise PackageCancelled()
        counts: dict[str, int] = {}
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = staged
            for table in tables():
                cols = ", ".join(_q(c) for c in table.column_names)
                source = f"{PKG}.{_q(table.name)}"
                if table.name == "workspace_meta":
                    keys = [k for (k,) in conn.execute(f"SELECT key FROM {source}")
                            if travels(k, whole=True)]
                    for key in keys:
                        conn.execute(
                            f"INSERT OR REPLACE INTO main.workspace_meta ({cols}) "
                            f"SELECT {cols} FROM {source} WHERE key = ?", (key,))
                    counts[table.name] = len(keys)
                else:
                    try:
                        cursor = conn.execute(f"INSERT INTO main.{_q(table.name)} ({cols}) "
                                              f"SELECT {cols} FROM {source}")
                    except IntegrityError as exc:  # a unique key twice, a CHECK constraint
                        raise PackageDamaged(reason("breaks_rules", table=table.name)) from exc
                    counts[table.name] = cursor.rowcount
                done += counts[table.name]
                progress(done, total)
                if is_cancelled():
                    raise PackageCancelled()
            conn.execute("INSERT OR REPLACE INTO main.workspace_meta (key, value) VALUES (?, ?)",
                         (LINEAGE_KEY, json.dumps(lineage_of_new(opened), sort_keys=True)))
            keep_seal_key(conn, opened)
            problems = conn.execute("PRAGMA main.foreign_key_check").fetchall()
            if problems:
                raise PackageDamaged(reason("dangling", table=problems[0][0], column="?",
                                            record=str(problems[0][1])))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        progress(total, total)
        return {k: v for k, v in counts.items() if v}
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc
    finally:
        detach(conn)


def keep_seal_key(conn: Any, opened: OpenedPackage) -> None:
    """Keep the package's public seal key, so the summaries it sealed still verify here
    (documents.seal.verifying_keys reads these rows)."""
    public = opened.seal_public_key()
    if public is None:
        return
    fingerprint = hashlib.sha256(public).hexdigest()[:16]
    conn.execute("INSERT OR IGNORE INTO main.workspace_meta (key, value) VALUES (?, ?)",
                 (KNOWN_KEY_PREFIX + fingerprint, public.decode("ascii", "replace")))


def _remove_new_folder(folder: Path, existed: bool) -> None:
    """Remove what `Workspace.create` made (it refuses non-empty folders, so it is ours)."""
    if existed:
        for child in list(folder.iterdir()):
            with contextlib.suppress(OSError):
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
    else:
        shutil.rmtree(folder, ignore_errors=True)
