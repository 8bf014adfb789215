"""The bar that marks the demo workspace: invented people, deleted when musdesk quits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

BANNER_STYLE = (
    "#demoBanner { background: #fde7c2; color: #4a3000; border: 1px solid #d89a2b;"
    " border-radius: 3px; padding: 4px 8px; font-weight: bold; }"
)


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setText(self.tr(
            "DEMO – the people and conversations here are invented. This workspace is "
            "deleted when you quit musdesk or open another workspace."))
        self.setAccessibleName(self.tr("Demo workspace"))


def demo_title(name: str) -> str:
    """The window title of the demo workspace."""
    return QCoreApplication.translate("DemoBanner", "DEMO – {name} – musdesk").format(name=name)


def confirm_quit_demo(parent: QWidget | None) -> bool:
    """Ask before quitting the demo: its data is deleted then. True = quit."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("DemoBanner", "Quit the demo"),
                      QCoreApplication.translate(
                          "DemoBanner", "The demo workspace and everything you entered in it "
                          "will be deleted when musdesk quits."),
                      QMessageBox.StandardButton.NoButton, parent)
    quit_button = box.addButton(QCoreApplication.translate("DemoBanner",
                                                           "Quit and delete the demo"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is quit_button
