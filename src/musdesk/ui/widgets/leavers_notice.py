"""A line naming the people of a round who left the organisation while their conversation is
still open, with "Cancel their open conversations…" beside it.

Shown wherever the round's people appear as a list: the wheel tab's People page and its
progress matrix. Reads `round_changes.open_for_leavers`; cancelling goes through
`round_changes.cancel_for_leavers` (the reason, "left on …", is kept with each); `changed`
tells the owner to reload. Hidden when nobody has left.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from musdesk.services import round_changes
from musdesk.ui.errors import guarded
from musdesk.ui.widgets.apart import mark_destructive

LEAVER_STYLE = "color: #a02a1c"


class LeaversNotice(QWidget):
    changed = Signal(str)  # what happened, for the owner's message line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_id: str | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(LEAVER_STYLE)
        self.button = QPushButton(self.tr("Cancel their open conversations…"))
        mark_destructive(self.button)  # beside the notice it answers
        self._names: list[str] = []
        self.button.clicked.connect(self.cancel_for_leavers)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        leavers = round_changes.open_for_leavers(round_id) if round_id else []
        self._names = [p.full_name for p in leavers]
        self.label.setText(self.tr("Left the organisation, with an open conversation: %1")
                           .replace("%1", ", ".join(p.full_name for p in leavers)))
        self.setVisible(bool(leavers))

    def cancel_for_leavers(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        answer = QMessageBox.question(
            self, self.tr("Cancel conversations"),
            self.tr("Cancel the open conversations of %1, who have left? The reason (left "
                    "on which day) is kept with each.").replace("%1", ", ".join(self._names)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        count = guarded(self, lambda: round_changes.cancel_for_leavers(round_id))
        if count is not None:
            self.set_round(round_id)
            self.changed.emit(self.tr("%1 conversations were cancelled.")
                              .replace("%1", str(count)))
