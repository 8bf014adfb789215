"""The small editing dialogs: Save waits for the required name, and a refusal is shown
inside the dialog without closing it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from musdesk.errors import InvalidValue
from musdesk.ui.dialogs.strategic_goal_dialog import StrategicGoalDialog


def test_save_waits_for_a_title_and_a_refusal_keeps_the_dialog_open(qtbot) -> None:
    saved: list[tuple[str, str]] = []

    def refuse_then_accept(title: str, description: str) -> None:
        if not saved:
            saved.append((title, description))
            raise InvalidValue("title", "already used")
        saved.append((title, description))

    dialog = StrategicGoalDialog(refuse_then_accept, "Fjordby Kommune")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.title.setText("   ")
    assert not save.isEnabled()
    dialog.title.setText("Flere borgere klarer sig selv")
    assert save.isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and "already used" in dialog.problem.text()
    dialog.accept()
    assert dialog.result() == 1
    assert saved[-1] == ("Flere borgere klarer sig selv", "")
