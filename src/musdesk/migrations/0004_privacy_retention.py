"""Retention per organisation (issue 16): two columns and the table of keep-decisions.

Frozen copies, independent of the application's models."""

from peewee import (
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)


def up(migrator, db):
    class Organisation(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "organisation"

    class Employee(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "employee"

    class Round(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "round"

    class RetentionHold(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        round = ForeignKeyField(Round, null=True, on_delete="CASCADE")
        employee = ForeignKeyField(Employee, null=True, on_delete="CASCADE")
        reason = TextField()
        decided_on = DateField()
        review_on = DateField()

        class Meta:
            database = db
            table_name = "retention_hold"

    migrator.migrate(
        migrator.add_column("organisation", "retention_years", IntegerField(default=5)),
        migrator.add_column("organisation", "leaver_retention_months", IntegerField(default=12)),
    )
    db.create_tables([RetentionHold])
