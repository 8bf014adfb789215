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
from musdesk.interchange.package_reader import (
    OpenedPackage,
    fillers_for,
    insert_sql,
    table_lines,
    validate,
)
from musdesk.interchange.package_rows import row_batches
from musdesk.interchange.package_scope import _q, travels
from musdesk.interchange.package_tables import Table, tables
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
    """Write the package's records straight into the new (empty) workspace, in one
    transaction, and check them there before the commit; any refusal rolls it all back.

    The workspace is brand new and only this connection has it open, so the fill may use
    what suits a bulk load and is still crash-safe: a rollback journal instead of the WAL
    for this one transaction (a crash leaves the empty workspace), a large page cache, and
    the secondary indexes dropped and made again from their own SQL once the records are
    in (sorting once instead of growing each index row by row). Types are checked in
    Python before any insert (package_rows), every other rule in SQL on the written records
    (package_reader.validate), unique keys by the indexes as they are made again,
    references by foreign_key_check."""
    database = workspace.database
    conn = database.connection()
    total = opened.summary().records + 1
    manifest = opened.manifest
    try:
        mode = conn.execute("PRAGMA main.journal_mode").fetchone()[0]
        conn.execute("PRAGMA main.journal_mode = DELETE")
        conn.execute(f"PRAGMA main.cache_size = {-FILL_CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            indexes = _drop_indexes(conn)
            counts: dict[str, int] = {}
            done = 0
            for table in tables():
                if table.name not in manifest.tables:
                    continue
                present = manifest.tables[table.name]
                lines = table_lines(opened, table)
                # By key (every table's first column, so the lines begin with it): the key
                # index then grows at its end, not at random places. Only the order changes.
                lines.sort()
                fillers = fillers_for(table, present)
                if table.name == "workspace_meta":
                    counts[table.name] = _fill_meta(conn, opened, table, present, lines,
                                                    fillers)
                    continue
                insert = insert_sql("main", table)
                count = 0
                for rows in row_batches(opened.archive, table, present, lines, fillers):
                    try:
                        conn.executemany(insert, rows)
                    except IntegrityError as exc:  # a key twice, NOT NULL, a CHECK
                        raise PackageDamaged(reason("breaks_rules", table=table.name)) from exc
                    except DATABASE_ERRORS:
                        raise
                    except Exception as exc:  # a value SQLite cannot bind
                        raise PackageDamaged(reason("bad_record", member=table.name)) from exc
                    count += len(rows)
                    progress(done + count, total)
                    if is_cancelled():
                        raise PackageCancelled()
                counts[table.name] = count
                done += count
            validate(conn, against_workspace=False, references=False, unique=False,
                     schema_name="main")
            if is_cancelled():
                raise PackageCancelled()
            for name, sql in indexes:
                try:
                    conn.execute(sql)
                except IntegrityError as exc:  # a unique index: two records with one key
                    raise PackageDamaged(reason("breaks_rules", table=name)) from exc
            conn.execute("INSERT OR REPLACE INTO main.workspace_meta (key, value) VALUES (?, ?)",
                         (LINEAGE_KEY, json.dumps(lineage_of_new(opened), sort_keys=True)))
            keep_seal_key(conn, opened)
            problems = conn.execute("PRAGMA main.foreign_key_check").fetchall()
            if problems:
                raise PackageDamaged(reason("dangling", table=problems[0][0], column="?",
                                            record=str(problems[0][1])))
            if is_cancelled():
                raise PackageCancelled()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA main.cache_size = {DEFAULT_CACHE}")
            conn.execute(f"PRAGMA main.journal_mode = {mode}")
        progress(total, total)
        return {k: v for k, v in counts.items() if v}
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc


FILL_CACHE_KIB = 64 * 1024
DEFAULT_CACHE = -8000  # SQLCipher's build default (KiB)


def _drop_indexes(conn: Any) -> list[tuple[str, str]]:
    """Drop the secondary indexes of the package's tables (the new workspace's are empty);
    returns (table, SQL) to make each again in main."""
    names = {t.name for t in tables()} - {"workspace_meta"}
    rows = conn.execute("SELECT name, tbl_name, sql FROM main.sqlite_master "
                        "WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    made: list[tuple[str, str]] = []
    for name, table, sql in rows:
        if table not in names:
            continue
        conn.execute(f"DROP INDEX main.{_q(name)}")
        made.append((table, _in_main(sql, name)))
    return made


def _in_main(sql: str, name: str) -> str:
    """CREATE [UNIQUE] INDEX "name" ON … as CREATE … INDEX main."name" ON …"""
    quoted = _q(name)
    at = sql.find(quoted)
    if at < 0 or "INDEX" not in sql[:at].upper():
        raise AssertionError(sql)  # pragma: no cover - peewee writes them this way
    return sql[:at] + "main." + sql[at:]


def _fill_meta(conn: Any, opened: OpenedPackage, table: Table, present: tuple[str, ...],
               lines: list[str], fillers: dict[int, Any]) -> int:
    """The package's settings rows that travel (the new workspace keeps its own others)."""
    key_at = table.column_names.index("key")
    rows = [row for rows in row_batches(opened.archive, table, present, lines, fillers)
            for row in rows]
    keys = [row[key_at] for row in rows]
    if len(set(keys)) != len(keys):
        raise PackageDamaged(reason("duplicate", table=table.name, columns="key"))
    wanted = [row for row in rows if isinstance(row[key_at], str)
              and travels(row[key_at], whole=True)]
    try:
        conn.executemany(insert_sql("main", table, "INSERT OR REPLACE"), wanted)
    except IntegrityError as exc:
        raise PackageDamaged(reason("breaks_rules", table=table.name)) from exc
    return len(wanted)


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
