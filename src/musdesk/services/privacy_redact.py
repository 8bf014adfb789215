"""An erased person's name where it remains: in other people's records.

Erasing a person removes their rows; their name can still stand in records that belong to
others — as the leader in a colleague's signed snapshot and its issued-summary content, or
typed into free text (someone's answer, a note, a GRUS participants field). This module
finds those places and replaces the name by a neutral marker, on any open SQLCipher
connection (the workspace or a backup), reading the file's own schema:

- `mentions(conn, name, rows)` counts them before the erasure (for the confirmation):
  signed snapshots of others that name the person, and free-text fields.
- `redact(conn, name, marker, on)` replaces the name in every text column of every table
  (case-insensitive for ASCII letters, also in its JSON-escaped forms) and, for a signed
  snapshot or a sealed content, notes in `privacy.redacted` that it was redacted on that
  date by an erasure: table, record id and date only, no content. The recorded hash and
  signature stay as they were issued, so `verify` can say "issued on …; later redacted by
  an erasure on …" (documents/seal) instead of "altered".

Only the full name (first and last name as stored) is looked for: a first name alone is
too common to replace without reading the text. When someone who stays has the very same
name, nothing is replaced (it would change their records too) and the counts say so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

REDACTED_META = "privacy.redacted"  # [{"table", "id", "on"}]
SIGNED = (("signed_version", "snapshot"), ("issued_content", "canonical"))
SEALED_META_PREFIX = "documents.content."  # sealed contents of files from before schema 3
_SKIP_TABLES = ("audit_event",)  # content-free by design
_TEXT_TYPES = ("CHAR", "CLOB", "TEXT")


@dataclass(frozen=True)
class Mentions:
    signed: int  # signed snapshots of other people that name the person
    issued: int  # sealed contents of issued summaries that name them
    free_text: int  # editable text fields elsewhere that mention the name
    # Someone who stays has the same name: then nothing is replaced (it would hit them too).
    namesake: bool = False

    @property
    def total(self) -> int:
        return self.signed + self.issued + self.free_text


NONE = Mentions(0, 0, 0)


def marker(language: str | None = None) -> str:
    from musdesk import texts

    return texts.text("privacy.redacted_marker", language)


def variants(name: str) -> list[str]:
    """The name as typed, in capitals and in small letters, and as JSON writes it."""
    found: list[str] = []
    for form in (name, name.upper(), name.lower()):
        for text in (form, json.dumps(form)[1:-1], json.dumps(form, ensure_ascii=False)[1:-1]):
            if text and text not in found:
                found.append(text)
    return found


def _text_columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            if any(kind in str(row[2]).upper() for kind in _TEXT_TYPES)]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _cells(conn: Any, name: str) -> Iterator[tuple[str, int, str, str, str]]:
    """(table, rowid, row id or key, column, text) of every text cell naming the person."""
    forms = variants(name)
    pattern = _pattern(forms)
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table in _SKIP_TABLES:
            continue
        columns = _text_columns(conn, table)
        if not columns:
            continue
        key = "key" if table == "workspace_meta" else (
            "content_hash" if table == "issued_content" else "id")
        tests = " OR ".join(f'"{c}" LIKE ? ESCAPE \'\\\'' for c in columns for _ in forms)
        params = [_like(form) for _c in columns for form in forms]
        selected = ", ".join(f'"{c}"' for c in columns)
        query = f'SELECT rowid, "{key}", {selected} FROM "{table}" WHERE {tests}'
        try:
            rows = conn.execute(query, params).fetchall()
        except Exception:  # noqa: BLE001 (a table without that key column: use rowid)
            rows = conn.execute(query.replace(f'"{key}"', "rowid", 1), params).fetchall()
        for rowid, ident, *values in rows:
            for column, value in zip(columns, values, strict=True):
                if isinstance(value, str) and pattern.search(value):
                    yield table, rowid, str(ident), column, value


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)),
                      re.IGNORECASE)


def _kind(table: str, column: str, ident: str) -> str:
    if (table, column) == SIGNED[0]:
        return "signed"
    if (table, column) == SIGNED[1] or (
            table == "workspace_meta" and ident.startswith(SEALED_META_PREFIX)):
        return "issued"
    return "free_text"


def has_namesake(conn: Any, name: str, erased: Iterable[str] = ()) -> bool:
    """Whether another person in the file (not among `erased` ids) has the same full name."""
    gone = {str(ident).replace("-", "") for ident in erased}
    for ident, first, last in conn.execute(
            "SELECT id, first_name, last_name FROM employee").fetchall():
        full = " ".join(part.strip() for part in (first, last) if part and part.strip())
        if full.casefold() == name.casefold() and str(ident).replace("-", "") not in gone:
            return True
    return False


def mentions(conn: Any, name: str, erased: Any = None) -> Mentions:
    """Where the name remains outside the rows an erasure removes (`erased`: a RowSet)."""
    counts = {"signed": 0, "issued": 0, "free_text": 0}
    if not name.strip():
        return Mentions(0, 0, 0)
    if has_namesake(conn, name, erased.ids("employee") if erased is not None else ()):
        return Mentions(0, 0, 0, namesake=True)
    for table, _rowid, ident, column, _value in _cells(conn, name):
        if erased is not None and _goes(erased, table, ident):
            continue
        counts[_kind(table, column, ident)] += 1
    return Mentions(counts["signed"], counts["issued"], counts["free_text"])


def _goes(erased: Any, table: str, ident: str) -> bool:
    if table in ("issued_content", "issued_summary", "workspace_meta"):
        return False  # counted by the erasure's own records; names of others' stay
    return ident in erased.ids(table) or ident.replace("-", "") in erased.ids(table)


def redact(conn: Any, name: str, marker_text: str, on: str) -> Mentions:
    """Replace the name everywhere it remains (the person's own rows already gone)."""
    counts = {"signed": 0, "issued": 0, "free_text": 0}
    if not name.strip():
        return Mentions(0, 0, 0)
    if has_namesake(conn, name):
        return Mentions(0, 0, 0, namesake=True)
    forms = variants(name)
    pattern = _pattern(forms)
    noted: list[dict[str, str]] = []
    for table, rowid, ident, column, value in list(_cells(conn, name)):
        kind = _kind(table, column, ident)
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                     (pattern.sub(marker_text, value), rowid))
        counts[kind] += 1
        if kind != "free_text":
            noted.append({"table": table, "id": ident, "on": on})
    if noted:
        row = conn.execute("SELECT value FROM workspace_meta WHERE key = ?",
                           (REDACTED_META,)).fetchone()
        entries = json.loads(row[0]) if row else []
        entries += [entry for entry in noted if entry not in entries]
        conn.execute("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)",
                     (REDACTED_META, json.dumps(entries, sort_keys=True)))
    return Mentions(counts["signed"], counts["issued"], counts["free_text"])


def redactions(conn: Any) -> list[dict[str, str]]:
    """Every snapshot or sealed content redacted by an erasure: table, id, date."""
    row = conn.execute("SELECT value FROM workspace_meta WHERE key = ?",
                       (REDACTED_META,)).fetchone()
    try:
        entries = json.loads(row[0]) if row else []
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def redacted_on(conn: Any, table: str, ident: str) -> str:
    """The date the record was redacted by an erasure ('' if it never was)."""
    wanted = {str(ident), str(ident).replace("-", "")}
    dates = [str(e.get("on", "")) for e in redactions(conn)
             if e.get("table") == table and str(e.get("id", "")) in wanted]
    return max(dates) if dates else ""


def version_redacted_on(version_id: object) -> dt.date | None:
    """When an erasure redacted a name in this signed version's snapshot (None if never)."""
    from musdesk.models import database_proxy

    on = redacted_on(database_proxy.connection(), "signed_version", str(version_id))
    return dt.date.fromisoformat(on) if on else None
