"""What read-only commands need, made at a read-write open (`storage/workspace.py` calls
`run` after creating or upgrading a workspace).

`musdesk pdf` and `verify` write nothing, so what they read must exist before: the seal
keys (the Ed25519 key and the PAdES certificate) and the issue record of every signed
conversation's summary (made at signing since schema 7; older workspaces get them here,
once). A marker row says it was done, so a later open costs one read.
"""

from __future__ import annotations

from musdesk.errors import MusdeskError
from musdesk.models import Conversation, SignedVersion, WorkspaceMeta
from musdesk.models.enums import FROZEN_STATUSES
from musdesk.storage.transactions import write_transaction

MARKER = "upkeep.documents"
VERSION = "1"


def run() -> bool:
    """Do what is missing; True when anything was written."""
    row = WorkspaceMeta.get_or_none(WorkspaceMeta.key == MARKER)
    if row is not None and row.value == VERSION:
        return False
    from musdesk.documents import certificate, seal
    from musdesk.services.signing import issue_signed

    with write_transaction():
        seal.signing_key()
        certificate.signing_identity()
        signed = (
            Conversation.select()
            .join(SignedVersion, on=(
                (SignedVersion.conversation == Conversation.id)
                & (SignedVersion.version == Conversation.version)
            ))
            .where(Conversation.status.in_(FROZEN_STATUSES))
        )
        for conversation in signed:
            try:
                issue_signed(conversation)
            except MusdeskError:  # a summary that cannot be made is not issued
                continue
        WorkspaceMeta.replace(key=MARKER, value=VERSION).execute()
    return True
