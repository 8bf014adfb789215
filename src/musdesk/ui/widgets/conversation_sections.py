"""One part of the conversation form (a preparation or the conversation notes), question by
question, as the template lays it out. Emits edits; saving is the tab's business."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from musdesk.ui.widgets.conversation_fields import AnswerEdit


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class PartBox(QGroupBox):
    """A titled box with the sections of one part; `answer_edited(question_id, text)`."""

    answer_edited = Signal(str, str)
    left = Signal()

    def __init__(self, title: str, sections: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.edits: dict[str, AnswerEdit] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        for section in sections:
            layout.addWidget(section_heading(section["title"]))
            if section.get("intro"):
                intro = QLabel(section["intro"])
                intro.setTextFormat(Qt.TextFormat.PlainText)
                intro.setWordWrap(True)
                intro.setObjectName("hint")
                layout.addWidget(intro)
            for question in section["questions"]:
                label = QLabel(question["text"])
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                edit = AnswerEdit(question.get("answer", ""))
                edit.setAccessibleName(question["text"])
                if question.get("help"):
                    edit.setPlaceholderText(question["help"])
                elif question.get("kind") == "scale":
                    edit.setPlaceholderText(self.tr("A number from 1 (not at all) to 5 (very "
                                                    "much), and what lies behind it"))
                label.setBuddy(edit)
                question_id = question["id"]
                edit.textChanged.connect(
                    lambda qid=question_id, e=edit: self.answer_edited.emit(qid, e.toPlainText()))
                edit.left.connect(self.left)
                self.edits[question_id] = edit
                layout.addWidget(label)
                layout.addWidget(edit)
                layout.addSpacing(4)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
