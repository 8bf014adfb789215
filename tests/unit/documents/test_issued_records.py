"""Issued summaries live in their own table (migration 0003): old workspaces' records move
there and still verify, constraints keep damaged records out, and a damaged row never crashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee
import pytest

from musdesk.documents import samples, seal
from musdesk.documents.seal import Verdict
from musdesk.models import Conversation, IssuedContent, IssuedSummary, WorkspaceMeta
from musdesk.storage import Workspace
from musdesk.storage.schema import latest_version
from tests.unit.domain.schema_check import schema_differences

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEALED = FIXTURES / "workspace-v1-sealed"


def test_v1_workspace_summaries_move_to_the_table_and_still_verify(tmp_path: Path) -> None:
    copy = tmp_path / "sealed"
    shutil.copytree(SEALED, copy)
    files = [copy / "summary-1.pdf", copy / "summary-2.pdf"]
    workspace = Workspace.open(copy, passphrase="fixture passphrase")
    try:
        assert workspace.schema_version() == latest_version()
        assert schema_differences(workspace.database) == []
        conv = Conversation.get(Conversation.status == "in_follow_up")
        printed = IssuedSummary.select().where(IssuedSummary.file_hash.is_null(False))
        assert printed.count() == 2
        assert IssuedContent.select().count() == 2  # the same content printed twice, and
        # the signed summary as issued at the upgrade (documents/upkeep.py: schema 7 issues
        # at signing; `musdesk pdf` reads that record)
        [issue] = IssuedSummary.select().where(IssuedSummary.file_hash.is_null())
        assert issue.document_id == str(conv.id)
        for path in files:
            result = seal.verify_file(path)
            assert result.verdict is Verdict.GENUINE and result.ok, path
            assert result.record is not None and result.record.document_id == str(conv.id)
            assert result.record.employee == "Åse Ærø"
        assert [r.version for r in seal.issued_for(str(conv.id))] == [1, 1, 1]
        code = seal.verify_code(seal.issued_summaries()[0].code.lower().replace("-", ""))
        assert code.verdict is Verdict.CODE_FOUND and code.ok
        assert "Åse Ærø" in seal.describe_record(code.record)
        # the index and content rows went; the damaged record stayed where it was (not lost)
        keys = [row.key for row in WorkspaceMeta.select()]
        assert not [k for k in keys if k.startswith(("documents.file.", "documents.code."))]
        assert not [k for k in keys if k.startswith("documents.content.")]
        assert [k for k in keys if k.startswith("documents.issue.")] == [
            "documents.issue." + "0" * 32
        ]
        # an altered copy of a migrated file is still caught
        altered = bytearray(files[0].read_bytes())
        altered[len(altered) // 2] ^= 1
        assert seal.verify_pdf_bytes(bytes(altered)).verdict is Verdict.NOT_MUSDESK
    finally:
        workspace.lock()


def test_constraints_refuse_a_malformed_record(workspace: Workspace) -> None:
    _, record = seal.issue_summary(samples.sample_summary())
    row = IssuedSummary.get()
    good = {
        "document_id": row.document_id, "version": 1, "content": row.content_hash,
        "file_hash": "a" * 64, "signature": "b" * 128, "code": "ABCD-EFGH-IJKL",
        "issued_at": row.issued_at, "employee": "x",
    }
    for field, bad in (("version", 0), ("file_hash", "abc"), ("signature", "c" * 10),
                       ("code", "ABC"), ("document_id", ""), ("content", "d" * 64)):
        with pytest.raises(peewee.IntegrityError), workspace.database.atomic():
            IssuedSummary.create(**{**good, field: bad})
    with pytest.raises(peewee.IntegrityError), workspace.database.atomic():
        IssuedContent.delete().execute()  # a record keeps its content
    assert seal.issued_summaries() == [record]


def test_a_damaged_row_does_not_crash_verification(workspace: Workspace) -> None:
    pdf, record = seal.issue_summary(samples.sample_summary())
    db = workspace.database
    db.execute_sql("PRAGMA ignore_check_constraints = 1")
    try:
        db.execute_sql(
            "UPDATE issued_summary SET signature = ?, version = 'x', issued_at = 'garbage'",
            ("zz" * 64,),
        )
        db.execute_sql("UPDATE issued_content SET canonical = 'not json {'")
    finally:
        db.execute_sql("PRAGMA ignore_check_constraints = 0")
    assert seal.issued_summaries() == []  # the version is no number: not a record
    db.execute_sql("UPDATE issued_summary SET version = 2")
    result = seal.verify_pdf_bytes(pdf)
    assert result.verdict is Verdict.GENUINE
    assert not result.signature_valid and not result.ok
    assert "cannot be confirmed" in result.message("en")
    found = seal.verify_code(record.code)
    assert found.record is not None and not found.ok
    assert record.content_hash in seal.describe_record(found.record)
