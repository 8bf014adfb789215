"""Schema version 1: the workspace settings table.

Frozen copies of the tables as they were at this version, independent of the
application's models (a later model change must not rewrite history).
"""

from peewee import CharField, Model, TextField


def up(migrator, db):
    class WorkspaceMeta(Model):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()

        class Meta:
            database = db
            table_name = "workspace_meta"

    db.create_tables([WorkspaceMeta])
