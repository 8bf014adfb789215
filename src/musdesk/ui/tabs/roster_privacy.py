"""The roster's privacy actions: "Data about this person…", "Erase…" for the selected
employee, and the "Due for review" list of the chosen organisation.

Kept apart from the roster tab (which only places the widgets): each action is one dialog
around a privacy service.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import documents_folder
from musdesk.ui.widgets.privacy_due_panel import DueReviewPanel

if TYPE_CHECKING:
    from musdesk.services.privacy_retention import DueReview
    from musdesk.ui.tabs.roster_tab import RosterTab


def inform(widget: QWidget, title: str, message: str) -> QMessageBox:
    """A message that does not block, on the window (it outlives a rebuilt tab)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=widget.window())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def reload_window(widget: QWidget) -> None:
    """An erasure changed what every tab shows: the window builds its tabs again."""
    window = widget.window()
    reload = getattr(window, "reload_content", None)
    if callable(reload):
        reload()


class RosterPrivacy(QObject):
    def __init__(self, tab: RosterTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.access_button = QPushButton(self.tr("Data about this person…"))
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(self.tr("Erase this person and everything about them, "
                                             "also from the backups"))
        self.due_panel = DueReviewPanel()
        self.access_button.clicked.connect(self.show_access)
        self.erase_button.clicked.connect(self.erase_selected)
        self.due_panel.erase_requested.connect(self.erase_due)
        self.due_panel.keep_requested.connect(self.keep_due)
        self.dialog: QWidget | None = None
        self.last_message = ""
        self._due_for: str | None = None  # the organisation whose due list is shown
        tab.roster_changed.connect(self.reload_due)  # e.g. someone marked as left

    # --- state ----------------------------------------------------------------------------
    def update(self, employee_id: str | None) -> None:
        """Called by the roster whenever its selection or organisation changed."""
        self.access_button.setEnabled(employee_id is not None)
        self.erase_button.setEnabled(employee_id is not None)
        if self.tab.controller.organisation_id != self._due_for:
            self.reload_due()

    def reload_due(self) -> None:
        from musdesk.services import privacy_retention

        org = self.tab.controller.organisation_id
        self._due_for = org
        try:
            items = privacy_retention.due_items(organisation_id=org) if org else []
        except MusdeskError as exc:
            show_error(self.tab, exc)
            items = []
        self.due_panel.set_items(items)

    # --- actions --------------------------------------------------------------------------
    def _employee(self) -> tuple[str, str] | None:
        employee_id = self.tab.selected_employee_id()
        employee = self.tab.model.find(employee_id) if employee_id else None
        if employee_id is None or employee is None:
            return None
        return employee_id, str(employee.get("full_name", ""))

    def show_access(self, employee: tuple[str, str] | None = None) -> None:
        from musdesk.ui.dialogs.privacy_access import AccessExportDialog

        chosen = employee or self._employee()
        if chosen is None:
            return
        dialog = AccessExportDialog(chosen[0], chosen[1], documents_folder() / "musdesk-access",
                                    self.tab)
        self.dialog = dialog
        dialog.open()

    def erase_selected(self) -> None:
        chosen = self._employee()
        if chosen is not None:
            self._erase("employee", chosen[0], chosen)

    def _erase(self, kind: str, ident: str, person: tuple[str, str] | None = None) -> None:
        from musdesk.ui.dialogs.privacy_erase import EraseDialog

        export = (lambda: self.show_access(person)) if person is not None else None
        try:
            dialog = EraseDialog(kind, ident, self.tab, export_first=export)
        except MusdeskError as exc:
            show_error(self.tab, exc)
            return
        dialog.erased.connect(self._erased)
        self.dialog = dialog
        dialog.open()

    def _erased(self, message: str) -> None:
        self.last_message = message
        inform(self.tab, self.tr("Erased"), message)
        reload_window(self.tab)
        if not self.tab.isHidden():  # the same tab, when the window did not rebuild it
            self.tab.reload_employees()
            self.reload_due()

    def erase_due(self, item: DueReview) -> None:
        if item.kind == "employee":
            self._erase("employee", item.ident, (item.ident, item.name))
        else:
            self._erase(item.kind, item.ident)

    def keep_due(self, item: DueReview) -> None:
        from musdesk.services import privacy_retention
        from musdesk.ui.dialogs.privacy_keep import KeepDialog

        dialog = KeepDialog(item.name, lambda why, months: privacy_retention.keep(
            item.kind, item.ident, why, months=months), self.tab)
        dialog.kept.connect(lambda _review: self.reload_due())
        self.dialog = dialog
        dialog.open()
