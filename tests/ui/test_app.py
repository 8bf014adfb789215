"""`musdesk --smoke-test`: the real start-up in a fresh process, exits once painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from musdesk.storage import KdfParams, Workspace
from tests.conftest import PASSPHRASE


def smoke(tmp_path: Path, settings: str, *extra: str,
          python_flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    ini = tmp_path / "smoke.ini"
    ini.write_text(settings)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MUSDESK_SETTINGS_FILE": str(ini),
           "MUSDESK_PRINT_PAINT_TIME": "1"}
    return subprocess.run([sys.executable, *python_flags, "-m", "musdesk", "--smoke-test",
                           *extra], env=env,
                          capture_output=True, text=True, timeout=60)


def test_fresh_start_paints_the_welcome_screen_and_exits(tmp_path: Path) -> None:
    done = smoke(tmp_path, "", python_flags=("-X", "importtime"))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    # Start-up time: the command modules, storage and the tabs are not loaded for it.
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    assert "musdesk.ui.main_window" in imported
    for heavy in ("musdesk.commands.workspace", "musdesk.storage", "reportlab",
                  "musdesk.ui.tabs.roster_tab", "musdesk.ui.screens.unlock"):
        assert heavy not in imported


@pytest.mark.parametrize("how", ["remembered", "flag"])
def test_a_known_workspace_shows_its_unlock_screen_without_waiting(
    tmp_path: Path, how: str
) -> None:
    folder = tmp_path / "ws"
    Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())[0].lock()
    if how == "remembered":
        done = smoke(tmp_path, f"[workspace]\nlast={folder}\n")
    else:
        done = smoke(tmp_path, "", "--workspace", str(folder))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    # Only shown, never unlocked: the folder's lock was not taken, so it opens here at once.
    Workspace.open(folder, passphrase=PASSPHRASE).lock()
