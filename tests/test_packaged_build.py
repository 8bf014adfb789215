"""The PyInstaller build (build.spec) still builds and runs as the app grows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_one_folder_build_starts_and_opens_a_workspace(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "musdesk" / ("musdesk.exe" if os.name == "nt" else "musdesk")
    assert (tmp_path / "dist" / "musdesk" / "_internal" / "resources" / "texts").is_dir()

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MUSDESK_LANGUAGE": "en",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("MUSDESK_RESOURCES", None)
    smoke = subprocess.run(
        [program, "--smoke-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert smoke.returncode == 0, smoke.stderr[-3000:]

    version = subprocess.run([program, "--version"], env=env, capture_output=True, text=True)
    assert version.stdout.startswith("musdesk ")

    # Migrations and texts are read from files inside the build: a workspace must work.
    env["MUSDESK_PASSPHRASE"] = "packaged passphrase"
    folder = tmp_path / "ws"
    init = subprocess.run(
        [program, "init", str(folder), "--cheap-kdf"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert init.returncode == 0, init.stderr
    check = subprocess.run(
        [program, "check", str(folder)], env=env, capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0, check.stderr
    assert "sound" in check.stdout
