"""After lock(), the data key is nowhere in the process's memory: neither its bytes nor the
hex text SQLCipher's raw-key syntax needs (Linux: the scan reads /proc/self/mem)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCAN = r"""
import gc, re, sys
from pathlib import Path
from musdesk.storage import KdfParams, Workspace
from musdesk.models.meta import WorkspaceMeta

MASK = bytes(b ^ 0x5A for b in range(256))   # the patterns are kept masked, never plain
HEX = b"0123456789abcdef"

folder = Path(sys.argv[1])
ws, _ = Workspace.create(folder, "correct horse battery", kdf=KdfParams.cheap())
ws.lock()
ws = Workspace.open(folder, passphrase="correct horse battery")
WorkspaceMeta.replace(key="x", value="y").execute()
ws.take_backup()
key = ws.database.data_key
raw = bytes(b ^ 0x5A for b in key)
hexed = bytes(c ^ 0x5A for b in key for c in (HEX[b >> 4], HEX[b & 15]))
ws.lock()
gc.collect()

def count(pattern):
    found = 0
    maps = open("/proc/self/maps").read().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("rw"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            found += data.translate(MASK).count(pattern)
    return found

print(count(raw), count(hexed), count(hexed.translate(MASK).upper().translate(MASK)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mem")
def test_no_copy_of_the_data_key_is_left_after_lock(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCAN, str(tmp_path / "ws")], capture_output=True, text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    raw, hex_lower, hex_upper = map(int, done.stdout.split())
    assert (raw, hex_lower, hex_upper) == (0, 0, 0), "copies of the key left in memory"
