"""Shared fixtures: real encrypted workspaces in a temp folder, with cheap key derivation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MUSDESK_LANGUAGE"] = "en"

from musdesk import texts
from musdesk.storage import KdfParams, Workspace

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _english_core_texts() -> Iterator[None]:
    texts.set_language("en")
    yield
    texts.set_language("en")


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return KdfParams.cheap()


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def new_workspace(workspace_path: Path, cheap_kdf: KdfParams) -> Iterator[tuple[Workspace, str]]:
    """A freshly created, open workspace and its recovery key. Locked afterwards."""
    workspace, recovery_key = Workspace.create(workspace_path, PASSPHRASE, kdf=cheap_kdf)
    yield workspace, recovery_key
    workspace.lock()


@pytest.fixture
def workspace(new_workspace: tuple[Workspace, str]) -> Workspace:
    """An open workspace with the models' database bound; use it for service tests."""
    return new_workspace[0]
