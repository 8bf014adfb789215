"""Results export and carrying over for a round of 1,000 conversations.

Target: a round's results written as XLSX and as CSV within 3 s each (the People page runs it
on a worker thread, so the window stays responsive either way); carrying over 1,000 people's
open goals and agreements into the next round within 5 s; the wizard's per-person preview of
what is carried over within 1 s.

    python -m benchmarks results
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
import uuid
from pathlib import Path

PEOPLE = 1000


def _fill() -> tuple[str, str]:
    from musdesk.models import (
        Agreement,
        Conversation,
        DevelopmentGoal,
        Employee,
        Organisation,
        database_proxy,
    )
    from musdesk.services import rounds

    org = Organisation.create(name="Storby Kommune", language="da")
    leader = Employee.create(organisation=org, first_name="Leder", last_name="Ås")
    rows = [{"id": uuid.uuid4(), "organisation": org.id, "leader": leader.id,
             "first_name": f"Medarbejder{n:04d}", "last_name": "Sørensen"}
            for n in range(PEOPLE - 1)]
    with database_proxy.atomic():
        for start in range(0, len(rows), 500):
            Employee.insert_many(rows[start:start + 500]).execute()
    first = rounds.plan_round(str(org.id), "MUS 2025", dt.date(2025, 2, 3),
                              dt.date(2025, 9, 30), propose_times=False)
    with database_proxy.atomic():
        for conv in Conversation.select().where(Conversation.round == first["id"]):
            for kind in ("leader_expects", "actions"):
                Agreement.create(conversation=conv, kind=kind, text=f"{kind} for the year")
            DevelopmentGoal.create(employee=conv.employee_id, conversation=conv,
                                   title="Lære det nye fagsystem", progress=40,
                                   status="in_progress", cadence="monthly")
    second = rounds.plan_round(str(org.id), "MUS 2026", dt.date(2026, 2, 2),
                               dt.date(2026, 9, 30), propose_times=False)
    return first["id"], second["id"]


def main() -> dict[str, object]:
    from musdesk.interchange import results_export
    from musdesk.services import carry_forward
    from musdesk.storage import KdfParams, Workspace

    results: dict[str, object] = {"people": PEOPLE}
    with tempfile.TemporaryDirectory() as tmp:
        workspace, _ = Workspace.create(Path(tmp) / "ws", "benchmark passphrase",
                                        kdf=KdfParams.cheap())
        try:
            first, second = _fill()
            for fmt in ("xlsx", "csv"):
                started = time.perf_counter()
                rows = results_export.export_results(first, Path(tmp) / f"r.{fmt}")
                results[f"export_{fmt}_s"] = round(time.perf_counter() - started, 2)
                results[f"export_{fmt}_bytes"] = (Path(tmp) / f"r.{fmt}").stat().st_size
            results["rows"] = rows
            started = time.perf_counter()
            preview = carry_forward.carry_over_preview(first)
            results["preview_s"] = round(time.perf_counter() - started, 2)
            results["preview_people"] = len(preview)
            started, cpu = time.perf_counter(), time.process_time()
            carried = carry_forward.carry_over_round(first, second)
            results["carry_over_s"] = round(time.perf_counter() - started, 2)
            results["carry_over_cpu_s"] = round(time.process_time() - cpu, 2)
            results["goals_carried"] = carried["goals_carried"]
            results["agreements_carried"] = carried["agreements_carried"]
        finally:
            workspace.lock()
    return results
