"""The wizard's "carry over for everyone" shows n of N people, and Cancel rolls it all back."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from musdesk.models import Agreement, DevelopmentGoal, Round
from musdesk.services import carry_forward, conversations, plans, round_planning, rounds
from musdesk.storage import Workspace
from musdesk.ui.dialogs.round_wizard import RoundWizard
from tests.unit.evaluation.sample_round import build_roster

TODAY = dt.date(2027, 1, 11)


@pytest.fixture
def last_year(workspace: Workspace) -> dict:
    """An organisation made from scratch with one earlier round: a goal and an agreement
    for each of its 22 people."""
    org = build_roster()
    first = rounds.plan_round(org["id"], "MUS 2026", "2026-02-02", "2026-06-30")
    from musdesk.services import conversation_form

    people = conversation_form.conversations_in_round(first["id"])
    for conv in people:
        conversations.add_agreement(conv["id"], "actions", f"Aftale {conv['employee_id']}")
        plans.add_goal(conv["employee_id"], "Lære det nye fagsystem", conversation_id=conv["id"])
    return {"org": org, "first": first, "people": len(people)}


def _wizard_with_carry_over(qtbot, org_id: str) -> RoundWizard:
    wizard = RoundWizard(org_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.last_year_page
    wizard.last_year_page.carry.setChecked(True)
    assert wizard.last_year_page.carry_over()
    for _ in range(2):
        wizard.next()
    return wizard


def _held_carry_over(monkeypatch: pytest.MonkeyPatch):
    """Carrying over stops after its first person until `go_on` is set."""
    reached, go_on = threading.Event(), threading.Event()
    real = carry_forward.carry_over_round

    def held(source, target, check=None, progress=None):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                reached.set()
                go_on.wait(20)

        return real(source, target, check=check, progress=step)

    monkeypatch.setattr(round_planning.carry_forward, "carry_over_round", held)
    return reached, go_on


def test_carrying_over_shows_people_done_and_cancel_rolls_back(
    qtbot, last_year: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, go_on = _held_carry_over(monkeypatch)
    wizard = _wizard_with_carry_over(qtbot, last_year["org"]["id"])
    wizard.accept()
    assert reached.wait(20)
    progress = wizard.planning_progress
    assert progress is not None
    qtbot.waitUntil(lambda: "1 of" in progress.labelText(), timeout=10_000)
    people = last_year["people"]
    assert progress.labelText().endswith(f"1 of {people} people")
    assert (progress.maximum(), progress.value()) == (people, 1)
    progress.canceled.emit()  # the consultant presses Cancel
    go_on.set()
    qtbot.waitUntil(lambda: wizard.planning_job is None, timeout=20_000)
    assert wizard.planned is None and wizard.isVisible()
    assert Round.select().count() == 1  # only last year's
    assert DevelopmentGoal.select().where(DevelopmentGoal.carried_from.is_null(False)).count() == 0
    assert Agreement.select().where(Agreement.carried_from.is_null(False)).count() == 0
    assert {g.status for g in DevelopmentGoal.select()} == {"open"}


def test_carrying_over_to_the_end_reaches_everyone(qtbot, last_year: dict) -> None:
    wizard = _wizard_with_carry_over(qtbot, last_year["org"]["id"])
    seen: list[str] = []
    wizard.accept()
    progress = wizard.planning_progress
    assert progress is not None
    progress.canceled.connect(lambda: seen.append("cancelled"))
    with qtbot.waitSignal(wizard.round_planned, timeout=30_000) as reported:
        pass
    planned = reported.args[0]
    people = last_year["people"]
    assert (planned["goals_carried"], planned["agreements_carried"]) == (people, people)
    assert planned["previous_round_id"] == last_year["first"]["id"]
    assert not seen
