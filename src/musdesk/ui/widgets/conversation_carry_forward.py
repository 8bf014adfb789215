"""Last round beside this one: its agreements and its open goals, each goal with one action
to carry it over into this year's plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from musdesk.models.enums import label


class CarryForwardBox(QGroupBox):
    carry_requested = Signal(str)  # the goal id of last round
    carry_agreement_requested = Signal(str)  # the agreement id of last round

    def __init__(self, previous: dict[str, Any], can_carry: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryForward")
        self.setTitle(self.tr("From last round: %s") % previous.get("round_name", ""))
        layout = QVBoxLayout(self)
        self.carry_buttons: dict[str, QPushButton] = {}

        if previous.get("summary"):
            layout.addWidget(QLabel(f"<b>{self.tr('Last time’s summary')}</b>"))
            summary = QLabel(previous["summary"])
            summary.setTextFormat(Qt.TextFormat.PlainText)
            summary.setWordWrap(True)
            layout.addWidget(summary)

        agreements = previous.get("agreements", [])
        layout.addWidget(QLabel(f"<b>{self.tr('Last round’s agreements')}</b>"))
        if not agreements:
            layout.addWidget(QLabel(self.tr("No agreements were written down last time.")))
        self.agreement_buttons: dict[str, QPushButton] = {}
        agreement_grid = QGridLayout()
        agreement_grid.setColumnStretch(0, 1)
        for row, agreement in enumerate(agreements):
            kind = label("agreement_kind", agreement["kind"])
            text = f"• <i>{kind}:</i> {_escape(agreement['text'])}"
            if agreement.get("due_date"):
                text += " " + self.tr("(by %s)") % agreement["due_date"]
            item = QLabel(text)
            item.setWordWrap(True)
            agreement_grid.addWidget(item, row, 0)
            if agreement.get("carried"):
                agreement_grid.addWidget(QLabel(self.tr("carried over")), row, 1)
            elif can_carry and agreement.get("id"):
                button = QPushButton(self.tr("Carry over"))
                button.setAccessibleName(self.tr("Carry over: %s") % agreement["text"])
                button.setToolTip(self.tr("Add this agreement to this year's agreements"))
                button.clicked.connect(
                    lambda _=False, a=agreement["id"]: self.carry_agreement_requested.emit(a))
                agreement_grid.addWidget(button, row, 1)
                self.agreement_buttons[agreement["id"]] = button
        layout.addLayout(agreement_grid)

        reviews = previous.get("reviews", [])
        if reviews:
            heading = self.tr("Last round's goals and how they went")
            layout.addWidget(QLabel(f"<b>{heading}</b>"))
        self.review_labels: list[QLabel] = []
        for review in reviews:
            outcome = (label("evaluation_outcome", review["outcome"]) if review["outcome"]
                       else label("goal_status", review["status"]))
            text = f"• {_escape(review['title'])} — <i>{outcome}</i>"
            if review.get("what_helped"):
                text += "<br/>&nbsp;&nbsp;" + self.tr("What helped: %s") % _escape(
                    review["what_helped"])
            item = QLabel(text)
            item.setWordWrap(True)
            layout.addWidget(item)
            self.review_labels.append(item)

        goals = previous.get("goals", [])
        layout.addWidget(QLabel(f"<b>{self.tr('Open goals')}</b>"))
        if not goals:
            layout.addWidget(QLabel(self.tr("No open goals are left from last round.")))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, goal in enumerate(goals):
            details = [label("goal_status", goal["status"])]
            if goal.get("progress") is not None:
                details.append(f"{goal['progress']} %")
            if goal.get("deadline"):
                details.append(self.tr("deadline %s") % goal["deadline"])
            item = QLabel(f"• {_escape(goal['title'])} — {', '.join(map(str, details))}")
            item.setWordWrap(True)
            grid.addWidget(item, row, 0)
            if goal.get("carried"):
                grid.addWidget(QLabel(self.tr("carried over")), row, 1)
            elif can_carry:
                button = QPushButton(self.tr("Carry over"))
                button.setAccessibleName(self.tr("Carry over: %s") % goal["title"])
                button.setToolTip(self.tr("Continue this goal in this year's plan"))
                button.clicked.connect(lambda _=False, g=goal["id"]: self.carry_requested.emit(g))
                grid.addWidget(button, row, 1)
                self.carry_buttons[goal["id"]] = button
        layout.addLayout(grid)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
