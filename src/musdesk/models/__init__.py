"""Peewee models only. `ALL_MODELS` lists every table in creation order."""

from musdesk.models.base import BaseModel, database_proxy, utc_now
from musdesk.models.meta import WorkspaceMeta

ALL_MODELS: list[type] = [WorkspaceMeta]

__all__ = ["ALL_MODELS", "BaseModel", "WorkspaceMeta", "database_proxy", "utc_now"]
