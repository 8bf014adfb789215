"""Creating a workspace: where it lives and its passphrase (twice, with a strength hint)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.widgets.passphrase_field import NewPassphraseFields


def folder_is_usable(folder: Path) -> bool:
    """A new workspace needs a new or empty folder (the storage layer refuses others too)."""
    if not str(folder).strip():
        return False
    if folder.exists():
        return folder.is_dir() and not any(folder.iterdir())
    return True


class CreateWorkspaceDialog(QDialog):
    def __init__(self, suggested_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new workspace"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The workspace is a folder that holds your encrypted data. Choose a passphrase "
            "you can remember: without it or the recovery key, nobody can open the data, "
            "not even you."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(QLabel(self.tr("Folder (new or empty):")))
        row = QHBoxLayout()
        self.folder = QLineEdit(str(suggested_folder))
        browse = QPushButton(self.tr("Choose…"))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.folder_problem = QLabel()
        self.folder_problem.setStyleSheet("color: #b00020;")
        self.folder_problem.setWordWrap(True)
        layout.addWidget(self.folder_problem)

        self.passphrase = NewPassphraseFields()
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        layout.addWidget(self.buttons)

        browse.clicked.connect(self._browse)
        self.folder.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.passphrase.first.setFocus()

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        usable = folder_is_usable(self.chosen_folder())
        self.folder_problem.setText(
            "" if usable else self.tr("This folder is not empty. Choose a new or empty folder.")
        )
        self.folder_problem.setVisible(not usable)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(usable and self.passphrase.is_acceptable())
