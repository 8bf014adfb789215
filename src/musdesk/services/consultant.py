"""The consultant who works in this workspace: their own name and firm.

Stored in the workspace (`workspace_meta`, inside the encrypted database), so it travels
with the workspace, not with the machine. Used where the consultant signs: the invitation
of an employee without a leader (the consultant holds that conversation). Settings… edits
it while a workspace is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from musdesk.models.meta import WorkspaceMeta
from musdesk.services.common import MAX_NAME, atomic, optional_text

NAME_KEY = "consultant.name"
FIRM_KEY = "consultant.firm"


@dataclass(frozen=True)
class Consultant:
    name: str = ""
    firm: str = ""


def consultant() -> Consultant:
    """The consultant's name and firm ("" when not given)."""
    rows = {row.key: row.value for row in
            WorkspaceMeta.select().where(WorkspaceMeta.key.in_((NAME_KEY, FIRM_KEY)))}
    return Consultant(str(rows.get(NAME_KEY) or ""), str(rows.get(FIRM_KEY) or ""))


def set_consultant(name: str, firm: str) -> Consultant:
    """Store (or, when empty, remove) the consultant's name and firm, in one transaction."""
    values = {NAME_KEY: optional_text("consultant_name", name, MAX_NAME),
              FIRM_KEY: optional_text("consultant_firm", firm, MAX_NAME)}
    with atomic():
        for key, value in values.items():
            if value:
                WorkspaceMeta.insert(key=key, value=value).on_conflict_replace().execute()
            else:
                WorkspaceMeta.delete().where(WorkspaceMeta.key == key).execute()
    return Consultant(values[NAME_KEY], values[FIRM_KEY])
