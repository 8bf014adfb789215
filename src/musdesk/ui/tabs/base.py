"""What the main window expects of a tab. Tabs get their services, never the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

# Keys of the four tabs, in their order; navigation signals name the target by key.
ROSTER, WHEEL, CONVERSATION, FOLLOW_UP = "roster", "wheel", "conversation", "follow_up"
TAB_KEYS = (ROSTER, WHEEL, CONVERSATION, FOLLOW_UP)
# Item data role of choosers (rounds) for the organisation an item belongs to.
ORGANISATION_ROLE = 0x0100 + 40  # Qt.ItemDataRole.UserRole + 40 (no Qt enum import here)


class TabPage(QWidget):
    """Base of every tab.

    `navigate(target_key, payload)` asks the main window to switch to another tab and hand it
    the payload (e.g. {"employee_id": ...}); the target receives it in `show_item`.
    """

    navigate = Signal(str, object)
    # The user chose another organisation here (directly, or a round of it): the main
    # window makes it the current one on every tab (`set_organisation`).
    organisation_chosen = Signal(str)

    def save_pending(self) -> None:
        """Write any edit not yet saved (before locking, closing or switching tabs)."""

    def unsaved_reason(self) -> str | None:
        """After `save_pending`: why an edit is still not saved (the workspace refused it and
        it waits to be retried), or None."""
        return None

    def discard_unsaved(self) -> None:
        """Forget edits the workspace refused (the user chose to discard them at a lock or
        quit)."""

    def view_state(self) -> dict[str, Any]:
        """Where the user is (selection, filter), to come back to after unlocking."""
        return {}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Go back to a state from `view_state`; unknown or stale entries are ignored."""

    def show_item(self, payload: object) -> None:
        """Show what another tab asked for through `navigate`."""

    def organisation_id(self) -> str | None:
        """The organisation this tab shows now (None: none, or not bound to one)."""
        return None

    def set_organisation(self, organisation_id: str) -> None:
        """Show `organisation_id`, the one chosen on another tab (no signal back needed)."""
