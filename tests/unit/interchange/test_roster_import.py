"""Importing a roster into an encrypted workspace: matching, leaders, report, one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from musdesk.errors import InvalidValue, MusdeskError
from musdesk.interchange import roster_import
from musdesk.interchange.roster_columns import guess_mapping
from musdesk.interchange.roster_import import (
    CREATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportFailed,
    MappingIncomplete,
    plan_import,
    run_import,
)
from musdesk.interchange.tabular import read_csv_bytes, read_table
from musdesk.models import AuditEvent, Department, Employee, Organisation
from musdesk.services import roster, roster_bulk
from musdesk.storage import Workspace

HEADER = "Fornavn;Efternavn;E-mail;Stilling;Afdeling;Leder;Ansat dato"


def csv_table(tmp_path: Path, lines: list[str], encoding: str = "utf-8", name: str = "r.csv"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return read_table(path)


@pytest.fixture
def org(workspace: Workspace) -> str:
    return roster.create_organisation("Nordlys A/S")["id"]


def do_import(table, org_id: str | None, name: str = ""):
    return run_import(table, guess_mapping(table.rows), org_id, organisation_name=name)


def employees(org_id: str) -> dict[str, dict]:
    return {e["full_name"]: e for e in roster.list_employees(org_id, include_left=True)}


def counts() -> tuple[int, int, int, int]:
    return (
        Organisation.select().count(),
        Department.select().count(),
        Employee.select().count(),
        AuditEvent.select().count(),
    )


def reasons(report) -> dict[int, str]:
    return {outcome.row: outcome.reason for outcome in report.skipped}


# --- files as HR systems write them -------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_encodings_and_delimiters_keep_danish_letters(
    tmp_path: Path, org: str, encoding: str, delimiter: str
) -> None:
    lines = [
        HEADER,
        "Søren;Ærø;soren@nordlys.dk;Udvikler;Økonomi;;01-02-2010",
        "Åse;Øst;aase@nordlys.dk;Teamleder;Økonomi;;",
    ]
    table = csv_table(tmp_path, [line.replace(";", delimiter) for line in lines], encoding)
    report = do_import(table, org)
    assert (report.created, len(report.skipped)) == (2, 0)
    people = employees(org)
    assert set(people) == {"Søren Ærø", "Åse Øst"}
    assert people["Søren Ærø"]["start_date"] == dt.date(2010, 2, 1)
    tree = roster.department_tree(org)
    assert [node["name"] for node in tree] == ["Økonomi"]


@pytest.mark.parametrize(
    "written", ["15-03-2019", "15.03.2019", "15/03/2019", "2019-03-15", "15.3.2019"]
)
def test_each_date_format(tmp_path: Path, org: str, written: str) -> None:
    table = csv_table(tmp_path, ["Navn;Startdato", f"Jens Hansen;{written}"])
    do_import(table, org)
    assert employees(org)["Jens Hansen"]["start_date"] == dt.date(2019, 3, 15)


def test_xlsx_roster_with_date_cells_and_full_names(tmp_path: Path, org: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Medarbejderliste"])
    sheet.append(["Navn", "E-post", "Avdeling", "Nærmeste leder", "Ansettelsesdato", "Mobil"])
    sheet.append(
        ["Øst, Åse", "aase@nordlys.no", "Salg / Nord", "", dt.datetime(2018, 1, 2), 4798765432]
    )
    sheet.append(["Bjørn Ås", "bjorn@nordlys.no", "Salg / Nord", "Åse Øst", "03.04.2020", None])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    report = do_import(read_table(path), org)
    assert report.created == 2
    assert report.new_departments == ["Salg", "Salg / Nord"]
    people = employees(org)
    aase, bjorn = people["Åse Øst"], people["Bjørn Ås"]
    assert aase["start_date"] == dt.date(2018, 1, 2)
    assert aase["phone"] == "4798765432"
    assert bjorn["leader_id"] == aase["id"]
    assert bjorn["start_date"] == dt.date(2020, 4, 3)
    (salg,) = roster.department_tree(org)
    (nord,) = salg["children"]
    assert nord["name"] == "Nord" and bjorn["department_id"] == nord["id"]


# --- leaders --------------------------------------------------------------------------------
def test_leaders_by_email_and_name_also_later_in_the_file_and_already_there(
    tmp_path: Path, org: str
) -> None:
    boss = roster.create_employee(org, "Karen", "Krog", email="karen@nordlys.dk")
    table = csv_table(
        tmp_path,
        [
            HEADER,
            "Bo;Berg;bo@nordlys.dk;;;ida@nordlys.dk;",  # leader further down, by e-mail
            "Ida;Isaksen;ida@nordlys.dk;;;Karen Krog;",  # leader already in the workspace
            "Ulf;Ulv;ulf@nordlys.dk;;;Isaksen, Ida;",  # by name, last name first
            "Eva;Eng;eva@NORDLYS.dk;;;IDA@nordlys.dk;",  # e-mail in another case
            "Ole;Orm;ole@nordlys.dk;;;Ida Isaksen <ida@nordlys.dk>;",  # as mail programs write
        ],
    )
    report = do_import(table, org)
    assert report.created == 5 and not report.skipped
    people = employees(org)
    ida = people["Ida Isaksen"]["id"]
    assert people["Ole Orm"]["leader_id"] == ida
    assert people["Ida Isaksen"]["leader_id"] == boss["id"]
    assert people["Bo Berg"]["leader_id"] == ida
    assert people["Ulf Ulv"]["leader_id"] == ida
    assert people["Eva Eng"]["leader_id"] == ida


def test_unknown_ambiguous_own_and_cyclic_leaders_skip_their_rows(tmp_path: Path, org: str) -> None:
    roster.create_employee(org, "Per", "Dahl", email="per1@nordlys.dk")
    roster.create_employee(org, "Per", "Dahl", email="per2@nordlys.dk")
    table = csv_table(
        tmp_path,
        [
            HEADER,
            "Anna;Alm;anna@nordlys.dk;;;Nobody Known;",  # 2 unknown
            "Berit;Bø;berit@nordlys.dk;;;Per Dahl;",  # 3 ambiguous
            "Carl;Cox;carl@nordlys.dk;;;carl@nordlys.dk;",  # 4 own leader
            "Dina;Dal;dina@nordlys.dk;;;erik@nordlys.dk;",  # 5 cycle with 6
            "Erik;Eik;erik@nordlys.dk;;;dina@nordlys.dk;",  # 6
            "Frida;Fos;frida@nordlys.dk;;;Anna Alm;",  # 7 leader's row skipped
            "Gro;Gran;gro@nordlys.dk;;;per2@nordlys.dk;",  # 8 fine: e-mail is unambiguous
        ],
    )
    report = do_import(table, org)
    why = reasons(report)
    assert why[2] == 'unknown leader "Nobody Known"'
    assert "ambiguous" in why[3]
    assert why[4] == "the person is given as their own leader"
    assert "leader cycle" in why[5] and "leader cycle" in why[6]
    assert why[7] == 'the leader "Anna Alm" is in row 2, which was skipped'
    assert set(why) == {2, 3, 4, 5, 6, 7}
    assert report.created == 1
    assert set(employees(org)) == {"Per Dahl", "Gro Gran"}


def test_leader_cycle_through_existing_employees_is_refused(tmp_path: Path, org: str) -> None:
    a = roster.create_employee(org, "Ane", "Aas", email="ane@nordlys.dk")
    roster.create_employee(org, "Bent", "Bak", email="bent@nordlys.dk", leader_id=a["id"])
    # Bent is led by Ane; the file says Ane is led by Bent.
    table = csv_table(tmp_path, [HEADER, "Ane;Aas;ane@nordlys.dk;;;bent@nordlys.dk;"])
    report = do_import(table, org)
    assert "leader cycle" in reasons(report)[2]
    assert employees(org)["Ane Aas"]["leader_id"] is None


def test_leaders_can_be_swapped_in_one_import(tmp_path: Path, org: str) -> None:
    a = roster.create_employee(org, "Ane", "Aas", email="ane@nordlys.dk")
    b = roster.create_employee(org, "Bent", "Bak", email="bent@nordlys.dk", leader_id=a["id"])
    # An empty leader cell keeps the current leader, so Bent stays led by Ane: a cycle.
    table = csv_table(
        tmp_path,
        [HEADER, "Ane;Aas;ane@nordlys.dk;;;bent@nordlys.dk;", "Bent;Bak;bent@nordlys.dk;;;;"],
    )
    report = plan_import(table, guess_mapping(table.rows), org)
    assert "leader cycle" in reasons(report)[2]
    roster.update_employee(b["id"], leader_id=None)
    c = roster.create_employee(org, "Cato", "Cox", email="cato@nordlys.dk")
    roster.update_employee(a["id"], leader_id=c["id"])
    roster.update_employee(b["id"], leader_id=a["id"])
    # Ane led by Cato, Bent by Ane → the file: Bent led by Cato, Ane led by Bent.
    table = csv_table(
        tmp_path,
        [
            HEADER,
            "Ane;Aas;ane@nordlys.dk;;;bent@nordlys.dk;",
            "Bent;Bak;bent@nordlys.dk;;;cato@nordlys.dk;",
        ],
    )
    report = do_import(table, org)
    assert report.updated == 2 and not report.skipped
    people = employees(org)
    assert people["Ane Aas"]["leader_id"] == b["id"]
    assert people["Bent Bak"]["leader_id"] == c["id"]


# --- existing employees -----------------------------------------------------------------------
def test_existing_employees_are_updated_not_duplicated(tmp_path: Path, org: str) -> None:
    first = csv_table(
        tmp_path,
        [
            "Medarbejdernr;Navn;E-mail;Stilling;Telefon",
            "17;Jens Hansen;jens@nordlys.dk;Udvikler;11111111",
            ";Lise Lund;;Konsulent;",
            "19;Mona Moe;mona@nordlys.dk;Chef;",
        ],
    )
    assert do_import(first, org).created == 3
    second = csv_table(
        tmp_path,
        [
            "Medarbejdernr;Navn;E-mail;Stilling;Telefon",
            "17;Jens Peter Hansen;jens.hansen@nordlys.dk;Seniorudvikler;",  # by number
            ";LISE  LUND;;Konsulent;",  # by name, nothing new
            ";Mona Moe;MONA@nordlys.dk;Direktør;",  # by e-mail
        ],
        name="second.csv",
    )
    report = do_import(second, org)
    actions = {outcome.row: outcome.action for outcome in report.outcomes}
    assert actions == {2: UPDATE, 3: UNCHANGED, 4: UPDATE}
    assert report.outcomes[0].changes == ("first_name", "email", "job_title")
    assert report.outcomes[2].changes == ("job_title",)
    people = employees(org)
    assert len(people) == 3
    jens = people["Jens Peter Hansen"]
    assert jens["email"] == "jens.hansen@nordlys.dk"
    assert jens["phone"] == "11111111"  # an empty cell does not erase
    assert jens["external_ref"] == "17"
    assert people["Mona Moe"]["job_title"] == "Direktør"


def test_namesakes_in_other_departments_are_other_people(tmp_path: Path, org: str) -> None:
    sales = roster.create_department(org, "Salg")["id"]
    roster.create_employee(org, "Jens", "Hansen", email="jens@nordlys.dk", department_id=sales)
    table = csv_table(tmp_path, ["Navn;E-mail;Afdeling", "Jens Hansen;jens.h@nordlys.dk;Lager"])
    assert do_import(table, org).created == 1
    assert Employee.select().count() == 2


def test_ambiguous_existing_employee_and_duplicate_rows(tmp_path: Path, org: str) -> None:
    roster.create_employee(org, "Per", "Dahl")
    roster.create_employee(org, "Per", "Dahl")
    table = csv_table(
        tmp_path,
        [
            "Navn;E-mail",
            "Per Dahl;",  # 2: two Per Dahl already
            "Ole Ek;ole@nordlys.dk",  # 3
            "Ole Eek;OLE@nordlys.dk",  # 4: same e-mail as row 3
            "Kai Kro;",  # 5
            "Kai Kro;",  # 6: same name, nothing to tell them apart
        ],
    )
    report = do_import(table, org)
    why = reasons(report)
    assert "several existing employees match" in why[2]
    assert why[4] == "the same person as row 3"
    assert why[6] == "the same person as row 5"
    assert report.created == 2


def test_rows_skipped_for_their_own_values(tmp_path: Path, org: str) -> None:
    table = csv_table(
        tmp_path,
        [
            HEADER,
            ";;nobody@nordlys.dk;;;;",  # 2 no name
            "Bo;;bo@nordlys.dk;;;;",  # 3 one name
            "Ib;Lund;ib@@nordlys;;;;",  # 4 e-mail
            "Kim;Bach;kim@nordlys.dk;;;;32.01.2020",  # 5 date
            "Lis;Holm;lis@nordlys.dk;" + "x" * 201 + ";;;",  # 6 too long
            "Mia;Mo;mia@nordlys.dk;;;;",  # 7 fine
        ],
    )
    report = do_import(table, org)
    why = reasons(report)
    assert why[2] == "no name"
    assert why[3] == "both a first and a last name are needed"
    assert why[4] == 'the e-mail address "ib@@nordlys" is invalid'
    assert why[5].startswith('the date "32.01.2020" is not understood')
    assert why[6] == "Job title is longer than 200 characters"
    assert [o.name for o in report.skipped] == ["", "Bo", "Ib Lund", "Kim Bach", "Lis Holm"]
    assert report.created == 1
    lines = report.lines()
    assert "Row 4 (Ib Lund) skipped: the e-mail address \"ib@@nordlys\" is invalid" in lines
    assert "Row 2 (—) skipped: no name" in lines


def test_departments_found_by_path_or_unique_name(tmp_path: Path, org: str) -> None:
    top = roster.create_department(org, "Drift")
    roster.create_department(org, "Lager", parent_id=top["id"])
    table = csv_table(
        tmp_path,
        [
            "Navn;Afdeling",
            "Ada Ro;Lager",  # the only "Lager", below Drift
            "Bea Ro;drift / LAGER",  # the same by path, in other letter case
            "Cia Ro;Drift / Kontor",  # new below the existing Drift
            "Dan Ro;Salg > Syd",  # new path with another separator
        ],
    )
    report = do_import(table, org)
    assert report.new_departments == ["Drift / Kontor", "Salg", "Salg / Syd"]
    people = employees(org)
    assert people["Ada Ro"]["department_id"] == people["Bea Ro"]["department_id"]
    assert Department.select().count() == 5


# --- nothing written until confirmed; all or nothing ------------------------------------------
def test_planning_writes_nothing(tmp_path: Path, org: str, workspace: Workspace) -> None:
    table = csv_table(
        tmp_path,
        [
            HEADER,
            "Bo;Berg;bo@nordlys.dk;Leder;Ny afdeling;;01-01-2020",
            "Ib;Ek;;;Ny afdeling;Bo Berg;",
        ],
    )
    before = counts()
    report = plan_import(table, guess_mapping(table.rows), org)
    assert (report.created, report.new_departments, report.committed) == (2, ["Ny afdeling"], False)
    assert report.lines()[-1] == "Dry run: nothing was saved."
    assert counts() == before
    # A new organisation is only planned, too.
    report = plan_import(table, guess_mapping(table.rows), None, organisation_name="Ny kunde")
    assert report.organisation_created and report.lines()[0] == (
        'The organisation "Ny kunde" does not exist and will be created.'
    )
    assert counts() == before


def test_a_failure_in_the_middle_rolls_back_everything(
    tmp_path: Path, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [HEADER] + [f"P{i};Q{i};p{i}@nordlys.dk;;Afd {i % 2};;" for i in range(6)]
    table = csv_table(tmp_path, lines)
    before = counts()
    real_check = roster_bulk.checked_employee_fields
    calls = []

    def failing_check(*args, **kwargs):
        calls.append(args)
        if len(calls) == 4:
            raise InvalidValue("email", "refused for the test")
        return real_check(*args, **kwargs)

    # The bulk write checks every new employee with the roster service's rule first.
    monkeypatch.setattr(roster_bulk, "checked_employee_fields", failing_check)
    with pytest.raises(ImportFailed) as caught:
        do_import(table, None, "Ny kunde")
    assert "row 5" in str(caught.value) and "nothing was saved" in str(caught.value)
    assert len(calls) == 4
    assert counts() == before  # not even the organisation or the departments


def test_a_full_disk_in_the_middle_is_said_in_words_and_rolls_back(
    tmp_path: Path, org: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import peewee

    lines = [HEADER] + [f"P{i};Q{i};p{i}@nordlys.dk;;Afd;;" for i in range(3)]
    before = counts()
    real_insert = roster_bulk._insert

    def insert_until_full(model, rows):  # noqa: ANN001, ANN202
        if model is Employee:
            real_insert(model, rows[:2])
            raise peewee.OperationalError("database or disk is full")
        return real_insert(model, rows)

    monkeypatch.setattr(roster_bulk, "_insert", insert_until_full)
    with pytest.raises(ImportFailed) as caught:
        do_import(csv_table(tmp_path, lines), org)
    assert "The disk is full" in str(caught.value)
    assert counts() == before


def test_new_organisation_is_created_in_the_same_transaction(tmp_path: Path, workspace) -> None:
    table = csv_table(tmp_path, ["Navn;E-mail", "Ada Ro;ada@x.dk"])
    report = do_import(table, None, "Ny kunde")
    assert report.committed and report.organisation_created
    assert report.lines()[0] == 'The organisation "Ny kunde" was created.'
    assert set(employees(str(report.organisation_id))) == {"Ada Ro"}


def test_mapping_without_a_name_column_is_refused(tmp_path: Path, org: str) -> None:
    table = csv_table(tmp_path, ["E-mail;Stilling", "a@b.dk;Chef"])
    with pytest.raises(MappingIncomplete):
        plan_import(table, guess_mapping(table.rows), org)


def test_a_file_with_only_headers_says_so(tmp_path: Path, org: str) -> None:
    table = csv_table(tmp_path, [HEADER])
    with pytest.raises(MusdeskError, match="no rows below the header row"):
        plan_import(table, guess_mapping(table.rows), org)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.text(max_size=12),
                st.sampled_from(["Per Dahl", "a@b.dk", "01.02.2020", "x / y", "Hansen, Jens"]),
            ),
            min_size=1,
            max_size=7,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_any_rows_plan_without_crashing(org: str, rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([HEADER.split(";"), *rows])
    try:
        table = read_csv_bytes(buffer.getvalue().encode())
        report = plan_import(table, guess_mapping(table.rows), org)
    except MusdeskError:
        return
    assert len(report.outcomes) == len(table.rows) - 1 - guess_mapping(table.rows).header_row
    assert all(outcome.action in (CREATE, SKIP) for outcome in report.outcomes)
    assert all(outcome.reason for outcome in report.skipped)


def test_report_counts_are_consistent(tmp_path: Path, org: str) -> None:
    table = csv_table(tmp_path, [HEADER, "Bo;Berg;bo@x.dk;;;;", "Bo;Berg;bo@x.dk;;;;"])
    report = roster_import.plan_import(table, guess_mapping(table.rows), org)
    assert (report.created, report.updated, report.unchanged, len(report.skipped)) == (1, 0, 0, 1)


def test_progress_is_reported_and_new_leaders_are_created_first(tmp_path: Path, org: str) -> None:
    table = csv_table(
        tmp_path,
        [
            HEADER,
            "Cia;Ces;cia@x.dk;;;bo@x.dk;",  # led by the next row, who is led by the one after
            "Bo;Bes;bo@x.dk;;;ada@x.dk;",
            "Ada;Aes;ada@x.dk;;Top;;",
        ],
    )
    seen: list[tuple[int, int]] = []
    report = run_import(table, guess_mapping(table.rows), org, progress=lambda *a: seen.append(a))
    assert report.created == 3
    assert seen[-1] == (4, 4)  # one department and three employees
    people = employees(org)
    assert people["Cia Ces"]["leader_id"] == people["Bo Bes"]["id"]
    assert people["Bo Bes"]["leader_id"] == people["Ada Aes"]["id"]


def test_cancelling_rolls_back(tmp_path: Path, org: str) -> None:
    table = csv_table(tmp_path, [HEADER] + [f"P{i};Q{i};p{i}@x.dk;;A{i};;" for i in range(5)])
    before = counts()
    steps = []

    def cancelled() -> bool:
        steps.append(1)
        return len(steps) > 6  # after the five departments and one employee

    with pytest.raises(roster_import.ImportCancelled):
        run_import(table, guess_mapping(table.rows), org, cancelled=cancelled)
    assert counts() == before


@st.composite
def leader_scenarios(draw):
    """Existing people with an acyclic leader tree (often a chain), and a file that re-links
    some of them in any order and adds new people; leaders named by e-mail, any of them, so
    cycles and links that are only valid as a whole both happen."""
    existing = draw(st.integers(0, 4))
    leaders_before = [
        draw(st.one_of(st.just(i - 1), st.none(), st.integers(0, i - 1))) if i else None
        for i in range(existing)
    ]
    total = existing + draw(st.integers(1, 4))
    order = draw(st.permutations(range(total)))
    in_file = order[: draw(st.integers(1, total))]
    file_leaders = {
        person: draw(st.one_of(st.none(), st.integers(0, total - 1))) for person in in_file
    }
    return existing, leaders_before, file_leaders


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(leader_scenarios())
def test_any_leader_links_import_without_refusal_and_as_written(workspace, scenario) -> None:
    existing, leaders_before, file_leaders = scenario
    org = roster.create_organisation("Property")["id"]
    ids: dict[int, str] = {}
    for person in range(existing):
        leader = leaders_before[person]
        ids[person] = roster.create_employee(
            org, f"P{person}", "Test", email=f"p{person}@x.dk",
            leader_id=None if leader is None else ids[leader],
        )["id"]
    lines = ["Fornavn;Efternavn;E-mail;Leder"] + [
        f"P{person};Test;p{person}@x.dk;{'' if leader is None else f'p{leader}@x.dk'}"
        for person, leader in file_leaders.items()
    ]
    table = read_csv_bytes("\n".join(lines).encode())
    report = run_import(table, guess_mapping(table.rows), org)  # never refused half-way
    by_email = {e["email"]: e for e in roster.list_employees(org)}
    leader_of = {e["id"]: e["leader_id"] for e in by_email.values()}
    for person, leader in file_leaders.items():
        outcome = report.outcomes[list(file_leaders).index(person)]
        if outcome.action == SKIP:
            assert "leader" in outcome.reason  # only leader problems in this file
            continue
        if leader is not None:
            assert by_email[f"p{person}@x.dk"]["leader_id"] == by_email[f"p{leader}@x.dk"]["id"]
    for start in leader_of:  # the result is a forest: following leaders always ends
        seen, current = set(), start
        while current is not None:
            assert current not in seen
            seen.add(current)
            current = leader_of[current]


def test_active_employees_missing_from_the_file_are_named_not_changed(
    tmp_path: Path, org: str
) -> None:
    roster.create_employee(org, "Gone", "Away", email="gone@x.dk")
    left = roster.create_employee(org, "Left", "Before", email="left@x.dk")
    roster.mark_left(left["id"], "2024-01-31")
    roster.create_employee(org, "Kept", "Here", email="kept@x.dk")
    roster.create_employee(org, "Skip", "Ped", email="skip@x.dk")
    table = csv_table(
        tmp_path,
        [HEADER, "Kept;Here;kept@x.dk;;;;", "Skip;Ped;skip@x.dk;;;Nobody Known;"],
    )
    report = do_import(table, org)
    assert report.not_in_file == ["Gone Away"]  # not the one who left, nor the skipped row
    assert (
        "Not in the file, so left as they are: 1 (Gone Away). "
        "If someone has left, mark it in the roster." in report.lines()
    )
    assert employees(org)["Gone Away"]["active"]


def test_a_long_chain_under_an_unknown_leader_is_skipped_link_by_link(
    tmp_path: Path, org: str
) -> None:
    # Row 2 is led by row 3, … the last by nobody known: every row goes, each naming the
    # row below it. Found by following the links once, not by re-planning per level.
    n = 3000
    lines = [HEADER] + [
        f"P{i};Q{i};p{i}@x.dk;;;{f'p{i + 1}@x.dk' if i < n - 1 else 'Nobody Known'};"
        for i in range(n)
    ]
    report = plan_import(csv_table(tmp_path, lines), guess_mapping([HEADER.split(";")]), org)
    why = reasons(report)
    assert len(why) == n
    assert why[n + 1] == 'unknown leader "Nobody Known"'
    assert why[2] == 'the leader "p1@x.dk" is in row 3, which was skipped'


def test_leaders_by_employee_number(tmp_path: Path, org: str) -> None:
    table = csv_table(
        tmp_path,
        ["Ansattnr;Navn;Leder", "7;Kari Nordmann;", "8;Ola Nordmann;7", "9;Per Hansen;8"],
    )
    report = do_import(table, org)
    assert report.created == 3 and not report.skipped
    people = employees(org)
    assert people["Ola Nordmann"]["leader_id"] == people["Kari Nordmann"]["id"]
    assert people["Per Hansen"]["leader_id"] == people["Ola Nordmann"]["id"]


def test_end_dates_mark_people_as_left(tmp_path: Path, org: str) -> None:
    roster.create_employee(org, "Ane", "Aas", email="ane@x.dk", start_date="2015-01-01")
    roster.create_employee(org, "Bo", "Bak", email="bo@x.dk", start_date="2023-05-01")
    lines = [
        "Navn;E-mail;Ansat dato;Fratrådt",
        "Ane Aas;ane@x.dk;;31-03-2024",  # 2: has left: updated, no longer active
        "Bo Bak;bo@x.dk;;01-01-2020",  # 3: before the start date the workspace has
        "Cia Cox;cia@x.dk;01-02-2019;30.06.2022",  # 4: new, and left already
        "Dan Dal;dan@x.dk;01-02-2019;31-12-2099",  # 5: leaves later: still here
        "Eva Eng;eva@x.dk;01-02-2021;01-01-2020",  # 6: end before start in the file
    ]
    report = do_import(csv_table(tmp_path, lines), org)
    actions = {o.row: (o.action, o.changes) for o in report.outcomes}
    assert actions[2] == (UPDATE, ("left_on",))
    assert actions[4][0] == CREATE and actions[5][0] == CREATE
    why = reasons(report)
    assert why == {
        3: "the end date lies before the start date",
        6: "the end date lies before the start date",
    }
    people = employees(org)
    assert not people["Ane Aas"]["active"] and people["Ane Aas"]["left_on"] == dt.date(2024, 3, 31)
    assert not people["Cia Cox"]["active"] and people["Cia Cox"]["left_on"] == dt.date(2022, 6, 30)
    assert people["Dan Dal"]["active"] and people["Dan Dal"]["left_on"] is None
    assert people["Bo Bak"]["active"]
    again = plan_import(csv_table(tmp_path, lines), guess_mapping([lines[0].split(";")]), org)
    assert {o.row: o.action for o in again.outcomes if o.action != SKIP} == {
        2: UNCHANGED,
        4: UNCHANGED,
        5: UNCHANGED,
    }


def test_a_re_import_that_changes_nothing_takes_no_backup_and_writes_nothing(
    tmp_path: Path, org: str, workspace: Workspace
) -> None:
    lines = [HEADER, "Bo;Berg;bo@nordlys.dk;Leder;Salg;;01-01-2020",
             "Ib;Ek;ib@nordlys.dk;Sælger;Salg;Bo Berg;"]
    assert do_import(csv_table(tmp_path, lines), org).created == 2
    backups, before = len(workspace.list_backups()), counts()
    again = do_import(csv_table(tmp_path, lines, name="again.csv"), org)
    assert (again.unchanged, again.committed) == (2, True)
    assert (len(workspace.list_backups()), counts()) == (backups, before)
    # One changed cell: then the import writes, after its backup.
    changed = do_import(csv_table(tmp_path, [*lines[:2], lines[2].replace("Sælger", "Chef")],
                                  name="changed.csv"), org)
    assert (changed.updated, changed.unchanged) == (1, 1)
    assert len(workspace.list_backups()) == backups + 1
    assert employees(org)["Ib Ek"]["job_title"] == "Chef"


def test_the_stored_people_are_read_as_peewee_reads_them(tmp_path: Path, org: str) -> None:
    """Existing.load reads the rows without Peewee's per-value conversion; the values must
    be the ones Peewee's own `.dicts()` gives (the oracle)."""
    from musdesk.interchange.roster_rows import Existing

    do_import(csv_table(tmp_path, [
        "Medarbejdernr;Fornavn;Efternavn;E-mail;Afdeling;Leder;Ansat dato;Fratrådt",
        "1;Bo;Berg;bo@nordlys.dk;Salg;;01-01-2020;",
        "2;Ib;Ek;;Salg / Syd;Bo Berg;;01-01-2021",
        ";Al;Ro;;;1;;",
    ]), org)
    existing = Existing.load(roster_import._as_uuid(org))
    fields = [Employee.id, Employee.first_name, Employee.last_name, Employee.email,
              Employee.external_ref, Employee.job_title, Employee.phone, Employee.start_date,
              Employee.left_on, Employee.department, Employee.leader, Employee.active]
    expected = {row["id"]: row for row in Employee.select(*fields).dicts()}
    assert existing.employees == expected and len(expected) == 3
    assert {type(v["leader"]) for v in expected.values()} >= {type(None)}
    assert existing.departments == {
        row["id"]: (row["parent"], row["name"])
        for row in Department.select(Department.id, Department.parent, Department.name).dicts()
    }
