"""The quiet notice after unlocking: how many follow-ups are overdue, how many due this week."""

from __future__ import annotations

import datetime as dt

from musdesk.services.followup_overview import Scope, due_items


def end_of_week(today: dt.date) -> dt.date:
    """The Sunday of today's (ISO) week: "this week" means the rest of the calendar week."""
    return today + dt.timedelta(days=6 - today.weekday())


def overdue_summary(today: dt.date, scope: Scope | None = None) -> tuple[int, int]:
    """(overdue_count, due_this_week) over the same items the due list shows.

    Overdue: a planned follow-up meeting, an open goal's deadline or an unfinished sub-goal
    dated before today. Due this week: the same kinds dated today up to Sunday.
    """
    last = end_of_week(today)
    items = due_items(today, days=(last - today).days, scope=scope)
    overdue = sum(1 for item in items if item.overdue)
    return overdue, len(items) - overdue
