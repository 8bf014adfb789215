"""Every label, reason and record kind the domain uses exists in Danish, Norwegian and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from musdesk import texts
from musdesk.models.enums import VOCABULARIES, WHEEL_STEPS, label
from musdesk.services import plans, rounds

SERVICES = Path(__file__).resolve().parents[3] / "src" / "musdesk" / "services"
MY_MODULES = [
    "audit",
    "carry_forward",
    "common",
    "conversations",
    "demo",
    "followup",
    "listing",
    "lookup",
    "plans",
    "roster",
    "rounds",
    "templates",
]


def _source() -> str:
    return "\n".join((SERVICES / f"{name}.py").read_text("utf-8") for name in MY_MODULES)


def _assert_complete(key: str) -> None:
    entry = texts.catalogue().get(key)
    assert entry is not None, key
    assert all(entry.get(lang, "").strip() for lang in texts.LANGUAGES), key


@pytest.mark.parametrize("vocabulary", sorted(VOCABULARIES))
def test_every_enumeration_value_has_a_label(vocabulary: str) -> None:
    for value in VOCABULARIES[vocabulary]:
        _assert_complete(f"domain.{vocabulary}.{value}")
    assert label("conversation_status", "signed", "da") == "Underskrevet"


def test_every_reason_kind_and_field_used_in_the_services_exists() -> None:
    source = _source()
    reasons = set(re.findall(r'reason\(\s*"(\w+)"', source))
    kinds = set(re.findall(r'kind_label\(\s*"(\w+)"', source))
    kinds |= set(re.findall(r'fetch(?:_optional)?\([^()]*?,\s*"(\w+)"\)', source))
    fields = set(
        re.findall(
            r"(?:InvalidValue|required_text|optional_text|choice|as_date|as_datetime|percent"
            r'|checked_length|dates_in_order|_workday)\(\s*"(\w+)"',
            source,
        )
    )
    assert len(reasons) > 15 and len(kinds) > 10 and len(fields) > 20
    for key in reasons:
        _assert_complete(f"domain.reason.{key}")
    for key in kinds:
        _assert_complete(f"domain.kind.{key}")
    for key in fields:
        _assert_complete(f"domain.field.{key}")


def test_default_step_tasks_and_goal_warnings_exist() -> None:
    for step in WHEEL_STEPS:
        for number in range(1, rounds.DEFAULT_TASKS_PER_STEP + 1):
            _assert_complete(f"domain.task.{step}.{number}")
    for code in plans.WARNINGS:
        _assert_complete(f"domain.warning.{code}")
