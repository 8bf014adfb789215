"""Errors of the documents area; messages live in resources/texts/documents.json."""

from __future__ import annotations

from musdesk.errors import MusdeskError


class DocumentError(MusdeskError):
    key = "documents.error.generic"


class DocumentUnreadable(DocumentError):
    key = "documents.error.unreadable"


class UnknownKind(DocumentError):
    key = "documents.error.unknown_kind"


class OutputNotWritable(DocumentError):
    key = "documents.error.output"


class NoConversations(DocumentError):
    key = "documents.error.no_conversations"


class EmployeeNotInRound(DocumentError):
    key = "documents.error.employee_not_in_round"


class ScanDamaged(DocumentError):
    key = "documents.error.scan_damaged"


class BatchStopped(DocumentError):
    """A batch stopped part-way: the files written before it stopped are complete."""

    key = "documents.error.batch_stopped"


class SummaryNotPossible(DocumentError):
    """No summary of a conversation that has not been held (or was cancelled)."""

    key = "documents.trust.error.no_summary"


class NotAMusdeskSummary(DocumentError):
    key = "documents.trust.error.not_musdesk"


class SealKeysMissing(DocumentError):
    """A read-only command would have to make the workspace's seal keys first."""

    key = "documents.error.seal_keys_missing"
