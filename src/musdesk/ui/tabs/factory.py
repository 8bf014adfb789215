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


def _tr(text: str) -> str:
    return QCoreApplication.translate("tabs", text)


def build_tabs() -> list[TabSpec]:
    """The tabs in their fixed order. The workspace is open and the models bound."""
    from musdesk.ui.tabs.conversation_tab import build_conversation_tab
    from musdesk.ui.tabs.followup_tab import build_followup_tab
    from musdesk.ui.tabs.roster_tab import build_roster_tab
    from musdesk.ui.tabs.wheel_tab import build_wheel_tab

    return [
        TabSpec(ROSTER, _tr("Roster"), build_roster_tab()),
        TabSpec(WHEEL, _tr("MUS wheel"), build_wheel_tab()),
        TabSpec(CONVERSATION, _tr("Conversation"), build_conversation_tab()),
        TabSpec(FOLLOW_UP, _tr("Follow-up"), build_followup_tab()),
    ]
