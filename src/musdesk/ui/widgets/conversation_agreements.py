"""The four agreements: what the leader expects, what the employee can expect, the actions
(who, by when) and what will not be done. Several rows per kind; rows only emit edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.models import enums
from musdesk.ui.widgets.conversation_fields import AnswerEdit, DateEdit, insert_in_tab_order


class AgreementRow(QWidget):
    """One agreement. `agreement_id` is None until the first save created it."""

    edited = Signal(object)  # the row
    remove_requested = Signal(object)
    left = Signal()

    def __init__(self, kind: str, data: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        data = data or {}
        self.kind = kind
        self.agreement_id: str | None = data.get("id")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = AnswerEdit(data.get("text", ""), minimum_lines=2)
        self.text.setAccessibleName(enums.label("agreement_kind", kind))
        self.text.textChanged.connect(lambda: self.edited.emit(self))
        self.text.left.connect(self.left)
        layout.addWidget(self.text, 0, 0, 1, 5)
        self.owner: QComboBox | None = None
        self.due: DateEdit | None = None
        column = 0
        if kind == "actions":
            self.owner = QComboBox()
            self.owner.addItem(self.tr("(nobody chosen)"), None)
            for owner in enums.AGREEMENT_OWNERS:
                self.owner.addItem(enums.label("agreement_owner", owner), owner)
            index = self.owner.findData(data.get("owner"))
            self.owner.setCurrentIndex(max(index, 0))
            self.owner.currentIndexChanged.connect(lambda: self.edited.emit(self))
            self.due = DateEdit(data.get("due_date"))
            self.due.setAccessibleName(self.tr("Due date"))
            self.due.textEdited.connect(lambda: self.edited.emit(self))
            self.due.left.connect(self.left)
            owner_label = QLabel(self.tr("Who:"))
            owner_label.setBuddy(self.owner)
            due_label = QLabel(self.tr("By:"))
            due_label.setBuddy(self.due)
            self.who_line = QHBoxLayout()
            for widget in (owner_label, self.owner, due_label, self.due):
                self.who_line.addWidget(widget)
            self.who_line.addStretch(1)
            layout.addLayout(self.who_line, 1, 0, 1, 4)
            column = 4
        if data.get("carried_from_id"):
            note = QLabel(self.tr("carried over from last round"))
            note.setObjectName("hint")
            layout.addWidget(note, 2, 0, 1, 4)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this agreement"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        if column:  # actions: the button ends the who/when line
            layout.addWidget(self.remove, 1, 4, Qt.AlignmentFlag.AlignRight)
        else:  # beside the text, so the row stays compact
            layout.removeWidget(self.text)
            layout.addWidget(self.text, 0, 0, 1, 4)
            layout.addWidget(self.remove, 0, 4, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(3, 1)

    def focus_widgets(self) -> list[QWidget]:
        """The row's widgets in keyboard order."""
        return [w for w in (self.text, self.owner, self.due, self.remove) if w is not None]

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"text": self.text.toPlainText().strip()}
        if self.owner is not None and self.due is not None:
            values["owner"] = self.owner.currentData()
            values["due_date"] = self.due.value()
        return values

    def is_ready(self) -> bool:
        """Something to save: text written and any date complete."""
        return bool(self.values()["text"]) and (self.due is None or self.due.is_complete())

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        if self.owner is not None and self.due is not None:
            self.owner.setEnabled(not read_only)
            self.due.set_read_only(read_only)
        self.remove.setVisible(not read_only)


class AgreementsBox(QGroupBox):
    """The four kinds, each with its rows and an "Add" button."""

    row_edited = Signal(object)
    row_remove_requested = Signal(object)
    left = Signal()

    def __init__(self, agreements: dict[str, list[dict[str, Any]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The four agreements"))
        layout = QVBoxLayout(self)
        self.rows: list[AgreementRow] = []
        self._lists: dict[str, QVBoxLayout] = {}
        self.add_buttons: dict[str, QPushButton] = {}
        for kind in enums.AGREEMENT_KINDS:
            heading = QLabel(f"<b>{enums.label('agreement_kind', kind)}</b>")
            heading.setWordWrap(True)
            layout.addWidget(heading)
            rows = QVBoxLayout()
            self._lists[kind] = rows
            layout.addLayout(rows)
            for data in agreements.get(kind, []):
                self._append(kind, data)
            add = QPushButton(self.tr("Add an agreement"))
            add.setAccessibleName(self.tr("Add: %s") % enums.label("agreement_kind", kind))
            add.clicked.connect(lambda _=False, k=kind: self._add_by_user(k))
            self.add_buttons[kind] = add
            bar = QHBoxLayout()
            bar.addWidget(add)
            bar.addStretch(1)
            layout.addLayout(bar)
            layout.addSpacing(6)

    def add_row(self, kind: str, data: dict[str, Any] | None = None) -> AgreementRow:
        return self._append(kind, data)

    def _add_by_user(self, kind: str) -> None:
        row = self.add_row(kind)
        insert_in_tab_order(self.add_buttons[kind], row.focus_widgets())
        row.show()
        row.text.setFocus()

    def _append(self, kind: str, data: dict[str, Any] | None) -> AgreementRow:
        row = AgreementRow(kind, data)
        row.edited.connect(self.row_edited)
        row.remove_requested.connect(self.row_remove_requested)
        row.left.connect(self.left)
        self._lists[kind].addWidget(row)
        self.rows.append(row)
        return row

    def remove_row(self, row: AgreementRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.set_read_only(read_only)
        for button in self.add_buttons.values():
            button.setVisible(not read_only)
