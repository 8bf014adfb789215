"""A round's results for the client's HR system, as XLSX (openpyxl) or CSV.

One row per person and goal (a person without goals has one row): the conversation date and
status, the signing dates, the four agreements, and per goal its owner, deadline, cadence,
status and progress. Private leader notes, answers and the summary text are never read here.
Column headers and labels are in the organisation's language. Both formats hold the same
cells; CSV is UTF-8 with a byte order mark and ";" between fields (what spreadsheet programs
in the Nordic countries open directly).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from musdesk import texts
from musdesk.errors import InvalidValue
from musdesk.models import (
    Agreement,
    Conversation,
    Department,
    DevelopmentGoal,
    Employee,
    Round,
    SignedVersion,
)
from musdesk.models.enums import AGREEMENT_KINDS, label
from musdesk.services import audit
from musdesk.services.common import atomic, fetch, person_key, reason
from musdesk.storage.files import write_atomic

FORMATS = ("xlsx", "csv")
COLUMNS = (
    "employee", "department", "leader", "conversation_date", "status",
    "employee_signed_on", "leader_signed_on",
    *(f"agreement_{kind}" for kind in AGREEMENT_KINDS),
    "goal", "goal_owner", "goal_deadline", "goal_cadence", "goal_status", "goal_progress",
)

Cell = str | int | dt.date | None


@dataclass(frozen=True)
class ResultsTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _label(vocabulary: str, value: str | None, language: str) -> str:
    return label(vocabulary, value, language) if value else ""


def results_table(round_id: str, language: str | None = None) -> ResultsTable:
    """The table, read in a fixed number of queries (not one per person)."""
    round_ = fetch(Round, round_id, "round")
    lang = texts.normalise_language(language or round_.organisation.language)
    headers = tuple(texts.text(f"interchange.results.{column}", lang) for column in COLUMNS)
    in_round = Conversation.select(Conversation.id).where(Conversation.round == round_)
    names = {e.id: e.full_name for e in Employee.select(
        Employee.id, Employee.first_name, Employee.last_name).where(
        Employee.organisation == round_.organisation_id)}
    departments = {d.id: d.name for d in Department.select(Department.id, Department.name)
                   .where(Department.organisation == round_.organisation_id)}
    signed: dict[object, SignedVersion] = {}
    for version in (SignedVersion.select().where(SignedVersion.conversation.in_(in_round))
                    .order_by(SignedVersion.version)):
        signed[version.conversation_id] = version  # the latest version wins
    agreements: dict[object, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in (Agreement.select().where(Agreement.conversation.in_(in_round))
                .order_by(Agreement.sort_order, Agreement.created_at)):
        agreements[row.conversation_id][row.kind].append(row.text)
    goals: dict[object, list[DevelopmentGoal]] = defaultdict(list)
    for goal in (DevelopmentGoal.select().where(DevelopmentGoal.conversation.in_(in_round))
                 .order_by(DevelopmentGoal.sort_order, DevelopmentGoal.created_at)):
        goals[goal.conversation_id].append(goal)
    query = (Conversation.select(Conversation, Employee)
             .join(Employee, on=(Conversation.employee == Employee.id))
             .where(Conversation.round == round_))
    rows: list[tuple[Cell, ...]] = []
    for conv in sorted(query, key=_by_person):  # the Nordic order of people
        employee = conv.employee
        latest = signed.get(conv.id)
        kinds = agreements.get(conv.id, {})
        person: tuple[Cell, ...] = (
            employee.full_name,
            departments.get(employee.department_id, ""),
            names.get(conv.leader_id, ""),
            conv.scheduled_start.date() if conv.scheduled_start else None,
            _label("conversation_status", conv.status, lang),
            latest.employee_signed_on if latest else None,
            latest.leader_signed_on if latest else None,
            *("\n".join(kinds.get(kind, [])) for kind in AGREEMENT_KINDS),
        )
        if not goals.get(conv.id):
            rows.append((*person, "", "", None, "", "", None))
        for goal in goals.get(conv.id, []):
            cadence = _label("cadence", goal.cadence, lang)
            if goal.cadence == "custom" and goal.cadence_days:
                cadence = f"{cadence} ({goal.cadence_days})"
            rows.append((*person, goal.title, names.get(goal.owner_id, ""), goal.deadline,
                         cadence, _label("goal_status", goal.status, lang), goal.progress))
    return ResultsTable(headers, tuple(rows))


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell.isoformat() if isinstance(cell, dt.date) else str(cell)


def to_csv(table: ResultsTable) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_text(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(table: ResultsTable, sheet_title: str) -> bytes:
    import openpyxl  # only needed here; keeps `musdesk --help` quick
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append(list(table.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str):
                # Text stays text: openpyxl would write "=…" as a formula to be run.
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, header in enumerate(table.headers, start=1):
        letter = openpyxl.utils.get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, min(40, len(header) + 4))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def format_for(path: Path, chosen: str | None = None) -> str:
    fmt = (chosen or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InvalidValue("format", reason("not_a_choice", value=fmt or path.name,
                                            allowed=", ".join(FORMATS)))
    return fmt


def export_results(round_id: str, path: Path, fmt: str | None = None,
                   language: str | None = None) -> int:
    """Write the round's results to `path` (all at once, or not at all); returns the rows."""
    kind = format_for(Path(path), fmt)
    table = results_table(round_id, language)
    round_ = fetch(Round, round_id, "round")
    data = to_csv(table) if kind == "csv" else to_xlsx(table, round_.name)
    with atomic():
        write_atomic(Path(path), data)
        audit.record("exported", round_, detail=f"results {kind}")
    return len(table.rows)


def _by_person(conversation: Conversation) -> tuple[str, str]:
    return person_key(conversation.employee.first_name, conversation.employee.last_name)
