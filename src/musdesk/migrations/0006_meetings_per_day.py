"""Schema version 5: one follow-up meeting per employee and day, covering all open goals.

Before, every goal with a cadence had meetings of its own (`follow_up_meeting.goal_id`), so
two goals with the same cadence gave two meetings on the same day. Now `meeting_goal` links
a meeting to the goals whose cadence it serves, and `planned_for` keeps the cadence date a
meeting stands for. Existing data is carried over: each meeting's goal becomes a link, and
meetings of one employee on one day with the same status are merged into the earliest one
(links, progress notes and adjustments move to it; notes are joined). Then `goal_id` goes.
`calendar_tombstone` remembers calendar events whose record is gone (exported as cancelled).
"""

import datetime
import uuid

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)

# SQLite can drop `goal_id` (named in a FOREIGN KEY clause) only by rebuilding the table,
# and the rebuild must run with foreign keys off, or dropping the old table would cascade
# into the progress notes. That pragma cannot change inside a transaction, so this script
# opens its own transaction (and checks the keys before committing).
atomic = False

_COLUMNS = ("id, created_at, updated_at, employee_id, conversation_id, planned_on, "
            "planned_for, starts_at, status, held_on, notes")


def up(migrator, db):
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            _up(migrator, db)
            problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken: {problems[:3]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def _up(migrator, db):
    class Employee(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "employee"

    class Conversation(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "conversation"

    class FollowUpMeeting(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        employee = ForeignKeyField(Employee, on_delete="CASCADE")
        conversation = ForeignKeyField(Conversation, null=True, on_delete="SET NULL")
        planned_on = DateField(index=True)
        planned_for = DateField(null=True)
        starts_at = TimeField(null=True)
        status = CharField(max_length=16)
        held_on = DateField(null=True)
        notes = TextField()

        class Meta:
            database = db
            table_name = "follow_up_meeting"

    class DevelopmentGoal(Model):
        id = UUIDField(primary_key=True)

        class Meta:
            database = db
            table_name = "development_goal"

    class MeetingGoal(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        meeting = ForeignKeyField(FollowUpMeeting, on_delete="CASCADE")
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "meeting_goal"
            indexes = ((("meeting", "goal"), True),)

    class CalendarTombstone(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        uid = CharField(max_length=200, unique=True)
        sequence = IntegerField()
        starts = CharField(max_length=32)
        organisation_id = CharField(max_length=36, index=True)
        department_id = CharField(max_length=36, null=True)
        employee_id = CharField(max_length=36, null=True, index=True)

        class Meta:
            database = db
            table_name = "calendar_tombstone"

    db.create_tables([MeetingGoal, CalendarTombstone])
    migrator.migrate(
        migrator.add_column("follow_up_meeting", "planned_for", DateField(null=True))
    )
    now = str(datetime.datetime.now(datetime.UTC).replace(tzinfo=None))
    sql = db.execute_sql
    sql("UPDATE follow_up_meeting SET planned_for = planned_on WHERE goal_id IS NOT NULL")
    for meeting_id, goal_id in sql(
        "SELECT id, goal_id FROM follow_up_meeting WHERE goal_id IS NOT NULL"
    ).fetchall():
        sql("INSERT INTO meeting_goal (id, created_at, updated_at, meeting_id, goal_id) "
            "VALUES (?, ?, ?, ?, ?)", (uuid.uuid4().hex, now, now, meeting_id, goal_id))

    groups = sql(
        "SELECT employee_id, planned_on, status FROM follow_up_meeting "
        "GROUP BY employee_id, planned_on, status HAVING COUNT(*) > 1"
    ).fetchall()
    for employee_id, planned_on, status in groups:
        rows = sql(
            "SELECT id, notes FROM follow_up_meeting WHERE employee_id = ? AND planned_on = ? "
            "AND status = ? ORDER BY created_at, id", (employee_id, planned_on, status)
        ).fetchall()
        keeper, notes = rows[0][0], [rows[0][1]] if rows[0][1] else []
        for other, other_notes in rows[1:]:
            if other_notes and other_notes not in notes:
                notes.append(other_notes)
            for table in ("meeting_goal", "goal_progress"):
                # A goal already linked/noted at the keeper keeps the keeper's row.
                sql(f"UPDATE OR IGNORE {table} SET meeting_id = ? WHERE meeting_id = ?",
                    (keeper, other))
                sql(f"DELETE FROM {table} WHERE meeting_id = ?", (other,))
            sql("UPDATE adjustment SET meeting_id = ? WHERE meeting_id = ?", (keeper, other))
            sql("DELETE FROM follow_up_meeting WHERE id = ?", (other,))
        sql("UPDATE follow_up_meeting SET notes = ?, updated_at = ? WHERE id = ?",
            ("\n\n".join(notes), now, keeper))

    # The rebuild without goal_id (foreign keys are off, see above).
    sql("CREATE TABLE follow_up_meeting_copy AS SELECT " + _COLUMNS + " FROM follow_up_meeting")
    sql("DROP TABLE follow_up_meeting")
    db.create_tables([FollowUpMeeting])
    sql("INSERT INTO follow_up_meeting (" + _COLUMNS + ") SELECT " + _COLUMNS
        + " FROM follow_up_meeting_copy")
    sql("DROP TABLE follow_up_meeting_copy")
