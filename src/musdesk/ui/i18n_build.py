"""Regenerate the Qt translation sources (.ts) from the code and compile them (.qm).

    python -m musdesk.ui.i18n_build          # what `make translations` runs

lupdate scans every module of the UI (and app.py); strings already translated keep their
translation, new ones arrive marked unfinished (the translation test then fails until they
are translated), vanished ones are dropped. lrelease compiles each .ts into the .qm that
`musdesk.ui.i18n` loads at start-up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from musdesk.resources import resource_path

LANGUAGES = ("da", "nb", "en")
# Hand-written corrections of Qt's own texts (not scanned by lupdate, only compiled).
QT_OVERRIDES = ("qt_overrides_nb",)
PACKAGE = Path(__file__).resolve().parents[1]  # src/musdesk


def source_files() -> list[Path]:
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    return [*files, PACKAGE / "app.py"]


def ts_path(language: str) -> Path:
    return resource_path("translations", f"musdesk_{language}.ts")


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def update(ts_files: list[Path], sources: list[Path] | None = None) -> None:
    """Run lupdate over the sources into the given .ts files (created when missing)."""
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
    args = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            *(str(p) for p in (sources or source_files())), "-ts", *(str(t) for t in ts_files)]
    subprocess.run(args, check=True)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    files = [ts_path(language) for language in LANGUAGES]
    update(files)
    for ts in [*files, *(resource_path("translations", f"{n}.ts") for n in QT_OVERRIDES)]:
        release(ts)
    print("updated: " + ", ".join(str(f) for f in files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
