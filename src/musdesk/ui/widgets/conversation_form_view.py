"""The body of the conversation form, laid out from `conversation_form.load()` data.

Only layout: who the conversation is with, when and where, earlier signed versions, last
round, the three parts of the template, the leader's private notes (visibly never printed),
the summary, the four agreements and the development plan. The tab wires the widgets to
the autosave; `section_titles` / `section_anchors` feed its list of parts.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from musdesk.ui import dates
from musdesk.ui.widgets.conversation_agreements import AgreementsBox
from musdesk.ui.widgets.conversation_carry_forward import CarryForwardBox
from musdesk.ui.widgets.conversation_fields import AnswerEdit
from musdesk.ui.widgets.conversation_paper import PaperBox
from musdesk.ui.widgets.conversation_plan import PlanBox
from musdesk.ui.widgets.conversation_schedule import ScheduleRow
from musdesk.ui.widgets.conversation_sections import PartBox

CONTENT_WIDTH = 980  # the form stays readable on wide screens
READ_ONLY_STYLE = (
    'QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"]'
    " { background: palette(window); }"
)
PRIVATE_STYLE = (
    "QGroupBox#privateNotes { border: 2px dashed #b05a00; border-radius: 4px;"
    " margin-top: 1.2em; padding: 8px; background: #fff8ef; }"
    "QGroupBox#privateNotes::title { subcontrol-origin: margin; left: 8px; color: #8a4500; }"
)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("partHeading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


class FormView(QWidget):
    def __init__(self, data: dict[str, Any], parent: QWidget | None = None,
                 paper: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        read_only = data["read_only"]
        conv = data["conversation"]
        self.setStyleSheet(READ_ONLY_STYLE)
        self.section_titles: list[str] = []
        self.section_anchors: list[QWidget] = []
        row = QHBoxLayout(self)
        row.addStretch(1)
        column_holder = QWidget()
        column_holder.setMaximumWidth(CONTENT_WIDTH)
        self._column = QVBoxLayout(column_holder)
        self._column.setSpacing(14)
        row.addWidget(column_holder, 20)
        row.addStretch(1)

        self._column.addWidget(self._details(conv))
        self.schedule_row = ScheduleRow(conv.get("scheduled_start"), conv.get("place", ""))
        self.schedule_row.set_read_only(read_only)
        self._column.addWidget(self.schedule_row)
        history = self._history(data["versions"])
        if history is not None:
            self._column.addWidget(history)

        self.carry_box: CarryForwardBox | None = None
        if data.get("previous"):
            self.carry_box = CarryForwardBox(data["previous"], can_carry=not read_only)
            self.carry_box.setTitle("")
            self._add_section(self.tr("From last round: %s") % data["previous"]["round_name"],
                              self.carry_box)

        titles = {
            "employee_prep": self.tr("The employee's preparation"),
            "leader_prep": self.tr("The leader's preparation"),
            "conversation": self.tr("Notes from the conversation"),
        }
        self.part_boxes: dict[str, PartBox] = {}
        self.private_edits: list[AnswerEdit] = []
        for part in data["parts"]:
            if not part["sections"]:
                continue
            box = PartBox("", part["sections"])
            box.set_read_only(read_only)
            self.part_boxes[part["kind"]] = box
            self._add_section(titles[part["kind"]], box)
            if part["kind"] == "leader_prep":
                self._add_section(self.tr("Private notes"),
                                  self._private_notes(data["private_notes"]), with_heading=False)
        if "leader_prep" not in self.part_boxes:
            self._add_section(self.tr("Private notes"),
                              self._private_notes(data["private_notes"]), with_heading=False)

        summary_box = QGroupBox()
        summary_layout = QVBoxLayout(summary_box)
        hint = QLabel(self.tr("What was said and agreed, in a few paragraphs. It is printed "
                              "for both to sign."))
        hint.setWordWrap(True)
        self.summary_edit = AnswerEdit(conv["summary"], minimum_lines=5)
        self.summary_edit.setAccessibleName(self.tr("Main points (the summary)"))
        self.summary_edit.setReadOnly(read_only)
        hint.setBuddy(self.summary_edit)
        summary_layout.addWidget(hint)
        summary_layout.addWidget(self.summary_edit)
        self._add_section(self.tr("Main points (the summary)"), summary_box)

        self.agreements_box = AgreementsBox(data["agreements"])
        self.agreements_box.set_read_only(read_only)
        self.agreements_box.setTitle("")
        self._add_section(self.tr("The four agreements"), self.agreements_box)

        self.plan_box = PlanBox(data["goals"], data["strategic_goals"], data["people"])
        self.plan_box.set_read_only(read_only)
        self.plan_box.setTitle("")
        self.plan_box.new_goal_defaults = {"owner_id": conv.get("leader_id")}
        self._add_section(self.tr("Development plan"), self.plan_box)

        comments_box = QGroupBox()
        comments_layout = QVBoxLayout(comments_box)
        comments_hint = QLabel(self.tr(
            "The employee reads the summary before signing and may add remarks here. They "
            "are printed with the summary and signed with it."))
        comments_hint.setWordWrap(True)
        self.comments_edit = AnswerEdit(conv.get("employee_comments", ""), minimum_lines=3)
        self.comments_edit.setAccessibleName(self.tr("The employee's comments"))
        self.comments_edit.setReadOnly(read_only)
        comments_hint.setBuddy(self.comments_edit)
        comments_layout.addWidget(comments_hint)
        comments_layout.addWidget(self.comments_edit)
        self._add_section(self.tr("The employee's comments"), comments_box)

        # printings and scans of the signed paper (services/signing.signing_overview)
        self.paper_box = PaperBox(paper or {})
        self.paper_box.setTitle("")
        self._add_section(self.tr("Printed and signed paper"), self.paper_box)
        self._column.addStretch(1)

    def _add_section(self, title: str, widget: QWidget, with_heading: bool = True) -> None:
        anchor: QWidget = widget
        if with_heading:
            anchor = heading(title)
            self._column.addWidget(anchor)
        self._column.addWidget(widget)
        self.section_titles.append(title)
        self.section_anchors.append(anchor)

    def _details(self, conv: dict[str, Any]) -> QLabel:
        parts = [f"<b>{html.escape(conv['employee_name'])}</b>"]
        if conv.get("leader_name"):
            parts.append(self.tr("with %s") % html.escape(conv["leader_name"]))
        parts.append(self.tr("version %d") % conv["version"])
        details = QLabel(" · ".join(parts))
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setWordWrap(True)
        return details

    def _history(self, versions: list[dict[str, Any]]) -> QLabel | None:
        """Earlier signed versions (kept unchanged when amended), and any broken fingerprint."""
        lines = []
        for version in versions:
            if version["amended_at"] is not None:
                lines.append(self.tr("Version %1 was signed on %2 and amended on %3: %4")
                             .replace("%1", str(version["version"]))
                             .replace("%2", dates.date_text(version["leader_signed_on"]))
                             .replace("%3", dates.date_text(version["amended_at"]))
                             .replace("%4", version["amendment_reason"]))
            if version.get("redacted_on"):
                lines.append(self.tr(
                    "Version %1: a name in the stored copy was replaced by an erasure on %2; "
                    "the signed paper copy is the record.")
                    .replace("%1", str(version["version"]))
                    .replace("%2", dates.date_text(version["redacted_on"])))
            elif not version["intact"]:
                lines.append("⚠ " + self.tr(
                    "The stored content of signed version %d no longer matches its "
                    "fingerprint.") % version["version"])
        if not lines:
            return None
        label = QLabel("\n".join(lines))
        label.setObjectName("versionHistory")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _private_notes(self, notes: list[dict[str, Any]]) -> QGroupBox:
        box = QGroupBox(self.tr("Leader's private notes — never printed"))
        box.setObjectName("privateNotes")
        box.setStyleSheet(PRIVATE_STYLE)
        layout = QVBoxLayout(box)
        warning = QLabel(self.tr(
            "Only for the leader's own memory. These notes are kept apart from the conversation "
            "and are never part of the summary, the signed version or any printout."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        for note in notes or [{"id": None, "text": ""}]:
            edit = AnswerEdit(note.get("text", ""), minimum_lines=3)
            edit.setAccessibleName(self.tr("Leader's private notes (never printed)"))
            edit.note_id = note.get("id")
            layout.addWidget(edit)
            self.private_edits.append(edit)
        return box
