"""The roster tab (organisations, departments, employees). Built out with the domain services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from musdesk.ui.tabs.base import PlaceholderTab, TabPage


def build_roster_tab() -> TabPage:
    return PlaceholderTab(
        QCoreApplication.translate("tabs", "Roster"),
        QCoreApplication.translate("tabs", "The roster is not available yet."),
    )
