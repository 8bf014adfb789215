"""Workspace-wide settings stored inside the encrypted database (schema version, language…)."""

from __future__ import annotations

from peewee import CharField, Model, TextField

from musdesk.models.base import database_proxy


class WorkspaceMeta(Model):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        database = database_proxy
        table_name = "workspace_meta"
