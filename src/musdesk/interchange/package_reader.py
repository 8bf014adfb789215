"""Open and inspect a package, and check its records against the models' rules.

    opened = open_package(path, Unlock(passphrase="…"))   # decrypted, authenticated, hashed
    summary = opened.summary()                             # what the import dialog shows

Nothing is written anywhere: `open_package` works on bytes in memory. `stage` puts the
records into an in-memory database attached to a workspace connection (`pkg`), never a
file (temp_store = MEMORY), and `validate` checks every value there: types, lengths,
vocabularies, ranges, dates, UUIDs, foreign keys (within the package, and for a merge also
against the workspace), unique keys and the manifest's counts. Any finding is a
PackageDamaged naming the table, column and record.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from musdesk.interchange.package_crypto import (
    PackageCancelled,
    PackageDamaged,
    PackageTooNew,
    Unlock,
    decrypt,
    header_method,
    read_package_file,
    reason,
)
from musdesk.interchange.package_format import (
    SEAL_KEY_MEMBER,
    Archive,
    Manifest,
    blob_member,
    records_member,
)
from musdesk.interchange.package_scope import _q
from musdesk.interchange.package_tables import Column, Table, table_named, tables
from musdesk.storage import schema

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PKG = "pkg"


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    created: str
    app_version: str
    format_version: int
    schema_version: int
    source_workspace: str
    scope: str
    organisations: tuple[str, ...]  # names
    counts: dict[str, int]
    size: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def package_needs(path: Path) -> str:
    """"passphrase" or "recipients" (read from the age header only)."""
    return header_method(read_package_file(Path(path))[:64 * 1024])


class OpenedPackage:
    """A package decrypted and checked in memory (keep it only as long as needed)."""

    def __init__(self, path: Path, archive: Archive, size: int) -> None:
        self.path = path
        self.archive = archive
        self.size = size

    @property
    def manifest(self) -> Manifest:
        return self.archive.manifest

    def summary(self) -> PackageSummary:
        m = self.manifest
        return PackageSummary(
            path=self.path, created=m.created, app_version=m.app_version,
            format_version=m.format_version, schema_version=m.schema_version,
            source_workspace=m.source_workspace, scope=m.scope,
            organisations=tuple(name for _, name in m.organisations),
            counts={k: v for k, v in m.counts.items() if v}, size=self.size,
        )

    def seal_public_key(self) -> bytes | None:
        if SEAL_KEY_MEMBER in self.manifest.members:
            return self.archive.read(SEAL_KEY_MEMBER)
        return None


def open_package(path: Path, unlock: Unlock) -> OpenedPackage:
    """Decrypt (age authenticates every byte), unpack in memory, check every member's
    SHA-256 and size against the manifest, and that this program knows the format and
    schema. Raises PackageSecretWrong, PackageDamaged, PackageTooNew, PackageTooLarge."""
    data = read_package_file(Path(path))
    plaintext = decrypt(data, unlock)
    archive = Archive(plaintext)
    del plaintext
    manifest = archive.manifest
    if manifest.schema_version > schema.latest_version():
        raise PackageTooNew(what=f"schema {manifest.schema_version}",
                            known=f"schema {schema.latest_version()}")
    for name, columns in manifest.tables.items():
        table = table_named(name)
        if table is None:
            raise PackageTooNew(what=f"table {name}", known=f"schema {schema.latest_version()}")
        unknown = set(columns) - set(table.column_names)
        if unknown or len(set(columns)) != len(columns):
            raise PackageTooNew(what=f"{name}.{sorted(unknown)[0] if unknown else '?'}",
                                known=f"schema {schema.latest_version()}")
    return OpenedPackage(Path(path), archive, len(data))


def inspect_package(path: Path, unlock: Unlock) -> PackageSummary:
    return open_package(path, unlock).summary()


# --- staging ---------------------------------------------------------------------------------
def _missing_value(table: Table, column: Column) -> Any:
    """The value of a column an older package does not have (the model's default)."""
    field = next(f for f in table.model._meta.sorted_fields if f.column_name == column.name)
    if field.default is not None:
        value = field.default() if callable(field.default) else field.default
        return field.db_value(value)
    if column.null:
        return None
    raise PackageDamaged(reason("column_missing", table=table.name, column=column.name))


def stage(conn: Any, opened: OpenedPackage, progress: Progress, is_cancelled: Cancelled,
          total: int) -> int:
    """Load the records into the in-memory `pkg` database on `conn`; returns rows loaded."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"ATTACH DATABASE ':memory:' AS {PKG} KEY ''")
    manifest = opened.manifest
    done = 0
    for table in tables():
        cols = table.column_names
        # No key index while loading (an index on random UUIDs grown row by row is slow);
        # `_ok` records whether the line had the right shape (see _stage_in_sqlite).
        defs = ", ".join(_q(c) for c in cols)
        conn.execute(f"CREATE TABLE {PKG}.{_q(table.name)} ({defs}, _ok DEFAULT 1)")
        if table.name not in manifest.tables:
            _index_key(conn, table)
            continue
        present = manifest.tables[table.name]
        positions = [present.index(c) if c in present else None for c in cols]
        fillers = {i: _missing_value(table, table.columns[i])
                   for i, p in enumerate(positions) if p is None}
        blob_at = {cols.index(c.name) for c in table.blobs}
        if not blob_at and not fillers:
            count = _stage_in_sqlite(conn, opened, table, present)
            if count != manifest.counts.get(table.name):
                raise PackageDamaged(reason("count_differs", table=table.name))
            _index_key(conn, table)
            done += count
            progress(done, total)
            if is_cancelled():
                raise PackageCancelled()
            continue
        key_at = cols.index(table.key)
        insert = (f"INSERT INTO {PKG}.{_q(table.name)} ({', '.join(_q(c) for c in cols)}) "
                  f"VALUES ({', '.join('?' for _ in cols)})")
        batch: list[list[Any]] = []
        count = 0
        for raw in opened.archive.rows(table.name):
            row = [raw[p] if p is not None else fillers[i] for i, p in enumerate(positions)]
            for i in blob_at:
                if row[i] is not None:
                    row[i] = _blob(opened, table, row, key_at, i)
            batch.append(row)
            if len(batch) >= 5000:
                count += _insert(conn, insert, batch, table)
                batch = []
                done_now = done + count
                progress(done_now, total)
                if is_cancelled():
                    raise PackageCancelled()
        count += _insert(conn, insert, batch, table)
        if count != manifest.counts.get(table.name):
            raise PackageDamaged(reason("count_differs", table=table.name))
        _index_key(conn, table)
        done += count
    progress(done, total)
    return done


def _index_key(conn: Any, table: Table) -> None:
    """The key index, made once the table is loaded; two records with one key refuse."""
    try:
        conn.execute(f"CREATE UNIQUE INDEX {PKG}.{_q('key_' + table.name)} "
                     f"ON {_q(table.name)} ({_q(table.key)})")
    except Exception as exc:  # a duplicate key
        raise PackageDamaged(reason("duplicate", table=table.name, columns=table.key)) from exc


def _stage_in_sqlite(conn: Any, opened: OpenedPackage, table: Table,
                     present: tuple[str, ...]) -> int:
    """Parse and insert the lines with SQLite's JSON functions, 5,000 at a time: the same
    rows as `json.loads` would give, without a Python object per value. `_ok` is 1 only for
    a line that is an array of the manifest's width whose text values are no nested arrays
    or objects (validate refuses the others)."""
    width = len(present)
    picks = ", ".join(f"r.value ->> {present.index(c)}" for c in table.column_names)
    names = ", ".join(_q(c) for c in table.column_names)
    texts = [present.index(c.name) for c in table.columns if c.kind == "text"]
    shape = ["r.type = 'array'", f"json_array_length(r.value) = {width}"]
    shape += [f"json_type(r.value, '$[{i}]') NOT IN ('array', 'object')" for i in texts]
    insert = (f"INSERT INTO {PKG}.{_q(table.name)} ({names}, _ok) SELECT {picks}, "
              f"({' AND '.join(shape)}) FROM json_each(?) r")
    count = 0
    member = records_member(table.name)
    for chunk in opened.archive.line_chunks(table.name, 5000):
        try:
            text = (b"[" + b",".join(chunk) + b"]").decode("utf-8")
            count += conn.execute(insert, (text,)).rowcount
        except Exception as exc:  # not UTF-8, malformed JSON
            raise PackageDamaged(reason("bad_record", member=member)) from exc
    return count


def _blob(opened: OpenedPackage, table: Table, row: list[Any], key_at: int, i: int) -> bytes:
    name = row[i]
    if not isinstance(name, str) or not isinstance(row[key_at], str) or \
            name != blob_member(table.name, row[key_at], table.column_names[i]):
        raise PackageDamaged(reason("bad_value", table=table.name, column=table.column_names[i],
                                    record=str(row[key_at])[:40]))
    return opened.archive.read(name)


def _insert(conn: Any, statement: str, batch: list[list[Any]], table: Table) -> int:
    if not batch:
        return 0
    try:
        conn.executemany(statement, batch)
    except Exception as exc:  # a duplicate key, or a value SQLite cannot bind (a list…)
        raise PackageDamaged(reason("bad_record", member=table.name)) from exc
    return len(batch)


def detach(conn: Any) -> None:
    # Not attached when the failure happened before ATTACH.
    with contextlib.suppress(Exception):
        conn.execute(f"DETACH DATABASE {PKG}")


# --- validation ------------------------------------------------------------------------------
_UUID_SQL = "(typeof({c}) = 'text' AND length({c}) = 32 AND {c} NOT GLOB '*[^0-9a-f]*')"
_DATE_SQL = "(typeof({c}) = 'text' AND length({c}) = 10 AND date({c}) IS {c})"
_TIME_SQL = ("(typeof({c}) = 'text' AND length({c}) IN (8, 15) "
             "AND time(substr({c}, 1, 8)) IS substr({c}, 1, 8))")
_DATETIME_SQL = (
    "(typeof({c}) = 'text' AND date(substr({c}, 1, 10)) IS substr({c}, 1, 10) AND "
    "(length({c}) = 10 OR (length({c}) IN (19, 26) AND substr({c}, 11, 1) = ' ' AND "
    "time(substr({c}, 12, 8)) IS substr({c}, 12, 8) AND (length({c}) = 19 OR "
    "(substr({c}, 20, 1) = '.' AND substr({c}, 21) NOT GLOB '*[^0-9]*')))))"
)


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def column_rule(column: Column) -> str:
    """An SQL expression, true when the column's value obeys the model's rules."""
    c = _q(column.name)
    kind = column.kind
    if kind == "uuid":
        rule = _UUID_SQL.format(c=c)
    elif kind == "text":
        rule = f"typeof({c}) = 'text'"
        if column.max_length:
            rule += f" AND length({c}) <= {int(column.max_length)}"
        if column.choices and not column.comma_list:
            rule += f" AND {c} IN ({', '.join(_sql_literal(v) for v in column.choices)})"
    elif kind == "boolean":
        rule = f"(typeof({c}) = 'integer' AND {c} IN (0, 1))"
    elif kind == "integer":
        rule = f"typeof({c}) = 'integer'"
        if column.bounds:
            rule += f" AND {c} BETWEEN {column.bounds[0]} AND {column.bounds[1]}"
    elif kind == "real":
        rule = f"typeof({c}) IN ('integer', 'real')"
    elif kind == "date":
        rule = _DATE_SQL.format(c=c)
    elif kind == "datetime":
        rule = _DATETIME_SQL.format(c=c)
    elif kind == "time":
        rule = _TIME_SQL.format(c=c)
    elif kind == "blob":
        rule = f"typeof({c}) = 'blob'"
    else:  # pragma: no cover - package_tables knows every kind
        raise AssertionError(kind)
    if column.null:
        return f"({c} IS NULL OR ({rule}))"
    return f"({c} IS NOT NULL AND ({rule}))"


def validate(conn: Any, *, against_workspace: bool, references: bool = True,
             unique: bool = True) -> None:
    """Refuse the package when any staged record breaks a rule (see the module text).

    `references`/`unique` False: the caller has the target database check those (an import
    into a new, empty workspace does)."""
    for table in tables():
        t = f"{PKG}.{_q(table.name)}"
        if conn.execute(f"SELECT 1 FROM {t} WHERE _ok IS NOT 1 LIMIT 1").fetchone():
            raise PackageDamaged(reason("bad_record", member=records_member(table.name)))
        rules = " AND ".join(column_rule(column) for column in table.columns)
        if conn.execute(f"SELECT 1 FROM {t} WHERE NOT ({rules}) LIMIT 1").fetchone():
            for column in table.columns:  # which one (rare: only for a refusal)
                bad = conn.execute(
                    f"SELECT {_q(table.key)} FROM {t} WHERE NOT {column_rule(column)} LIMIT 1"
                ).fetchone()
                if bad is not None:
                    raise _bad_value(table, column.name, bad[0])
        for column in table.columns:
            if column.comma_list and column.choices:
                _check_comma_list(conn, table, column)
        for column in table.references if references else ():
            target = _q(column.references)
            c, k = _q(column.name), _q(column.target_key or "id")
            outside = f"NOT EXISTS (SELECT 1 FROM {PKG}.{target} r WHERE r.{k} = p.{c})"
            if against_workspace:
                outside += f" AND NOT EXISTS (SELECT 1 FROM main.{target} m WHERE m.{k} = p.{c})"
            bad = conn.execute(
                f"SELECT p.{_q(table.key)} FROM {t} p WHERE p.{c} IS NOT NULL AND {outside} "
                "LIMIT 1").fetchone()
            if bad is not None:
                raise PackageDamaged(reason("dangling", table=table.name, column=column.name,
                                            record=str(bad[0])[:40]))
        for unique_key in table.unique if unique else ():
            cols = ", ".join(_q(c) for c in unique_key)
            bad = conn.execute(
                f"SELECT {cols} FROM {t} GROUP BY {cols} HAVING count(*) > 1 LIMIT 1"
            ).fetchone()
            if bad is not None:
                raise PackageDamaged(reason("duplicate", table=table.name,
                                            columns=", ".join(unique_key)))


def _bad_value(table: Table, column: str, record: object) -> PackageDamaged:
    return PackageDamaged(reason("bad_value", table=table.name, column=column,
                                 record=str(record)[:40]))


def _check_comma_list(conn: Any, table: Table, column: Column) -> None:
    allowed = set(column.choices or ())
    for key, value in conn.execute(
            f"SELECT {_q(table.key)}, {_q(column.name)} FROM {PKG}.{_q(table.name)}"):
        if value and not set(value.split(",")) <= allowed:
            raise _bad_value(table, column.name, key)

