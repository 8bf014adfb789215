"""Export a package: the whole workspace, or some organisations with all that hangs on them.

    result = export_package(path, workspace_id, Protection(passphrase="…"),
                            organisations=None, progress=cb, is_cancelled=cb)

The one service the UI (File → Export package…), the CLI (`musdesk package export`) and
other features (privacy: "export a package before erasing") call. Qt-free; reads in one
read transaction of the bound workspace, builds the archive in memory, encrypts it, and
writes the file once, atomically (storage/files). Nothing decrypted ever reaches the disk.
Cancelling (is_cancelled() true) stops before the file is written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from peewee import Database

from musdesk import __version__, texts
from musdesk.interchange.package_crypto import (
    PackageCancelled,
    PackageDamaged,
    Protection,
    encrypt,
    reason,
)
from musdesk.interchange.package_format import (
    FORMAT_VERSION,
    README,
    SEAL_KEY_MEMBER,
    ArchiveWriter,
    Manifest,
    blob_member,
    json_line,
    records_member,
)
from musdesk.interchange.package_rows import line_sql
from musdesk.interchange.package_scope import _q, compute_scope, travels
from musdesk.interchange.package_tables import SEAL_PRIVATE_KEY, Table, table_label, tables
from musdesk.models.base import database_proxy, utc_now
from musdesk.services.common import nordic_key
from musdesk.storage import schema
from musdesk.storage.files import write_atomic

LINEAGE_KEY = "package.lineage"
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    created: str
    scope: str
    organisations: tuple[tuple[str, str], ...]
    counts: dict[str, int]
    size: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _never() -> bool:
    return False


def _ignore(_done: int, _total: int) -> None:
    return None


def export_package(
    path: Path,
    workspace_id: str,
    protection: Protection,
    *,
    organisations: list[str] | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    language: str | None = None,
) -> ExportResult:
    """Write a `.musdesk` package of the open workspace to `path`.

    `organisations`: ids (UUID text); None = the whole workspace. `protection`: a passphrase
    or age recipients. `progress(done, total)` counts records; `is_cancelled()` is checked
    between chunks. Raises PackageCancelled, BadKey, PackageTooLarge, FileNotWritable."""
    progress = progress or _ignore
    is_cancelled = is_cancelled or _never
    db: Any = database_proxy  # stands for the open Database (the stubs' proxy is no Database)
    with db.atomic():  # one consistent read
        org_ids = None if organisations is None else [str(o).replace("-", "")
                                                      for o in organisations]
        if org_ids is not None:
            known = {row[0] for row in db.execute_sql("SELECT id FROM organisation")}
            missing = [o for o in org_ids if o not in known]
            if missing or not org_ids:
                raise PackageDamaged(reason("unknown_organisation", organisation=(
                    missing[0] if missing else "-")))
        scope = compute_scope(db, org_ids)
        whole = org_ids is None
        counts = {t.name: _count(db, t, scope[t.name], whole) for t in tables()}
        total = sum(counts.values()) + 1
        writer = ArchiveWriter()
        names = _organisation_names(db, scope["organisation"])
        created = utc_now().isoformat(sep=" ")
        lang = language or _language(db, names)
        done = 0
        written: dict[str, int] = {}
        for table in tables():
            if is_cancelled():
                raise PackageCancelled()
            blobs: list[tuple[str, bytes]] = []
            lines = _lines(db, table, scope[table.name], whole, blobs)
            written[table.name] = writer.add_lines(records_member(table.name), lines) - 1
            for name, data in blobs:
                writer.add(name, data)
            done += written[table.name]
            progress(done, total)
        public = _seal_public_key(db)
        if public is not None:
            writer.add(SEAL_KEY_MEMBER, public)
        lineage = _lineage(db)
        manifest_scope = "workspace" if whole else "organisations"
        writer.add(README, readme_text(lang, created, names, written, whole,
                                       bool(protection.recipients)).encode("utf-8"))
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        schema_version=schema.current_version(db.obj),
        created=created,
        source_workspace=workspace_id,
        scope=manifest_scope,
        scope_organisations=tuple(sorted(org_ids or [])),
        organisations=names,
        counts=written,
        tables={t.name: t.column_names for t in tables()},
        members=dict(writer.members),
        lineage=lineage,
        language=lang,
    )
    plaintext = writer.finish(manifest)
    if is_cancelled():
        raise PackageCancelled()
    ciphertext = encrypt(plaintext, protection)
    del plaintext
    if is_cancelled():
        raise PackageCancelled()
    write_atomic(Path(path), ciphertext)
    progress(total, total)
    return ExportResult(Path(path), created, manifest_scope, names, written, len(ciphertext))


def _count(db: Database, table: Table, ids: set[str] | None, whole: bool) -> int:
    if table.name == "workspace_meta" or ids is not None:
        return len(ids) if ids is not None else 0
    return int(db.execute_sql(f"SELECT count(*) FROM {_q(table.name)}").fetchone()[0])


def _lines(db: Database, table: Table, ids: set[str] | None, whole: bool,
           blobs: list[tuple[str, bytes]]) -> Iterator[bytes]:
    """The header line, then one line per record in scope (blobs become members).

    SQLite's json_array writes each line (in C: 10,000 employees are ~250,000 records);
    its JSON is what Python's json module reads back (UTF-8, no spaces)."""
    yield json_line(list(table.column_names))
    key = _q(table.key)
    blob_names = {c.name for c in table.blobs}
    # The same expression a merge uses to recognise a record it holds (package_rows).
    cursor = db.execute_sql(f"SELECT {key}, {line_sql(table)} FROM {_q(table.name)}")
    meta = table.name == "workspace_meta"
    for record_key, line in cursor:
        if meta:
            if not travels(record_key, whole=whole) or (ids is not None and record_key not in ids):
                continue
        elif ids is not None and record_key not in ids:
            continue
        yield line.encode("utf-8") + b"\n"
    for name in blob_names:
        for record_key, data in db.execute_sql(
                f"SELECT {key}, {_q(name)} FROM {_q(table.name)} WHERE {_q(name)} IS NOT NULL"):
            if ids is None or record_key in ids:
                blobs.append((blob_member(table.name, record_key, name), bytes(data)))


def _organisation_names(db: Database, ids: set[str] | None) -> tuple[tuple[str, str], ...]:
    rows = db.execute_sql("SELECT id, name FROM organisation ORDER BY name").fetchall()
    return tuple((i, n) for i, n in rows if ids is None or i in ids)


def _language(db: Database, names: tuple[tuple[str, str], ...]) -> str:
    """The organisation's language for a one-client package, else the app's."""
    if len(names) == 1:
        row = db.execute_sql("SELECT language FROM organisation WHERE id = ?",
                             (names[0][0],)).fetchone()
        if row and row[0] in texts.LANGUAGES:
            return str(row[0])
    return texts.current_language()


def _seal_public_key(db: Database) -> bytes | None:
    row = db.execute_sql("SELECT value FROM workspace_meta WHERE key = ?",
                         (SEAL_PRIVATE_KEY,)).fetchone()
    if row is None:
        return None
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
    return key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def _lineage(db: Database) -> dict[str, tuple[str, str]]:
    row = db.execute_sql("SELECT value FROM workspace_meta WHERE key = ?",
                         (LINEAGE_KEY,)).fetchone()
    return parse_lineage(row[0] if row else None)


def parse_lineage(raw: str | None) -> dict[str, tuple[str, str]]:
    """The `package.lineage` row: "workspace/scope" → [package time, time taken in]."""
    if not raw:
        return {}
    try:
        data = json.loads(raw)
        return {str(k): (str(v[0]), str(v[1])) for k, v in data.items()
                if isinstance(v, list) and len(v) == 2}
    except (ValueError, AttributeError, TypeError):
        return {}


def readme_text(language: str, created: str, organisations: tuple[tuple[str, str], ...],
                counts: dict[str, int], whole: bool, for_recipients: bool) -> str:
    """The plain-text README inside every package (the client's IT reads it first)."""
    t = lambda key, **p: texts.text(f"package.readme.{key}", language, **p)  # noqa: E731
    names = "\n".join(f"  - {name}" for _, name in organisations) or "  -"
    open_with = t("open_recipients") if for_recipients else t("open_passphrase")
    lines = [
        t("title"), "", t("what", created=created), "",
        t("scope_whole") if whole else t("scope_organisations"), names, "",
        t("how_title"), open_with, "", t("inside_title"), t("inside"), "",
        t("counts_title"),
    ]
    lines += [f"  {table_label(name, language)} ({name}): {count}"
              for name, count in counts.items() if count]
    lines += ["", t("format"), "", t("care")]
    return "\n".join(lines) + "\n"


def resolve_organisations(idents: list[str]) -> list[str]:
    """Organisation ids from what a person typed (an ID or an exact name each)."""
    from musdesk.services import lookup

    return [str(lookup.organisation(ident, exact=True).id) for ident in idents]


def list_organisations() -> list[tuple[str, str]]:
    """(id, name) of every organisation, by name: the export dialog's choices."""
    rows = database_proxy.execute_sql("SELECT id, name FROM organisation").fetchall()
    return sorted(((str(uuid.UUID(i)), n) for i, n in rows), key=lambda row: nordic_key(row[1]))
