"""Building the four tabs for an open workspace. Each tab module is imported only here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from musdesk.ui.tabs.base import CONVERSATION, FOLLOW_UP, ROSTER, WHEEL, TabPage


@dataclass
class TabSpec:
    key: str
    title: str
    page: TabPage


# Tab titles: literal translate() calls, so that lupdate finds them.
_translate = QCoreApplication.translate


def build_tabs() -> list[TabSpec]:
    """The tabs in their fixed order. The workspace is open and the models bound."""
    from musdesk.ui.tabs.conversation_tab import build_conversation_tab
    from musdesk.ui.tabs.followup_tab import build_followup_tab
    from musdesk.ui.tabs.roster_tab import build_roster_tab
    from musdesk.ui.tabs.wheel_tab import build_wheel_tab

    return [
        TabSpec(ROSTER, _translate("tabs", "Roster"), build_roster_tab()),
        TabSpec(WHEEL, _translate("tabs", "MUS wheel"), build_wheel_tab()),
        TabSpec(CONVERSATION, _translate("tabs", "Conversation"), build_conversation_tab()),
        TabSpec(FOLLOW_UP, _translate("tabs", "Follow-up"), build_followup_tab()),
    ]
