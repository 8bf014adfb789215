"""At 1366×768 every tab and dialog fits the screen, and no label or button text is cut
without a tooltip (the walk runs in a child process whose offscreen screen has that size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from tests.ui.screen_walk import problems_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_tab_and_dialog_fits_a_laptop_screen(language: str) -> None:
    config = HERE / "screen_1366x768.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "MUSDESK_LANGUAGE": language}
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_walk", language],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [1366, 768]
    assert result["looked_at"] >= 25  # welcome, four tabs, twenty-odd dialogs
    assert result["problems"] == []


def test_the_walk_sees_a_window_too_big_and_a_cut_label(qtbot) -> None:
    """The checks themselves can fail (without the window fitter, which is not installed)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Hvem gør hvad og hvornår – en meget lang overskrift")
    label.setFixedWidth(60)
    QVBoxLayout(dialog).addWidget(label)
    screen = dialog.screen().availableGeometry()
    dialog.resize(300, screen.height() + 200)
    dialog.show()
    found = problems_of(dialog, "test")
    assert any("not inside the screen" in p for p in found)
    assert any("is cut" in p for p in found)
    label.setToolTip(label.text())
    dialog.resize(300, 200)
    assert problems_of(dialog, "test") == []
