"""Making documents for records and writing them to disk, one or many at a time.

Qt-free so the UI can run `write_round_documents` on a worker thread: it reports progress
through a callback and stops between two files when `is_cancelled()` turns true. Every
file is written whole or not at all (temp file, fsync, rename). Issuing a summary records
its seal in the workspace, unless `record=False` (`musdesk pdf`, a read-only command).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from musdesk import texts
from musdesk.documents import data, handouts, seal
from musdesk.documents.content import EMPLOYEE_PART, LEADER_PART
from musdesk.documents.errors import BatchStopped, OutputNotWritable, UnknownKind
from musdesk.documents.page import PdfInfo
from musdesk.errors import FileNotWritable, MusdeskError
from musdesk.models import Conversation, Round
from musdesk.services import audit
from musdesk.storage.files import write_atomic
from musdesk.storage.transactions import write_transaction

KINDS = (
    "summary", "invitation", "prep-employee", "prep-leader", "wheel", "plan", "round-report",
)
PER_ROUND_KINDS = ("wheel", "round-report")
# The summary's personnel-file copy (PDF/A-2b, its signed content in the XMP metadata; see
# archive.py): `musdesk pdf … summary --archive`, Documents → Summary for the personnel file.
ARCHIVE_SUMMARY = "summary-archive"
SUMMARY_KINDS = ("summary", ARCHIVE_SUMMARY)
# Handouts that can go into one file for printing a round in one go. Summaries cannot: each
# is sealed and recorded as a file of its own.
COMBINABLE_KINDS = ("invitation", "prep-employee", "prep-leader", "plan")

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    people: int = 0  # whose documents are in the file(s)
    pages: int = 0  # pages made (a combined file: blank backs for double-sided included)
    skipped: int = 0  # summaries not made: the conversation has not been held


def check_kind(kind: str) -> str:
    if kind not in KINDS and kind != ARCHIVE_SUMMARY:
        raise UnknownKind(kind=kind, kinds=", ".join(KINDS))
    return kind


def render_conversation_document(
    kind: str, conversation: Conversation, language: str | None = None, *, record: bool = True
) -> bytes:
    """The PDF of one kind for one conversation; a summary is sealed and, with `record`
    (the app), recorded as printed. `record=False` (`musdesk pdf`) writes nothing."""
    check_kind(kind)
    if kind in SUMMARY_KINDS:
        archive_copy = kind == ARCHIVE_SUMMARY
        doc = data.summary_of(conversation, language)
        if not record:
            return seal.render_sealed(doc, archive_copy=archive_copy)[0]
        with write_transaction():  # the seal record and the audit event, or neither
            pdf, _record = seal.issue_summary(doc, archive_copy=archive_copy)
            detail = f"summary v{conversation.version}" + (" PDF/A-2b" if archive_copy else "")
            audit.record("printed", conversation, detail=detail)
        return pdf
    if kind == "invitation":
        return handouts.render_invitation(data.invitation_of(conversation, language))
    if kind == "prep-employee":
        return handouts.render_prep_sheet(data.prep_sheet_of(conversation, EMPLOYEE_PART, language))
    if kind == "prep-leader":
        return handouts.render_prep_sheet(data.prep_sheet_of(conversation, LEADER_PART, language))
    if kind == "plan":
        return handouts.render_plan(data.plan_of(conversation, language))
    return handouts.render_wheel(data.wheel_of(conversation.round, language))


def conversation_part(
    kind: str, conversation: Conversation, language: str | None = None
) -> handouts.Part:
    if kind not in COMBINABLE_KINDS:
        raise UnknownKind(kind=kind, kinds=", ".join(COMBINABLE_KINDS))
    if kind == "invitation":
        return handouts.invitation_part(data.invitation_of(conversation, language))
    if kind == "plan":
        return handouts.plan_part(data.plan_of(conversation, language))
    part = EMPLOYEE_PART if kind == "prep-employee" else LEADER_PART
    return handouts.prep_sheet_part(data.prep_sheet_of(conversation, part, language))


def render_round_document(kind: str, round_: Round, language: str | None = None, *,
                          record: bool = True) -> bytes:
    check_kind(kind)
    if kind == "round-report":
        from musdesk.documents import round_report  # its figures pull in the evaluation service

        pdf = round_report.render(round_, language)
        if record:
            audit.record("printed", round_, detail="round report")
        return pdf
    if kind != "wheel":
        raise UnknownKind(kind=kind, kinds=", ".join(PER_ROUND_KINDS))
    return handouts.render_wheel(data.wheel_of(round_, language))


def safe_name(text: str) -> str:
    """A file-name part that keeps letters (æøå too) and digits, nothing a filesystem minds."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:60] or "document"


def file_name(kind: str, conversation: Conversation | None = None, round_: Round | None = None
              ) -> str:
    if conversation is not None:
        who = safe_name(conversation.employee.full_name)
        return f"{kind}-{who}-{str(conversation.id)[:8]}.pdf"
    assert round_ is not None
    return f"{kind}-{safe_name(round_.name)}.pdf"


def write_conversation_document(
    kind: str, conversation: Conversation, path: Path, language: str | None = None, *,
    record: bool = True,
) -> Path:
    """Render and write one conversation's document. A summary's seal and its "printed"
    record are kept only once the file is written (one transaction around both); with
    `record=False` nothing is written to the workspace."""
    if not record:
        return write_pdf(path, render_conversation_document(kind, conversation, language,
                                                            record=False))
    with write_transaction():
        return write_pdf(path, render_conversation_document(kind, conversation, language))


def write_pdf(path: Path, pdf: bytes) -> Path:
    if path.parent.exists() and not path.parent.is_dir():
        raise OutputNotWritable(path=str(path.parent), reason=texts.text("documents.not_a_folder"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputNotWritable(path=str(path.parent), reason=exc.strerror or str(exc)) from exc
    try:
        write_atomic(path, pdf)
    except FileNotWritable as exc:
        raise OutputNotWritable(path=exc.path, reason=exc.reason) from exc
    return path


def write_round_documents(
    kind: str,
    round_id: str,
    folder: Path,
    *,
    conversation_ids: list[str] | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    record: bool = True,
) -> BatchResult:
    """One file per conversation of the round (or of `conversation_ids`) into `folder`.

    The wheel, which belongs to the round, is one file. Safe to call on a worker thread
    (Peewee gives each thread its own connection). `record=False`: nothing is recorded."""
    check_kind(kind)
    round_ = Round.get_by_id(round_id)
    folder = Path(folder)
    result = BatchResult()
    if kind in PER_ROUND_KINDS:
        path = write_pdf(folder / file_name(kind, round_=round_),
                         render_round_document(kind, round_, language, record=record))
        result.written.append(path)
        if progress:
            progress(1, 1, path.name)
        return result
    conversations = data.conversations_of_round(round_)
    if conversation_ids is not None:
        wanted = {str(i) for i in conversation_ids}
        conversations = [c for c in conversations if str(c.id) in wanted]
    if kind in SUMMARY_KINDS:  # only conversations that took place have a summary
        held = [c for c in conversations if data.summary_refusal(c.status) is None]
        result.skipped = len(conversations) - len(held)
        conversations = held
    total = len(conversations)
    for index, conversation in enumerate(conversations, start=1):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        try:
            path = write_conversation_document(
                kind, conversation, folder / file_name(kind, conversation), language,
                record=record)
        except MusdeskError as exc:
            if not result.written:
                raise
            reason = exc.message()
            raise BatchStopped(count=len(result.written), folder=str(folder),
                               reason=reason) from exc
        result.written.append(path)
        result.people += 1
        if progress:
            progress(index, total, path.name)
    return result


def write_round_combined(
    kind: str,
    round_id: str,
    path: Path,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BatchResult:
    """One file with the handout of every conversation of the round, for printing in one
    go; each person's pages are numbered on their own. Nothing is written when cancelled."""
    if kind not in COMBINABLE_KINDS:
        raise UnknownKind(kind=kind, kinds=", ".join(COMBINABLE_KINDS))
    round_ = Round.get_by_id(round_id)
    conversations = data.conversations_of_round(round_)
    # one step per person, and one for laying the file out: the count shown is the count made
    total = len(conversations) + 1
    parts = []
    for index, conversation in enumerate(conversations, start=1):
        if is_cancelled is not None and is_cancelled():
            return BatchResult(cancelled=True)
        parts.append(conversation_part(kind, conversation, language))
        if progress:
            progress(index, total, conversation.employee.full_name)
    if not parts:
        return BatchResult()
    title = f"{parts[0].info.title.split(' – ')[0]} – {round_.name}"
    pdf = handouts.render_combined(parts, PdfInfo(title=title, subject=round_.name))
    written = write_pdf(Path(path), pdf)
    if progress:
        progress(total, total, written.name)
    return BatchResult(written=[written], people=len(parts), pages=page_count(pdf))


def page_count(pdf: bytes) -> int:
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])


@dataclass
class Stack:
    """A round's documents for printing in one go, kept in memory: (title, PDF) each."""

    documents: list[tuple[str, bytes]] = field(default_factory=list)
    cancelled: bool = False
    skipped: int = 0  # summaries not made: the conversation has not been held

    @property
    def pages(self) -> int:
        return sum(page_count(pdf) for _title, pdf in self.documents)


def round_stack(
    kind: str,
    round_id: str,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Stack:
    """Everyone's summary (each sealed and recorded as printed, one file each) or handout
    (one combined file with blank backs for double-sided printing) for the printer. Safe on
    a worker thread; stops between two people when cancelled."""
    round_ = Round.get_by_id(round_id)
    conversations = data.conversations_of_round(round_)
    stack = Stack()
    if kind == "summary":
        held = [c for c in conversations if data.summary_refusal(c.status) is None]
        stack.skipped = len(conversations) - len(held)
        for index, conversation in enumerate(held, start=1):
            if is_cancelled is not None and is_cancelled():
                stack.cancelled = True
                break
            pdf = render_conversation_document(kind, conversation, language)
            stack.documents.append((conversation.employee.full_name, pdf))
            if progress:
                progress(index, len(held), conversation.employee.full_name)
        return stack
    if kind not in COMBINABLE_KINDS:
        raise UnknownKind(kind=kind, kinds=", ".join(("summary", *COMBINABLE_KINDS)))
    parts = []
    total = len(conversations) + 1
    for index, conversation in enumerate(conversations, start=1):
        if is_cancelled is not None and is_cancelled():
            stack.cancelled = True
            return stack
        parts.append(conversation_part(kind, conversation, language))
        if progress:
            progress(index, total, conversation.employee.full_name)
    if parts:
        title = f"{parts[0].info.title.split(' – ')[0]} – {round_.name}"
        pdf = handouts.render_combined(parts, PdfInfo(title=title, subject=round_.name))
        stack.documents.append((title, pdf))
    if progress:
        progress(total, total, round_.name)
    return stack
