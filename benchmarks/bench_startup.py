"""Start-up: `musdesk --smoke-test` against a minimal PySide6 window with four tabs.

Target: musdesk / minimal ≤ 1.5. Both run as fresh processes, offscreen, alternately in the
same run, and quit as soon as their first window has painted. Figures (medians of several
runs): `*_paint_s` from starting the process to the first paint (each child prints the time
of its first paint), `*_exit_s` to the process's exit. musdesk runs with no workspace
(welcome screen) and with a remembered one (unlock screen).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9

MINIMAL = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication(sys.argv)

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

window = Window()
tabs = QTabWidget()
for title in ("Roster", "MUS wheel", "Conversation", "Follow-up"):
    tabs.addTab(QLabel(title), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first paint, seconds to the exit)."""
    started_wall, started = time.time(), time.perf_counter()
    done = subprocess.run(command, env={**env, "MUSDESK_PRINT_PAINT_TIME": "1"},
                          capture_output=True, timeout=120, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr[-2000:]}")
    painted = next(float(line.split()[1]) for line in done.stdout.splitlines()
                   if line.startswith("first-paint "))
    return painted - started_wall, elapsed


def main() -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MUSDESK_LANGUAGE": "en"}
        fresh = {**base_env, "MUSDESK_SETTINGS_FILE": str(Path(tmp) / "fresh.ini")}
        # A remembered workspace: the start shows its unlock screen (nothing is unlocked).
        folder = Path(tmp) / "workspace"
        subprocess.run([sys.executable, "-m", "musdesk", "init", "--cheap-kdf", str(folder)],
                       env={**base_env, "MUSDESK_PASSPHRASE": "benchmark passphrase"},
                       check=True, capture_output=True)
        remembered_ini = Path(tmp) / "remembered.ini"
        remembered_ini.write_text(f"[workspace]\nlast={folder}\n")
        remembered = {**base_env, "MUSDESK_SETTINGS_FILE": str(remembered_ini)}

        minimal_cmd = [sys.executable, "-c", MINIMAL]
        musdesk_cmd = [sys.executable, "-m", "musdesk", "--smoke-test"]
        _timed(minimal_cmd, base_env)  # warm the file cache for both
        _timed(musdesk_cmd, fresh)
        runs: dict[str, list[tuple[float, float]]] = {"minimal": [], "welcome": [], "unlock": []}
        for _ in range(RUNS):
            runs["minimal"].append(_timed(minimal_cmd, base_env))
            runs["welcome"].append(_timed(musdesk_cmd, fresh))
            runs["unlock"].append(_timed(musdesk_cmd, remembered))
    for name, values in runs.items():
        results[f"{name}_paint_s"] = round(statistics.median(v[0] for v in values), 3)
        results[f"{name}_exit_s"] = round(statistics.median(v[1] for v in values), 3)
    for name in ("welcome", "unlock"):
        results[f"ratio_{name}_paint"] = round(
            results[f"{name}_paint_s"] / results["minimal_paint_s"], 2)
        results[f"ratio_{name}_exit"] = round(
            results[f"{name}_exit_s"] / results["minimal_exit_s"], 2)
    results["target_ratio"] = 1.5
    for key, value in results.items():
        print(f"   {key}: {value}")
    return results


if __name__ == "__main__":
    main()
