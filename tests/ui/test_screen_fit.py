"""At 1366×768 every tab and dialog fits the screen, and no label or button text is cut
without a tooltip (the walk runs in a child process whose offscreen screen has that size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from tests.ui.screen_walk import problems_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


# What the walk does not open, and why. Everything else of musdesk.ui that is a window (a
# QDialog or wizard page, a full-window screen) or that shows a message box is walked.
NOT_WALKED = {
    # A base class: its subclasses (meeting, evaluation, recognition, plan, move) are walked.
    "musdesk.ui.dialogs.followup_base.SavingDialog",
    # Shown only for a stored scan that is neither an image nor a PDF, which the scan's
    # file filter does not let in; a title and one sentence.
    "musdesk.ui.tabs.conversation_paper:PaperActions.open_scan",
}
# The system's own dialogs (QFileDialog) are not ours: the platform sizes them. musdesk only
# chooses where they start (tests/ui/test_file_dialogs.py); QProgressDialog is Qt's too.


def walk(language: str, config: str = "screen_1366x768.json") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={HERE / config}",
           "MUSDESK_LANGUAGE": language}
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_walk", language],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_tab_and_dialog_fits_a_laptop_screen(language: str) -> None:
    result = walk(language)
    assert result["screen"] == [1366, 768]
    assert result["looked_at"] >= 70  # screens, tabs, dialogs, pages, message boxes
    assert result["problems"] == []
    if language == "en":  # the same walk in every language: one check is enough
        missing = sorted(windows_and_message_functions() - set(result["walked"]) - NOT_WALKED)
        assert missing == [], "not walked by tests/ui/screen_walk.py: " + ", ".join(missing)


def windows_and_message_functions() -> set[str]:
    """Read from the code: every QDialog/QWizardPage class and full-window screen of
    musdesk.ui ("module.Class"), and every function that shows a message box
    ("module:qualified name")."""
    import ast
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QWizardPage

    import musdesk.ui

    found: set[str] = set()
    for info in pkgutil.walk_packages(musdesk.ui.__path__, "musdesk.ui."):
        module = importlib.import_module(info.name)
        for _name, kind in inspect.getmembers(module, inspect.isclass):
            if kind.__module__ != info.name:
                continue
            if (issubclass(kind, (QDialog, QWizardPage))
                    or info.name.startswith("musdesk.ui.screens.")):
                found.add(f"{info.name}.{kind.__qualname__}")
        source = Path(module.__file__).read_text(encoding="utf-8")
        found |= {f"{info.name}:{name}" for name in _message_functions(ast.parse(source))}
    return found


def _message_functions(tree) -> set[str]:
    import ast

    names: set[str] = set()

    def visit(node, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, [*scope, child.name, "<locals>"])
            elif isinstance(child, ast.ClassDef):
                visit(child, [*scope, child.name])
            elif isinstance(child, ast.Lambda):
                visit(child, scope)
            else:
                if isinstance(child, ast.Call) and _is_message_box(child) and scope:
                    names.add(".".join(scope[:-1] if scope[-1] == "<locals>" else scope))
                visit(child, scope)

    visit(tree, [])
    return names


def _is_message_box(call) -> bool:
    import ast

    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "QMessageBox"
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
            and func.attr in ("question", "information", "warning", "critical", "about"))


def test_the_code_reading_finds_the_windows_and_the_message_boxes() -> None:
    """The list the walk is held to is not empty by mistake."""
    found = windows_and_message_functions()
    assert "musdesk.ui.dialogs.round_changes.PersonDialog" in found
    assert "musdesk.ui.screens.unlock.UnlockScreen" in found
    assert "musdesk.ui.dialogs.round_wizard.SlotsPage" in found
    assert "musdesk.ui.errors:show_error" in found
    assert ("musdesk.ui.tabs.followup_planning_actions:PlanningActions.cancel_meeting"
            in found)
    assert "musdesk.ui.dialogs.print_stack:print_round_stack.<locals>.on_success" in found
    assert "musdesk.ui.workspace_actions:WorkspaceActions.change_passphrase" in found
    assert len(found) >= 60
    assert found >= NOT_WALKED  # no stale reasons


def test_the_walk_sees_a_window_too_big_and_a_cut_label(qtbot) -> None:
    """The checks themselves can fail."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Hvem gør hvad og hvornår – en meget lang overskrift")
    label.setFixedWidth(60)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    screen = dialog.screen().availableGeometry()
    dialog.resize(300, screen.height() + 200)  # after showing: no fitter can have shrunk it
    found = problems_of(dialog, "test")
    assert any("not inside the screen" in p for p in found)
    assert any("is cut" in p for p in found)
    label.setToolTip(label.text())
    dialog.resize(300, 200)
    assert problems_of(dialog, "test") == []
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()  # a chosen item cut short (a combo box shows no "…")
    combo.addItem("Fjellvik Energi AS — Medarbeidersamtaler 2026 (august 2026 – juli 2027)")
    combo.setFixedWidth(160)
    dialog.layout().addWidget(combo)
    combo.show()
    dialog.layout().activate()
    assert any("QComboBox" in p and "is cut" in p for p in problems_of(dialog, "test"))
    combo.setFixedWidth(combo.sizeHint().width())
    dialog.layout().activate()
    assert not any("QComboBox" in p for p in problems_of(dialog, "test"))


def test_the_walk_sees_a_destructive_button_among_the_others(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    from musdesk.ui.widgets.apart import apart, mark_destructive
    from tests.ui.screen_walk_more import apart_problems

    def panel(destructive_apart: bool) -> QWidget:
        widget = QWidget()
        qtbot.addWidget(widget)
        row = QHBoxLayout(widget)
        add, remove, edit = (QPushButton(t) for t in ("Add…", "Take out…", "Edit…"))
        row.addWidget(add)
        if destructive_apart:
            row.addWidget(edit)
            apart(row, remove)
        else:
            row.addWidget(remove)
            row.addWidget(edit)
            mark_destructive(remove)
        widget.show()
        return widget

    assert apart_problems(panel(False), "among") == [
        "among: 'Take out…' sits among other buttons, not apart"]
    assert apart_problems(panel(True), "apart") == []


def test_the_fitter_shrinks_a_dialog_and_remembers_only_sizes_that_fit(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings, QSize

    from musdesk.ui.window_fit import WindowFitter

    store = QSettings(str(tmp_path / "sizes.ini"), QSettings.Format.IniFormat)
    fitter = WindowFitter(store)

    class PreviewLike(QDialog):
        pass

    dialog = PreviewLike()
    qtbot.addWidget(dialog)
    dialog.installEventFilter(fitter)
    room = dialog.screen().availableGeometry()
    dialog.resize(400, room.height() + 300)  # as the document preview asked for 900 px
    dialog.show()
    assert dialog.frameGeometry().height() <= room.height()
    assert room.contains(dialog.frameGeometry())
    dialog.resize(420, 300)
    dialog.hide()
    assert store.value("dialog-sizes/PreviewLike") == QSize(420, 300)
    dialog.show()
    dialog.resize(420, room.height() + 100)  # the user made it too tall (another screen)
    dialog.hide()
    assert store.value("dialog-sizes/PreviewLike") == QSize(420, 300)  # not remembered

    again = PreviewLike()
    qtbot.addWidget(again)
    again.installEventFilter(fitter)
    again.show()
    assert again.size() == QSize(420, 300)  # the remembered size, as it fits
