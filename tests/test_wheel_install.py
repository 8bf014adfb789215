"""A built wheel installs into a fresh virtual environment and works there: resources
(texts, templates, translations, fonts) and migrations come from inside the package.

The wheel is built from this checkout (pip wheel --no-deps); the fresh environment gets
only the wheel (no dependencies from the index: a .pth line points at the current
environment's site-packages for them, and the editable install there is not used, since
.pth files of an added directory are not processed). Run outside the repository, so nothing
is found through the working tree.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str | Path], env: dict[str, str], cwd: Path, timeout: int = 180
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_wheel_installs_in_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MUSDESK_RESOURCES")}
    wheels = tmp_path / "wheels"
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                 "--quiet", "-w", wheels, ROOT], env, tmp_path, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next(wheels.glob("musdesk-*.whl"))

    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", venv], env, tmp_path)
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    new_site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        env, tmp_path).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (new_site / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    installed = run([python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                     wheel], env, tmp_path)
    assert installed.returncode == 0, installed.stderr[-3000:]
    where = run([python, "-c", "import musdesk, musdesk.resources as r; "
                 "print(musdesk.__file__); print(r.resource_path('texts'))"], env, tmp_path)
    assert where.returncode == 0, where.stderr
    package_file, texts_dir = where.stdout.split()
    assert Path(package_file).is_relative_to(venv), package_file
    assert Path(texts_dir).is_relative_to(venv) and Path(texts_dir).is_dir()

    musdesk = venv / ("Scripts/musdesk.exe" if os.name == "nt" else "bin/musdesk")
    env.update({
        "MUSDESK_PASSPHRASE": "wheel install passphrase",
        "MUSDESK_LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "MUSDESK_SETTINGS_FILE": str(tmp_path / "settings.ini"),
    })
    init = run([musdesk, "init", tmp_path / "ws", "--cheap-kdf"], env, tmp_path)
    assert init.returncode == 0, init.stderr
    check = run([musdesk, "check", tmp_path / "ws"], env, tmp_path)
    assert check.returncode == 0 and "sound" in check.stdout, check.stderr

    demo = run([musdesk, "demo", tmp_path / "demo", "--cheap-kdf"], env, tmp_path)
    assert demo.returncode == 0, demo.stderr
    rounds = run([musdesk, "list", tmp_path / "demo", "rounds"], env, tmp_path)
    assert rounds.returncode == 0 and rounds.stdout.strip(), rounds.stderr
    round_id = rounds.stdout.splitlines()[0].split("\t")[0]
    pdf = run([musdesk, "pdf", tmp_path / "demo", "invitation", "--round", round_id,
               "-o", tmp_path / "pdfs"], env, tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    written = sorted((tmp_path / "pdfs").glob("*.pdf"))
    assert written and all(p.read_bytes().startswith(b"%PDF") for p in written)

    smoke = run([musdesk, "--smoke-test"], env, tmp_path, timeout=120)
    assert smoke.returncode == 0, smoke.stderr[-3000:]
