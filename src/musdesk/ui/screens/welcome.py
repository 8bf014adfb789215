"""The first screen when no workspace is remembered: create one, open one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from musdesk.ui.widgets.card import BusyBar, centred_card, heading, paragraph


class WelcomeScreen(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = centred_card(self)
        layout.addWidget(heading(self.tr("Welcome to musdesk")))
        layout.addWidget(paragraph(self.tr(
            "musdesk keeps your clients' rosters, conversations and development plans in an "
            "encrypted workspace on this computer. Nothing is sent anywhere."
        )))
        layout.addWidget(paragraph(self.tr(
            "Start by creating a workspace protected by a passphrase, or open one you already "
            "have, for example copied from another laptop."
        )))
        self.create_button = QPushButton(self.tr("Create a new workspace…"))
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open an existing workspace…"))
        self.demo_button = QPushButton(self.tr("Explore the demo workspace"))
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        self.demo_note = QLabel(self.tr(
            "The demo holds invented people only, so you can try everything safely."
        ))
        self.demo_note.setWordWrap(True)
        self.demo_note.setEnabled(False)  # greyed: a side note
        layout.addWidget(self.demo_note)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setVisible(available)
        self.demo_note.setVisible(available)

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a busy bar and disable the buttons; None ends it."""
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(text is None)
        if text is None:
            self.busy.stop()
        else:
            self.busy.start(text)
