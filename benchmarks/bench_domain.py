"""The large workspace: how long generating 10,000 employees × three years of rounds takes,
how big the database gets, and how fast a few everyday reads are on it."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate_large import PASSPHRASE, generate_large
from musdesk.models import Organisation, Round
from musdesk.services import listing, roster, rounds
from musdesk.services.followup_overview import due_items
from musdesk.storage import Workspace


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return round(time.perf_counter() - started, 3), result


def main() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large"
        figures: dict[str, Any] = {"generate": generate_large(path)}
        print(
            f"   generated in {figures['generate']['seconds']} s, "
            f"{figures['generate']['database_bytes'] / 2**20:.0f} MiB",
            flush=True,
        )
        open_seconds, workspace = _timed(lambda: Workspace.open(path, passphrase=PASSPHRASE))
        try:
            org = Organisation.select().first()
            current = (
                Round.select()
                .where(Round.organisation == org)
                .order_by(Round.period_start.desc())
                .first()
            )
            today = dt.date.today()
            reads = {
                "open_with_backup": round(open_seconds, 3),
                "list_employees_one_organisation": _timed(
                    lambda: roster.list_employees(str(org.id))
                )[0],
                "wheel_progress_one_round": _timed(lambda: rounds.wheel_progress(str(current.id)))[
                    0
                ],
                "due_list_next_30_days_all": _timed(lambda: due_items(today, 30))[0],
                "list_rows_conversations_all": _timed(lambda: listing.list_rows("conversations"))[
                    0
                ],
            }
        finally:
            workspace.lock()
        figures["reads_seconds"] = reads
        for name, seconds in reads.items():
            print(f"   {name}: {seconds} s", flush=True)
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2, default=str))
