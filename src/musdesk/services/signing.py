"""The paper-signing workflow around the printed summary, on top of services/conversations.

conversations.py already has the workflow moves, `sign` (freezes a signed version) and
`attach_scan`. This module adds what the documents need around them: sending for approval,
recording both paper signatures and an optional scan in one transaction, reading scans
back (checked against their SHA-256), removing one, and an overview for the UI.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from musdesk import texts
from musdesk.documents import seal
from musdesk.documents.errors import DocumentUnreadable, ScanDamaged
from musdesk.errors import NotFound
from musdesk.models import Conversation, ScanAttachment, SignedVersion
from musdesk.services import audit, conversations
from musdesk.services.common import as_dict, atomic, fetch, parse_uuid

SCAN_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
              ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}


@dataclass(frozen=True)
class ScanFile:
    filename: str
    mime_type: str
    data: bytes

    @classmethod
    def from_path(cls, path: Path) -> ScanFile:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc
        mime = SCAN_TYPES.get(path.suffix.lower()) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )
        return cls(path.name, mime, data)


def send_for_approval(conversation_id: str, at: dt.datetime | None = None) -> dict[str, Any]:
    """The drafted summary goes to the employee to read before both sign."""
    return conversations.transition(conversation_id, "sent_for_approval", at)


def record_paper_signatures(
    conversation_id: str,
    employee_signed_on: dt.date | str,
    leader_signed_on: dt.date | str,
    scan: ScanFile | None = None,
    at: dt.datetime | None = None,
) -> dict[str, Any]:
    """Both signed the paper on these dates: freeze the version, keep the scan if given.
    Signing issues the summary (`issue_signed`: its seal record, what `verify CODE` finds
    and `musdesk pdf` reproduces without writing).

    One transaction: a scan that cannot be stored leaves the conversation unsigned."""
    with atomic():
        signed = conversations.sign(conversation_id, employee_signed_on, leader_signed_on, at)
        if scan is not None:
            conversations.attach_scan(
                conversation_id, scan.filename, scan.mime_type, scan.data,
                signed_version_id=signed["id"],
            )
    return signed


def issue_signed(conv: Conversation) -> None:
    """Record the issue of a signed conversation's summary (in the organisation's
    language), unless the same content was issued before."""
    from musdesk.documents import data
    from musdesk.documents.errors import DocumentError

    try:
        doc = data.summary_of(conv)
    except DocumentError:  # no summary to issue (signing itself does not depend on it)
        return
    seal.record_issue(doc)


def attach_scan(conversation_id: str, scan: ScanFile) -> dict[str, Any]:
    """Add a scan later, linked to the current signed version when there is one."""
    conv = fetch(Conversation, conversation_id, "conversation")
    current = conv.signed_versions.where(SignedVersion.version == conv.version).first()
    return conversations.attach_scan(
        conversation_id, scan.filename, scan.mime_type, scan.data,
        signed_version_id=str(current.id) if current else None,
    )


def scans(conversation_id: str) -> list[dict[str, Any]]:
    """The scans of a conversation, newest first, without their bytes."""
    conv = fetch(Conversation, conversation_id, "conversation")
    query = (
        ScanAttachment.select(*[f for f in ScanAttachment._meta.sorted_fields
                                if f.name != "data"])
        .where(ScanAttachment.conversation == conv)
        .order_by(ScanAttachment.created_at.desc())
    )
    return [{k: v for k, v in as_dict(s).items() if k != "data"} for s in query]


def _scan(scan_id: str) -> ScanAttachment:
    key = parse_uuid(scan_id)
    scan = ScanAttachment.get_or_none(ScanAttachment.id == key) if key else None
    if scan is None:
        raise NotFound(kind=texts.text("documents.kind.scan"), ident=str(scan_id))
    return scan


def scan_data(scan_id: str) -> tuple[str, str, bytes]:
    """(filename, mime type, bytes) of a scan; raises ScanDamaged if the bytes changed."""
    scan = _scan(scan_id)
    data = bytes(scan.data)
    if hashlib.sha256(data).hexdigest() != scan.sha256:
        raise ScanDamaged(name=scan.filename)
    return scan.filename, scan.mime_type, data


def remove_scan(scan_id: str) -> None:
    with atomic():
        scan = _scan(scan_id)
        audit.record("deleted", scan)
        scan.delete_instance()


def signing_overview(conversation_id: str) -> dict[str, Any]:
    """Status, version, signed versions, scans and issued (sealed) prints of one summary."""
    conv = fetch(Conversation, conversation_id, "conversation")
    issued = [  # the printings (the issue recorded at signing has no file)
        {"version": r.version, "code": r.code, "issued_at": r.issued_at}
        for r in seal.issued_for(str(conv.id)) if r.file_hash
    ]
    return {
        "conversation_id": str(conv.id),
        "status": conv.status,
        "version": conv.version,
        "signed_versions": conversations.signed_versions(conversation_id),
        "scans": scans(conversation_id),
        "issued": issued,
    }
