"""Issued (sealed) summaries: one row per issue (at signing, no file) and per printed file,
the sealed content once per hash.

Written only by `documents.seal`; the constraints keep a row usable for verification
(hash and signature lengths, a version from 1), so a damaged record cannot get in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import CharField, Check, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from musdesk.models.base import BaseModel, database_proxy, utc_now


class IssuedContent(Model):
    """The canonical JSON a seal signed, stored once however often it is printed."""

    content_hash = CharField(
        primary_key=True, max_length=64, constraints=[Check("length(content_hash) = 64")]
    )
    canonical = TextField()
    created_at = DateTimeField(default=utc_now)

    class Meta:
        database = database_proxy
        table_name = "issued_content"


class IssuedSummary(BaseModel):
    """One issued summary file (`id` is the issue ID)."""
    if TYPE_CHECKING:  # set by Peewee at runtime (foreign key IDs, backrefs)
        content_hash: Any


    document_id = CharField(
        max_length=64, index=True, constraints=[Check("length(document_id) BETWEEN 1 AND 64")]
    )
    version = IntegerField(constraints=[Check("version >= 1")])
    content = ForeignKeyField(
        IssuedContent, column_name="content_hash", backref="issues", on_delete="RESTRICT"
    )
    # NULL: the issue itself (recorded when the conversation was signed), no file yet.
    file_hash = CharField(
        max_length=64, index=True, null=True, constraints=[Check("length(file_hash) = 64")]
    )
    signature = CharField(max_length=128, constraints=[Check("length(signature) = 128")])
    code = CharField(max_length=14, index=True, constraints=[Check("length(code) = 14")])
    issued_at = DateTimeField(index=True)
    employee = CharField(max_length=200)

    class Meta:
        table_name = "issued_summary"
