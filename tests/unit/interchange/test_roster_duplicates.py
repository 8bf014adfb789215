"""Possible duplicates: the same name and department, another e-mail or number."""

from __future__ import annotations

from pathlib import Path

import pytest

from musdesk.interchange.roster_columns import guess_field, guess_mapping
from musdesk.interchange.roster_duplicates import NEW
from musdesk.interchange.roster_import import DUPLICATE, plan_import, run_import
from musdesk.interchange.tabular import read_table
from musdesk.models import Employee
from musdesk.services import roster
from musdesk.storage import Workspace


def table_of(tmp_path: Path, lines: list[str]):
    path = tmp_path / "roster.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return read_table(path)


@pytest.fixture
def org(workspace: Workspace) -> dict[str, str]:
    org_id = roster.create_organisation("Nordlys A/S")["id"]
    sales = roster.create_department(org_id, "Salg")["id"]
    anna = roster.create_employee(org_id, "Anna", "Berg", email="anna@nordlys.dk",
                                  external_ref="17", department_id=sales)["id"]
    return {"org": org_id, "anna": anna}


FILE = ["Navn;E-mail;Medarbejdernr;Afdeling;Stilling",
        "Anna Berg;anna.berg@nordlys.dk;170;Salg;Sælger",
        "Bo Holm;bo@nordlys.dk;18;Salg;Sælger"]


def test_a_namesake_in_the_same_department_is_held_with_its_candidates(
        tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, FILE)
    report = plan_import(table, guess_mapping(table.rows), org["org"])
    held = report.held
    assert [o.row for o in held] == [2]
    assert held[0].action == DUPLICATE
    assert [str(c.employee_id) for c in held[0].candidates] == [org["anna"]]
    assert "anna@nordlys.dk" in held[0].candidates[0].describe()
    assert report.created == 1  # Bo Holm
    assert any("Not imported until you choose" in line for line in report.lines())
    # Importing without a choice writes the others and nothing for the held row.
    done = run_import(table, guess_mapping(table.rows), org["org"])
    assert done.created == 1 and len(done.held) == 1
    assert Employee.select().count() == 2
    assert roster.get_employee(org["anna"])["email"] == "anna@nordlys.dk"


def test_choosing_update_changes_the_existing_person(tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, FILE)
    report = run_import(table, guess_mapping(table.rows), org["org"],
                        decisions={2: org["anna"]})
    assert report.updated == 1 and report.created == 1 and not report.held
    anna = roster.get_employee(org["anna"])
    assert (anna["email"], anna["external_ref"], anna["job_title"]) == (
        "anna.berg@nordlys.dk", "170", "Sælger")
    assert Employee.select().count() == 2


def test_choosing_new_adds_a_second_person(tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, FILE)
    report = run_import(table, guess_mapping(table.rows), org["org"], decisions={2: NEW})
    assert report.created == 2 and not report.held
    assert Employee.select().where(Employee.first_name == "Anna").count() == 2


def test_a_choice_naming_somebody_else_is_no_choice(tmp_path: Path, org: dict[str, str]) -> None:
    bo = roster.create_employee(org["org"], "Bo", "Ek")["id"]
    table = table_of(tmp_path, FILE)
    report = plan_import(table, guess_mapping(table.rows), org["org"], decisions={2: bo})
    assert [o.row for o in report.held] == [2]


def test_a_row_without_department_may_be_the_namesake(tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, ["Navn;E-mail", "Anna Berg;anna.b@nordlys.dk"])
    report = plan_import(table, guess_mapping(table.rows), org["org"])
    assert [o.row for o in report.held] == [2]


def test_the_same_email_is_the_same_person_without_asking(
        tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, ["Navn;E-mail;Afdeling", "Anna Berg;ANNA@nordlys.dk;Salg"])
    report = plan_import(table, guess_mapping(table.rows), org["org"])
    assert not report.held and report.unchanged == 1


def test_a_row_led_by_a_held_row_waits_too(tmp_path: Path, org: dict[str, str]) -> None:
    table = table_of(tmp_path, ["Navn;E-mail;Afdeling;Leder",
                                "Anna Berg;anna.berg@nordlys.dk;Salg;",
                                "Cai Dam;cai@nordlys.dk;Salg;anna.berg@nordlys.dk"])
    report = plan_import(table, guess_mapping(table.rows), org["org"])
    assert [o.row for o in report.held] == [2]
    assert [o.row for o in report.skipped] == [3]  # its leader is not imported yet


@pytest.mark.parametrize("header", ["Ansat", "Ansatt", "Start date", "Ansat dato", "Startdato"])
def test_start_date_headers(header: str) -> None:
    assert guess_field(header) == "start_date"


@pytest.mark.parametrize("header", ["Ansatt-ID", "Ansattnr", "Ansat nr."])
def test_employee_number_headers_are_no_dates(header: str) -> None:
    assert guess_field(header) == "employee_number"
