"""The record of processing activities (GDPR art. 30) for one organisation, as plain data.

What is processed (record types with counts), for whom, how long it is kept and where and
how it is stored. Counts come from the same walk an erasure uses, so they are what erasing
the organisation would remove.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from musdesk import texts
from musdesk.models import Organisation
from musdesk.services import privacy_rows
from musdesk.services.common import fetch
from musdesk.storage.workspace import Workspace

if TYPE_CHECKING:
    from musdesk.services.privacy_erase import OpenWorkspace

# In the order a reader expects; each with its category of data.
RECORD_TYPES = (
    ("employee", "identity"),
    ("department", "organisation"),
    ("round", "organisation"),
    ("conversation", "conversation"),
    ("answer", "conversation"),
    ("agreement", "conversation"),
    ("private_note", "private"),
    ("signed_version", "conversation"),
    ("scan_attachment", "conversation"),
    ("issued_summary", "conversation"),
    ("development_goal", "development"),
    ("sub_goal", "development"),
    ("activity", "development"),
    ("follow_up_meeting", "followup"),
    ("goal_progress", "followup"),
    ("evaluation", "followup"),
    ("recognition", "followup"),
)


@dataclass(frozen=True)
class ProcessingRecord:
    organisation: str
    language: str
    made_on: dt.date
    counts: tuple[tuple[str, str, int], ...]  # (label, category label, count)
    retention_years: int
    leaver_months: int
    folder: str
    backups: int


def processing_record(workspace: Workspace | OpenWorkspace, organisation_id: str,
                      today: dt.date | None = None) -> ProcessingRecord:
    org = fetch(Organisation, organisation_id, "organisation")
    lang = org.language
    counts = privacy_rows.collect(workspace.database.connection(), "organisation",
                                  str(org.id)).counts()
    rows = []
    for table, category in RECORD_TYPES:
        name = texts.text(f"privacy.table.{table}", lang)
        rows.append((name[:1].upper() + name[1:],
                     texts.text(f"privacy.record.category.{category}", lang),
                     counts.get(table, 0)))
    return ProcessingRecord(org.name, lang, today or dt.date.today(), tuple(rows),
                            org.retention_years, org.leaver_retention_months,
                            str(workspace.folder), len(workspace.list_backups()))
