"""Roster import of a 10,000-row CSV (five-level leader chains, 320 departments).

Targets (issue 14), each the whole process a consultant waits for, with the workspace
locked at the start (cheap KDF: the benchmark times the import, not Argon2):
- `new_total_s` ≤ 2 s: unlock, read the file, plan (the preview), import 10,000 new rows;
- `again_total_s` ≤ 1 s: the same with the same file again (everybody recognised, nothing
  changed).
The parts are reported too: `read_s`, `plan_s`, `import_s` (run_import: it reuses the
preview's plan when nothing changed meanwhile, and writes in bulk), `unlock_s`; and the
process's CPU seconds for each whole run (`new_cpu_s`, `again_cpu_s`), which on a machine
shared with other work say more than the wall clock.
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


TARGETS = {"new_total_s": 2.0, "again_total_s": 1.0}
PASSPHRASE = "bench passphrase"


def main() -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_roster(folder / "roster.csv")
        workspace, _ = Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.cheap())
        org = roster.create_organisation("Benchmark A/S")["id"]
        workspace.lock()
        for label, expected in (("new", "created"), ("again", "unchanged")):
            started = time.perf_counter()
            cpu_started = time.process_time()
            workspace = Workspace.open(folder / "ws", passphrase=PASSPHRASE)
            try:
                unlocked = time.perf_counter()
                table = read_table(folder / "roster.csv")
                mapping = guess_mapping(table.rows)
                read = time.perf_counter()
                report = plan_import(table, mapping, org)
                planned = time.perf_counter()
                assert getattr(report, expected) == N, report.summary()
                run_import(table, mapping, org)
                done = time.perf_counter()
                cpu_done = time.process_time()
            finally:
                workspace.lock()
            figures[f"{label}_unlock_s"] = unlocked - started
            figures[f"{label}_read_s"] = read - unlocked
            figures[f"{label}_plan_s"] = planned - read
            figures[f"{label}_import_s"] = done - planned
            figures[f"{label}_total_s"] = done - started
            figures[f"{label}_cpu_s"] = cpu_done - cpu_started
    figures["rows"] = N
    for name, value in figures.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else (
            f"  (target ≤ {target:.0f} s: {'met' if value <= target else 'NOT met'})")
        print(f"   {name:18} {value:8.3f}{verdict}")
    return figures


if __name__ == "__main__":
    main()
