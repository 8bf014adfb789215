"""Which records a package of some organisations holds: everything that hangs on them.

Derived from the foreign keys of the models (package_tables), so new tables are covered:
- A table "hangs on organisations" when it has a reference to one that does (organisation
  itself to start with). Its record is in scope when such a reference (other than to its own
  table) points at a record in scope: departments, employees, rounds, conversations, plans,
  follow-up, …
- Shared tables (question templates and their sections and questions) come along when a
  record in scope uses them, with the versions they were made from, and their own children.
- A table with `record_type` and `record_id` columns (the audit trail) keeps the rows about
  records in scope.
- workspace_meta: see `meta_keys_for` (the seal's records of the summaries in scope).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from peewee import Database

from musdesk.interchange.package_tables import (
    LOCAL_META_KEYS,
    LOCAL_META_PREFIXES,
    SEAL_PRIVATE_KEY,
    SOFT_REFERENCES,
    Column,
    Table,
    tables,
)

ISSUE_PREFIX = "documents.issue."
FILE_PREFIX = "documents.file."
CODE_PREFIX = "documents.code."
CONTENT_PREFIX = "documents.content."
SEAL_PREFIX = "documents."

Scope = dict[str, set[str] | None]  # table → ids in scope (None: every row)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _soft(table: Table) -> list[tuple[str, str]]:
    """(column, table it names an id of) for the table's soft references."""
    return [(column, target) for (name, column), target in SOFT_REFERENCES.items()
            if name == table.name]


def rooted_tables() -> set[str]:
    rooted = {"organisation"}
    for table in tables():
        if any(c.references in rooted and c.references != table.name for c in table.references) \
                or any(target in rooted for _, target in _soft(table)):
            rooted.add(table.name)
    return rooted


def _is_trail(table: Table) -> bool:
    names = set(table.column_names)
    return {"record_type", "record_id"} <= names and not table.references


def _target(column: Column) -> str:
    """The table a reference column points to (only called for reference columns)."""
    return column.references or ""


def compute_scope(db: Database, organisation_ids: Iterable[str] | None) -> Scope:
    """Ids per table; None for the whole workspace (every row of every table)."""
    if organisation_ids is None:
        return {table.name: None for table in tables()}
    rooted = rooted_tables()
    included: dict[str, set[str]] = {t.name: set() for t in tables()}
    included["organisation"] = {str(i).replace("-", "") for i in organisation_ids}
    wanted: dict[str, set[str]] = {t.name: set() for t in tables()}  # shared, used by scope
    for table in tables():
        if table.name == "organisation" or table.name not in rooted:
            continue
        refs = table.references
        soft = _soft(table)
        cols = ", ".join([_q(c.name) for c in refs] + [_q(c) for c, _ in soft])
        rooted_refs = [i for i, c in enumerate(refs)
                       if c.references in rooted and c.references != table.name]
        shared_refs = [i for i, c in enumerate(refs) if c.references not in rooted]
        soft_at = [(len(refs) + 1 + j, target) for j, (_, target) in enumerate(soft)]
        ids = included[table.name]
        for row in db.execute_sql(f"SELECT {_q(table.key)}, {cols} FROM {_q(table.name)}"):
            if any(row[i + 1] in included[_target(refs[i])] for i in rooted_refs) or any(
                    str(row[at]).replace("-", "") in included[target] for at, target in soft_at):
                ids.add(row[0])
                for i in shared_refs:
                    if row[i + 1] is not None:
                        wanted[_target(refs[i])].add(row[i + 1])
    shared = [t for t in tables() if t.name not in rooted and t.references]
    # Up: the records in scope use these; follow their own references (parent versions).
    changed = True
    while changed:
        changed = False
        for table in reversed(shared):
            need = wanted[table.name] - included[table.name]
            if not need:
                continue
            included[table.name] |= need
            changed = True
            refs = table.references
            cols = ", ".join(_q(c.name) for c in refs)
            for row in _rows_with_ids(db, table, cols, need):
                for i, column in enumerate(refs):
                    if row[i + 1] is not None and column.references not in rooted:
                        wanted[_target(column)].add(row[i + 1])
    # Down: the children of the shared records in scope (a template's sections, questions).
    for table in shared:
        refs = tuple(c for c in table.references if c.references not in rooted
                     and c.references != table.name)
        if not refs:
            continue
        cols = ", ".join(_q(c.name) for c in refs)
        for row in db.execute_sql(f"SELECT {_q(table.key)}, {cols} FROM {_q(table.name)}"):
            if any(row[i + 1] in included[_target(c)] for i, c in enumerate(refs)):
                included[table.name].add(row[0])
    for table in tables():
        if not table.references and table.name not in rooted and table.name in included:
            included[table.name] |= wanted[table.name]  # shared tables without references
    scope: Scope = dict(included)
    everything = {str(i) for ids in included.values() for i in ids}
    for table in tables():
        if _is_trail(table):
            scope[table.name] = {
                row[0] for row in db.execute_sql(
                    f"SELECT {_q(table.key)}, record_id FROM {_q(table.name)}")
                if str(row[1]).replace("-", "") in everything
            }
    scope["workspace_meta"] = set(meta_keys_for(db, included.get("conversation", set()),
                                                whole=False))
    return scope


def _rows_with_ids(db: Database, table: Table, cols: str, ids: set[str]
                   ) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    items = sorted(ids)
    for start in range(0, len(items), 500):
        part = items[start:start + 500]
        marks = ", ".join("?" for _ in part)
        found += db.execute_sql(
            f"SELECT {_q(table.key)}, {cols} FROM {_q(table.name)} "
            f"WHERE {_q(table.key)} IN ({marks})", part).fetchall()
    return found


def travels(key: str, *, whole: bool) -> bool:
    """Whether a workspace_meta row goes into a package at all."""
    if key in LOCAL_META_KEYS or key.startswith(LOCAL_META_PREFIXES):
        return False
    if key == SEAL_PRIVATE_KEY:
        return whole  # the seal's private key only moves with the whole workspace
    return whole or key.startswith(SEAL_PREFIX)


def meta_keys_for(db: Database, conversation_ids: set[str], *, whole: bool) -> list[str]:
    """The workspace_meta rows of a package: for organisations, the seal's records of the
    summaries issued for conversations in scope (issue, file and code index, content)."""
    rows = dict(db.execute_sql("SELECT key, value FROM workspace_meta").fetchall())
    if whole:
        return [key for key in rows if travels(key, whole=True)]
    wanted_ids = {i.replace("-", "") for i in conversation_ids}
    issues: set[str] = set()
    contents: set[str] = set()
    for key, value in rows.items():
        if not key.startswith(ISSUE_PREFIX):
            continue
        try:
            record = json.loads(value)
            document = str(record["document_id"]).replace("-", "")
            digest = str(record["content_hash"])
        except (ValueError, KeyError, TypeError):
            continue
        if document in wanted_ids:
            issues.add(key.removeprefix(ISSUE_PREFIX))
            contents.add(CONTENT_PREFIX + digest[:40])
    keys = [ISSUE_PREFIX + i for i in issues] + [c for c in contents if c in rows]
    keys += [key for key, value in rows.items()
             if key.startswith((FILE_PREFIX, CODE_PREFIX)) and value in issues]
    return sorted(keys)
