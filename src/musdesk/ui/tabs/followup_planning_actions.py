"""The follow-up tab's planning actions: plan, move and cancel a meeting, adjust a goal, and
the right-click menu of the timeline's rows. The tab (`ui/tabs/followup_tab.py`) owns one
`PlanningActions` and delegates to it; the rules are in `services/followup_screen.py`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from musdesk.errors import MusdeskError
from musdesk.services import followup_actions as actions
from musdesk.services import followup_screen as screen
from musdesk.services.followup_overview import MEETING, TimelineItem
from musdesk.ui import dates
from musdesk.ui.errors import show_error

if TYPE_CHECKING:
    from musdesk.ui.tabs.followup_tab import FollowUpTab

# The strings stay in the tab's translation context (lupdate finds translate("…", "…")).
translate = QCoreApplication.translate


class PlanningActions:
    def __init__(self, tab: FollowUpTab) -> None:
        self.tab = tab

    def plan_employee(self) -> str | None:
        item = self.tab.timeline.selected_item()
        if item is not None:
            return item.employee_id
        return self.tab.employee.currentData() or None

    def plan_meeting(self, employee_id: str | None = None, near: dt.date | None = None) -> None:
        """Plan a follow-up meeting (date, time, goals) for the chosen or selected employee."""
        from musdesk.ui.dialogs.followup_plan import PlanMeetingDialog

        tab = self.tab
        employee_id = employee_id or self.plan_employee()
        if employee_id is None:
            return
        try:
            choices = screen.plan_choices(employee_id, tab.today(), near)
        except MusdeskError as exc:
            show_error(tab, exc)
            return
        dialog = PlanMeetingDialog(
            choices, day_off=lambda day: screen.day_off(employee_id, day),
            save=tab.saved(lambda data: screen.plan_meeting(
                data.employee_id, data.day, data.at, data.goal_ids)), parent=tab)
        if tab.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_result:
            tab.timeline.select_record(dialog.saved_result["id"], MEETING)

    def move_meeting(self, item: TimelineItem) -> None:
        from musdesk.ui.dialogs.followup_plan import MoveMeetingDialog

        tab = self.tab
        if item.kind != MEETING:
            return
        try:
            meeting = actions.meeting(item.record_id)
        except MusdeskError as exc:
            show_error(tab, exc)
            return
        heading = translate("FollowUpTab", "%1 – planned for %2").replace(
            "%1", meeting["employee_name"]).replace("%2", dates.date_text(meeting["planned_on"]))
        employee_id = meeting["employee_id"]
        dialog = MoveMeetingDialog(
            item.record_id, heading, meeting["planned_on"], meeting["starts_at"],
            day_off=lambda day: screen.day_off(employee_id, day),
            save=tab.saved(lambda data: screen.move_meeting(data.meeting_id, data.day,
                                                            data.at)), parent=tab)
        tab.run_dialog(dialog)

    def cancel_meeting(self, item: TimelineItem) -> None:
        tab = self.tab
        if item.kind != MEETING:
            return
        name = tab.employee_name(item.employee_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("FollowUpTab", "Cancel the follow-up meeting"),
            translate("FollowUpTab", "Cancel the meeting with %1 on %2? It stays in the "
                      "history as cancelled, and the next calendar export removes it from "
                      "calendars.").replace("%1", name).replace("%2", dates.date_text(item.on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, tab)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        tab.run_dialog(box)
        clicked = box.clickedButton()
        if clicked is None or box.standardButton(clicked) != QMessageBox.StandardButton.Yes:
            return
        try:
            screen.cancel_meeting(item.record_id)
        except MusdeskError as exc:
            show_error(tab, exc)
            return
        tab.refresh()

    def adjust_goal(self, goal_id: str) -> None:
        """Change a (signed) goal's cadence, start or deadline, or mark it achieved or
        dropped: recorded as an adjustment; the future planned meetings follow."""
        from musdesk.ui.dialogs.followup_adjust_goal import AdjustGoalDialog

        tab = self.tab
        try:
            goal = screen.goal_settings(goal_id)
        except MusdeskError as exc:
            show_error(tab, exc)
            return
        today = tab.today()
        dialog = AdjustGoalDialog(goal, today, save=tab.saved(
            lambda data: screen.adjust_goal(data, today)), parent=tab)
        tab.run_dialog(dialog)
        if isinstance(result := dialog.saved_result, screen.AdjustmentResult):
            tab.export_result.setText(
                translate("FollowUpTab", "Goal adjusted: %1 planned meetings from today.")
                .replace("%1", str(result.planned)))

    def row_menu(self, point: QPoint) -> QMenu | None:
        """Right-click on a row: plan there (on the clicked day), adjust the row's goal, or
        act on the clicked point."""
        tab = self.tab
        timeline = tab.timeline
        position = timeline.item_at(point)
        if position is not None:
            timeline.select(position)
        row_index = timeline.row_at(point.y())
        rows = timeline.rows()
        if row_index is None or not 0 <= row_index < len(rows):
            return None
        row = rows[row_index]
        near = timeline.date_at(point.x())
        menu = QMenu(tab)
        menu.addAction(translate("FollowUpTab", "Plan a follow-up meeting…"),
                       lambda: self.plan_meeting(row.employee_id, near))
        item = timeline.selected_item() if position is not None else None
        allowed = tab.item_actions() if item is not None else screen.ItemActions()
        goal_id = allowed.adjust_goal_id or screen.open_goal(row.goal_id)
        if goal_id is not None:
            menu.addAction(translate("FollowUpTab", "Adjust goal…"),
                           lambda: self.adjust_goal(goal_id))
        if item is not None and item.kind == MEETING:
            for text, enabled, action in (
                (translate("FollowUpTab", "Move meeting…"), allowed.move, self.move_meeting),
                (translate("FollowUpTab", "Cancel meeting…"), allowed.cancel,
                 self.cancel_meeting),
                (translate("FollowUpTab", "Correct the held meeting…") if allowed.correct
                 else translate("FollowUpTab", "Record meeting…"),
                 allowed.record or allowed.correct, tab.record_meeting),
                (translate("FollowUpTab", "Open conversation"), allowed.open_conversation,
                 tab.open_conversation),
            ):
                entry = menu.addAction(  # mypy cannot infer a lambda's default arguments
                    text, lambda act=action, it=item: act(it))  # type: ignore[misc]
                entry.setEnabled(enabled)
        return menu
