"""Issued summaries move from JSON rows in `workspace_meta` into tables of their own.

Before: `documents.issue.<id>` → JSON of the record, hand-made index rows
`documents.file.<hash[:40]>` / `documents.code.<code>` → issue ID, and the sealed content as
`documents.content.<hash[:40]>`. After: `issued_content` (the canonical JSON once per content
hash) and `issued_summary` (one row per printed file) with constraints and indexes.

Every record whose JSON parses, whose fields have the right shape and whose content is
there moves; the index rows go (the tables have indexes). A damaged record stays where it
was, untouched, so nothing is lost and nothing crashes; it is counted in the log.
Frozen table copies: a later model change must not rewrite this step.
"""

import datetime as dt
import hashlib
import json
import logging
import re
import uuid

from peewee import (
    CharField,
    Check,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

log = logging.getLogger("musdesk.migrations.0003")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
HEX128 = re.compile(r"^[0-9a-f]{128}$")
CODE = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")


def _tables(db):
    class IssuedContent(Model):
        content_hash = CharField(
            primary_key=True, max_length=64, constraints=[Check("length(content_hash) = 64")]
        )
        canonical = TextField()
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "issued_content"

    class IssuedSummary(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        document_id = CharField(
            max_length=64, index=True,
            constraints=[Check("length(document_id) BETWEEN 1 AND 64")],
        )
        version = IntegerField(constraints=[Check("version >= 1")])
        content = ForeignKeyField(
            IssuedContent, column_name="content_hash", backref="issues", on_delete="RESTRICT"
        )
        file_hash = CharField(
            max_length=64, index=True, constraints=[Check("length(file_hash) = 64")]
        )
        signature = CharField(max_length=128, constraints=[Check("length(signature) = 128")])
        code = CharField(max_length=14, index=True, constraints=[Check("length(code) = 14")])
        issued_at = DateTimeField(index=True)
        employee = CharField(max_length=200)

        class Meta:
            database = db
            table_name = "issued_summary"

    return IssuedContent, IssuedSummary


def _meta(db):
    class WorkspaceMeta(Model):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()

        class Meta:
            database = db
            table_name = "workspace_meta"

    return WorkspaceMeta


def _parse(raw):
    """The legacy record as a dict of checked values, or None when it is damaged."""
    try:
        record = json.loads(raw)
        issue_id = uuid.UUID(hex=str(record["issue_id"]))
        document_id = str(record["document_id"])
        version = int(record["version"])
        content_hash = str(record["content_hash"])
        file_hash = str(record["file_hash"])
        signature = str(record["signature"])
        code = str(record["code"])
        issued_at = dt.datetime.fromisoformat(str(record["issued_at"])).replace(tzinfo=None)
        employee = str(record.get("employee", ""))[:200]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    shapes_ok = (
        1 <= len(document_id) <= 64 and version >= 1 and HEX64.match(content_hash)
        and HEX64.match(file_hash) and HEX128.match(signature) and CODE.match(code)
    )
    if not shapes_ok:
        return None
    return {
        "id": issue_id, "created_at": issued_at, "updated_at": issued_at,
        "document_id": document_id, "version": version, "content": content_hash,
        "file_hash": file_hash, "signature": signature, "code": code,
        "issued_at": issued_at, "employee": employee,
    }


def up(migrator, db):
    IssuedContent, IssuedSummary = _tables(db)
    WorkspaceMeta = _meta(db)
    db.create_tables([IssuedContent, IssuedSummary])
    moved, damaged, used_content = [], 0, set()
    legacy = WorkspaceMeta.select().where(WorkspaceMeta.key.startswith("documents.issue."))
    for row in list(legacy):
        record = _parse(row.value)
        content = None
        if record is not None:
            content = WorkspaceMeta.get_or_none(
                WorkspaceMeta.key == "documents.content." + record["content"][:40]
            )
        if record is None or content is None or (
            hashlib.sha256(content.value.encode("utf-8")).hexdigest() != record["content"]
        ):
            damaged += 1
            continue
        if record["content"] not in used_content:
            IssuedContent.insert(
                content_hash=record["content"], canonical=content.value,
                created_at=record["issued_at"],
            ).on_conflict_ignore().execute()
            used_content.add(record["content"])
        IssuedSummary.insert(**record).on_conflict_ignore().execute()
        moved.append(row.key)
    if moved:
        WorkspaceMeta.delete().where(WorkspaceMeta.key.in_(moved)).execute()
    for digest in used_content:
        WorkspaceMeta.delete().where(
            WorkspaceMeta.key == "documents.content." + digest[:40]
        ).execute()
    WorkspaceMeta.delete().where(
        WorkspaceMeta.key.startswith("documents.file.")
        | WorkspaceMeta.key.startswith("documents.code.")
    ).execute()
    if moved or damaged:
        log.info("issued summaries moved: %d, damaged and left in place: %d", len(moved), damaged)
