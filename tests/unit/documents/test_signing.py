"""The paper-signing workflow: approval, both dates, the scan kept encrypted and intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from musdesk.documents import batch, data
from musdesk.documents.errors import ScanDamaged
from musdesk.errors import ForbiddenTransition, Frozen, InvalidValue, NotFound
from musdesk.models import Conversation, ScanAttachment
from musdesk.services import conversations, signing
from tests.unit.documents.conftest import MusRound

SCAN = b"%PDF-1.4 scanned paper \x00\x01 with signatures"


def _ready(mus_round: MusRound) -> str:
    cid = str(mus_round.conversation.id)
    for target in ("summary_drafted",):
        conversations.transition(cid, target)
    return cid


def test_sign_on_paper_with_scan_in_one_step(mus_round: MusRound) -> None:
    cid = _ready(mus_round)
    signing.send_for_approval(cid)
    batch.render_conversation_document("summary", Conversation.get_by_id(cid))
    assert data.signing_note(cid, 1, "en") == "This version is not yet recorded as signed."
    signed = signing.record_paper_signatures(
        cid, dt.date(2027, 12, 1), "2027-12-02",
        scan=signing.ScanFile("signed.pdf", "application/pdf", SCAN),
    )
    assert signed["employee_signed_on"] == dt.date(2027, 12, 1)
    note = data.signing_note(cid, 1, "da")
    assert "1. december 2027" in note and "2. december 2027" in note
    overview = signing.signing_overview(cid)
    assert overview["status"] == "signed"
    assert len(overview["signed_versions"]) == 1 and overview["signed_versions"][0]["intact"]
    assert len(overview["issued"]) == 1 and overview["issued"][0]["version"] == 1
    [scan] = overview["scans"]
    assert "data" not in scan and scan["signed_version_id"] == signed["id"]
    assert signing.scan_data(scan["id"]) == ("signed.pdf", "application/pdf", SCAN)
    with pytest.raises(Frozen):
        conversations.set_summary(cid, "changed afterwards")


def test_signing_twice_is_refused(mus_round: MusRound) -> None:
    cid = _ready(mus_round)
    signing.record_paper_signatures(cid, "2027-12-01", "2027-12-01")
    with pytest.raises(ForbiddenTransition):
        signing.record_paper_signatures(cid, "2027-12-01", "2027-12-01")


def test_a_scan_that_cannot_be_stored_leaves_the_conversation_unsigned(
    mus_round: MusRound,
) -> None:
    cid = _ready(mus_round)
    with pytest.raises(InvalidValue):
        signing.record_paper_signatures(
            cid, "2027-12-01", "2027-12-01", scan=signing.ScanFile("empty.pdf", "x", b"")
        )
    assert Conversation.get_by_id(cid).status == "summary_drafted"
    assert not conversations.signed_versions(cid)


def test_scan_added_later_from_a_file_and_removed(mus_round: MusRound, tmp_path: Path) -> None:
    cid = _ready(mus_round)
    signing.record_paper_signatures(cid, "2027-12-01", "2027-12-01")
    path = tmp_path / "scan.PNG"
    path.write_bytes(b"\x89PNG fake image")
    stored = signing.attach_scan(cid, signing.ScanFile.from_path(path))
    assert stored["mime_type"] == "image/png" and stored["signed_version_id"]
    signing.remove_scan(stored["id"])
    assert signing.scans(cid) == []
    with pytest.raises(NotFound):
        signing.scan_data(stored["id"])


def test_damaged_scan_bytes_are_detected(mus_round: MusRound) -> None:
    cid = _ready(mus_round)
    stored = signing.attach_scan(cid, signing.ScanFile("s.pdf", "application/pdf", SCAN))
    ScanAttachment.update(data=SCAN + b"!").where(ScanAttachment.id == stored["id"]).execute()
    with pytest.raises(ScanDamaged):
        signing.scan_data(stored["id"])
