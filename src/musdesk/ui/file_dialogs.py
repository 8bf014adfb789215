"""Where file dialogs start: the user's documents folder, never the program's working folder.

    QFileDialog.getOpenFileName(self, title, start_folder(), filters)
    QFileDialog.getSaveFileName(self, title, start_path("Referat Anna Berg.pdf"), filters)

`near` (a file already chosen) starts the dialog beside that file instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's documents folder (created by the desktop; the home folder when none)."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(near: Path | str | None = None) -> str:
    if near:
        near = Path(near)
        folder = near if near.is_dir() else near.parent
        if folder.is_dir() and str(folder) not in ("", "."):
            return str(folder)
    return str(documents_folder())


def start_path(file_name: str, near: Path | str | None = None) -> str:
    """A suggested file name inside the start folder (for save dialogs)."""
    return str(Path(start_folder(near)) / file_name)
