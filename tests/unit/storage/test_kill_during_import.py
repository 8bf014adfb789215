"""kill -9 while a roster import writes, at moments spread over the whole write: every run
leaves a sound workspace holding all of the import or none of it.

One helper process imports musdesk once and forks a child per run (cheap: no interpreter
start-up per run); each run starts from the same pristine workspace copy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE

RUNS = 100
EMPLOYEES = 60

DRIVER = r"""
import json, os, random, shutil, signal, sys, time
from pathlib import Path
from musdesk.interchange.roster_columns import guess_mapping
from musdesk.interchange.roster_import import run_import
from musdesk.interchange.tabular import read_table
from musdesk.models import Employee
from musdesk.services import roster
from musdesk.storage import Workspace

pristine, work, csv_path, passphrase, runs = sys.argv[1:6]
pristine, work, runs = Path(pristine), Path(work), int(runs)
table = read_table(Path(csv_path))
mapping = guess_mapping(table.rows)
with Workspace.open(pristine, passphrase=passphrase):
    org_id = roster.list_organisations()[0]["id"]

def child(ready_w, at_row):
    ws = Workspace.open(work, passphrase=passphrase)
    os.write(ready_w, b"o")

    def progress(done, total):
        if done >= at_row:
            os.write(ready_w, b"p")

    run_import(table, mapping, org_id, progress=progress if at_row else None)
    os.write(ready_w, b"d")
    os._exit(0)

def one_run(delay, at_row=0):
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        child(w, at_row)
    os.close(w)
    assert os.read(r, 1) == b"o"
    if at_row:
        assert os.read(r, 1) == b"p"  # the import is writing, inside its transaction
    started = time.perf_counter()
    if delay is None:
        assert os.read(r, 1) == b"d"
        elapsed = time.perf_counter() - started
    else:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        elapsed = None
    os.waitpid(pid, 0)
    os.close(r)
    with Workspace.open(work, passphrase=passphrase) as ws:
        ws.check_integrity()
        count = Employee.select().count()
    return count, elapsed

rng = random.Random(20261201)
timings = [one_run(None) for _ in range(3)]
full = timings[0][0]
duration = sorted(t[1] for t in timings)[1]
results, mid_write = [], []
for n in range(runs):
    if n % 2:  # at a moment spread over the whole import, from its backup to its commit
        count, _ = one_run(rng.uniform(0.0, duration * 1.5))
    else:  # while a given row is being written
        count, _ = one_run(rng.uniform(0.0, 0.004), at_row=rng.randint(1, len(table.rows) - 1))
        mid_write.append(count)
    results.append(count)
print(json.dumps({"full": full, "duration": duration, "counts": results, "mid": mid_write}))
"""


@pytest.mark.slow
def test_kill_during_an_import_leaves_all_or_none(new_workspace, workspace_path, tmp_path):
    from musdesk.services import roster

    workspace, _ = new_workspace
    roster.create_organisation("Kommunen")
    workspace.lock()
    csv_path = tmp_path / "roster.csv"
    lines = ["Fornavn;Efternavn;E-mail;Medarbejdernummer"]
    lines += [f"Åse{i};Ørsted{i};ase{i}@example.dk;{1000 + i}" for i in range(EMPLOYEES)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(workspace_path), str(tmp_path / "work"),
         str(csv_path), PASSPHRASE, str(RUNS)],
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"import write {report['duration']:.3f} s; counts {sorted(set(report['counts']))}")
    assert report["full"] == EMPLOYEES
    counts = report["counts"]
    assert set(counts) <= {0, EMPLOYEES}, sorted(set(counts))
    assert len(report["mid"]) >= RUNS // 2, "half the kills land while rows are written"
    with Workspace.open(workspace_path, passphrase=PASSPHRASE):
        pass
