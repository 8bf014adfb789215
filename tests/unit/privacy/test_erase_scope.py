"""Erasing an organisation or a round leaves everything else identical, table by table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from musdesk.models import ALL_MODELS, database_proxy
from musdesk.services import privacy_erase
from musdesk.storage import Workspace
from tests.unit.privacy import scenario

TEMPLATE_TABLES = {"question_template", "template_section", "template_question"}


def dump() -> dict[str, set[tuple[Any, ...]]]:
    tables: dict[str, set[tuple[Any, ...]]] = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        cursor = database_proxy.execute_sql(f'SELECT * FROM "{table}"')
        tables[table] = {tuple(row) for row in cursor.fetchall()}
    return tables


def created_at(model: Any, row: tuple[Any, ...]) -> dt.datetime:
    columns = [field.column_name for field in model._meta.sorted_fields]
    return dt.datetime.fromisoformat(str(row[columns.index("created_at")]))


def test_erasing_an_organisation_leaves_the_other_identical(workspace: Workspace) -> None:
    built = scenario.build()
    workspace.take_backup()
    before = dump()
    privacy_erase.erase(workspace, "organisation", built.org_id)
    after = dump()
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table == "workspace_meta":
            continue
        kept = {row for row in before[table] if created_at(model, row) >= built.other_org_since}
        if table == "audit_event":
            assert kept <= after[table], table
            assert len(after[table] - before[table]) == 1  # the erasure's own event
            continue
        if table in TEMPLATE_TABLES:
            kept = before[table]
        if table == "calendar_tombstone":  # the erased client's events, cancelled
            columns = [field.column_name for field in model._meta.sorted_fields]
            added = after[table] - kept
            owners = {row[columns.index("organisation_id")] for row in added}
            assert owners == {built.org_id} and len(added) >= 4, owners
            after[table] -= added
        assert after[table] == kept, table
    assert any(after[t] for t in ("conversation", "answer", "signed_version", "recognition"))
    # the other client's issued summaries still verify; the erased client's are gone
    from musdesk.documents.seal import issued_summaries

    names = {record.employee for record in issued_summaries()}
    assert names == {"Per Olsen"}
    # per client: the issue at signing and one printing of the same content
    assert len(after["issued_summary"]) == 2 and len(after["issued_content"]) == 1
    assert len(before["issued_content"]) == 2


def test_erasing_a_round_keeps_the_people(workspace: Workspace) -> None:
    built = scenario.build()
    preview = privacy_erase.preview_erasure(workspace, "round", built.round_id)
    assert preview.count_of("conversation") == 3  # leader, the person, the colleague
    assert preview.count_of("development_goal") == 1  # the plan agreed in the round
    assert preview.count_of("employee") == 0
    privacy_erase.erase(workspace, "round", built.round_id)
    from musdesk.services import roster

    people = {e["last_name"] for e in roster.list_employees(built.org_id)}
    assert scenario.UNIQUE_LAST in people
    assert database_proxy.execute_sql(
        "SELECT count(*) FROM conversation").fetchone()[0] == 2  # the other client's round
