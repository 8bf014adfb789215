"""The main window frame: four tabs. Minimal until the main-window issue builds it out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle(self.tr("musdesk"))
        self.resize(1200, 760)
        tabs = QTabWidget(self)
        for title in (self.tr("Roster"), self.tr("MUS wheel"), self.tr("Conversation"),
                      self.tr("Follow-up")):
            tabs.addTab(QLabel(self.tr("Coming soon")), title)
        self.setCentralWidget(tabs)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
