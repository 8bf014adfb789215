"""Schema versions: numbered migration scripts (playhouse.migrations) and a version row.

The history table records every script applied; the `schema_version` row in
`workspace_meta` mirrors the highest one for quick reading and for tools.
"""

from __future__ import annotations

import logging

from peewee import Database
from playhouse.migrations import Migration, Runner, _index

from musdesk.errors import MigrationFailed, SchemaTooNew, UnknownMigration
from musdesk.models.meta import WorkspaceMeta
from musdesk.resources import migrations_dir

HISTORY_TABLE = "schema_migration"
log = logging.getLogger(__name__)


def available_migrations() -> list[Migration]:
    found: list[Migration] = Migration.load_directory(str(migrations_dir()))
    return found


def latest_version() -> int:
    return max((m.idx for m in available_migrations()), default=0)


# Scripts that were renumbered after a build had applied them under their first name (each
# script is independent and re-runnable, but a renamed one must not look "unknown" or run
# twice): the history keeps the old name, read as the new one.
RENAMED = {"0007_erased_calendar_tombstones": "0009_erased_calendar_tombstones"}


class _Runner(Runner):
    def applied(self) -> dict[str, object]:
        found: dict[str, object] = super().applied()
        return {RENAMED.get(name, name): when for name, when in found.items()}


def _runner(db: Database) -> Runner:
    return _Runner(db, directory=str(migrations_dir()), table_name=HISTORY_TABLE)


def current_version(db: Database) -> int:
    applied = _runner(db).applied()
    return max((_index(name) for name in applied), default=0)


def ensure_not_newer(db: Database) -> int:
    """Raise SchemaTooNew when the workspace has scripts this program does not know."""
    runner = _runner(db)
    found = current_version(db)
    known_names = {m.name for m in available_migrations()}
    unknown = [name for name in runner.applied() if name not in known_names]
    if found > latest_version():
        raise SchemaTooNew(found=found, known=latest_version())
    if unknown:
        # Same or lower number, unknown name: another build's migration, not a newer schema.
        raise UnknownMigration(name=", ".join(sorted(unknown)[:3]))
    return found


def pending(db: Database) -> list[str]:
    return [m.name for m in _runner(db).status() if m.applied is None]


def migrate(db: Database) -> list[str]:
    """Apply pending scripts, each in its own transaction, then record the version."""
    before = set(_runner(db).applied())
    runner = _runner(db)
    for name in pending(db):
        try:
            runner.up(target=name)
        except Exception as exc:  # a script's own error; its transaction was rolled back
            log.error("migration %s failed: %s", name, type(exc).__name__)
            raise MigrationFailed(step=name) from exc
    applied = [name for name in runner.applied() if name not in before]
    if applied:
        log.info("applied migrations: %s", ", ".join(applied))
    version = str(current_version(db))
    recorded = WorkspaceMeta.get_or_none(WorkspaceMeta.key == "schema_version")
    if recorded is None or recorded.value != version:
        # Written only when it changes: an open with nothing to upgrade writes nothing.
        with db.atomic("IMMEDIATE"):
            WorkspaceMeta.replace(key="schema_version", value=version).execute()
    return applied
