"""Kill -9 in the middle of a stream of commits: every acknowledged commit survives."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE

WRITER = """
import sys
from musdesk.storage import Workspace
ws = Workspace.open(sys.argv[1], passphrase=sys.argv[2])
db = ws.database
db.execute_sql("CREATE TABLE IF NOT EXISTS stream (n INTEGER PRIMARY KEY, payload TEXT)")
n = int(db.execute_sql("SELECT coalesce(max(n), 0) FROM stream").fetchone()[0])
print("ready", flush=True)
while True:
    n += 1
    with db.atomic():
        db.execute_sql("INSERT INTO stream VALUES (?, ?)", (n, "Æble og ø " * 20))
    print(n, flush=True)  # acknowledged only once the commit has returned
"""

ROUNDS = 50


@pytest.mark.slow
def test_sigkill_during_committed_writes_loses_nothing_acknowledged(
    new_workspace, workspace_path: Path
) -> None:
    new_workspace[0].lock()
    rng = random.Random(20261123)
    acknowledged: set[int] = set()
    for _ in range(ROUNDS):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(workspace_path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
        acknowledged.update(int(line) for line in out.split() if line.isdigit())
        with Workspace.open(workspace_path, passphrase=PASSPHRASE, backups_kept=2) as ws:
            ws.check_integrity()
            stored = {row[0] for row in ws.database.execute_sql("SELECT n FROM stream")}
        missing = acknowledged - stored
        assert not missing, f"acknowledged commits lost: {sorted(missing)[:5]}"
    assert len(acknowledged) > ROUNDS, "the writer should have committed during most rounds"
