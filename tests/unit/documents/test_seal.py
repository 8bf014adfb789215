"""The integrity seal: a genuine file verifies; any changed byte, another workspace's seal
or an unknown code does not; the key stays with the workspace across locking."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from musdesk.documents import archive, samples, seal
from musdesk.documents.seal import Verdict
from musdesk.models.issued import IssuedContent
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage import KdfParams, Workspace
from tests.conftest import PASSPHRASE
from tests.unit.documents.pdfcheck import squashed, text_of


@pytest.fixture
def issued(workspace: Workspace) -> tuple[bytes, seal.IssuedSummary]:
    return seal.issue_summary(samples.sample_summary())


def test_issued_file_is_genuine_and_prints_its_code(issued) -> None:
    pdf, record = issued
    result = seal.verify_pdf_bytes(pdf)
    assert result.verdict is Verdict.GENUINE
    assert result.signature_valid and result.ok
    assert result.record == record
    text = squashed(text_of(pdf))
    assert record.code in text
    assert f"musdesk-seal:{record.document_id}:{record.version}:{record.code}".encode() in pdf


@pytest.mark.parametrize("where", [0.0, 0.01, 0.25, 0.5, 0.75, 0.999])
def test_one_changed_byte_anywhere_is_caught(issued, where: float) -> None:
    pdf, _ = issued
    position = min(int(len(pdf) * where), len(pdf) - 1)
    altered = bytearray(pdf)
    altered[position] = (altered[position] + 1) % 256
    result = seal.verify_pdf_bytes(bytes(altered))
    assert result.verdict is not Verdict.GENUINE
    if result.ok:  # a byte that changes nothing the pages show (xref, trailer, padding)
        assert result.verdict is Verdict.RESAVED
        assert archive.page_content_hash(bytes(altered)) == archive.page_content_hash(pdf)


def test_a_changed_glyph_width_is_reported_as_changed_content(issued) -> None:
    pdf, record = issued
    altered = bytearray(pdf)
    widths = pdf.index(b"/Widths [ ") + 11
    altered[widths] = ord("9") if altered[widths] != ord("9") else ord("8")
    result = seal.verify_pdf_bytes(bytes(altered))
    assert result.verdict is Verdict.CONTENT_CHANGED and not result.ok
    assert result.record is not None and result.record.document_id == record.document_id
    assert result.message("en").startswith("Content changed")


def test_appending_bytes_is_caught(issued) -> None:
    pdf, _ = issued
    # the bytes are not those issued, the content is: said as it is
    assert seal.verify_pdf_bytes(pdf + b"\n").verdict is Verdict.RESAVED


def test_a_plain_pdf_is_not_sealed(workspace: Workspace) -> None:
    from musdesk.documents.summary import render_summary

    draft = render_summary(samples.sample_summary())
    assert seal.verify_pdf_bytes(draft).verdict is Verdict.NOT_SEALED


def test_paper_code_is_found_in_any_spelling(issued) -> None:
    _, record = issued
    typed = record.code.lower().replace("-", " ")
    result = seal.verify_code(typed)
    assert result.verdict is Verdict.CODE_FOUND and result.ok
    assert result.record == record
    assert result.record.stored_content()["context"]["employee"]["name"] == "Søren Ærøskøbing"


def test_unknown_code_is_refused(issued) -> None:
    _, record = issued
    wrong = ("B" if record.code[0] != "B" else "C") + record.code[1:]
    assert seal.verify_code(wrong).verdict is Verdict.CODE_UNKNOWN


def test_same_content_gets_the_same_code_other_content_another(workspace: Workspace) -> None:
    doc = samples.sample_summary()
    _, first = seal.issue_summary(doc)
    _, again = seal.issue_summary(doc)
    _, other = seal.issue_summary(dataclasses.replace(doc, version=3))
    assert first.code == again.code != other.code
    assert first.issue_id != again.issue_id
    assert len(seal.issued_summaries()) == 3


def test_superseded_version_is_mentioned(issued) -> None:
    pdf, record = issued
    result = seal.verify_pdf_bytes(pdf, latest_version=lambda document_id: record.version + 1)
    assert result.superseded
    assert "newer version (3)" in result.message("en")


def test_tampered_stored_content_fails_the_signature_check(issued) -> None:
    pdf, record = issued
    row = IssuedContent.get(IssuedContent.content_hash == record.content_hash)
    row.canonical = row.canonical.replace("Søren", "Sören")
    row.save()
    result = seal.verify_pdf_bytes(pdf)
    assert result.verdict is Verdict.GENUINE  # the file is the one recorded …
    assert not result.signature_valid and not result.ok  # … but the record no longer holds


def test_reissuing_the_same_content_stores_it_once_and_each_file_verifies(
    workspace: Workspace,
) -> None:
    doc = samples.sample_summary()
    first, _ = seal.issue_summary(doc)
    second, _ = seal.issue_summary(doc)
    assert seal.verify_pdf_bytes(first).ok and seal.verify_pdf_bytes(second).ok
    assert IssuedContent.select().count() == 1


def test_key_survives_locking_and_another_workspace_does_not_know_the_seal(
    tmp_path: Path, cheap_kdf: KdfParams
) -> None:
    first, _ = Workspace.create(tmp_path / "a", PASSPHRASE, kdf=cheap_kdf)
    pdf, _ = seal.issue_summary(samples.sample_summary())
    fingerprint = seal.key_fingerprint()
    first.lock()
    reopened = Workspace.open(tmp_path / "a", passphrase=PASSPHRASE)
    try:
        assert seal.key_fingerprint() == fingerprint
        assert seal.verify_pdf_bytes(pdf).ok
    finally:
        reopened.lock()
    other, _ = Workspace.create(tmp_path / "b", PASSPHRASE, kdf=cheap_kdf)
    try:
        assert seal.key_fingerprint() != fingerprint
        assert seal.verify_pdf_bytes(pdf).verdict is Verdict.OTHER_WORKSPACE
    finally:
        other.lock()


def test_private_key_is_inside_the_encrypted_database(issued, workspace: Workspace) -> None:
    raw_key = bytes.fromhex(
        WorkspaceMeta.get(WorkspaceMeta.key == seal.PRIVATE_KEY_META).value
    )
    for path in workspace.folder.rglob("*"):
        if path.is_file():
            assert raw_key not in path.read_bytes()
            assert raw_key.hex().encode() not in path.read_bytes()


def test_verify_file_reads_from_disk_and_reports_unreadable(issued, tmp_path: Path) -> None:
    from musdesk.documents.errors import DocumentUnreadable

    pdf, _ = issued
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    assert seal.verify_file(path).verdict is Verdict.GENUINE
    with pytest.raises(DocumentUnreadable):
        seal.verify_file(tmp_path / "missing.pdf")
