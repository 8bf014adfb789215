"""What read-only commands need, made at a read-write open (`storage/workspace.py` calls
`run` after creating or upgrading a workspace).

`musdesk pdf` and `verify` write nothing, so what they read must exist before: the seal
keys (the Ed25519 key and the PAdES certificate) and the issue record of every signed
conversation's summary (made at signing since schema 7; older workspaces get them here,
once). A marker row says it was done, so a later open costs one read.

Issuing costs ~11 ms per signed conversation (its summary is built and signed), so an open
issues them only for up to BACKFILL_AT_OPEN conversations; a larger workspace gets its keys
at open and the records from `musdesk upgrade PATH` (`run(everything=True)`, with progress).
Until then `pdf` of such a summary still verifies as a file ("never recorded"), but its code
cannot be looked up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from musdesk.errors import MusdeskError
from musdesk.models import Conversation, SignedVersion, WorkspaceMeta
from musdesk.models.enums import FROZEN_STATUSES
from musdesk.storage.transactions import write_transaction

MARKER = "upkeep.documents"
VERSION = "1"
BACKFILL_AT_OPEN = 300


def run(*, everything: bool = False, progress: Callable[[int, int], None] | None = None
        ) -> bool:
    """Do what is missing; True when anything was written. Without `everything`, the issue
    records only when there are at most BACKFILL_AT_OPEN signed conversations."""
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
        total = signed.count()
        if total > BACKFILL_AT_OPEN and not everything:
            return True  # the keys only; `musdesk upgrade` issues the rest
        for done, conversation in enumerate(signed, start=1):
            with contextlib.suppress(MusdeskError):  # a summary not to be made: not issued
                issue_signed(conversation)
            if progress is not None:
                progress(done, total)
        WorkspaceMeta.replace(key=MARKER, value=VERSION).execute()
    return True
