"""Erasure at the level of rows, on any open SQLCipher connection (the workspace or a backup).

It reads the schema of the file it is given (`PRAGMA foreign_key_list`), not the models, so a
backup taken under an older schema version is cleansed by the same code. Which rows go: the
root record and everything that refers to it through `ON DELETE CASCADE`, transitively;
for a round also the development goals agreed in its conversations (their link is SET NULL,
but a plan belongs to its conversation). Besides the tables, the issued-summary records and
their seals (tables `issued_summary`/`issued_content`, or `documents.*` rows of
`workspace_meta` in files from before schema 3) and the
audit events of every erased row go too. Nothing here writes a name or a text anywhere.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

ERASABLE = ("employee", "round", "organisation")
ERASED_META = "privacy.erased"  # content-free list: [{"kind", "id", "on"}]
# Before migration 0007: erasure's own calendar tombstones (now rows of calendar_tombstone).
LEGACY_TOMBSTONES_META = "privacy.calendar_cancelled"  # [{"uid", "on", "organisation"}]
SEAL_PREFIXES = ("documents.issue.", "documents.file.", "documents.code.", "documents.content.")


def db_id(ident: object) -> str:
    """Peewee stores a UUID as 32 hex digits; the rest of the program writes it with dashes."""
    return uuid.UUID(str(ident)).hex


def dashed(hex_id: str) -> str:
    return str(uuid.UUID(hex_id))


@dataclass(frozen=True)
class RowSet:
    """The rows an erasure removes: table → ids (as stored)."""

    rows: dict[str, frozenset[str]]
    seals: int = 0  # issued-summary records removed with them
    redacted: Any = None  # after an erasure of a person: privacy_redact.Mentions

    def counts(self) -> dict[str, int]:
        found = {table: len(ids) for table, ids in sorted(self.rows.items()) if ids}
        if self.seals:
            found["issued_summary"] = self.seals
        return found

    def ids(self, table: str) -> frozenset[str]:
        return self.rows.get(table, frozenset())

    def all_ids(self) -> set[str]:
        found: set[str] = set()
        for ids in self.rows.values():
            found |= ids
        return found


def _tables(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [row[0] for row in rows]


def cascade_children(conn: Any) -> dict[str, list[tuple[str, str]]]:
    """parent table → [(child table, column)] for every ON DELETE CASCADE reference."""
    children: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in _tables(conn):
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            parent, column, on_delete = row[2], row[3], str(row[6]).upper()
            if on_delete == "CASCADE":
                children[parent].append((table, column))
    return children


def _select_ids(conn: Any, table: str, column: str, values: Iterable[str]) -> set[str]:
    values = list(values)
    found: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f'SELECT id FROM "{table}" WHERE "{column}" IN ({marks})', chunk
        ).fetchall()
        found.update(str(row[0]) for row in rows)
    return found


def _roots(conn: Any, kind: str, hex_id: str) -> dict[str, set[str]]:
    if kind not in ERASABLE:
        raise ValueError(kind)
    exists = conn.execute(f'SELECT 1 FROM "{kind}" WHERE id = ?', (hex_id,)).fetchone()
    if exists is None:
        return {}
    roots: dict[str, set[str]] = {kind: {hex_id}}
    if kind == "round":
        conversations = _select_ids(conn, "conversation", "round_id", [hex_id])
        goals = _select_ids(conn, "development_goal", "conversation_id", conversations)
        if goals:
            roots["development_goal"] = goals
    return roots


def collect(conn: Any, kind: str, ident: object) -> RowSet:
    """Every row erasing this record removes (empty when the record is not in this file)."""
    children = cascade_children(conn)
    found: dict[str, set[str]] = defaultdict(set)
    todo = list(_roots(conn, kind, db_id(ident)).items())
    while todo:
        table, ids = todo.pop()
        new = ids - found[table]
        if not new:
            continue
        found[table] |= new
        for child, column in children.get(table, ()):
            child_ids = _select_ids(conn, child, column, new)
            if child_ids:
                todo.append((child, child_ids))
    rows = {table: frozenset(ids) for table, ids in found.items() if ids}
    return RowSet(rows, _count_seals(conn, rows.get("conversation", frozenset())))


def _meta_get(conn: Any, key: str) -> Any:
    row = conn.execute("SELECT value FROM workspace_meta WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else []


def _meta_put(conn: Any, key: str, value: Any) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)",
        (key, json.dumps(value, sort_keys=True)),
    )


def erased_list(conn: Any) -> list[dict[str, str]]:
    return list(_meta_get(conn, ERASED_META))


def _columns(conn: Any, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()}


def _count_seals(conn: Any, conversation_ids: Iterable[str]) -> int:
    documents = sorted(dashed(ident) for ident in conversation_ids)
    if not documents:
        return 0
    count = 0
    if "issued_summary" in _tables(conn):
        for start in range(0, len(documents), 500):
            chunk = documents[start : start + 500]
            marks = ",".join("?" * len(chunk))
            count += conn.execute(
                f"SELECT count(*) FROM issued_summary WHERE document_id IN ({marks})", chunk
            ).fetchone()[0]
    wanted = set(documents)
    for (value,) in conn.execute(
        "SELECT value FROM workspace_meta WHERE key LIKE 'documents.issue.%'"
    ).fetchall():
        try:
            count += str(json.loads(value).get("document_id", "")) in wanted
        except (ValueError, AttributeError):
            continue
    return count


def _erase_issued_table(conn: Any, documents: list[str]) -> None:
    """Schema 3 on: the issued_summary rows of these conversations, and the stored content
    that no remaining issue refers to."""
    if "issued_summary" not in _tables(conn):
        return
    for start in range(0, len(documents), 500):
        chunk = documents[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM issued_summary WHERE document_id IN ({marks})", chunk)
    if "issued_content" in _tables(conn):
        conn.execute("DELETE FROM issued_content WHERE content_hash NOT IN "
                     "(SELECT content_hash FROM issued_summary)")


def _erase_seals(conn: Any, conversation_ids: Iterable[str]) -> int:
    """Issued-summary records of these conversations, their index rows and stored content
    (in their own tables, and in `workspace_meta` rows of files from before schema 3)."""
    documents = {dashed(ident) for ident in conversation_ids}
    if not documents:
        return 0
    _erase_issued_table(conn, sorted(documents))
    removed = 0
    issues = conn.execute(
        "SELECT key, value FROM workspace_meta WHERE key LIKE 'documents.issue.%'"
    ).fetchall()
    keep_hashes: set[str] = set()
    gone_hashes: set[str] = set()
    for key, value in issues:
        try:
            record = json.loads(value)
        except ValueError:
            continue
        digest = str(record.get("content_hash", ""))
        if str(record.get("document_id", "")) not in documents:
            keep_hashes.add(digest)
            continue
        conn.execute("DELETE FROM workspace_meta WHERE key = ?", (key,))
        issue_id = key.removeprefix("documents.issue.")
        conn.execute(
            "DELETE FROM workspace_meta WHERE (key LIKE 'documents.file.%' "
            "OR key LIKE 'documents.code.%') AND value = ?", (issue_id,))
        gone_hashes.add(digest)
        removed += 1
    for digest in gone_hashes - keep_hashes:
        conn.execute("DELETE FROM workspace_meta WHERE key = ?",
                     ("documents.content." + digest[:40],))
    return removed


def apply(conn: Any, kind: str, ident: object, *, on: str = "", marker: str = "",
          before: Callable[[str, str, RowSet], object] | None = None) -> RowSet:
    """Erase one record and all that depends on it; the caller holds the transaction and
    has foreign keys and secure_delete on. Returns what went (empty if it was not there).
    `before(kind, id, rows)` runs first (the workspace buries the calendar events there). An erased
    person's name is then redacted where it remains, in other people's records
    (services/privacy_redact, with `marker`, noting the date `on`)."""
    rows = collect(conn, kind, ident)
    if not rows.rows:
        return rows
    if before is not None:
        before(kind, dashed(db_id(ident)), rows)
    name = _person_name(conn, rows) if kind == "employee" else ""
    _erase_seals(conn, rows.ids("conversation"))
    # Children first, so that the result does not depend on the file's foreign-key setting.
    order = _deletion_order(conn, rows)
    for table in order:
        ids = sorted(rows.ids(table))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            conn.execute(f'DELETE FROM "{table}" WHERE id IN ({marks})', chunk)
    audit_ids = sorted(rows.all_ids() | {dashed(i) for i in rows.all_ids()})
    if "audit_event" in _tables(conn):
        for start in range(0, len(audit_ids), 500):
            chunk = audit_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            conn.execute(f"DELETE FROM audit_event WHERE record_id IN ({marks})", chunk)
    if name:
        from musdesk.services import privacy_redact

        done = privacy_redact.redact(conn, name, marker or privacy_redact.marker(), on)
        return dataclasses.replace(rows, redacted=done)
    return rows


def _person_name(conn: Any, rows: RowSet) -> str:
    """The erased person's name as this file holds it (to redact it where it remains)."""
    (hex_id,) = rows.ids("employee") or {""}
    cols = _columns(conn, "employee")
    if not hex_id or not {"first_name", "last_name"} <= cols:
        return ""
    row = conn.execute("SELECT first_name, last_name FROM employee WHERE id = ?",
                       (hex_id,)).fetchone()
    return " ".join(part.strip() for part in row if part and part.strip()) if row else ""


def add_tombstones(conn: Any, stones: Iterable[dict[str, Any]]) -> None:
    """Put calendar tombstones (rows of `calendar_tombstone` as the workspace recorded them
    at the erasure, services/calendar_tombstones) into this file too. A file from before
    that table (schema < 6) keeps them in the `workspace_meta` form its migration 0007
    moves into the table, so a restored old backup still cancels the events."""
    stones = list(stones)
    if not stones:
        return
    if "calendar_tombstone" in _tables(conn):
        for stone in stones:
            conn.execute("DELETE FROM calendar_tombstone WHERE uid = ?", (stone["uid"],))
            names = sorted(stone)
            conn.execute(
                f"INSERT INTO calendar_tombstone ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})", [stone[n] for n in names])
        return
    legacy = [{"uid": s["uid"], "on": str(s["starts"])[:10], "organisation": s["organisation_id"]}
              for s in stones]
    _meta_put(conn, LEGACY_TOMBSTONES_META, list(_meta_get(conn, LEGACY_TOMBSTONES_META)) + legacy)


def _deletion_order(conn: Any, rows: RowSet) -> list[str]:
    """Tables deepest first along the cascade references."""
    children = cascade_children(conn)
    depth: dict[str, int] = {}

    def visit(table: str, level: int, path: tuple[str, ...]) -> None:
        if depth.get(table, -1) >= level or table in path:
            return
        depth[table] = level
        for child, _column in children.get(table, ()):
            visit(child, level + 1, (*path, table))

    for table in rows.rows:
        visit(table, 0, ())
    return sorted(rows.rows, key=lambda t: -depth.get(t, 0))


def remember(conn: Any, kind: str, ident: object, on: str) -> None:
    """Add the erased record to the content-free list (kept for restores)."""
    entries = erased_list(conn)
    key = {"kind": kind, "id": str(uuid.UUID(str(ident)))}
    if not any(e.get("kind") == key["kind"] and e.get("id") == key["id"] for e in entries):
        entries.append({**key, "on": on})
    _meta_put(conn, ERASED_META, entries)


def reapply(conn: Any, entries: Iterable[dict[str, str]], *, marker: str = "",
            before: Callable[[str, str, RowSet], object] | None = None,
            ) -> dict[str, int]:
    """Erase again whatever of `entries` this file still holds, and keep the list in it.
    Returns the rows removed per table (empty when the file held none of them)."""
    total: dict[str, int] = defaultdict(int)
    known = erased_list(conn)
    for entry in entries:
        kind, ident = entry.get("kind", ""), entry.get("id", "")
        if kind not in ERASABLE:
            continue
        gone = apply(conn, kind, ident, on=entry.get("on", ""), marker=marker, before=before)
        for table, count in gone.counts().items():
            total[table] += count
        if not any(e.get("kind") == kind and e.get("id") == ident for e in known):
            known.append(dict(entry))
    _meta_put(conn, ERASED_META, known)
    return dict(total)
