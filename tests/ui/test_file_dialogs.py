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


# Dialogs whose start is a field the dialog already filled (from the documents folder or the
# user's own choice), not a fixed place. Each entry: (module, the start argument's source).
STARTS_FROM_A_FIELD = {
    ("musdesk/ui/dialogs/package_import_dialog.py", "str(self._default_folder.parent)"),
    ("musdesk/ui/dialogs/privacy_access.py", "self.folder.text()"),
    ("musdesk/ui/dialogs/package_export_dialog.py", "self.file.text()"),
    ("musdesk/ui/dialogs/package_export_dialog.py", "str(self._default_folder)"),
    ("musdesk/ui/dialogs/create_workspace.py", "self.folder.text()"),
    ("musdesk/ui/dialogs/document_preview.py", "start_at"),
    ("musdesk/ui/tabs/wheel_tab.py", "suggested"),
    ("musdesk/ui/workspace_actions.py", "start"),
}


def test_every_file_dialog_of_the_program_starts_in_the_documents_folder() -> None:
    """Read from the code: each QFileDialog.get…(parent, title, START, …) has START from
    `start_folder`/`start_path` (ui/file_dialogs.py), or a field listed above."""
    import ast

    src = Path(__file__).resolve().parents[2] / "src"
    found, wrong = 0, []
    for path in sorted((src / "musdesk" / "ui").rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "QFileDialog"
                    and node.func.attr.startswith("get")):
                continue
            found += 1
            start = node.args[2] if len(node.args) > 2 else None
            source = ast.unparse(start) if start is not None else "(none)"
            by_helper = (isinstance(start, ast.Call) and isinstance(start.func, ast.Name)
                         and start.func.id in ("start_folder", "start_path"))
            where = str(path.relative_to(src))
            if not by_helper and (where, source) not in STARTS_FROM_A_FIELD:
                wrong.append(f"{where}:{node.lineno}: starts at {source}")
    assert found >= 20  # the scan sees the program's dialogs
    assert wrong == []

