"""What the roster import dialog decides, without Qt: the controller of its view.

    session = ImportSession(organisation_id)
    loaded = session.plan(table, mapping)          # on a worker thread: reads only
    session.set_loaded(loaded)                     # back on the UI thread
    session.decide(12, NEW)                        # a possible duplicate answered
    session.can_import(), session.needs_choice()   # what the buttons say

The dialog (ui/dialogs/roster_import_dialog.py) runs the jobs and shows the state; the
layout is ui/dialogs/roster_import_view.py; the rules of matching are roster_import.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from musdesk.interchange.roster_columns import ColumnMapping
from musdesk.interchange.roster_import import ImportReport, RowOutcome, plan_import
from musdesk.interchange.tabular import Table


@dataclass
class Loaded:
    """A file with the mapping used and its plan (None while the mapping is incomplete)."""

    table: Table
    mapping: ColumnMapping
    report: ImportReport | None
    problem: str = ""


@dataclass
class ImportSession:
    organisation_id: str | None
    loaded: Loaded | None = None
    decisions: dict[int, str] = field(default_factory=dict)  # row → NEW or an employee ID
    done: ImportReport | None = None  # the committed import's report

    def plan(self, table: Table, mapping: ColumnMapping) -> Loaded:
        """The plan for this mapping and the decisions so far; a mapping that cannot run
        yet is a problem to show, not a failure. Reads only (runs on a worker)."""
        problems = mapping.problems()
        if problems:
            return Loaded(table, mapping, None, " ".join(problems))
        report = plan_import(table, mapping, self.organisation_id,
                             decisions=dict(self.decisions))
        return Loaded(table, mapping, report)

    def set_loaded(self, loaded: Loaded | None) -> None:
        self.loaded = loaded

    def new_file(self) -> None:
        """Another file: its rows are other rows, earlier answers do not apply."""
        self.loaded = None
        self.decisions = {}

    def decide(self, row: int, choice: str | None) -> None:
        if choice:
            self.decisions[row] = choice
        else:
            self.decisions.pop(row, None)

    def duplicate_rows(self) -> list[RowOutcome]:
        """Rows that may be a person already there: held ones and those answered."""
        report = self.loaded.report if self.loaded else None
        return [o for o in report.outcomes if o.candidates] if report else []

    def needs_choice(self) -> bool:
        report = self.loaded.report if self.loaded else None
        return bool(report and report.held)

    def can_import(self) -> bool:
        """Something to write, every possible duplicate answered, not imported yet."""
        report = self.loaded.report if self.loaded else None
        if report is None or self.done is not None or report.held:
            return False
        return report.created + report.updated > 0
