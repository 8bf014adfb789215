"""Schema version 7: an issued summary can be recorded without a printed file.

A summary is issued when the conversation is signed (the record that `verify CODE` finds,
with the date of issue), before any file exists; each printing made in the app adds a row
with its file's hash. So `issued_summary.file_hash` may be NULL ("issued, no file"). The
CHECK on its length stays (SQLite lets NULL pass a CHECK). Touches only this column;
playhouse rebuilds the table to drop NOT NULL and keeps its rows, checks and indexes.
"""


def up(migrator, db):
    migrator.migrate(migrator.drop_not_null("issued_summary", "file_hash"))


def down(migrator, db):
    migrator.migrate(migrator.add_not_null("issued_summary", "file_hash"))
