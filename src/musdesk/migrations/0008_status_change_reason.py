"""The reason of a status change (a cancellation): one text column on `status_change`.

Independent of other scripts: it touches only this column. Existing rows get ""; the latest
cancellation of a conversation that holds a cancellation reason gets that reason, so
nothing said so far is lost from the history.
"""

from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("status_change", "reason", TextField(default="")))
    db.execute_sql(
        "UPDATE status_change SET reason = (SELECT c.cancel_reason FROM conversation c"
        " WHERE c.id = status_change.conversation_id)"
        " WHERE to_status = 'cancelled' AND id = (SELECT s.id FROM status_change s"
        " WHERE s.conversation_id = status_change.conversation_id"
        " AND s.to_status = 'cancelled' ORDER BY s.at DESC, s.created_at DESC LIMIT 1)"
        " AND (SELECT COALESCE(c.cancel_reason, '') FROM conversation c"
        " WHERE c.id = status_change.conversation_id) != ''"
    )


def down(migrator, db):
    migrator.migrate(migrator.drop_column("status_change", "reason"))
