"""One current organisation across the four tabs: chosen on one, shown on all."""

from __future__ import annotations

import datetime as dt

from musdesk.services import roster, rounds
from musdesk.ui.main_window import MainWindow
from tests.ui.test_main_window import unlock


def choose(combo, data: str) -> None:
    """As the user does: pick the entry (activated is the user's signal, not the program's)."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def _two_clients() -> tuple[str, str]:
    first = roster.create_organisation("Aabybro Tømrer")["id"]
    second = roster.create_organisation("Bergen Bakeri")["id"]
    for org in (first, second):
        roster.create_employee(org, "Anna", "Berg")
    return first, second


def test_choosing_an_organisation_makes_it_current_everywhere(
        qtbot, session, settings, existing_workspace) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(existing_workspace[0])
    unlock(qtbot, window)
    first, second = _two_clients()
    today = dt.date.today()
    round_first = rounds.plan_round(first, "MUS A", today, today + dt.timedelta(days=300))
    round_second = rounds.plan_round(second, "MUS B", today, today + dt.timedelta(days=300))
    assert window.tabs is not None
    roster_tab = window.page("roster")
    roster_tab.reload_organisations(select_id=first)
    wheel = window.page("wheel")
    conversation = window.page("conversation")
    follow_up = window.page("follow_up")
    for page in (wheel, conversation):
        page.reload_rounds()
    follow_up.reload_organisations()

    # Chosen in the roster: the other three follow.
    choose(roster_tab.organisation, second)
    assert wheel.current_round_id() == round_second["id"]
    assert conversation.round_combo.currentData() == round_second["id"]
    assert follow_up.organisation.currentData() == second

    # Chosen in the wheel (a round of the other client): the roster follows.
    choose(wheel.round_combo, round_first["id"])
    assert roster_tab.organisation.currentData() == first
    assert follow_up.organisation.currentData() == first
    assert conversation.round_combo.currentData() == round_first["id"]

    # Chosen in the follow-up tab.
    choose(follow_up.organisation, second)
    assert roster_tab.organisation.currentData() == second
    assert wheel.current_round_id() == round_second["id"]
    # A change the program makes (a reload) does not move the other tabs.
    follow_up.reload_organisations()
    conversation.reload_rounds()
    assert roster_tab.organisation.currentData() == second
    assert conversation.round_combo.currentData() == round_second["id"]
    session.close()


def test_a_tab_built_later_opens_on_the_current_organisation(
        qtbot, session, settings, existing_workspace) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    session.choose(existing_workspace[0])
    unlock(qtbot, window)
    first, second = _two_clients()
    roster_tab = window.page("roster")
    roster_tab.reload_organisations(select_id=first)
    choose(roster_tab.organisation, second)
    assert "follow_up" not in window._pages
    follow_up = window.page("follow_up")
    assert follow_up.organisation.currentData() == second
    session.close()
