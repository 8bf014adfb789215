"""Resolving what a person types (ID or name), and the rows of `musdesk list`."""

from __future__ import annotations

from typing import Any

import pytest

from musdesk.errors import Ambiguous, InvalidValue, NotFound
from musdesk.services import listing, lookup, roster


def test_lookup_by_id_exact_name_or_unique_part(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    org_id = team["org"]["id"]
    assert str(lookup.organisation(org_id).id) == org_id
    assert str(lookup.organisation("fjordby kommune").id) == org_id
    assert str(lookup.organisation("Fjordby").id) == org_id
    assert str(lookup.round_("mus 2026").id) == planned_round["id"]
    soren = team["members"][0]
    assert str(lookup.employee("Søren Østergaard").id) == soren["id"]
    assert str(lookup.conversation("Søren Østergaard").employee_id) == soren["id"]
    with pytest.raises(NotFound):
        lookup.employee("Nobody Here")


def test_lookup_ambiguous_names(team: dict[str, Any]) -> None:
    roster.create_employee(team["org"]["id"], "Søren", "Ærø")
    with pytest.raises(Ambiguous):
        lookup.employee("Søren")
    # An exact full name wins over partial matches.
    roster.create_employee(team["org"]["id"], "Bo", "Ås")
    roster.create_employee(team["org"]["id"], "Bo", "Åsberg")
    assert lookup.employee("Bo Ås").last_name == "Ås"


def test_lookup_employee_by_email_or_reference(team: dict[str, Any]) -> None:
    found = roster.create_employee(
        team["org"]["id"], "Kim", "Lund", email="Kim@Example.org", external_ref="A-17"
    )
    assert str(lookup.employee("kim@example.org").id) == found["id"]
    assert str(lookup.employee("A-17").id) == found["id"]


def test_listing_rows_start_with_id_then_name(
    planned_round: dict[str, Any], team: dict[str, Any]
) -> None:
    employees = listing.list_rows("employees")
    assert [row[1] for row in employees] == [
        "Åse Bæk",
        "Mads Krøyer",
        "Lone Æbeløe",
        "Søren Østergaard",
    ]  # æ, ø, å sort after z
    assert all(len(row[0]) == 36 for row in employees)
    conversations = listing.list_rows("conversations")
    assert conversations[0][1] == "Åse Bæk – MUS 2026"
    assert listing.list_rows("organisations")[0][1:] == ["Fjordby Kommune", "da", "4", "1"]
    assert listing.list_rows("rounds")[0][1] == "MUS 2026"
    with pytest.raises(InvalidValue):
        listing.list_rows("cats")


def test_listing_never_breaks_a_row(team: dict[str, Any]) -> None:
    roster.update_employee(team["leader"]["id"], job_title="Leder\tog\nkoordinator")
    row = next(r for r in listing.list_rows("employees") if r[0] == team["leader"]["id"])
    assert row[4] == "Leder og koordinator"
