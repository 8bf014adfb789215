"""The encrypted workspace: key file, SQLCipher database, backups, single-instance lock."""

from musdesk.storage.keyfile import KdfParams
from musdesk.storage.workspace import (
    DB_NAME,
    KEY_NAME,
    Workspace,
    backup_before,
    current_workspace,
    default_workspace_path,
)

__all__ = [
    "DB_NAME",
    "KEY_NAME",
    "KdfParams",
    "Workspace",
    "backup_before",
    "current_workspace",
    "default_workspace_path",
]
