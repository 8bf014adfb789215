"""Erasure's own list of cancelled calendar events becomes rows of `calendar_tombstone`.

Before, an erasure kept the calendar events of what it erased as a content-free JSON list in
`workspace_meta` (`privacy.calendar_cancelled`: UID, date, organisation id), exported beside
the tombstone table. Now erasure buries its events in `calendar_tombstone` like every other
deletion (services/calendar_tombstones), so this script moves each entry there (as an
all-day tombstone of its organisation, with a SEQUENCE above any earlier export's) and drops
the list. Independent of other scripts: it touches only that key and adds rows to that table.
"""

import datetime
import json
import uuid

KEY = "privacy.calendar_cancelled"
_EPOCH = datetime.datetime(2020, 1, 1)


def up(migrator, db):
    sql = db.execute_sql
    row = sql("SELECT value FROM workspace_meta WHERE key = ?", (KEY,)).fetchone()
    if row is None:
        return
    try:
        entries = json.loads(row[0])
    except ValueError:
        entries = []
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    sequence = int((now - _EPOCH).total_seconds()) + 1
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not entry.get("uid") or not entry.get("on"):
            continue
        uid = str(entry["uid"])
        if sql("SELECT 1 FROM calendar_tombstone WHERE uid = ?", (uid,)).fetchone():
            continue  # already buried (e.g. by the follow-up planning)
        sql("INSERT INTO calendar_tombstone (id, created_at, updated_at, uid, sequence, "
            "starts, organisation_id, department_id, employee_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            (uuid.uuid4().hex, str(now), str(now), uid, sequence, str(entry["on"])[:10],
             str(entry.get("organisation") or "")))
    sql("DELETE FROM workspace_meta WHERE key = ?", (KEY,))


def down(migrator, db):
    pass  # the rows stay tombstones; nothing to undo
