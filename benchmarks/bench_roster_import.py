"""Roster import of a 10,000-row CSV (five-level leader chains, 320 departments).

Figures: reading the file, planning (what the preview needs), the import itself in one
transaction through the roster services, and planning/importing the same file again
(everybody recognised, nothing changed). No target is given; the import runs off the UI
thread with a progress bar, planning must stay quick enough for a responsive preview.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from musdesk.interchange.roster_columns import guess_mapping
from musdesk.interchange.roster_import import plan_import, run_import
from musdesk.interchange.tabular import read_table
from musdesk.services import roster
from musdesk.storage import KdfParams, Workspace

N = 10_000
HEADER = "Medarbejdernr;Fornavn;Efternavn;E-mail;Stilling;Afdeling;Leder;Ansat dato;Mobil"


def write_roster(path: Path, rows: int = N) -> None:
    rnd = random.Random(1)
    lines = [HEADER]
    for i in range(rows):
        # Leaders are earlier people (so chains are a few levels deep), named by e-mail.
        leader = "" if i < 10 else f"p{rnd.randrange(0, i // 10)}@firma.dk"
        lines.append(
            f"{i};Fornavn{i};Efternavn{i};p{i}@firma.dk;Stilling {i % 50};"
            f"Afdeling {i % 40} / Team {i % 8};{leader};"
            f"{1 + i % 28:02d}-{1 + i % 12:02d}-20{10 + i % 15};{10000000 + i}"
        )
    path.write_text("\n".join(lines), encoding="cp1252")


def main() -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_roster(folder / "roster.csv")
        workspace, _ = Workspace.create(folder / "ws", "bench passphrase", kdf=KdfParams.cheap())
        try:
            org = roster.create_organisation("Benchmark A/S")["id"]

            def timed(name: str, action):  # type: ignore[no-untyped-def]
                started = time.perf_counter()
                result = action()
                figures[name] = time.perf_counter() - started
                return result

            table = timed("read_s", lambda: read_table(folder / "roster.csv"))
            mapping = guess_mapping(table.rows)
            report = timed("plan_s", lambda: plan_import(table, mapping, org))
            assert report.created == N, report.summary()
            timed("import_s", lambda: run_import(table, mapping, org))
            report = timed("plan_again_s", lambda: plan_import(table, mapping, org))
            assert report.unchanged == N, report.summary()
            timed("import_again_s", lambda: run_import(table, mapping, org))
        finally:
            workspace.lock()
    figures["rows"] = N
    for name, value in figures.items():
        print(f"   {name:16} {value:8.3f}")
    return figures


if __name__ == "__main__":
    main()
