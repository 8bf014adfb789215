"""Help → Getting started (a short guide through the year, per language) and Help →
Keyboard shortcuts. F1 on a tab opens the guide at that tab's section.

The guide is data: `resources/help/getting_started.<language>.html`, one file per language
with the same section anchors (SECTIONS); the tab keys are section names.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from musdesk import texts
from musdesk.resources import resource_path

SECTIONS = ("year", "roster", "wheel", "conversation", "follow_up", "safety")


def guide_html(language: str | None = None) -> str:
    language = texts.normalise_language(language or texts.current_language())
    path = resource_path("help", f"getting_started.{language}.html")
    if not path.exists():
        path = resource_path("help", "getting_started.en.html")
    return path.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide, opened at a section; not modal, so it can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide links nowhere outside itself
        self.browser.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self.section = SECTIONS[0]

    def show_section(self, section: str) -> None:
        self.section = section if section in SECTIONS else SECTIONS[0]
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(self.section)


# Keys that work inside the tabs (not menu actions): what they do, and the keys.
def _in_tab_keys() -> list[tuple[str, str]]:
    translate = QCoreApplication.translate  # literal calls, so that lupdate finds them

    def native(key: QKeySequence.StandardKey) -> str:
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    return [
        (translate("ShortcutsDialog", "Help for the tab shown"),
         native(QKeySequence.StandardKey.HelpContents)),
        (translate("ShortcutsDialog", "Roster: find a person"),
         native(QKeySequence.StandardKey.Find)),
        (translate("ShortcutsDialog", "Roster: edit the selected person"),
         translate("ShortcutsDialog", "Enter")),
        (translate("ShortcutsDialog", "MUS wheel: go to a step"),
         translate("ShortcutsDialog", "1–8, arrow keys, Home, End")),
        (translate("ShortcutsDialog", "Conversation: save now"),
         native(QKeySequence.StandardKey.Save)),
        (translate("ShortcutsDialog", "Date fields: a day later or earlier"),
         translate("ShortcutsDialog", "Up, Down")),
        (translate("ShortcutsDialog", "Follow-up timeline: move between points, open one"),
         translate("ShortcutsDialog", "Arrow keys, Enter")),
    ]


class ShortcutsDialog(QDialog):
    """The menu actions with their keys (read from the actions themselves), then the keys
    inside the tabs."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(action.text().replace("&", "").rstrip("…").strip(),
                 action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for action in actions if not action.shortcut().isEmpty()]
        rows += _in_tab_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        note = QLabel(self.tr("Menu keys work on every tab; the others where they are named."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)
