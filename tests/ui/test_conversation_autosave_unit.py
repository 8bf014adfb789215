"""The autosave helper on its own: debounce per field, flush order, errors reported once."""

from __future__ import annotations

from musdesk.errors import InvalidValue
from musdesk.ui.autosave import FAILED, PENDING, SAVED, Autosave


def test_later_edit_of_same_field_replaces_earlier(qtbot) -> None:
    saved: list[str] = []
    autosave = Autosave(delay_ms=50)
    autosave.schedule("a", lambda: saved.append("a1"))
    autosave.schedule("b", lambda: saved.append("b1"))
    autosave.schedule("a", lambda: saved.append("a2"))
    assert autosave.state == PENDING and saved == []
    qtbot.waitUntil(lambda: autosave.state == SAVED, timeout=2000)
    assert saved == ["a2", "b1"]
    assert not autosave.has_pending


def test_flush_runs_at_once_and_stops_the_timer(qtbot) -> None:
    saved: list[str] = []
    autosave = Autosave(delay_ms=60_000)
    autosave.schedule("a", lambda: saved.append("a"))
    assert autosave.flush() is True
    assert saved == ["a"] and autosave.state == SAVED
    assert autosave.flush() is True  # nothing pending: no second write
    assert saved == ["a"]


def test_failed_write_is_reported_and_others_still_run(qtbot) -> None:
    saved: list[str] = []
    errors: list[object] = []

    def bad() -> None:
        raise InvalidValue("Deadline", "not a date")

    autosave = Autosave(delay_ms=60_000)
    autosave.failed.connect(errors.append)
    autosave.schedule("bad", bad)
    autosave.schedule("good", lambda: saved.append("good"))
    assert autosave.flush() is False
    assert saved == ["good"] and len(errors) == 1
    assert autosave.state == FAILED and not autosave.has_pending



def test_a_write_not_ready_keeps_the_state_from_saying_saved(qtbot) -> None:
    from musdesk.ui.autosave import INCOMPLETE, NOT_READY

    autosave = Autosave(delay_ms=60_000)
    autosave.schedule("date", lambda: NOT_READY)
    autosave.schedule("text", lambda: None)
    autosave.flush()
    assert autosave.state == INCOMPLETE
    autosave.schedule("other", lambda: None)
    autosave.flush()
    assert autosave.state == INCOMPLETE  # the date is still not saved
    autosave.schedule("date", lambda: None)
    autosave.flush()
    assert autosave.state == SAVED
