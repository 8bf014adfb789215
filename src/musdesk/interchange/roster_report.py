"""What a roster import does, row by row, and the report a consultant reads.

`plan_import` and `run_import` (roster_import.py) return an `ImportReport`; its `lines()`
are what the command line prints and the dialog shows. Texts come from the core catalogue
(`resources/texts/interchange.json`) in the current language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from musdesk import texts

CREATE, UPDATE, UNCHANGED, SKIP = "create", "update", "unchanged", "skip"
DUPLICATE = "duplicate"  # held: may be an existing person, waits for the user's choice
ACTIONS = (CREATE, UPDATE, UNCHANGED, SKIP, DUPLICATE)
NOT_IN_FILE_SHOWN = 10


@dataclass
class RowOutcome:
    """What happens to one row. `changes` names the fields an update sets; `reason` a skip's."""

    row: int
    action: str
    name: str
    changes: tuple[str, ...] = ()
    reason: str = ""
    employee_id: uuid.UUID | None = None
    candidates: tuple[Any, ...] = ()  # roster_duplicates.Candidate, for a held row


@dataclass
class ImportReport:
    organisation_id: uuid.UUID | None
    organisation_name: str
    outcomes: list[RowOutcome] = field(default_factory=list)
    new_departments: list[str] = field(default_factory=list)
    committed: bool = False
    organisation_created: bool = False
    # Active employees of the organisation no row matched: left as they are. Useful when
    # the file is the whole roster (someone may have left), noise-free when it is a part.
    not_in_file: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def held(self) -> list[RowOutcome]:
        """Possible duplicates still waiting for the user's choice (nothing written)."""
        return [outcome for outcome in self.outcomes if outcome.action == DUPLICATE]

    @property
    def skipped(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == SKIP]

    def summary(self) -> str:
        key = "interchange.report.summary_done" if self.committed else "interchange.report.summary"
        return texts.text(
            key,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=len(self.skipped),
            departments=len(self.new_departments),
        )

    def row_lines(self) -> list[str]:
        """One line per row: what happens to it (new, changed fields, unchanged, skipped)."""
        return [describe_outcome(outcome) for outcome in self.outcomes]

    def lines(self) -> list[str]:
        """The report as text lines: summary, new organisation and departments, skipped rows."""
        lines: list[str] = []
        if self.organisation_created:
            done = "org_created" if self.committed else "org_new"
            lines.append(texts.text(f"interchange.report.{done}", name=self.organisation_name))
        lines.append(self.summary())
        if self.new_departments:
            lines.append(
                texts.text("interchange.report.departments", names=", ".join(self.new_departments))
            )
        if self.not_in_file:
            shown = ", ".join(self.not_in_file[:NOT_IN_FILE_SHOWN])
            if len(self.not_in_file) > NOT_IN_FILE_SHOWN:
                shown += ", …"
            lines.append(
                texts.text(
                    "interchange.report.not_in_file", count=len(self.not_in_file), names=shown
                )
            )
        if self.held:
            lines.append(texts.text("interchange.duplicate.summary", count=len(self.held)))
        for outcome in self.held:
            lines.append(texts.text(
                "interchange.duplicate.row", row=outcome.row, name=outcome.name or "—",
                reason=outcome.reason))
        for outcome in self.skipped:
            lines.append(
                texts.text(
                    "interchange.report.skipped_row",
                    row=outcome.row,
                    name=outcome.name or "—",
                    reason=outcome.reason,
                )
            )
        if not self.committed:
            lines.append(texts.text("interchange.report.nothing_written"))
        return lines


def action_text(outcome: RowOutcome) -> str:
    """What happens to the row, in words: "new", "changed: job title", "skipped: …"."""
    changes = ", ".join(texts.text(f"interchange.change.{name}") for name in outcome.changes)
    return texts.text(
        f"interchange.action.{outcome.action}", changes=changes, reason=outcome.reason
    )


def describe_outcome(outcome: RowOutcome) -> str:
    action = action_text(outcome)
    return texts.text(
        "interchange.report.row", row=outcome.row, name=outcome.name or "—", action=action
    )
