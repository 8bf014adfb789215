"""The four tabs of an open workspace, in their fixed order.

Each tab is built when it is first shown (the main window asks `build`), so unlocking
shows the roster without waiting for the other tabs to load their data. Tab modules are
imported only when built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from musdesk.ui.tabs.base import CONVERSATION, FOLLOW_UP, ROSTER, WHEEL, TabPage


@dataclass
class TabSpec:
    key: str
    title: str
    build: Callable[[], TabPage]


def _roster() -> TabPage:
    from musdesk.ui.tabs.roster_followup import RosterFollowUpMenu
    from musdesk.ui.tabs.roster_tab import build_roster_tab

    tab = build_roster_tab()
    tab.followup_menu = RosterFollowUpMenu(tab)  # the row's menu
    return tab


def _wheel() -> TabPage:
    from musdesk.ui.tabs.wheel_tab import build_wheel_tab

    return build_wheel_tab()


def _conversation() -> TabPage:
    from musdesk.ui.tabs.conversation_tab import build_conversation_tab

    return build_conversation_tab()


def _follow_up() -> TabPage:
    from musdesk.ui.tabs.followup_tab import build_followup_tab

    return build_followup_tab()


def build_tabs() -> list[TabSpec]:
    """The workspace is open and the models bound. Titles are literal translate() calls,
    the only form lupdate finds."""
    return [
        TabSpec(ROSTER, QCoreApplication.translate("tabs", "Roster"), _roster),
        TabSpec(WHEEL, QCoreApplication.translate("tabs", "MUS wheel"), _wheel),
        TabSpec(CONVERSATION, QCoreApplication.translate("tabs", "Conversation"), _conversation),
        TabSpec(FOLLOW_UP, QCoreApplication.translate("tabs", "Follow-up"), _follow_up),
    ]
