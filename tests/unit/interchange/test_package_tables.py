"""Every model travels in packages: a new table or column without package rules fails here."""

from __future__ import annotations

from peewee import CharField, ForeignKeyField

from musdesk.interchange import package_tables as pt
from musdesk.interchange.package_scope import rooted_tables
from musdesk.models import ALL_MODELS


def test_every_model_is_covered_in_creation_order() -> None:
    names = [model._meta.table_name for model in ALL_MODELS]
    assert [table.name for table in pt.tables()] == names
    for model in ALL_MODELS:
        assert model._meta.table_name in pt.MERGE_CLASS, (
            f"{model._meta.table_name}: say in package_tables.MERGE_CLASS whether it is "
            "editable or history")
        table = pt.table_of(model)
        assert table.column_names == tuple(f.column_name for f in model._meta.sorted_fields)


def test_every_vocabulary_column_exists_and_every_status_like_column_has_one() -> None:
    columns = {(t.name, c.name) for t in pt.tables() for c in t.columns}
    assert set(pt.VOCABULARY) <= columns and set(pt.RANGES) <= columns
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, CharField) and field.column_name in (
                    "status", "kind", "language", "method", "outcome", "category", "phase"):
                key = (model._meta.table_name, field.column_name)
                assert key in pt.VOCABULARY, f"{key}: which vocabulary?"


def test_every_table_except_settings_and_the_trail_hangs_on_something() -> None:
    """Each table hangs on organisations, or is used by one that does (templates, the
    content a seal signed) or by such a shared table (a template's sections): otherwise an
    organisation's package would silently leave its records behind."""
    rooted = rooted_tables()
    used = set(rooted)
    for _ in range(3):
        used |= {c.references for t in pt.tables() if t.name in used for c in t.references}
        used |= {t.name for t in pt.tables()
                 if any(c.references in used - rooted for c in t.references)}
    for table in pt.tables():
        if table.name in ("workspace_meta", "audit_event"):
            continue
        assert table.name in used, table.name
        for column in table.references:
            field = next(f for f in table.model._meta.sorted_fields
                         if f.column_name == column.name)
            assert isinstance(field, ForeignKeyField)


def test_history_tables_are_the_signed_and_recorded_ones() -> None:
    history = {name for name, kind in pt.MERGE_CLASS.items() if kind == pt.HISTORY}
    assert {"signed_version", "scan_attachment", "audit_event", "status_change"} <= history
    assert pt.FROZEN_WHEN["follow_up_meeting"] == ("status", "held")


def test_the_sql_rules_say_true_or_false_never_null() -> None:
    """`WHERE NOT (rule)` finds a bad value only when the rule is false, never NULL."""
    from sqlcipher3 import dbapi2 as sqlcipher  # the SQLite the workspaces use

    from musdesk.interchange.package_reader import column_rule

    conn = sqlcipher.connect(":memory:")
    employee = pt.table_named("employee")
    goal = pt.table_named("development_goal")
    cases = [
        (employee.column("id"), "0123456789abcdef0123456789abcdef", True),
        (employee.column("id"), "0123456789ABCDEF0123456789ABCDEF", False),
        (employee.column("id"), "0123456789abcdef0123456789abcdeg", False),
        (employee.column("id"), "0123456789abcdef0123456789abcde", False),
        (employee.column("id"), "not-a-uuid", False),
        (employee.column("id"), 12345, False),
        (employee.column("id"), None, False),
        (employee.column("created_at"), "2026-02-28 10:00:00.123456", True),
        (employee.column("created_at"), "2026-02-30 10:00:00", False),
        (employee.column("created_at"), "yesterday", False),
        (goal.column("deadline"), None, True),
        (goal.column("deadline"), "2027-02-29", False),
        (goal.column("progress"), 100, True),
        (goal.column("progress"), 101, False),
        (goal.column("progress"), "50", False),
    ]
    for column, value, ok in cases:
        rule = column_rule(column).replace(f'"{column.name}"', "?1")
        assert conn.execute(f"SELECT {rule}", (value,)).fetchone()[0] == int(ok), (
            column.name, value)
