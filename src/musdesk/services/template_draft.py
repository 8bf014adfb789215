"""The question set editor's working copy, without Qt: sections per part and their
questions, added, removed, renamed and reordered in memory until saved.

Saving goes through `templates.edit_template`, which changes the set in place while no
conversation has used it and otherwise makes a new version (rounds keep the old one).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from musdesk.models.enums import QUESTION_KINDS
from musdesk.services import templates
from musdesk.services.common import choice


@dataclass
class Draft:
    template_id: str
    name: str
    language: str
    description: str = ""
    sections: list[dict[str, Any]] = field(default_factory=list)

    # --- reading -------------------------------------------------------------------------
    def part(self, kind: str) -> list[int]:
        """Indexes (into `sections`) of the sections of one part, in order."""
        return [i for i, s in enumerate(self.sections) if s["kind"] == kind]

    # --- sections ------------------------------------------------------------------------
    def add_section(self, kind: str, title: str) -> int:
        section = {"kind": kind, "theme": f"own-{uuid.uuid4().hex[:8]}", "title": title,
                   "intro": "", "questions": []}
        indexes = self.part(kind)
        at = indexes[-1] + 1 if indexes else len(self.sections)
        self.sections.insert(at, section)
        return at

    def rename_section(self, index: int, title: str) -> None:
        self.sections[index]["title"] = title

    def set_section_intro(self, index: int, intro: str) -> None:
        self.sections[index]["intro"] = intro

    def remove_section(self, index: int) -> None:
        del self.sections[index]

    def move_section(self, index: int, delta: int) -> int:
        """Up (-1) or down (+1) among the sections of the same part; the new index."""
        indexes = self.part(self.sections[index]["kind"])
        position = indexes.index(index) + delta
        if not 0 <= position < len(indexes):
            return index
        other = indexes[position]
        self.sections[index], self.sections[other] = self.sections[other], self.sections[index]
        return other

    # --- questions -----------------------------------------------------------------------
    def add_question(self, section: int, text: str) -> int:
        questions = self.sections[section]["questions"]
        questions.append({"key": f"own.{uuid.uuid4().hex[:12]}", "text": text, "help": "",
                          "kind": "text"})
        return len(questions) - 1

    def set_question_text(self, section: int, question: int, text: str) -> None:
        self.sections[section]["questions"][question]["text"] = text

    def set_question_help(self, section: int, question: int, help_text: str) -> None:
        """The hint shown with the question (in the form, and on the preparation sheet)."""
        self.sections[section]["questions"][question]["help"] = help_text

    def set_question_kind(self, section: int, question: int, kind: str) -> None:
        """Free text or a 1–5 scale (`enums.QUESTION_KINDS`)."""
        self.sections[section]["questions"][question]["kind"] = choice(
            "kind", kind, QUESTION_KINDS)

    def remove_question(self, section: int, question: int) -> None:
        del self.sections[section]["questions"][question]

    def move_question(self, section: int, question: int, delta: int) -> int:
        questions = self.sections[section]["questions"]
        target = question + delta
        if not 0 <= target < len(questions):
            return question
        questions[question], questions[target] = questions[target], questions[question]
        return target


def draft_of(template_id: str) -> Draft:
    data = templates.get_template(template_id)
    sections = [
        {"kind": s["kind"], "theme": s["theme"], "title": s["title"], "intro": s["intro"],
         "questions": [{"key": q["key"], "text": q["text"], "help": q["help"],
                        "kind": q["kind"]} for q in s["questions"]]}
        for s in data["sections"]
    ]
    return Draft(template_id, data["name"], data["language"], data["description"], sections)


@dataclass(frozen=True)
class SaveResult:
    template_id: str
    version: int
    new_version: bool  # the set was in use: a new version was made, rounds keep the old


def save(draft: Draft) -> SaveResult:
    before = templates.get_template(draft.template_id)
    saved = templates.edit_template(draft.template_id, name=draft.name,
                                    description=draft.description,
                                    sections=copy.deepcopy(draft.sections))
    return SaveResult(str(saved["id"]), saved["version"], str(saved["id"]) != before["id"])
