"""The question set editor's details of the chosen item: a section's title and introduction,
or a question's text, help text and kind (free text, or a 1–5 scale).

Edits go straight into the editor's draft (`services/template_draft.py`); `edited` tells the
editor to mark the set changed and to show the new text in its tree. Read-only for the
shipped sets (they are copied, not edited).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services.template_draft import Draft

NO_QUESTION = -1
PAGE_NONE, PAGE_SECTION, PAGE_QUESTION = range(3)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class TemplateItemForm(QGroupBox):
    edited = Signal(int, int)  # (section index, question index or NO_QUESTION)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.draft: Draft | None = None
        self.item: tuple[int, int] | None = None
        self._filling = False
        self.pages = QStackedWidget()
        hint = QLabel(self.tr("Choose a section or a question above to see and change its "
                              "details."))
        hint.setWordWrap(True)
        self.pages.addWidget(hint)

        self.section_title = QLineEdit()
        self.section_intro = _text_box(2)
        self.section_intro.setAccessibleName(self.tr("Introduction of the section"))
        section_page = QWidget()
        section_form = QFormLayout(section_page)
        section_form.addRow(self.tr("Section title"), self.section_title)
        section_form.addRow(self.tr("Introduction"), self.section_intro)
        self.pages.addWidget(section_page)

        self.question_text = _text_box(2)
        self.question_text.setAccessibleName(self.tr("The question"))
        self.question_help = QLineEdit()
        self.question_help.setPlaceholderText(self.tr("A hint shown with the question "
                                                      "(optional)"))
        self.question_kind = QComboBox()
        for kind in enums.QUESTION_KINDS:
            self.question_kind.addItem(enums.label("question_kind", kind), kind)
        self.question_kind.setToolTip(self.tr("Free text: lines to write on. Scale 1–5: the "
                                              "preparation sheet asks to circle a number."))
        question_page = QWidget()
        question_form = QFormLayout(question_page)
        question_form.addRow(self.tr("Question"), self.question_text)
        question_form.addRow(self.tr("Help text"), self.question_help)
        question_form.addRow(self.tr("Answered as"), self.question_kind)
        self.pages.addWidget(question_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.pages)

        self.section_title.textEdited.connect(lambda _t: self._write())
        self.section_intro.textChanged.connect(self._write)
        self.question_text.textChanged.connect(self._write)
        self.question_help.textEdited.connect(lambda _t: self._write())
        self.question_kind.activated.connect(lambda _i: self._write())

    def show_item(self, draft: Draft | None, item: tuple[int, int] | None,
                  read_only: bool) -> None:
        self.draft, self.item = draft, item
        self._filling = True
        try:
            if draft is None or item is None:
                self.pages.setCurrentIndex(PAGE_NONE)
                return
            section_index, question_index = item
            section = draft.sections[section_index]
            if question_index == NO_QUESTION:
                self.section_title.setText(section["title"])
                self.section_intro.setPlainText(section["intro"])
                self.pages.setCurrentIndex(PAGE_SECTION)
            else:
                question = section["questions"][question_index]
                self.question_text.setPlainText(question["text"])
                self.question_help.setText(question["help"])
                self.question_kind.setCurrentIndex(
                    max(self.question_kind.findData(question["kind"]), 0))
                self.pages.setCurrentIndex(PAGE_QUESTION)
            for widget in (self.section_title, self.question_help):
                widget.setReadOnly(read_only)
            for box in (self.section_intro, self.question_text):
                box.setReadOnly(read_only)
            self.question_kind.setEnabled(not read_only)
        finally:
            self._filling = False

    def _write(self) -> None:
        if self._filling or self.draft is None or self.item is None:
            return
        section, question = self.item
        if question == NO_QUESTION:
            self.draft.rename_section(section, self.section_title.text().strip())
            self.draft.set_section_intro(section, self.section_intro.toPlainText().strip())
        else:
            self.draft.set_question_text(section, question,
                                         self.question_text.toPlainText().strip())
            self.draft.set_question_help(section, question, self.question_help.text().strip())
            self.draft.set_question_kind(section, question,
                                         str(self.question_kind.currentData()))
        self.edited.emit(section, question)
