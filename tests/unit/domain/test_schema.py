"""Schema version 1 (the migration scripts) creates exactly the tables of the models."""

from __future__ import annotations

from peewee import CharField, Model

from musdesk.models import ALL_MODELS
from musdesk.storage import Workspace
from musdesk.storage.schema import latest_version
from tests.unit.domain.schema_check import schema_differences


def test_fresh_workspace_schema_equals_models(workspace: Workspace) -> None:
    assert workspace.schema_version() == latest_version()
    assert schema_differences(workspace.database) == []


def test_schema_check_notices_a_missing_column(workspace: Workspace) -> None:
    # Guard against a check that cannot fail: drop a column and expect it reported.
    workspace.database.execute_sql("ALTER TABLE recognition DROP COLUMN note")
    assert any("recognition" in line for line in schema_differences(workspace.database))


def test_schema_check_notices_an_extra_model(workspace: Workspace) -> None:
    class Unmigrated(Model):
        name = CharField()

        class Meta:
            database = workspace.database
            table_name = "unmigrated"

    ALL_MODELS.append(Unmigrated)
    try:
        assert schema_differences(workspace.database)
    finally:
        ALL_MODELS.remove(Unmigrated)


def test_every_model_table_name_is_explicit_and_unique() -> None:
    names = [model._meta.table_name for model in ALL_MODELS]
    assert len(names) == len(set(names))
