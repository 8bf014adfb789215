"""Where the shipped resources live, from source and from the PyInstaller build alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder inside the package (wheel, editable install) or the frozen build.

    `resources/` at the repository root is a link to `src/musdesk/resources/`, so that the files
    ship inside the Python package and a plain `pip install` of a wheel finds them.
    """
    override = os.environ.get("MUSDESK_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """The numbered migration scripts, read as files (also inside the frozen build)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "musdesk" / "migrations"
    return Path(__file__).resolve().parent / "migrations"
