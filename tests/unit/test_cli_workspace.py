"""`musdesk --version`, init, check, passwd as a consultant's script uses them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from musdesk import __version__
from musdesk.cli import main
from musdesk.storage import DB_NAME


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("MUSDESK_PASSPHRASE", "a good long passphrase")
    monkeypatch.delenv("MUSDESK_RECOVERY_KEY", raising=False)
    return monkeypatch


def run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    import os

    environment = {**os.environ, "MUSDESK_LANGUAGE": "en", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "musdesk", *args], capture_output=True, text=True, env=environment
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"musdesk {__version__}"


def test_init_check_passwd_roundtrip(tmp_path: Path, env, capsys) -> None:
    folder = tmp_path / "client-a"
    assert main(["init", str(folder), "--cheap-kdf"]) == 0
    out = capsys.readouterr().out
    recovery_line = [line.strip() for line in out.splitlines() if line.count("-") == 7]
    assert len(recovery_line) == 1, out
    assert main(["check", str(folder)]) == 0
    assert "sound" in capsys.readouterr().out

    env.setenv("MUSDESK_NEW_PASSPHRASE", "the next passphrase")
    assert main(["passwd", str(folder)]) == 0
    assert main(["check", str(folder)]) == 3  # the old one no longer works
    assert "Wrong passphrase" in capsys.readouterr().err
    env.setenv("MUSDESK_PASSPHRASE", "the next passphrase")
    assert main(["check", str(folder)]) == 0
    env.delenv("MUSDESK_PASSPHRASE")
    env.setenv("MUSDESK_RECOVERY_KEY", recovery_line[0])
    assert main(["check", str(folder)]) == 0


def test_expected_failures_print_one_line_without_traceback(tmp_path: Path) -> None:
    passphrase = {"MUSDESK_PASSPHRASE": "a good long passphrase"}
    folder = tmp_path / "ws"
    assert run_cli("init", str(folder), "--cheap-kdf", env_extra=passphrase).returncode == 0
    data = bytearray((folder / DB_NAME).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / DB_NAME).write_bytes(bytes(data))

    cases = [
        (("check", str(folder)), passphrase, "damaged"),
        (("check", str(folder)), {"MUSDESK_PASSPHRASE": "wrong wrong"}, "Wrong passphrase"),
        (("check", str(tmp_path / "nowhere")), passphrase, "not a musdesk workspace"),
        (("init", str(folder)), passphrase, "already"),
        (("init", str(tmp_path / "new")), {"MUSDESK_PASSPHRASE": "short"}, "at least 8"),
        (("init", str(folder / "musdesk.key")), passphrase, "already"),  # a file, not a folder
        (("no-such-command",), passphrase, "invalid choice"),  # usage errors: one line too
    ]
    for args, extra, expected in cases:
        result = run_cli(*args, env_extra=extra)
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert expected in lines[0]
        assert "Traceback" not in result.stderr


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "musdesk", "init", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in __import__("os").environ.items() if k != "MUSDESK_PASSPHRASE"},
    )
    assert result.returncode != 0
    assert "MUSDESK_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr
