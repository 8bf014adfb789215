"""Merge a package into the open workspace, by UUID, in one transaction after a backup.

    result = merge_package(opened, workspace, progress=cb, is_cancelled=cb)

Rules (docs/package-format.md, "Merging"):
- A record only in the package is added; an identical one is skipped.
- An editable record that differs: the side that changed it since the two last met keeps
  its change. The "base" is the newest package time both sides are known to hold (the
  workspace's lineage row and the package's manifest); a record is changed on a side when
  its `updated_at` is after the base. Changed on both sides (or no base known): the newer
  change wins and the other version is listed in the conflict report, values included.
- History (signed versions, scans, status changes, audit events, issued seals, held
  meetings) and settings are never overwritten: identical ones are skipped, a different one
  is a conflict and the workspace's version stays.
- Everything is checked (records, references into the workspace, unique keys) before the
  backup and the transaction; a refusal leaves the workspace's files exactly as they were.
- Merging the same package again changes nothing: the lineage then says neither side
  changed what differs, and no write happens at all when nothing is to be written (history
  conflicts found the first time are listed again, but nothing is stored for them again).
- The seal's private key never moves in a merge; the package's public seal key is kept
  (`package.seal_key.<fingerprint>`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from musdesk import texts
from musdesk.interchange.package_crypto import PackageCancelled, PackageRefused, reason
from musdesk.interchange.package_export import LINEAGE_KEY, parse_lineage
from musdesk.interchange.package_import import keep_seal_key
from musdesk.interchange.package_reader import PKG, OpenedPackage, detach, stage, validate
from musdesk.interchange.package_scope import _q, travels
from musdesk.interchange.package_tables import (
    EDITABLE,
    FROZEN_WHEN,
    SEAL_PRIVATE_KEY,
    SETTINGS,
    Table,
    table_label,
    tables,
)
from musdesk.models.base import utc_now
from musdesk.storage import Workspace
from musdesk.storage.database import DATABASE_ERRORS, storage_error_for_database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
REPORT_PREFIX = "package.report."
MAX_REPORTED_VALUE = 300


@dataclass(frozen=True)
class Conflict:
    table: str
    record: str
    kept: str  # "workspace" or "package"
    reason: str  # "both_changed" or "history"
    fields: tuple[str, ...]
    workspace_at: str
    package_at: str
    other: dict[str, Any]  # the version that was not kept (the values of `fields`)


@dataclass
class MergePlan:
    added: dict[str, int] = field(default_factory=dict)
    take: dict[str, list[str]] = field(default_factory=dict)  # ids updated from the package
    same: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    meta_add: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return (sum(self.added.values()) + sum(len(v) for v in self.take.values())
                + len(self.meta_add))


@dataclass(frozen=True)
class MergeResult:
    added: dict[str, int]
    updated: dict[str, int]
    unchanged: int
    conflicts: tuple[Conflict, ...]
    report: str  # the conflict report (plain text), also kept inside the workspace
    backup: str | None  # the backup taken before writing (None: nothing was written)

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.updated.values()))


def _never() -> bool:
    return False


def _ignore(_done: int, _total: int) -> None:
    return None


def _lineage(conn: Any) -> dict[str, tuple[str, str]]:
    row = conn.execute("SELECT value FROM main.workspace_meta WHERE key = ?",
                       (LINEAGE_KEY,)).fetchone()
    return parse_lineage(row[0] if row else None)


def bases(target_lineage: dict[str, tuple[str, str]], target_id: str,
          opened: OpenedPackage) -> tuple[str, str]:
    """(package base, workspace base): a record changed on the package's side after the
    first, on the workspace's side after the second, since the two last held the same
    state; ("", "") when no such point is known (every difference is then a conflict).

    Lineage entries are "workspace/scope" → (that package's time, when it was taken in).
    Candidates: the workspace took an earlier package from this source; the source took
    one from this workspace; both took the same third package (or two of one source:
    then the older state is the common one); or the package is this workspace's own."""
    m = opened.manifest
    own_key = f"{m.source_workspace}/{m.scope_key}"
    candidates: list[tuple[str, str]] = []
    if m.source_workspace == target_id:
        candidates.append((m.created, m.created))
    if own_key in target_lineage:
        taken, at = target_lineage[own_key]
        candidates.append((taken, at))
    for key, (package_taken, package_at) in m.lineage.items():
        workspace, _, scope = key.rpartition("/")
        if scope not in ("all", m.scope_key):
            continue
        if workspace == target_id:
            candidates.append((package_at, package_taken))
        elif key in target_lineage:
            taken, at = target_lineage[key]
            if taken == package_taken:
                candidates.append((package_at, at))
            else:
                older = min(taken, package_taken)
                candidates.append((older, older))
    if not candidates:
        return "", ""
    package_base, workspace_base = max(candidates, key=lambda c: (c[1], c[0]))
    return package_base, workspace_base


def plan_merge(conn: Any, opened: OpenedPackage, target_id: str,
               skipped: dict[str, int] | None = None) -> MergePlan:
    """`skipped`: per table, the package's records not staged because the workspace holds
    them byte for byte (package_reader.stage): identical, so counted as unchanged."""
    base = bases(_lineage(conn), target_id, opened)
    plan = MergePlan(same=sum((skipped or {}).values()))
    for table in tables():
        if table.merge_class == SETTINGS:
            _plan_settings(conn, table, plan)
            continue
        t, m = f"{PKG}.{_q(table.name)}", f"main.{_q(table.name)}"
        key = _q(table.key)
        new = f"NOT EXISTS (SELECT 1 FROM {m} x WHERE x.{key} = p.{key})"
        cols = table.column_names
        same = " AND ".join(f"p.{_q(c)} IS w.{_q(c)}" for c in cols)
        staged = conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        matched, different = conn.execute(
            f"SELECT count(*), total(CASE WHEN {same} THEN 0 ELSE 1 END) "
            f"FROM {t} p CROSS JOIN {m} w ON w.{key} = p.{key}").fetchone()
        plan.added[table.name] = staged - matched
        if staged - matched:
            _check_unique(conn, table, new)
        plan.same += matched - int(different)
        if not different:
            continue
        selected = ", ".join(f"p.{_q(c)}" for c in cols) + ", " + ", ".join(
            f"w.{_q(c)}" for c in cols)
        differing = conn.execute(
            f"SELECT {selected} FROM {t} p CROSS JOIN {m} w ON w.{key} = p.{key} WHERE NOT ({same})"
        ).fetchall()
        for row in differing:
            package_row = dict(zip(cols, row[:len(cols)], strict=True))
            workspace_row = dict(zip(cols, row[len(cols):], strict=True))
            _decide(table, package_row, workspace_row, base, plan)
    return plan


def _decide(table: Table, package_row: dict[str, Any], workspace_row: dict[str, Any],
            base: tuple[str, str], plan: MergePlan) -> None:
    fields = tuple(c for c in table.column_names if package_row[c] != workspace_row[c]
                   and c != "updated_at") or ("updated_at",)
    p_at = str(package_row.get("updated_at") or "")
    w_at = str(workspace_row.get("updated_at") or "")
    record = str(package_row[table.key])
    frozen = FROZEN_WHEN.get(table.name)
    is_history = table.merge_class != EDITABLE or (
        frozen is not None and workspace_row.get(frozen[0]) == frozen[1])
    if is_history:
        plan.conflicts.append(Conflict(table.name, record, "workspace", "history", fields,
                                       w_at, p_at, _values(package_row, fields)))
        return
    known = bool(base[0] and base[1])
    package_changed = not known or p_at > base[0]
    workspace_changed = not known or w_at > base[1]
    if package_changed and not workspace_changed:
        plan.take.setdefault(table.name, []).append(record)
    elif not package_changed:
        # Only the workspace changed it since; or neither did, and the difference was
        # decided (and reported) when the two last met: the workspace's version stays.
        return
    elif p_at > w_at:
        plan.take.setdefault(table.name, []).append(record)
        plan.conflicts.append(Conflict(table.name, record, "package", "both_changed", fields,
                                       w_at, p_at, _values(workspace_row, fields)))
    else:
        plan.conflicts.append(Conflict(table.name, record, "workspace", "both_changed", fields,
                                       w_at, p_at, _values(package_row, fields)))


def _values(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in fields:
        value = row[name]
        if isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif isinstance(value, str) and len(value) > MAX_REPORTED_VALUE:
            value = value[:MAX_REPORTED_VALUE] + "…"
        out[name] = value
    return out


def _plan_settings(conn: Any, table: Table, plan: MergePlan) -> None:
    rows = conn.execute(
        f"SELECT p.key, p.value, w.value FROM {PKG}.workspace_meta p "
        "LEFT JOIN main.workspace_meta w ON w.key = p.key").fetchall()
    for key, package_value, workspace_value in rows:
        if not travels(key, whole=True) or key in (SEAL_PRIVATE_KEY, ERASED_META):
            # Local rows; each workspace keeps its own seal key; the lists of erased
            # records are joined (_erase_again), never a conflict.
            continue
        if workspace_value is None:
            plan.meta_add.append(key)
        elif workspace_value == package_value:
            plan.same += 1
        else:
            plan.conflicts.append(Conflict(table.name, key, "workspace", "history", ("value",),
                                           "", "", _values({"value": package_value},
                                                           ("value",))))


def _check_unique(conn: Any, table: Table, new: str) -> None:
    """A new record must not take a unique key an existing record has (e.g. a second
    conversation of the same employee in the same round, made on each side apart)."""
    for unique in table.unique:
        match = " AND ".join(f"w.{_q(c)} IS p.{_q(c)}" for c in unique)
        bad = conn.execute(
            f"SELECT p.{_q(table.key)} FROM {PKG}.{_q(table.name)} p "
            f"CROSS JOIN main.{_q(table.name)} w ON {match} WHERE {new} LIMIT 1").fetchone()
        if bad is not None:
            raise PackageRefused(reason("unique_clash", table=table.name, record=bad[0],
                                        columns=", ".join(unique)))


def merge_package(
    opened: OpenedPackage,
    workspace: Workspace,
    *,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    backup: Callable[[], Any] | None = None,
) -> MergeResult:
    """Merge into the open `workspace` (see the module text). `backup()` is called right
    before the transaction (default: the workspace's backup before a merge), only when
    there is something to write."""
    progress = progress or _ignore
    is_cancelled = is_cancelled or _never
    conn = workspace.database.connection()
    total = opened.summary().records * 2 + 1
    try:
        staged = stage(conn, opened, progress, is_cancelled, total, skip_stored=True)
        validate(conn, against_workspace=True)
        plan = plan_merge(conn, opened, workspace.workspace_id, staged.skipped)
        if is_cancelled():
            raise PackageCancelled()
        merged_at = utc_now().isoformat(sep=" ")
        lineage = _lineage(conn)
        own_key = f"{opened.manifest.source_workspace}/{opened.manifest.scope_key}"
        lineage_changed = (opened.manifest.source_workspace != workspace.workspace_id and
                           lineage.get(own_key, ("", ""))[0] < opened.manifest.created)
        if lineage_changed:
            lineage[own_key] = (opened.manifest.created, merged_at)
        report = report_text(opened, plan, merged_at)
        backup_path = None
        if plan.writes or lineage_changed:
            backup_path = (backup or _backup_before(workspace))()
            _apply(conn, opened, plan, lineage, report, merged_at, staged.rows, total, progress,
                   is_cancelled)
        progress(total, total)
    except DATABASE_ERRORS as exc:
        raise storage_error_for_database(exc, workspace.folder) from exc
    finally:
        detach(conn)
    return MergeResult(
        added={k: v for k, v in plan.added.items() if v} | (
            {"workspace_meta": len(plan.meta_add)} if plan.meta_add else {}),
        updated={k: len(v) for k, v in plan.take.items() if v},
        unchanged=plan.same,
        conflicts=tuple(plan.conflicts),
        report=report,
        backup=str(backup_path) if backup_path is not None else None,
    )


def _backup_before(workspace: Workspace) -> Callable[[], Any]:
    """The storage's "backup before a merge" when it has one (a named, checked backup),
    else its plain backup."""
    named = getattr(workspace, "backup_before", None)
    if callable(named):
        return lambda: named("merge")
    return workspace.take_backup


def _apply(conn: Any, opened: OpenedPackage, plan: MergePlan,
           lineage: dict[str, tuple[str, str]],
           report: str, merged_at: str, done: int, total: int, progress: Progress,
           is_cancelled: Cancelled) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute(f"CREATE TABLE {PKG}._take (tbl TEXT, id TEXT, PRIMARY KEY (tbl, id))")
        for table_name, ids in plan.take.items():
            conn.executemany(f"INSERT INTO {PKG}._take VALUES (?, ?)",
                             [(table_name, i) for i in ids])
        for table in tables():
            if is_cancelled():
                raise PackageCancelled()
            if table.merge_class == SETTINGS:
                for key in plan.meta_add:
                    conn.execute("INSERT INTO main.workspace_meta (key, value) SELECT key, value "
                                 f"FROM {PKG}.workspace_meta WHERE key = ?", (key,))
                continue
            cols = table.column_names
            names = ", ".join(_q(c) for c in cols)
            key = _q(table.key)
            t, m = f"{PKG}.{_q(table.name)}", f"main.{_q(table.name)}"
            if plan.added.get(table.name):
                conn.execute(f"INSERT INTO {m} ({names}) SELECT {names} FROM {t} p "
                             f"WHERE NOT EXISTS (SELECT 1 FROM {m} x WHERE x.{key} = p.{key})")
            if plan.take.get(table.name):
                conn.execute(
                    f"UPDATE {m} SET ({names}) = (SELECT {names} FROM {t} p "
                    f"WHERE p.{key} = {m}.{key}) WHERE {key} IN "
                    f"(SELECT id FROM {PKG}._take WHERE tbl = ?)", (table.name,))
            done += plan.added.get(table.name, 0) + len(plan.take.get(table.name, ()))
            progress(min(done, total), total)
        keep_seal_key(conn, opened)
        _erase_again(conn)
        conn.execute("INSERT OR REPLACE INTO main.workspace_meta (key, value) VALUES (?, ?)",
                     (LINEAGE_KEY, json.dumps(lineage, sort_keys=True)))
        if plan.writes or plan.conflicts:  # noqa: SIM102 - kept apart for clarity
            stamp = merged_at.replace(" ", "T")[:26]
            conn.execute("INSERT OR REPLACE INTO main.workspace_meta (key, value) VALUES (?, ?)",
                         (REPORT_PREFIX + stamp, report))
        problems = conn.execute("PRAGMA main.foreign_key_check").fetchall()
        if problems:
            raise PackageRefused(reason("dangling", table=problems[0][0], column="?",
                                        record=str(problems[0][1])))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


ERASED_META = "privacy.erased"


def _erase_again(conn: Any) -> None:
    """What was erased on either side stays erased: the merge must not bring it back."""
    entries: list[dict[str, str]] = []
    for schema in ("main", PKG):
        row = conn.execute(f"SELECT value FROM {schema}.workspace_meta WHERE key = ?",
                           (ERASED_META,)).fetchone()
        if row is not None:
            try:
                entries += [e for e in json.loads(row[0]) if isinstance(e, dict)]
            except ValueError:
                continue
    if not entries:
        return
    from musdesk.services import privacy_rows  # the erasure's own rules

    privacy_rows.reapply(conn, entries)


def report_text(opened: OpenedPackage, plan: MergePlan, merged_at: str) -> str:
    """The conflict report: what was merged, and each record changed on both sides."""
    m = opened.manifest
    t = texts.text
    lines = [
        t("package.report.title"),
        t("package.report.package", path=str(opened.path.name), created=m.created[:19],
          source=m.source_workspace),
        t("package.report.merged_at", at=merged_at[:19]),
        t("package.report.summary", added=sum(plan.added.values()) + len(plan.meta_add),
          updated=sum(len(v) for v in plan.take.values()), same=plan.same,
          conflicts=len(plan.conflicts)),
        "",
    ]
    if not plan.conflicts:
        lines.append(t("package.report.none"))
    for conflict in plan.conflicts:
        if conflict.reason == "history":
            kept = t("package.report.kept_history")
        elif conflict.kept == "package":
            kept = t("package.report.kept_package", package_at=conflict.package_at[:19],
                     workspace_at=conflict.workspace_at[:19])
        else:
            kept = t("package.report.kept_workspace", package_at=conflict.package_at[:19],
                     workspace_at=conflict.workspace_at[:19])
        lines.append(t("package.report.conflict", table=table_label(conflict.table),
                       record=conflict.record,
                       kept=kept, fields=", ".join(conflict.fields)))
        for name, value in conflict.other.items():
            lines.append(t("package.report.other_value", field=name,
                           value=json.dumps(value, ensure_ascii=False)))
    return "\n".join(lines) + "\n"


def stored_reports(conn: Any) -> list[tuple[str, str]]:
    """The conflict reports kept in the workspace, newest first: (time, text)."""
    rows = conn.execute("SELECT key, value FROM main.workspace_meta WHERE key LIKE ? "
                        "ORDER BY key DESC", (REPORT_PREFIX + "%",)).fetchall()
    return [(key.removeprefix(REPORT_PREFIX), value) for key, value in rows]


