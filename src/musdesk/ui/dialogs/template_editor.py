"""The question set editor: the consultant's own sets for each client.

Left, the sets (current versions; "in use" when a round's conversations use it). Right, the
chosen set's name and description and, per part (the employee's preparation, the leader's,
the conversation), its sections with their questions: add, remove, rename (double-click) and
reorder; below, the chosen item's details (`ui/widgets/template_item_form.py`: a section's
title and introduction, a question's text, help text and kind). Before any edit the editor
says which rounds use the set (`templates.rounds_using`): Save changes a set in place while
no conversation has used it, and otherwise makes a new version (those rounds keep the old
one). Copy makes a set of one's own from the shipped set or another client's; Import/Export
share a set as a JSON file; Preview shows the chosen part as it prints
(`documents/template_preview.py`). The rules live in `services/template_draft.py` and
`services/template_files.py`; this module is layout and wiring.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.services import template_draft, template_files, templates
from musdesk.storage.files import write_atomic
from musdesk.ui.errors import guarded
from musdesk.ui.file_dialogs import start_folder, start_path
from musdesk.ui.widgets.apart import apart
from musdesk.ui.widgets.template_item_form import TemplateItemForm

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 3
NO_QUESTION = -1
LANGUAGE_NAMES = {"da": "Dansk", "nb": "Norsk (bokmål)", "en": "English"}  # each in itself


class TemplateEditorDialog(QDialog):
    saved = Signal(str)  # the id of the set saved (a new version's id when one was made)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Question sets"))
        self.draft: template_draft.Draft | None = None
        self.shipped = False  # the shipped sets are copied, not edited
        self._dirty = False
        self.confirm_box: QMessageBox | None = None  # the open "Remove?" question
        self._loading = False  # filling the fields from the set: not an edit
        self.sets = QListWidget()
        self.sets.setAccessibleName(self.tr("Question sets"))
        self.sets.setWordWrap(True)
        self.sets.setMinimumWidth(280)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Make a set of your own from the chosen one"))
        self.copy_language = QComboBox()
        self.copy_language.setAccessibleName(self.tr("Language of the copy"))
        self.copy_language.setToolTip(self.tr("A copy in another language is that language's "
                                              "version of the set: translate its questions, "
                                              "and documents in that language use it"))
        for language in enums.LANGUAGES:
            self.copy_language.addItem(LANGUAGE_NAMES.get(language, language), language)
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sets, 1)
        left_buttons = QGridLayout()
        left_buttons.addWidget(self.copy_button, 0, 0)
        left_buttons.addWidget(self.copy_language, 0, 1)
        left_buttons.addWidget(self.import_button, 1, 0)
        left_buttons.addWidget(self.export_button, 1, 1)
        left_layout.addLayout(left_buttons)

        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description of the set"))
        self.description.setPlaceholderText(self.tr("What the set is for, e.g. which client "
                                                    "and which changes (optional)"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 2 + 14)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.part = QComboBox()
        for kind in enums.SECTION_KINDS:
            self.part.addItem(enums.label("section_kind", kind), kind)
        self.part.setAccessibleName(self.tr("Part"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Sections and questions"))
        self.tree.setWordWrap(True)
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.add_question_button = QPushButton(self.tr("Add question"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.details = TemplateItemForm()
        self.preview_button = QPushButton(self.tr("Preview this part…"))
        self.preview_button.setToolTip(self.tr("The chosen part as it prints: the employee's "
                                               "or the leader's preparation sheet, or the "
                                               "conversation's questions"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Part"), self.part)
        edit_buttons = QHBoxLayout()
        for button in (self.add_section_button, self.add_question_button,
                       self.up_button, self.down_button):
            edit_buttons.addWidget(button)
        edit_buttons.addStretch(1)
        apart(edit_buttons, self.remove_button)  # removing sits apart, and asks first
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.state)
        right_layout.addWidget(self.tree, 1)
        right_layout.addLayout(edit_buttons)
        right_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.sets.currentItemChanged.connect(lambda *_: self._load_current())
        self.part.currentIndexChanged.connect(lambda _i: self._fill_tree())
        self.name.textEdited.connect(self._name_edited)
        self.description.textChanged.connect(self._description_edited)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.details.edited.connect(self._details_edited)
        self.copy_button.clicked.connect(self.copy_set)
        self.import_button.clicked.connect(self.import_set)
        self.export_button.clicked.connect(self.export_set)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.resize(1100, 700)
        self.reload_sets()

    # --- the list of sets -------------------------------------------------------------------
    def reload_sets(self, select_id: str | None = None) -> None:
        keep = select_id or (self.draft.template_id if self.draft else None)
        self.sets.blockSignals(True)
        self.sets.clear()
        for language in enums.LANGUAGES:
            templates.install_default_template(language)
        for item in templates.list_templates():
            text = f"{item['name']} ({item['language']}, v{item['version']})"
            if item["in_use"]:
                text += " · " + self.tr("in use")
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, item["id"])
            self.sets.addItem(row)
            if item["id"] == keep:
                self.sets.setCurrentItem(row)
        if self.sets.currentItem() is None and self.sets.count():
            self.sets.setCurrentRow(0)
        self.sets.blockSignals(False)
        self._load_current()

    def select_set(self, template_id: str) -> None:
        for row in range(self.sets.count()):
            if self.sets.item(row).data(ID_ROLE) == template_id:
                self.sets.setCurrentRow(row)

    def current_id(self) -> str | None:
        item = self.sets.currentItem()
        return item.data(ID_ROLE) if item else None

    def _load_current(self) -> None:
        ident = self.current_id()
        self.draft = template_draft.draft_of(ident) if ident else None
        self._dirty = False
        summary = templates.get_template(ident) if ident else None
        self.name.setText(self.draft.name if self.draft else "")
        self._loading = True
        self.description.setPlainText(self.draft.description if self.draft else "")
        self._loading = False
        if self.draft is not None:
            self.copy_language.setCurrentIndex(self.copy_language.findData(self.draft.language))
        self.shipped = bool(summary and summary["source"] == templates.DEFAULT_SOURCE)
        self.name.setReadOnly(self.shipped)
        self.description.setReadOnly(self.shipped)
        if summary is None:
            self.state.setText("")
        elif self.shipped:
            self.state.setText(self.tr("This is the set that comes with musdesk: make a copy "
                                       "to adapt it for a client."))
        elif summary["in_use"]:
            used_by = ", ".join(templates.rounds_using(summary["id"]))
            self.state.setText(self.tr("In use by the rounds %1: saving makes a new version, "
                                       "and their conversations keep this one.")
                               .replace("%1", used_by))
        else:
            self.state.setText(self.tr("No conversation uses this set yet: saving changes "
                                       "it in place."))
        self._fill_tree()

    # --- the tree of one part ---------------------------------------------------------------
    def kind(self) -> str:
        return str(self.part.currentData())

    def _fill_tree(self, select: tuple[int, int] | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        if self.draft is not None:
            for index in self.draft.part(self.kind()):
                section = self.draft.sections[index]
                top = QTreeWidgetItem([section["title"]])
                top.setData(0, SECTION_ROLE, index)
                top.setData(0, QUESTION_ROLE, NO_QUESTION)
                if not self.shipped:
                    top.setFlags(top.flags() | Qt.ItemFlag.ItemIsEditable)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.tree.addTopLevelItem(top)
                if select == (index, NO_QUESTION):
                    chosen = top
                for number, question in enumerate(section["questions"]):
                    child = QTreeWidgetItem([question["text"]])
                    child.setData(0, SECTION_ROLE, index)
                    child.setData(0, QUESTION_ROLE, number)
                    if not self.shipped:
                        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                    top.addChild(child)
                    if select == (index, number):
                        chosen = child
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._enable()

    def selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return int(item.data(0, SECTION_ROLE)), int(item.data(0, QUESTION_ROLE))

    def _enable(self) -> None:
        has = self.draft is not None
        chosen = self.selected()
        self.details.show_item(self.draft, chosen, self.shipped)
        for button in (self.preview_button, self.copy_button, self.export_button):
            button.setEnabled(has)
        editable = has and not self.shipped
        self.add_section_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        for button in (self.add_question_button, self.remove_button, self.up_button,
                       self.down_button):
            button.setEnabled(editable and chosen is not None)

    def _changed(self) -> None:
        self._dirty = True
        self.message.setText(self.tr("Not saved yet."))

    def _description_edited(self) -> None:
        if self.draft is not None and not self._loading and not self.shipped:
            self.draft.description = self.description.toPlainText().strip()
            self._changed()

    def _details_edited(self, section: int, question: int) -> None:
        """The details form changed the draft: show the new wording in the tree too."""
        item = self.tree.currentItem()
        if self.draft is not None and item is not None:
            data = self.draft.sections[section]
            text = data["title"] if question == NO_QUESTION else (
                data["questions"][question]["text"])
            self.tree.blockSignals(True)
            item.setText(0, text)
            self.tree.blockSignals(False)
        self._changed()

    def _name_edited(self, text: str) -> None:
        if self.draft is not None:
            self.draft.name = text
            self._changed()

    def _item_edited(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.draft is None:
            return
        section, question = int(item.data(0, SECTION_ROLE)), int(item.data(0, QUESTION_ROLE))
        text = item.text(0).strip()
        if question == NO_QUESTION:
            self.draft.rename_section(section, text)
        else:
            self.draft.set_question_text(section, question, text)
        self.details.show_item(self.draft, self.selected(), self.shipped)
        self._changed()

    def add_section(self) -> None:
        if self.draft is None:
            return
        index = self.draft.add_section(self.kind(), self.tr("New section"))
        self.draft.add_question(index, self.tr("New question"))
        self._changed()
        self._fill_tree((index, NO_QUESTION))
        self.tree.editItem(cast(QTreeWidgetItem, self.tree.currentItem()), 0)

    def add_question(self) -> None:
        chosen = self.selected()
        if self.draft is None or chosen is None:
            return
        number = self.draft.add_question(chosen[0], self.tr("New question"))
        self._changed()
        self._fill_tree((chosen[0], number))
        self.tree.editItem(cast(QTreeWidgetItem, self.tree.currentItem()), 0)

    def remove_selected(self) -> QMessageBox | None:
        """Ask, naming the section (and how many questions go with it) or the question;
        removed from the draft when the user says Remove (saved with Save)."""
        chosen = self.selected()
        if self.draft is None or chosen is None:
            return None
        section, question = chosen
        part = self.draft.sections[section]
        if question == NO_QUESTION:
            text = self.tr("Remove the section “%1”? Its questions (%2) go with it.").replace(
                "%1", part["title"]).replace("%2", str(len(part["questions"])))
        else:
            text = self.tr("Remove the question “%1”?").replace(
                "%1", str(part["questions"][question].get("text", "")))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), text,
                          QMessageBox.StandardButton.NoButton, self)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is remove and self.draft is not None:
                if question == NO_QUESTION:
                    self.draft.remove_section(section)
                else:
                    self.draft.remove_question(section, question)
                self._changed()
                self._fill_tree()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def move_selected(self, delta: int) -> None:
        chosen = self.selected()
        if self.draft is None or chosen is None:
            return
        section, question = chosen
        if question == NO_QUESTION:
            self._fill_tree((self.draft.move_section(section, delta), NO_QUESTION))
        else:
            self._fill_tree((section, self.draft.move_question(section, question, delta)))
        self._changed()

    # --- saving, copying, files ------------------------------------------------------------
    def save(self) -> bool:
        if self.draft is None:
            return False
        draft = self.draft
        result = guarded(self, lambda: template_draft.save(draft))
        if result is None:
            return False
        self.reload_sets(select_id=result.template_id)
        self.message.setText(
            self.tr("Saved as version %1; rounds already planned keep their version.")
            .replace("%1", str(result.version)) if result.new_version else self.tr("Saved."))
        self.saved.emit(result.template_id)
        return True

    def copy_set(self) -> None:
        ident = self.current_id()
        if ident is None or self.draft is None:
            return
        name = self.tr("Copy of %1").replace("%1", self.draft.name)
        language = self.copy_language.currentData()
        copied = guarded(self, lambda: templates.copy_template(ident, name, language=language))
        if copied is not None:
            self.reload_sets(select_id=copied["id"])
            self.message.setText(self.tr("Copied; give the copy the client's name."))
            self.name.setFocus()
            self.name.selectAll()

    def export_set(self) -> None:
        ident = self.current_id()
        if ident is None:
            return
        name = f"{self.draft.name if self.draft else 'set'}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export question set"),
                                              start_path(name),
                                              self.tr("Question set (*.json)"))
        if not path:
            return
        written = guarded(self, lambda: write_atomic(
            Path(path), template_files.export_template(ident)) or True)
        if written:
            self.message.setText(self.tr("Written to %1.").replace("%1", path))

    def import_set(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import question set"), start_folder(),
                                              self.tr("Question set (*.json)"))
        if not path:
            return
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            self.message.setText(self.tr("The file could not be read: %1")
                                 .replace("%1", exc.strerror or str(exc)))
            return
        created = guarded(self, lambda: template_files.import_template(raw))
        if created is not None:
            self.reload_sets(select_id=created["id"])
            self.message.setText(self.tr("Imported “%1”.").replace("%1", created["name"]))

    def preview(self) -> QDialog | None:
        """The chosen part of the saved set as it prints (the employee's or the leader's
        preparation sheet, or a sheet of the conversation's questions that says it is not
        handed out); unsaved changes are saved first so the preview shows them."""
        if self._dirty and not self.save():
            return None
        ident = self.current_id()
        if ident is None:
            return None
        from musdesk.documents.template_preview import preview_part
        from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog

        kind = self.kind()
        pdf = guarded(self, lambda: preview_part(ident, kind))
        if pdf is None:
            return None
        title = f"{self.name.text()} – {self.part.currentText()}"
        dialog = DocumentPreviewDialog(pdf, title, f"{self.name.text()}.pdf", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
