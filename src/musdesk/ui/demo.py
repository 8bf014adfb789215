"""The demo workspace: invented people in a fresh temporary folder, opened at once.

Its passphrase is fixed and shown on the unlock screen: the demo holds nothing to protect,
and a user who locks it must be able to get back in.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from musdesk.storage import Workspace

DEMO_PASSPHRASE = "musdesk demo"
DEMO_PREFIX = "musdesk-demo-"


def is_demo_folder(folder: Path | None) -> bool:
    return folder is not None and folder.parent.name.startswith(DEMO_PREFIX)


def discard_demo(folder: Path | None) -> bool:
    """Delete a (locked) demo workspace with its temporary folder; False for any other."""
    if not is_demo_folder(folder):
        return False
    assert folder is not None
    shutil.rmtree(folder.parent, ignore_errors=True)
    return True


def build_demo_workspace() -> tuple[Path, Workspace]:
    """Runs on a worker thread: create the workspace and fill it (cheap key derivation)."""
    from musdesk.services.demo import create_demo_workspace
    from musdesk.storage import KdfParams

    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX)) / "workspace"
    workspace, _recovery_key = create_demo_workspace(folder, DEMO_PASSPHRASE,
                                                     kdf=KdfParams.cheap())
    return folder, workspace
