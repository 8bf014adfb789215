"""The employee's comments on the summary: one text column on `conversation`.

Independent of other scripts: it touches only this column. Existing rows get "".
"""

from peewee import TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("conversation", "employee_comments", TextField(default=""))
    )


def down(migrator, db):
    migrator.migrate(migrator.drop_column("conversation", "employee_comments"))
