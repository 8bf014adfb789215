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


# What the first screen (welcome, or a remembered workspace's unlock screen) must not load:
# the packages and parts of musdesk that only an unlocked workspace, a tab, a document, an
# export or a dialog needs. Start-up time is a target (benchmarks/bench_startup.py): each of
# these is imported when the user gets there.
HEAVY_FOR_THE_FIRST_SCREEN = (
    "peewee", "playhouse", "sqlcipher3", "cryptography", "reportlab", "pyhanko", "pypdf",
    "pikepdf", "pyrage", "holidays", "zxcvbn", "openpyxl", "icalendar", "pyphen",
    "platformdirs",
    "PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtPdf", "PySide6.QtCharts",
    "musdesk.storage", "musdesk.models", "musdesk.documents", "musdesk.interchange",
    "musdesk.commands", "musdesk.migrations", "musdesk.services.demo",
    "musdesk.ui.tabs", "musdesk.ui.dialogs", "musdesk.ui.qtmodels", "musdesk.ui.workers",
    "musdesk.ui.window_fit", "musdesk.ui.wheel_guard", "musdesk.ui.passphrase_strength",
    "musdesk.ui.package_actions", "musdesk.ui.dates",
)


def imported_modules(done: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
            if line.startswith("import time:")}


def heavy_among(imported: set[str]) -> list[str]:
    return sorted(name for name in imported for heavy in HEAVY_FOR_THE_FIRST_SCREEN
                  if name == heavy or name.startswith(heavy + "."))


def test_fresh_start_paints_the_welcome_screen_and_exits(tmp_path: Path) -> None:
    done = smoke(tmp_path, "", python_flags=("-X", "importtime"))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    imported = imported_modules(done)
    assert "musdesk.ui.main_window" in imported
    assert "musdesk.ui.screens.welcome" in imported
    assert heavy_among(imported) == []
    assert "musdesk.ui.screens.unlock" not in imported


def test_the_unlock_screen_loads_nothing_heavy_either(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Workspace.create(folder, PASSPHRASE, kdf=KdfParams.cheap())[0].lock()
    done = smoke(tmp_path, f"[workspace]\nlast={folder}\n", python_flags=("-X", "importtime"))
    assert done.returncode == 0, done.stderr
    imported = imported_modules(done)
    assert "musdesk.ui.screens.unlock" in imported
    assert heavy_among(imported) == []


def test_the_heavy_list_names_what_the_program_really_uses() -> None:
    """A misspelt entry would make the tests above pass for nothing."""
    import importlib.util

    for name in HEAVY_FOR_THE_FIRST_SCREEN:
        assert importlib.util.find_spec(name) is not None, name


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
