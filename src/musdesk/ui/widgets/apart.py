"""What undoes, ends or removes something sits apart: after a divider, at the end of its
row, in a place that does not change with the state (disabled when it does not apply).

    apart(row, take_out_button)   # [Add…] [Change…]   ┃ [Take out…]

Each such button gets the property `destructive` (tests find them by it); its action asks
first, naming what goes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton

DESTRUCTIVE = "destructive"


def divider() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    line.setObjectName("destructiveDivider")
    return line


def mark_destructive(*buttons: QPushButton) -> None:
    for button in buttons:
        button.setProperty(DESTRUCTIVE, True)


def apart(row: QBoxLayout, *buttons: QPushButton) -> QFrame:
    """Add a gap, a divider and then `buttons` to the end of `row`; returns the divider."""
    row.addSpacing(16)
    line = divider()
    row.addWidget(line)
    row.addSpacing(8)
    for button in buttons:
        row.addWidget(button)
    mark_destructive(*buttons)
    return line
