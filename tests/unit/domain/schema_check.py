"""Compare a workspace's real schema with the models (shared by the schema tests)."""

from __future__ import annotations

from peewee import Database
from playhouse.schema_diff import diff_models

from musdesk.models import ALL_MODELS
from musdesk.storage.schema import HISTORY_TABLE


def schema_differences(db: Database) -> list[str]:
    """Every way the database differs from the models; empty when they are equal."""
    found: list[str] = []
    diff = diff_models(db, ALL_MODELS)
    if diff:
        found.append(str(diff))
    expected_tables = {model._meta.table_name for model in ALL_MODELS} | {HISTORY_TABLE}
    actual_tables = set(db.get_tables())
    if actual_tables != expected_tables:
        found.append(f"tables differ: {sorted(actual_tables ^ expected_tables)}")
    # schema_diff compares names only; nullability and foreign keys are checked here.
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table not in actual_tables:
            continue
        columns = {column.name: column for column in db.get_columns(table)}
        for field in model._meta.sorted_fields:
            column = columns.get(field.column_name)
            if column is not None and column.null != field.null:
                found.append(f"{table}.{field.column_name}: null {column.null} != {field.null}")
        actual_fks = {(fk.column, fk.dest_table) for fk in db.get_foreign_keys(table)}
        model_fks = {(fk.column_name, fk.rel_model._meta.table_name) for fk in model._meta.refs}
        if actual_fks != model_fks:
            found.append(f"{table}: foreign keys {sorted(actual_fks ^ model_fks)}")
    return found
