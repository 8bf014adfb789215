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
    """The checks themselves can fail."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Hvem gør hvad og hvornår – en meget lang overskrift")
    label.setFixedWidth(60)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    screen = dialog.screen().availableGeometry()
    dialog.resize(300, screen.height() + 200)  # after showing: no fitter can have shrunk it
    found = problems_of(dialog, "test")
    assert any("not inside the screen" in p for p in found)
    assert any("is cut" in p for p in found)
    label.setToolTip(label.text())
    dialog.resize(300, 200)
    assert problems_of(dialog, "test") == []


def test_the_fitter_shrinks_a_dialog_and_remembers_only_sizes_that_fit(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings, QSize

    from musdesk.ui.window_fit import WindowFitter

    store = QSettings(str(tmp_path / "sizes.ini"), QSettings.Format.IniFormat)
    fitter = WindowFitter(store)

    class PreviewLike(QDialog):
        pass

    dialog = PreviewLike()
    qtbot.addWidget(dialog)
    dialog.installEventFilter(fitter)
    room = dialog.screen().availableGeometry()
    dialog.resize(400, room.height() + 300)  # as the document preview asked for 900 px
    dialog.show()
    assert dialog.frameGeometry().height() <= room.height()
    assert room.contains(dialog.frameGeometry())
    dialog.resize(420, 300)
    dialog.hide()
    assert store.value("dialog-sizes/PreviewLike") == QSize(420, 300)
    dialog.show()
    dialog.resize(420, room.height() + 100)  # the user made it too tall (another screen)
    dialog.hide()
    assert store.value("dialog-sizes/PreviewLike") == QSize(420, 300)  # not remembered

    again = PreviewLike()
    qtbot.addWidget(again)
    again.installEventFilter(fitter)
    again.show()
    assert again.size() == QSize(420, 300)  # the remembered size, as it fits
