"""Schema version 2: the organisation's country (public holidays, calendar time zone).

Existing organisations get the country of their language: Norway for bokmål, else Denmark.
"""

from peewee import CharField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("organisation", "country", CharField(max_length=2, default="DK"))
    )
    db.execute_sql("UPDATE organisation SET country = 'NO' WHERE language = 'nb'")
