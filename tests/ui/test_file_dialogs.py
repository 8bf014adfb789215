"""File dialogs start in the user's documents folder, not the program's working folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from musdesk.ui.file_dialogs import start_folder, start_path


def test_the_start_is_the_documents_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the working folder must not be where dialogs start
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    assert start_folder() == expected
    assert start_path("x.pdf") == str(Path(expected) / "x.pdf")
    near = tmp_path / "roster.csv"
    near.write_text("")
    assert start_folder(near) == str(tmp_path)  # beside a file already chosen
    assert start_folder() != os.getcwd()  # never the working folder


def test_the_roster_import_asks_in_the_documents_folder(qtbot, workspace, monkeypatch,
                                                        tmp_path: Path) -> None:
    from musdesk.services import roster
    from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog

    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kw: (asked.append(args[2]), ("", ""))[1]))
    org = roster.create_organisation("Nordlys")["id"]
    dialog = RosterImportDialog(None, organisation_id=org)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert asked == [start_folder()]
