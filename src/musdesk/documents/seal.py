"""The integrity seal on summaries: sign the content, record each issued file, verify later.

Design (see docs/architecture.md, "Documents"):
- Each workspace has one Ed25519 key pair, made on first use; the private key lives in the
  encrypted database (`workspace_meta`, key `documents.seal.private_key`).
- The summary's canonical content is the JSON of its `SummaryDocument` (sorted keys, UTF-8),
  exactly what is printed, and never the private notes (they have no field there).
- The signature covers "MUSDESK-SEAL 1", the document ID, the version and the content's
  SHA-256. Ed25519 is deterministic: the same content always gets the same signature.
- The short verification code printed on the paper is the first 60 bits of SHA-256 of the
  signature in base32 (XXXX-XXXX-XXXX); the QR code holds the ID, version, code and the
  signature; the PDF's keywords carry `musdesk-seal:<id>:<version>:<code>`.
- Every issued summary is recorded in the `issued_summary` table: one row when the
  conversation is signed (`record_issue`, no file hash: the date `verify CODE` reports) and
  one per file printed from the app (`issue_summary`: document ID, version, content hash,
  file hash, signature, code, time); `render_sealed` (`musdesk pdf`) records nothing and
  reproduces the same code for the same content. The canonical content
  once per content hash in `issued_content` (models/issued.py; migration 0003 moved the older
  JSON rows of `workspace_meta` there). A row that cannot be read as a record is skipped, never
  a crash.
- Verifying a file: its SHA-256 must equal a recorded file hash, and that record's signature
  must verify with the workspace key over its content hash, which must match its stored
  content. One changed byte changes the file hash, so an altered file is never "genuine".
  A file that carries our seal keyword but matches no recorded file is reported as altered.
- Verifying a paper: the typed code finds the record; the stored content is shown to compare.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)
from peewee import ModelSelect

from musdesk import texts
from musdesk.documents.content import SummaryDocument
from musdesk.documents.summary import AGREEMENT_FIELDS, SealMark, render_summary
from musdesk.models.base import database_proxy, utc_now
from musdesk.models.issued import IssuedContent
from musdesk.models.issued import IssuedSummary as IssuedRow
from musdesk.models.meta import WorkspaceMeta
from musdesk.storage.transactions import write_transaction

PRIVATE_KEY_META = "documents.seal.private_key"
SEAL_MAGIC = b"MUSDESK-SEAL 1"
KEYWORD_PREFIX = "musdesk-seal"
CODE_LENGTH = 12
_KEYWORD_PATTERN = re.compile(
    rb"musdesk-seal:([0-9a-fA-F-]{1,64}):(\d{1,9}):([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})"
)


# --- content and signature ----------------------------------------------------------------
def _plain(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def canonical_content(doc: SummaryDocument) -> str:
    """The summary's content as canonical JSON: what the seal signs."""
    return json.dumps(
        _plain(dataclasses.asdict(doc)), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def content_hash(doc_or_json: SummaryDocument | str) -> str:
    canonical = (
        doc_or_json if isinstance(doc_or_json, str) else canonical_content(doc_or_json)
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def seal_message(document_id: str, version: int, digest: str) -> bytes:
    return b"\n".join((SEAL_MAGIC, document_id.encode(), str(version).encode(), digest.encode()))


def short_code(signature: bytes) -> str:
    raw = base64.b32encode(hashlib.sha256(signature).digest()).decode()[:CODE_LENGTH]
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(typed: str) -> str:
    """Accept a typed code in any case, with or without dashes and spaces."""
    letters = re.sub(r"[^A-Za-z2-7]", "", typed).upper()
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


# --- the workspace key --------------------------------------------------------------------
def signing_key(*, to_sign: bool = False) -> Ed25519PrivateKey:
    """The workspace's private key, made and stored (encrypted with the database) on first use."""
    row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == PRIVATE_KEY_META)
    if row is not None:  # the usual case: read only (a read-only `verify` must not write)
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.value))
    if getattr(database_proxy.obj, "query_only", False):
        if to_sign:  # `musdesk pdf` cannot make the key; the upkeep at open makes it
            from musdesk.documents.errors import SealKeysMissing

            raise SealKeysMissing()
        # Read-only command, nothing ever sealed here: a throwaway key verifies nothing.
        return Ed25519PrivateKey.generate()
    with write_transaction():
        row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == PRIVATE_KEY_META)
        if row is None:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes_raw()
            insert = WorkspaceMeta.insert(key=PRIVATE_KEY_META, value=raw.hex())
            insert.on_conflict_ignore().execute()
            row = WorkspaceMeta.get(WorkspaceMeta.key == PRIVATE_KEY_META)
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.value))


def public_key() -> Ed25519PublicKey:
    return signing_key().public_key()


def key_fingerprint() -> str:
    """A short fingerprint of the public key, for showing which workspace sealed a paper."""
    raw = public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# --- issuing ------------------------------------------------------------------------------
@dataclass(frozen=True)
class IssuedSummary:
    issue_id: str
    document_id: str
    version: int
    content_hash: str
    file_hash: str  # "" for the issue recorded at signing (no file)
    signature: str  # hex
    code: str
    issued_at: str  # ISO, UTC
    employee: str

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> IssuedSummary:
        return cls(**json.loads(raw))

    def canonical(self) -> str:
        """The canonical JSON that was sealed ("" if it is missing from the workspace)."""
        row = IssuedContent.get_or_none(IssuedContent.content_hash == self.content_hash)
        return row.canonical if row is not None and isinstance(row.canonical, str) else ""

    def stored_content(self) -> dict[str, object]:
        """The content that was sealed, as plain data (to compare a paper against); empty
        when it is missing or damaged."""
        try:
            content = json.loads(self.canonical() or "{}")
        except ValueError:
            return {}
        return content if isinstance(content, dict) else {}


def _iso(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return str(value or "")


def _from_row(row: IssuedRow) -> IssuedSummary | None:
    """The record of one row, or None when the row cannot be one (never an exception)."""
    try:
        return IssuedSummary(
            issue_id=uuid.UUID(str(row.id)).hex,
            document_id=str(row.document_id),
            version=int(row.version),
            content_hash=str(row.content_hash),
            file_hash=str(row.file_hash or ""),  # "": the issue itself, no file
            signature=str(row.signature),
            code=str(row.code),
            issued_at=_iso(row.issued_at),
            employee=str(row.employee or ""),
        )
    except (TypeError, ValueError):
        return None


def _records(query: Iterable[IssuedRow]) -> list[IssuedSummary]:
    found = (_from_row(row) for row in query)
    return [record for record in found if record is not None]


def _first(query: Iterable[IssuedRow]) -> IssuedSummary | None:
    records = _records(query)
    return records[0] if records else None


def seal_mark(doc: SummaryDocument, digest: str, signature: bytes) -> SealMark:
    code = short_code(signature)
    sig = base64.urlsafe_b64encode(signature).decode().rstrip("=")
    return SealMark(
        code=code,
        qr_payload=f"MUSDESK-SEAL/1 {doc.document_id} v{doc.version} {code} {sig}",
        keyword=f"{KEYWORD_PREFIX}:{doc.document_id}:{doc.version}:{code}",
    )


def _signed(doc: SummaryDocument) -> tuple[Ed25519PrivateKey, str, str, bytes, SealMark]:
    key = signing_key(to_sign=True)
    canonical = canonical_content(doc)
    digest = content_hash(canonical)
    signature = key.sign(seal_message(doc.document_id, doc.version, digest))
    return key, canonical, digest, signature, seal_mark(doc, digest, signature)


def _new_record(doc: SummaryDocument, digest: str, signature: bytes, code: str,
                file_hash: str) -> IssuedSummary:
    return IssuedSummary(
        issue_id=uuid.uuid4().hex, document_id=doc.document_id, version=doc.version,
        content_hash=digest, file_hash=file_hash, signature=signature.hex(), code=code,
        issued_at=utc_now().isoformat(timespec="seconds"), employee=doc.context.employee.name,
    )


def _store(record: IssuedSummary, canonical: str) -> None:
    with write_transaction():
        # the same content (same code) is stored once, however often it is printed
        IssuedContent.insert(
            content_hash=record.content_hash, canonical=canonical
        ).on_conflict_ignore().execute()
        IssuedRow.create(
            id=uuid.UUID(hex=record.issue_id),
            document_id=record.document_id,
            version=record.version,
            content=record.content_hash,
            file_hash=record.file_hash or None,
            signature=record.signature,
            code=record.code,
            issued_at=dt.datetime.fromisoformat(record.issued_at),
            employee=record.employee[:200],
        )


def _recorded(code: str, digest: str) -> IssuedSummary | None:
    found = record_for_code(code)
    return found if found is not None and found.content_hash == digest else None


def record_issue(doc: SummaryDocument) -> IssuedSummary:
    """Issue this content without printing it (when a conversation is signed): the record
    `verify CODE` finds, dated now, with no file. The same content issued before keeps
    its first record (and date)."""
    _key, canonical, digest, signature, mark = _signed(doc)
    found = _recorded(mark.code, digest)
    if found is not None:
        return found
    record = _new_record(doc, digest, signature, mark.code, "")
    _store(record, canonical)
    return record


def render_sealed(doc: SummaryDocument, archive_copy: bool = False
                  ) -> tuple[bytes, IssuedSummary | None]:
    """The sealed summary, read only (`musdesk pdf`): nothing is recorded. Returns the PDF
    and the issue record of the same content (None when it was never issued)."""
    key, canonical, digest, _signature, mark = _signed(doc)
    pdf = _sealed_pdf(doc, mark, key, canonical, digest, archive_copy)
    return pdf, _recorded(mark.code, digest)


def issue_summary(doc: SummaryDocument, archive_copy: bool = False
                  ) -> tuple[bytes, IssuedSummary]:
    """Render the sealed summary and record it as printed (one row per printed file);
    returns the PDF bytes and the record.

    `archive_copy`: the personnel-file copy, PDF/A-2b, its signed content in the XMP
    metadata instead of an attached file (same code, same PAdES signature kind)."""
    key, canonical, digest, signature, mark = _signed(doc)
    pdf = _sealed_pdf(doc, mark, key, canonical, digest, archive_copy)
    record = _new_record(doc, digest, signature, mark.code, hashlib.sha256(pdf).hexdigest())
    _store(record, canonical)
    return pdf, record


def _sealed_pdf(
    doc: SummaryDocument, mark: SealMark, key: Ed25519PrivateKey, canonical: str, digest: str,
    archive_copy: bool = False,
) -> bytes:
    """The pages with the seal and the certificate's fingerprint in the footer, as PDF/A-3b
    with the signed content attached (or, for the personnel file, PDF/A-2b with it in the
    XMP metadata), signed (PAdES) with the workspace's certificate."""
    from musdesk.documents import archive, certificate, signed_content
    from musdesk.documents.page import archive_metadata
    from musdesk.documents.summary import summary_info

    fingerprint = certificate.format_fingerprint(certificate.certificate_fingerprint())
    pages = render_summary(doc, mark, fingerprint, archive=False)
    attached = signed_content.build(
        key, document_id=doc.document_id, version=doc.version, code=mark.code,
        canonical=canonical, content_sha256=digest,
        pages_sha256=archive.page_content_hash(pages) or "",
    )
    meta = archive_metadata(summary_info(doc, mark), doc.language)
    if archive_copy:
        return archive.archival(pages, meta, xmp_content=attached, sign=True)
    return archive.archival(
        pages, meta,
        attachment=archive.Attachment(
            signed_content.ATTACHMENT_NAME, attached,
            texts.text("documents.trust.signature_reason", doc.language),
        ),
        sign=True,
    )


def _ordered(query: ModelSelect[IssuedRow]) -> ModelSelect[IssuedRow]:
    return query.order_by(IssuedRow.issued_at, IssuedRow.created_at)


def issued_summaries() -> list[IssuedSummary]:
    """Every issued summary, oldest first."""
    return _records(_ordered(IssuedRow.select()))


def issued_for(document_id: str) -> list[IssuedSummary]:
    """The printings of one document (a conversation's ID), oldest first."""
    return _records(_ordered(IssuedRow.select().where(IssuedRow.document_id == document_id)))


def record_for_file(file_hash: str) -> IssuedSummary | None:
    return _first(_ordered(IssuedRow.select().where(IssuedRow.file_hash == file_hash)))


def record_for_code(code: str) -> IssuedSummary | None:
    return _first(_ordered(IssuedRow.select().where(IssuedRow.code == code)))


# --- verifying ----------------------------------------------------------------------------
class Verdict(enum.StrEnum):
    GENUINE = "genuine"
    COPY = "copy"  # not a recorded file, but whole and PDF-signed by us: printed from the record
    UNRECORDED = "unrecorded"  # whole and signed by us, content never issued (a CLI draft)
    ALTERED = "altered"
    RESAVED = "resaved"  # not the issued bytes, but the same signed content and pages
    CONTENT_CHANGED = "content_changed"  # our signed content attached, the pages changed
    NOT_MUSDESK = "not_musdesk"  # our keyword, but no content this workspace signed
    OTHER_WORKSPACE = "other_workspace"  # signed content from another workspace's key
    UNKNOWN_SEAL = "unknown_seal"
    NOT_SEALED = "not_sealed"
    CODE_FOUND = "code_found"
    CODE_UNKNOWN = "code_unknown"
    REDACTED = "redacted"  # issued, then a name redacted by an erasure (services/privacy_redact)


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    record: IssuedSummary | None = None
    signature_valid: bool = False
    latest_version: int | None = None
    code: str = ""
    printings: tuple[str, ...] = ()  # every issue time (UTC, ISO) of the same content
    other_key: str = ""
    document: tuple[str, int] = ("", 0)  # (ID, version) from the file when no record
    redacted_on: str = ""  # the stored content was redacted by an erasure on that date

    @property
    def ok(self) -> bool:
        return (
            self.verdict in (Verdict.GENUINE, Verdict.CODE_FOUND, Verdict.RESAVED,
                             Verdict.COPY, Verdict.UNRECORDED, Verdict.REDACTED)
            and self.signature_valid
        )

    @property
    def superseded(self) -> bool:
        return (
            self.record is not None
            and self.latest_version is not None
            and self.latest_version > self.record.version
        )

    def message(self, language: str | None = None) -> str:
        r = self.record
        params: dict[str, object] = {
            "code": self.code, "id": self.document[0], "version": self.document[1]
        }
        if r is not None:
            params.update(
                id=r.document_id, version=r.version, issued=r.issued_at.replace("T", " ") + " UTC",
                employee=r.employee,
            )
        params["fingerprint"] = self.other_key
        prefix = "documents.trust.verify" if self.verdict in _TRUST_VERDICTS else "documents.verify"
        if self.verdict == Verdict.REDACTED:
            prefix = "privacy.verify"
        params["redacted"] = self.redacted_on
        lines = [texts.text(f"{prefix}.{self.verdict.value}", language, **params)]
        if self.redacted_on and self.verdict != Verdict.REDACTED:
            lines.append(texts.text("privacy.verify.redacted_note", language, **params))
        if len(self.printings) > 1:
            lines.append(texts.text(
                "documents.trust.verify.printings", language, count=len(self.printings),
                dates=", ".join(p.replace("T", " ") for p in self.printings),
            ))
        if r is not None and not self.signature_valid:
            lines.append(texts.text("documents.verify.bad_signature", language))
        if self.superseded:
            lines.append(
                texts.text("documents.verify.superseded", language, latest=self.latest_version)
            )
        return "\n".join(lines)


# Seal keys of other workspaces whose summaries came in with a merged package
# (interchange/package_merge keeps each as PEM under this prefix).
KNOWN_KEY_PREFIX = "package.seal_key."


def verifying_keys() -> list[Ed25519PublicKey]:
    """This workspace's key, then the keys of packages merged into it."""
    keys = [public_key()]
    rows = WorkspaceMeta.select().where(WorkspaceMeta.key.startswith(KNOWN_KEY_PREFIX))
    for row in rows:
        try:
            key = load_pem_public_key(row.value.encode("ascii", "replace"))
        except (ValueError, TypeError):
            continue
        if isinstance(key, Ed25519PublicKey):
            keys.append(key)
    return keys


_TRUST_VERDICTS = (
    Verdict.RESAVED, Verdict.CONTENT_CHANGED, Verdict.NOT_MUSDESK, Verdict.OTHER_WORKSPACE,
    Verdict.COPY, Verdict.UNRECORDED,
)


def printings_of(record: IssuedSummary) -> tuple[str, ...]:
    """When the same content (same code) was printed from the app, oldest first."""
    return tuple(r.issued_at for r in issued_for(record.document_id)
                 if r.code == record.code and r.file_hash)


def redacted_on(record: IssuedSummary) -> str:
    """When an erasure redacted a name in the record's stored content ('' if never)."""
    from musdesk.services import privacy_redact

    return privacy_redact.redacted_on(database_proxy.connection(), "issued_content",
                                      record.content_hash)


def signature_valid(record: IssuedSummary) -> bool:
    """The record's content matches its hash and the workspace key (or the key of a
    workspace whose package was merged in) signed that hash. Content redacted by an
    erasure no longer matches: then only the signature over the recorded hash is checked."""
    canonical = record.canonical()
    if not redacted_on(record) and (
            not canonical or content_hash(canonical) != record.content_hash):
        return False
    message = seal_message(record.document_id, record.version, record.content_hash)
    for key in verifying_keys():
        try:
            key.verify(bytes.fromhex(record.signature), message)
        except InvalidSignature:
            continue
        except ValueError:
            return False
        return True
    return False


LatestVersion = Callable[[str], int | None]


def verify_pdf_bytes(data: bytes, latest_version: LatestVersion | None = None) -> Verification:
    file_hash = hashlib.sha256(data).hexdigest()

    def result(verdict: Verdict, record: IssuedSummary | None, code: str = "") -> Verification:
        latest = latest_version(record.document_id) if record and latest_version else None
        valid = signature_valid(record) if record else False
        printings = printings_of(record) if record else ()
        return Verification(verdict, record, valid, latest, code or (record.code if record else ""),
                            printings, redacted_on=redacted_on(record) if record else "")

    record = record_for_file(file_hash)
    if record is not None:
        return result(Verdict.GENUINE, record)
    return _verify_content(data, result)


def _verify_content(data: bytes, result: Callable[..., Verification]) -> Verification:
    """Not the bytes that were issued: judge by the signed content attached to the file."""
    from musdesk.documents import archive, signed_content

    match = _KEYWORD_PATTERN.search(data)
    carried = (archive.attachment_of(data, signed_content.ATTACHMENT_NAME)
               or archive.xmp_content_of(data))  # attached, or in a personnel-file copy's XMP
    attached = signed_content.read(carried, verifying_keys())
    if attached is None or not (attached.signed_by_us or attached.signed_by_its_key):
        # no content signed by anyone: a foreign file with our keyword (or code) pasted in
        return result(Verdict.NOT_MUSDESK if match else Verdict.NOT_SEALED, None)
    if not attached.signed_by_us:
        found = Verification(Verdict.OTHER_WORKSPACE, code=attached.code,
                             other_key=signed_content.key_fingerprint(attached.public_key))
        return found
    if content_hash(attached.canonical) != attached.content_sha256:
        return result(Verdict.UNKNOWN_SEAL, None, attached.code)
    pages = archive.page_content_hash(data)
    same_pages = pages is not None and pages == attached.pages_sha256
    record = record_for_code(attached.code)
    if record is not None and record.content_hash != attached.content_sha256:
        record = None
    # Whole and PDF-signed with this workspace's certificate: printed by this workspace
    # (e.g. `musdesk pdf`, which records nothing), not a re-saved copy.
    whole = same_pages and _signed_whole_by_us(data)
    if record is None:
        verdict = (Verdict.UNRECORDED if whole else
                   Verdict.UNKNOWN_SEAL if same_pages else Verdict.CONTENT_CHANGED)
        return Verification(verdict, None, verdict is Verdict.UNRECORDED, code=attached.code,
                            document=(attached.document_id, attached.version))
    if whole:
        return result(Verdict.COPY, record)
    return result(Verdict.RESAVED if same_pages else Verdict.CONTENT_CHANGED, record)


def _signed_whole_by_us(data: bytes) -> bool:
    from musdesk.documents import certificate, pades

    identity = certificate.existing_identity()
    return identity is not None and pades.signs_whole_file(data, identity.certificate_pem())


def verify_file(path: Path, latest_version: LatestVersion | None = None) -> Verification:
    from musdesk.documents.errors import DocumentUnreadable

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc
    return verify_pdf_bytes(data, latest_version)


def verify_code(typed: str, latest_version: LatestVersion | None = None) -> Verification:
    code = normalise_code(typed)
    record = record_for_code(code) if len(code) == CODE_LENGTH + 2 else None
    if record is None:
        return Verification(Verdict.CODE_UNKNOWN, code=code)
    latest = latest_version(record.document_id) if latest_version else None
    redacted = redacted_on(record)
    return Verification(Verdict.REDACTED if redacted else Verdict.CODE_FOUND, record,
                        signature_valid(record), latest, code, printings_of(record),
                        redacted_on=redacted)


def describe_record(record: IssuedSummary, language: str | None = None) -> str:
    """The sealed content in a few lines, to compare a paper against by eye."""
    content = record.stored_content()

    def part(value: object) -> dict[str, object]:
        return value if isinstance(value, dict) else {}

    context = part(content.get("context"))
    agreements = part(content.get("agreements"))
    t = lambda key: texts.text(key, language)  # noqa: E731
    when = context.get("starts_at") or ""
    employee, leader = part(context.get("employee")), part(context.get("leader"))
    lines = [
        f"{context.get('organisation', '')} · {context.get('round_name', '')}",
        f"{t('documents.label.employee')}: {employee.get('name', '')}",
        f"{t('documents.label.leader')}: {leader.get('name', '')}",
        f"{t('documents.label.date')}: {str(when).replace('T', ' ')[:16]}",
    ]
    for field_name, key in AGREEMENT_FIELDS:
        value = str(agreements.get(field_name) or "").strip()
        if value:
            lines.append(f"{t(key)}: {value.splitlines()[0][:120]}")
    lines.append(f"SHA-256 {record.content_hash}")
    return "\n".join(lines)
