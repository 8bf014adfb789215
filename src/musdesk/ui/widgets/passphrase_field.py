"""Entering a new passphrase: twice, with a strength hint and a clear reason when not ready."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from musdesk.ui.passphrase_strength import MIN_LENGTH, Problem, Strength, problem, strength


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("At least {n} characters; several words are best")
                                      .format(n=MIN_LENGTH))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(self.tr("Show passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        return problem(self.first.text(), self.second.text()) is Problem.NONE

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        level = strength(self.first.text())
        self.meter.setValue(int(level))
        self.hint.setText(self._strength_text(level) if self.first.text() else "")
        self.status.setText(self._problem_text(problem(self.first.text(), self.second.text())))
        self.changed.emit()

    def _strength_text(self, level: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Too short."),
            Strength.WEAK: self.tr("Weak: easy to guess. Add a few unrelated words."),
            Strength.FAIR: self.tr("Fair. A few more words would make it much stronger."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }[level]

    def _problem_text(self, found: Problem) -> str:
        if found is Problem.TOO_SHORT:
            return self.tr("The passphrase needs at least {n} characters.").format(n=MIN_LENGTH)
        if found is Problem.MISMATCH and self.second.text():
            return self.tr("The two entries are not the same.")
        return ""
