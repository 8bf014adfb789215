"""The type checker (mypy, strict on storage, services, documents, interchange, and with its
default checks on ui and commands; configured in pyproject.toml) passes — the same check
`make lint` runs."""

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


def test_no_module_of_the_strict_packages_is_excused() -> None:
    """Strict means every module: no override turns errors off or loosens --strict for a
    module of the four packages (ReportLab's untyped base classes aside)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert set(config["packages"]) >= {"musdesk.storage", "musdesk.services",
                                       "musdesk.documents", "musdesk.interchange"}
    strict_roots = ("musdesk.storage", "musdesk.services", "musdesk.documents",
                    "musdesk.interchange")
    for override in config.get("overrides", []):
        modules = override["module"]
        if any(m == r or m.startswith(r + ".") for m in modules for r in strict_roots):
            assert set(override) <= {"module", "disallow_subclassing_any"}, override
    # ui/ and commands/ are checked as well (mypy's default checks, not --strict).
    assert {"musdesk.ui", "musdesk.commands"} <= set(config["packages"])


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
