"""Restoring a backup so that erased people stay erased.

The content-free list of erased records (`privacy.erased`) is read from the current database
before the swap; after it, whatever of those records the restored backup still holds is
erased again (the list is kept in the restored database too), the file compacted, and one
audit event notes the restore. Then every backup is cleansed again, since one brought back
from elsewhere may hold erased records. Backups are rewritten at each erasure, so this matters for a
backup made before an erasure that was kept elsewhere, or restored by a program without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from musdesk.services import audit, privacy_backups, privacy_erase, privacy_rows
from musdesk.storage import restore as storage_restore
from musdesk.storage.backups import DEFAULT_KEPT
from musdesk.storage.workspace import Workspace


@dataclass(frozen=True)
class RestoreResult:
    undo_backup: Path  # restoring this one returns to the state before
    erased_rows: int  # rows of erased records the backup still held, erased again


def restore_backup(workspace: Workspace, backup: Path, *,
                   keep: int = DEFAULT_KEPT) -> RestoreResult:
    erased = privacy_rows.erased_list(workspace.database.connection())
    found: dict[str, Any] = {}

    def reapply(conn: Any) -> None:
        database = workspace.database
        with database.atomic(lock_type="IMMEDIATE"):
            found["rows"] = privacy_rows.reapply(conn, erased,
                                                 before=privacy_erase.bury_events)
            audit.record("restored", ("workspace", workspace.workspace_id),
                         detail="erased again" if found["rows"] else "")
        if found["rows"]:
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.execute_sql("VACUUM")
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    undo = storage_restore.restore(workspace, Path(backup), keep=keep, after=reapply)
    if erased:
        # a backup brought back from elsewhere may still hold erased records
        privacy_backups.cleanse_backups(workspace, erased)
    return RestoreResult(undo, sum(found.get("rows", {}).values()))
