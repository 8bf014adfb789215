"""Start-up: `musdesk --smoke-test` against a bare PySide6 window with four tabs.

Measured as a user meets it: WHOLE processes (interpreter start, imports, first paint,
exit), run offscreen as fresh processes in ALTERNATING pairs (bare, musdesk), so that a
busy moment of the machine hits both of a pair. The figure is the MEDIAN over 9 pairs of
each pair's ratio musdesk / bare (`ratio_welcome_exit`). Target: ≤ 1.3 on a quiet machine.
`ratio_*_cpu` is the same ratio of the processes' CPU time, which a busy machine (other
jobs on the cores) disturbs much less than wall time. Also reported: the same for the time to
the first paint (each child prints it), and for a start with a remembered workspace (its
unlock screen).

Both run with Python's bytecode cache, as an installed program does (a wheel's installer
and PyInstaller compile it): PYTHONDONTWRITEBYTECODE is removed from the children's
environment, and the warm-up run writes the cache. Without it every start compiles
musdesk's own modules from source (~40 ms), which no user meets.
"""

from __future__ import annotations

import os
import resource
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


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the first paint, seconds to the exit, CPU seconds of the process)."""
    started_wall, started = time.time(), time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env={**env, "MUSDESK_PRINT_PAINT_TIME": "1"},
                          capture_output=True, timeout=120, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr[-2000:]}")
    painted = next(float(line.split()[1]) for line in done.stdout.splitlines()
                   if line.startswith("first-paint "))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return painted - started_wall, elapsed, cpu


TARGET_RATIO = 1.3


def _pairs(bare: list[str], bare_env: dict[str, str], other: list[str],
           other_env: dict[str, str], runs: int) -> list[tuple[tuple[float, ...],
                                                          tuple[float, ...]]]:
    """`runs` alternating pairs ((bare paint, exit, cpu), (other paint, exit, cpu))."""
    return [(_timed(bare, bare_env), _timed(other, other_env)) for _ in range(runs)]


def _summary(name: str, pairs: list, results: dict[str, float]) -> None:
    bare_exit = [b[1] for b, _ in pairs]
    other_exit = [o[1] for _, o in pairs]
    results[f"bare_exit_s_{name}"] = round(statistics.median(bare_exit), 3)
    results[f"{name}_exit_s"] = round(statistics.median(other_exit), 3)
    results[f"{name}_paint_s"] = round(statistics.median(o[0] for _, o in pairs), 3)
    results[f"ratio_{name}_exit"] = round(statistics.median(o[1] / b[1] for b, o in pairs), 3)
    results[f"ratio_{name}_paint"] = round(statistics.median(o[0] / b[0] for b, o in pairs), 3)
    # CPU time of the whole process: the same work, less disturbed by a busy machine.
    results[f"ratio_{name}_cpu"] = round(statistics.median(o[2] / b[2] for b, o in pairs), 3)


def main() -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {key: value for key, value in os.environ.items()
                    if key != "PYTHONDONTWRITEBYTECODE"}  # see the module's docstring
        base_env.update({"QT_QPA_PLATFORM": "offscreen", "MUSDESK_LANGUAGE": "en"})
        fresh = {**base_env, "MUSDESK_SETTINGS_FILE": str(Path(tmp) / "fresh.ini")}
        # A remembered workspace: the start shows its unlock screen (nothing is unlocked).
        folder = Path(tmp) / "workspace"
        subprocess.run([sys.executable, "-m", "musdesk", "init", "--cheap-kdf", str(folder)],
                       env={**base_env, "MUSDESK_PASSPHRASE": "benchmark passphrase"},
                       check=True, capture_output=True)
        remembered_ini = Path(tmp) / "remembered.ini"
        remembered_ini.write_text(f"[workspace]\nlast={folder}\n")
        remembered = {**base_env, "MUSDESK_SETTINGS_FILE": str(remembered_ini)}

        bare_cmd = [sys.executable, "-c", MINIMAL]
        musdesk_cmd = [sys.executable, "-m", "musdesk", "--smoke-test"]
        _timed(bare_cmd, base_env)  # warm the file cache for both
        _timed(musdesk_cmd, fresh)
        _summary("welcome", _pairs(bare_cmd, base_env, musdesk_cmd, fresh, RUNS), results)
        _summary("unlock", _pairs(bare_cmd, base_env, musdesk_cmd, remembered, RUNS), results)
    results["target_ratio"] = TARGET_RATIO
    results["within_target"] = float(results["ratio_welcome_exit"] <= TARGET_RATIO)
    for key, value in results.items():
        print(f"   {key}: {value}")
    return results


if __name__ == "__main__":
    main()
