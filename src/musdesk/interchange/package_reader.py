"""Open and inspect a package, and check its records against the models' rules.

    opened = open_package(path, Unlock(passphrase="…"))   # decrypted, authenticated, hashed
    summary = opened.summary()                             # what the import dialog shows

Nothing is written anywhere: `open_package` works on bytes in memory. `stage` (a merge)
puts the records into an in-memory database attached to a workspace connection (`pkg`),
never a file (temp_store = MEMORY), each row's shape and types checked first
(package_rows), records the workspace holds byte for byte left out; `validate` checks
every value there (or, for a new workspace, in `main`, where package_import wrote them
inside its one transaction): lengths, vocabularies, ranges, dates, UUIDs, foreign keys
(within the package, and for a merge also against the workspace), unique keys; the
manifest's counts are checked as the lines are read. Any finding is a PackageDamaged
naming the table, column and record.
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
from musdesk.interchange.package_format import SEAL_KEY_MEMBER, Archive, Manifest
from musdesk.interchange.package_rows import record_lines, row_batches, stored_lines
from musdesk.interchange.package_scope import _q
from musdesk.interchange.package_tables import SETTINGS, Column, Table, table_named, tables
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
@dataclass(frozen=True)
class Staged:
    """What `stage` did: records put into `pkg`, and per table the records skipped because
    the workspace holds them byte for byte (their keys, for the duplicate checks)."""

    rows: int
    skipped: dict[str, int]


def missing_value(table: Table, column: Column) -> Any:
    """The value of a column an older package does not have (the model's default)."""
    field = next(f for f in table.model._meta.sorted_fields if f.column_name == column.name)
    if field.default is not None:
        value = field.default() if callable(field.default) else field.default
        return field.db_value(value)
    if column.null:
        return None
    raise PackageDamaged(reason("column_missing", table=table.name, column=column.name))


def fillers_for(table: Table, present: tuple[str, ...]) -> dict[int, Any]:
    return {i: missing_value(table, column) for i, column in enumerate(table.columns)
            if column.name not in present}


def table_lines(opened: OpenedPackage, table: Table) -> list[str]:
    """The table's record lines, their number checked against the manifest's count."""
    present = opened.manifest.tables[table.name]
    lines = record_lines(opened.archive, table.name, present)
    if len(lines) != opened.manifest.counts.get(table.name):
        raise PackageDamaged(reason("count_differs", table=table.name))
    return lines


def insert_sql(schema_name: str, table: Table, verb: str = "INSERT") -> str:
    cols = table.column_names
    return (f"{verb} INTO {schema_name}.{_q(table.name)} ({', '.join(_q(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})")


def stage(conn: Any, opened: OpenedPackage, progress: Progress, is_cancelled: Cancelled,
          total: int, *, skip_stored: bool = False) -> Staged:
    """Load the records into the in-memory `pkg` database on `conn` (for a merge).

    `skip_stored`: a record whose line is byte for byte one the workspace would write for
    one of its own records (package_rows.stored_lines) is not staged: it is that record,
    and can change nothing. Two lines with one key still refuse the package, also when one
    of them was skipped, and so does a staged record taking a unique key of a skipped one."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"ATTACH DATABASE ':memory:' AS {PKG} KEY ''")
    manifest = opened.manifest
    done = 0
    skipped: dict[str, int] = {}
    for table in tables():
        # No key index while loading (an index on random UUIDs grown row by row is slow).
        defs = ", ".join(_q(c) for c in table.column_names)
        conn.execute(f"CREATE TABLE {PKG}.{_q(table.name)} ({defs})")
        if table.name not in manifest.tables:
            _index_key(conn, table)
            continue
        present = manifest.tables[table.name]
        lines = table_lines(opened, table)
        stored_keys: set[Any] = set()
        if skip_stored and present == table.column_names and not table.blobs \
                and table.merge_class != SETTINGS and lines:
            stored = stored_lines(conn, table)
            if stored:
                keys = list(map(stored.get, lines))
                stored_keys = {k for k in keys if k is not None}
                rest = [line for line, k in zip(lines, keys, strict=True) if k is None]
                if len(stored_keys) != len(lines) - len(rest):  # one line twice
                    raise PackageDamaged(reason("duplicate", table=table.name,
                                                columns=table.key))
                skipped[table.name] = len(stored_keys)
                done += len(stored_keys)
                lines = rest
        insert = insert_sql(PKG, table)
        for rows in row_batches(opened.archive, table, present, lines,
                                fillers_for(table, present)):
            try:
                conn.executemany(insert, rows)
            except Exception as exc:  # a value SQLite cannot bind (a number too large…)
                raise PackageDamaged(reason("bad_record", member=table.name)) from exc
            done += len(rows)
            progress(done, total)
            if is_cancelled():
                raise PackageCancelled()
        _index_key(conn, table)
        if stored_keys:
            _check_against_skipped(conn, table, stored_keys)
    progress(done, total)
    return Staged(done - sum(skipped.values()), skipped)


def _check_against_skipped(conn: Any, table: Table, stored_keys: set[Any]) -> None:
    """A staged record with the key of a skipped one, or with its unique key, is a second
    record of the package with that key (the full check would have found both staged)."""
    t, key = f"{PKG}.{_q(table.name)}", _q(table.key)
    for (record,) in conn.execute(f"SELECT {key} FROM {t}"):
        if record in stored_keys:
            raise PackageDamaged(reason("duplicate", table=table.name, columns=table.key))
    for unique in table.unique:
        match = " AND ".join(f"w.{_q(c)} IS p.{_q(c)}" for c in unique)
        for (other,) in conn.execute(
                f"SELECT w.{key} FROM {t} p CROSS JOIN main.{_q(table.name)} w "
                f"ON {match} WHERE w.{key} IS NOT p.{key}"):
            if other in stored_keys:
                raise PackageDamaged(reason("duplicate", table=table.name,
                                            columns=", ".join(unique)))


def _index_key(conn: Any, table: Table) -> None:
    """The key index, made once the table is loaded; two records with one key refuse."""
    try:
        conn.execute(f"CREATE UNIQUE INDEX {PKG}.{_q('key_' + table.name)} "
                     f"ON {_q(table.name)} ({_q(table.key)})")
    except Exception as exc:  # a duplicate key
        raise PackageDamaged(reason("duplicate", table=table.name, columns=table.key)) from exc


def detach(conn: Any) -> None:
    # Not attached when the failure happened before ATTACH.
    with contextlib.suppress(Exception):
        conn.execute(f"DETACH DATABASE {PKG}")


# --- validation ------------------------------------------------------------------------------
_UUID_SQL = ("(typeof({c}) = 'text' AND length({c}) = 32 AND unhex({c}) IS NOT NULL "
             "AND {c} = lower({c}))")  # never NULL: NOT (rule) must be true for a bad value
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
             unique: bool = True, schema_name: str = PKG) -> None:
    """Refuse the package when any staged record breaks a rule (see the module text).

    `references`/`unique` False: the caller has the target database check those (an import
    into a new, empty workspace does). `schema_name`: where the records are ("main" for
    an import into a new workspace, whose records were written there directly; their
    types were checked before, package_rows.check_types)."""
    for table in tables():
        t = f"{schema_name}.{_q(table.name)}"
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
                _check_comma_list(conn, t, table, column)
        for column in table.references if references else ():
            target = _q(column.references or "")  # `references` lists only columns with one
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


def _check_comma_list(conn: Any, t: str, table: Table, column: Column) -> None:
    allowed = set(column.choices or ())
    for key, value in conn.execute(f"SELECT {_q(table.key)}, {_q(column.name)} FROM {t}"):
        if value and not set(value.split(",")) <= allowed:
            raise _bad_value(table, column.name, key)

