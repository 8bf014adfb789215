"""pdf and verify: documents from the command line.

    musdesk pdf PATH KIND --round ROUND [--employee EMPLOYEE] -o OUTPUT [--language da|nb|en]
    musdesk verify FILE.pdf|CODE PATH

Without --employee, `pdf` writes one file per conversation of the round into the OUTPUT
folder (the wheel, which belongs to the round, is always one file). `pdf` only reads the
workspace: a summary carries the seal of its content (the same code as when it was issued
at signing), but the printing is not recorded. `verify` checks a saved
summary file, or the verification code typed from a printed one; it exits 0 only when the
document is what this workspace issued.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace
from musdesk.documents import batch, by_id, data, seal
from musdesk.documents.errors import DocumentError, DocumentUnreadable, NoConversations

NOT_GENUINE_EXIT = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    pdf = subparsers.add_parser(
        "pdf",
        help="make a summary or handout as PDF (reads only: a summary is sealed with the same "
        "verification code as when it was issued, but this printing is not recorded; "
        "print from the app to record it)",
    )
    add_path_argument(pdf)
    pdf.add_argument("kind", metavar="KIND", choices=batch.KINDS, help=", ".join(batch.KINDS))
    pdf.add_argument("--round", required=True, help="the round: its ID or unambiguous name")
    pdf.add_argument("--employee", help="one employee (ID or unambiguous name); default: all")
    pdf.add_argument("-o", "--output", required=True, type=Path,
                     help="the file (one employee) or folder (all employees)")
    pdf.add_argument("--language", choices=texts.LANGUAGES,
                     help="document language (default: the organisation's)")
    pdf.add_argument("--combined", action="store_true",
                     help="all employees in one file, for printing in one go "
                          f"({', '.join(batch.COMBINABLE_KINDS)})")
    pdf.add_argument("--archive", action="store_true",
                     help="summary only: the copy for the personnel file or a public archive "
                          "(PDF/A-2b, signed, the signed content in its XMP metadata)")
    pdf.set_defaults(func=cmd_pdf)

    verify = subparsers.add_parser(
        "verify", help="check a saved summary (PDF) or a printed one's verification code"
    )
    verify.add_argument("target", metavar="FILE_OR_CODE", help="a summary PDF or its code")
    add_path_argument(verify)
    verify.set_defaults(func=cmd_verify)


def cmd_pdf(args: argparse.Namespace) -> int:
    if args.archive:
        if args.kind != "summary":
            raise DocumentError(detail=texts.text("documents.trust.archive_summary_only"))
        args.kind = batch.ARCHIVE_SUMMARY
    workspace = open_workspace(args.path, read_only=True)  # records no printing
    try:
        round_ = by_id.find_round(args.round)
        output: Path = args.output
        one_person = args.employee is not None  # "" is a name that matches nobody
        if args.combined and not one_person and args.kind not in batch.PER_ROUND_KINDS:
            return _write_combined(args, round_, output)
        if one_person or args.kind in batch.PER_ROUND_KINDS:
            if args.kind in batch.PER_ROUND_KINDS:
                target = _single_target(output, by_id.round_file_name(args.kind, round_.id))
                by_id.write_round_document(args.kind, round_.id, target, args.language,
                                           record=False)
            else:
                conversation = by_id.find_conversation(round_.id, args.employee)
                target = _single_target(
                    output, by_id.conversation_file_name(args.kind, conversation.id))
                by_id.write_conversation_document(
                    args.kind, conversation.id, target, args.language, record=False)
            print(texts.text("documents.pdf.written", path=target))
            return 0
        if output.suffix.lower() == ".pdf" and not output.is_dir():
            raise DocumentError(detail=texts.text("documents.cli.folder_expected"))
        if not round_.conversation_count:
            raise NoConversations(round=round_.name)
        result = batch.write_round_documents(
            args.kind, round_.id, output, language=args.language,
            progress=lambda done, total, name: print(f"{done}/{total} {name}"), record=False,
        )
        print(texts.text("documents.pdf.written_many", count=len(result.written), folder=output))
        return 0
    finally:
        workspace.lock()


def _single_target(output: Path, default_name: str) -> Path:
    """OUTPUT names the file, or a folder to put it in (existing, or without .pdf)."""
    into_folder = output.is_dir() or output.suffix.lower() != ".pdf"
    return output / default_name if into_folder else output


def _write_combined(args: argparse.Namespace, round_: by_id.RoundRef, output: Path) -> int:
    if not round_.conversation_count:
        raise NoConversations(round=round_.name)
    target = _single_target(output, by_id.round_file_name(args.kind, round_.id))
    result = batch.write_round_combined(
        args.kind, round_.id, target, language=args.language,
        progress=lambda done, total, name: print(f"{done}/{total} {name}"),
    )
    print(texts.text("documents.trust.combined_written", path=target, people=result.people,
                     pages=result.pages))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.path, read_only=True)
    try:
        target = Path(args.target)
        if target.is_file():
            result = seal.verify_file(target, data.latest_version)
        elif target.suffix.lower() == ".pdf" or os.sep in args.target or target.is_dir():
            # Meant as a file, not as a printed code: say it is not there.
            raise DocumentUnreadable(path=args.target, reason=texts.text("documents.no_file"))
        else:
            result = seal.verify_code(args.target, data.latest_version)
        print(result.message())
        if result.record is not None and result.ok:
            print(data.signing_note(result.record.document_id, result.record.version))
        if result.record is not None and result.verdict is seal.Verdict.CODE_FOUND:
            print(seal.describe_record(result.record))
        return 0 if result.ok else NOT_GENUINE_EXIT
    finally:
        workspace.lock()
