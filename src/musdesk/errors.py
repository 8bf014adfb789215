"""The errors a user can meet. Each carries a clear, translated message (`str(error)`).

Services and storage raise these; the UI shows them through one helper and the command line
prints them as one line with a non-zero exit. Anything else is a bug and reaches the
unexpected-error handler instead.
"""

from __future__ import annotations

from musdesk import texts


class MusdeskError(Exception):
    """Base of all expected errors. Subclasses set `key`, the text-catalogue entry."""

    key = "error.generic"
    exit_code = 1

    def __init__(self, detail: str | None = None, **params: object) -> None:
        self.params = dict(params)
        self.detail = detail
        super().__init__(self.message())

    def message(self, language: str | None = None) -> str:
        base = texts.text(self.key, language, **self.params)
        return f"{base} ({self.detail})" if self.detail else base

    def __str__(self) -> str:
        return self.message()


# --- storage ------------------------------------------------------------------------------
class StorageError(MusdeskError):
    key = "error.storage"


class WrongPassphrase(StorageError):
    key = "error.wrong_passphrase"
    exit_code = 3


class WrongRecoveryKey(StorageError):
    key = "error.wrong_recovery_key"
    exit_code = 3


class NotAWorkspace(StorageError):
    key = "error.not_a_workspace"


class WorkspaceExists(StorageError):
    key = "error.workspace_exists"


class KeyFileMissing(StorageError):
    key = "error.key_file_missing"


class KeyFileDamaged(StorageError):
    key = "error.key_file_damaged"


class KeyFileTooCostly(KeyFileDamaged):
    key = "error.key_file_too_costly"


class DatabaseMissing(StorageError):
    key = "error.database_missing"


class DatabaseEmpty(StorageError):
    key = "error.database_empty"


class DatabaseDamaged(StorageError):
    """The key is proven right by the key file, yet the database cannot be read."""

    key = "error.database_damaged"


class SchemaTooNew(StorageError):
    key = "error.schema_too_new"


class WorkspaceInUse(StorageError):
    key = "error.workspace_in_use"
    exit_code = 4


class WorkspaceReadOnly(StorageError):
    key = "error.workspace_read_only"


class DiskFull(StorageError):
    key = "error.disk_full"


class DatabaseBusy(StorageError):
    """Another connection holds the database for longer than the busy timeout."""

    key = "error.database_busy"
    exit_code = 4


class DatabaseFailed(StorageError):
    """The database refused an action for a reason that is neither damage, a full disk,
    a read-only file nor another user (an I/O error, a constraint): no restore advised."""

    key = "error.database_failed"


class DatabaseDamagedWithBackup(DatabaseDamaged):
    """Damage found at open, and the newest backup that passed its check is named."""

    key = "error.database_damaged_backup"


class DatabaseDamagedNoBackup(DatabaseDamaged):
    key = "error.database_damaged_no_backup"


class BackupRefused(StorageError):
    """No backup was taken because the database failed its check."""

    key = "error.backup_refused"


class KeyFileTooLarge(KeyFileDamaged):
    key = "error.key_file_too_large"


class UpgradeNeeded(StorageError):
    """A read-only command met a workspace that must be upgraded (or have an interrupted
    key rotation finished) first; nothing was written."""

    key = "error.upgrade_needed"
    exit_code = 5


class RotationPendingReadOnly(UpgradeNeeded):
    key = "error.rotation_pending_read_only"


class RotationUndoneUsePrevious(StorageError):
    """A rotation was killed before it changed the database; the new passphrase was
    given: the previous one applies."""

    key = "storage.rotation.undone_use_previous"
    exit_code = 3


class UnknownMigration(StorageError):
    """The workspace records a migration this program does not have (not a newer one)."""

    key = "error.unknown_migration"


class FileNotWritable(StorageError):
    """A file the user asked for (a PDF, a calendar, a key sheet) cannot be written there."""

    key = "error.file_not_writable"

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path=path, reason=reason)


class WorkspaceLocked(StorageError):
    key = "error.workspace_locked"


class IntegrityCheckFailed(StorageError):
    key = "error.integrity_check_failed"


class IntegrityCheckFailedWithBackup(IntegrityCheckFailed):
    key = "error.integrity_check_failed_backup"


class PassphraseRejected(StorageError):
    key = "error.passphrase_rejected"


# --- domain -------------------------------------------------------------------------------
class DomainError(MusdeskError):
    key = "error.domain"


class NotFound(DomainError):
    key = "error.not_found"


class Ambiguous(DomainError):
    key = "error.ambiguous"


class ForbiddenTransition(DomainError):
    key = "error.forbidden_transition"


class InvalidValue(DomainError):
    """A value a user typed or imported is not acceptable; `field` names it."""

    key = "error.invalid_value"

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(field=_field_label(field), reason=reason)


def _field_label(field: str) -> str:
    """The translated field name when the catalogue has `domain.field.<name>`, else the name."""
    try:
        return texts.text(f"domain.field.{field}")
    except KeyError:
        return field


class Frozen(DomainError):
    key = "error.frozen"


class MigrationFailed(StorageError):
    key = "error.migration_failed"


class PrivacyRefused(MusdeskError):
    """A privacy action that cannot be done as asked (the reason says why)."""

    key = "privacy.error.refused"


class BackupUnusable(StorageError):
    """A backup chosen for restoring cannot be used; nothing was changed."""

    key = "restore.error.unusable"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path=path, reason=texts.text(f"restore.reason.{reason}"))
