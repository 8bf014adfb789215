"""The development plan box: one editor per goal and an "Add a development goal" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from musdesk.ui.widgets.conversation_fields import insert_in_tab_order
from musdesk.ui.widgets.conversation_goal_editor import Choices, GoalEditor


class PlanBox(QGroupBox):
    goal_edited = Signal(object)
    row_edited = Signal(object, object)
    row_remove_requested = Signal(object, object)
    remove_requested = Signal(object)
    left = Signal()

    def __init__(self, goals: list[dict[str, Any]], strategic_goals: Choices, people: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Development plan"))
        self._choices = (strategic_goals, people)
        # What a new goal starts with (the tab sets the leader as the one who follows up).
        self.new_goal_defaults: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "A good goal says what is to be learnt, how (activities), how it will show in daily "
            "work, by when, and how often it is followed up."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._editors_layout = QVBoxLayout()
        layout.addLayout(self._editors_layout)
        self.editors: list[GoalEditor] = []
        for goal in goals:
            self.add_editor(goal)
        self.empty = QLabel(self.tr("No development goal yet."))
        layout.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add a development &goal"))
        self.add_button.clicked.connect(self._add_by_user)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._update_empty()

    def add_editor(self, goal: dict[str, Any]) -> GoalEditor:
        editor = GoalEditor(goal, *self._choices)
        editor.goal_edited.connect(self.goal_edited)
        editor.row_edited.connect(self.row_edited)
        editor.row_remove_requested.connect(self.row_remove_requested)
        editor.remove_requested.connect(self.remove_requested)
        editor.left.connect(self.left)
        self._editors_layout.addWidget(editor)
        self.editors.append(editor)
        self._update_empty()
        return editor

    def _add_by_user(self) -> None:
        editor = self.add_editor(dict(self.new_goal_defaults))
        insert_in_tab_order(self.add_button, editor.focus_widgets())
        editor.show()
        editor.title.setFocus()

    def drop_editor(self, editor: GoalEditor) -> None:
        self.editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        for number, editor in enumerate(self.editors, start=1):
            editor.set_number(number)
        if hasattr(self, "empty"):
            self.empty.setVisible(not self.editors)

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors:
            editor.set_read_only(read_only)
        self.add_button.setVisible(not read_only)
