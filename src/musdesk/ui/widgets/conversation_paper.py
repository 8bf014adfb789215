"""The paper side of a conversation, laid out: each printing of its summary (version, code,
when), and the stored scans of the signed paper with Open, Save as… and Remove. Only
widgets; the requests go out as signals to `ui/tabs/conversation_paper.py`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.dates import moment_text


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class PaperBox(QGroupBox):
    add_requested = Signal()
    open_requested = Signal(str)  # a scan's ID
    save_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, overview: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        issued = overview.get("issued") or []
        printed = QLabel(self.tr("Printings of the summary"))
        printed.setObjectName("printingsHeading")
        layout.addWidget(printed)
        self.printings = QListWidget()
        self.printings.setAccessibleName(self.tr("Printings of the summary"))
        self.printings.setMaximumHeight(96)
        for item in issued:
            when = moment_text(dt.datetime.fromisoformat(item["issued_at"]))
            self.printings.addItem(self.tr("Version %1 · code %2 · printed %3")
                                   .replace("%1", str(item["version"]))
                                   .replace("%2", item["code"]).replace("%3", when))
        if not issued:
            self.printings.addItem(self.tr("Not printed yet."))
        layout.addWidget(self.printings)

        scans_label = QLabel(self.tr("Scans of the signed paper"))
        layout.addWidget(scans_label)
        self.scans = QListWidget()
        self.scans.setAccessibleName(self.tr("Scans of the signed paper"))
        self.scans.setMaximumHeight(120)
        for scan in overview.get("scans") or []:
            created = scan.get("created_at")
            when = moment_text(created) if isinstance(created, dt.datetime) else ""
            item = QListWidgetItem(f"{scan['filename']} · {_size(int(scan['size']))} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, scan["id"])
            self.scans.addItem(item)
        scans_label.setBuddy(self.scans)
        layout.addWidget(self.scans)
        self.empty_scans = QLabel(self.tr(
            "No scan stored. After both have signed, you can keep a scan of the paper here "
            "(inside the encrypted workspace)."))
        self.empty_scans.setWordWrap(True)
        self.empty_scans.setVisible(self.scans.count() == 0)
        layout.addWidget(self.empty_scans)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a scan…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.scans.itemActivated.connect(lambda _item: self._emit(self.open_requested))
        self.scans.currentRowChanged.connect(lambda _row: self._update_buttons())
        if self.scans.count():
            self.scans.setCurrentRow(0)
        self._update_buttons()

    def selected_scan(self) -> str | None:
        item = self.scans.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _emit(self, signal: Any) -> None:
        scan_id = self.selected_scan()
        if scan_id:
            signal.emit(scan_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_scan() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
