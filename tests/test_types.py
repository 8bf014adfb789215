"""The type checker (mypy, strict on storage, services, documents, interchange; configured
in pyproject.toml) passes — the same check `make lint` runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(600)
def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Success" in result.stdout


def test_no_type_ignore_comments_in_the_strict_packages() -> None:
    src = ROOT / "src" / "musdesk"
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("storage", "services", "documents", "interchange")
        for path in sorted((src / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line
    ]
    assert found == []
