"""The parts of the screen walk (tests/ui/screen_walk.py) beyond the tabs and the main
dialogs: the unlock screen's variants, the small choosers and previews, every message box
(confirmations, information, errors, About), and the check that destructive buttons sit
apart.

Message boxes are caught where the program shows them: in the walk's process the
QMessageBox functions the program calls (question/information/warning/about, and exec/open
of a box it built) show the box, look at it, close it and answer No / Cancel, so that
nothing is changed. Each box is recorded with the function of musdesk.ui that showed it
("module:qualified name"); tests/ui/test_screen_fit.py compares those with every function
that shows one (read from the code).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFrame, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from musdesk.ui.main_window import MainWindow
    from musdesk.ui.session import Session
    from tests.ui.screen_walk import Walk


# --- destructive buttons sit apart ----------------------------------------------------------
def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _same_row(a: QRect, b: QRect) -> bool:
    return a.top() < b.bottom() and b.top() < a.bottom()


def apart_problems(window: QWidget, name: str) -> list[str]:
    """A button marked destructive (ui/widgets/apart.py) that shares its row with other
    buttons must come after a divider, with every other button of the row before it."""
    found = []
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    lines = [f for f in window.findChildren(QFrame)
             if f.frameShape() == QFrame.Shape.VLine and f.isVisibleTo(window)]
    for button in buttons:
        if not button.property("destructive"):
            continue
        where = _rect_in(window, button)
        others = [_rect_in(window, o) for o in buttons
                  if o is not button and not o.property("destructive")
                  and o.parentWidget() is button.parentWidget()
                  and _same_row(_rect_in(window, o), where)]
        if not others:
            continue  # alone in its row (e.g. beside the notice it answers)
        dividers = [_rect_in(window, line) for line in lines
                    if _same_row(_rect_in(window, line), where)
                    and _rect_in(window, line).right() < where.left()]
        if not dividers:
            found.append(f"{name}: {button.text()!r} sits among other buttons, not apart")
            continue
        divider = max(dividers, key=lambda r: r.left())
        if any(o.right() > divider.left() for o in others):
            found.append(f"{name}: {button.text()!r} has other buttons after its divider")
    return found


# --- message boxes ---------------------------------------------------------------------------
def showing_function() -> str:
    """The function of musdesk.ui that is showing a box: "module:qualified name"."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("musdesk.ui") and frame.f_code.co_name != "<lambda>":
            return f"{module}:{frame.f_code.co_qualname}"
        frame = frame.f_back
    return "?"


class MessageBoxes:
    """While installed, every message box the program shows is looked at and answered No."""

    def __init__(self, run: Walk) -> None:
        self.run = run
        self.seen: set[str] = set()
        self._saved: dict[str, Any] = {}

    def _look(self, box: QMessageBox, site: str) -> None:
        self.seen.add(site)
        self.run.walked.add(site)
        box.show()
        self.run.look(box, "message-" + site.rsplit(":", 1)[-1].replace("<locals>.", ""))
        box.hide()

    def install(self) -> None:
        watch = self

        def static(icon: QMessageBox.Icon, answer: QMessageBox.StandardButton):
            def show(parent, title, text, buttons=QMessageBox.StandardButton.Ok, *_a, **_k):
                box = QMessageBox(icon, title, text, buttons, parent)
                watch._look(box, showing_function())
                box.deleteLater()
                return answer
            return staticmethod(show)

        no, ok = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Ok
        replacements = {
            "question": static(QMessageBox.Icon.Question, no),
            "information": static(QMessageBox.Icon.Information, ok),
            "warning": static(QMessageBox.Icon.Warning, ok),
            "critical": static(QMessageBox.Icon.Critical, ok),
            "about": staticmethod(lambda parent, title, text: watch._look(
                QMessageBox(QMessageBox.Icon.NoIcon, title, text, ok, parent),
                showing_function())),
        }

        def exec_(box: QMessageBox) -> int:
            watch._look(box, showing_function())
            return int(QMessageBox.StandardButton.Cancel.value)

        def open_(box: QMessageBox) -> None:
            watch._look(box, showing_function())
            box.done(int(QMessageBox.StandardButton.Cancel.value))

        replacements["exec"] = exec_
        replacements["open"] = open_
        for name, value in replacements.items():
            self._saved[name] = QMessageBox.__dict__.get(name)
            setattr(QMessageBox, name, value)

    def uninstall(self) -> None:
        for name, value in self._saved.items():
            if value is None:
                delattr(QMessageBox, name)
            else:
                setattr(QMessageBox, name, value)


def wait_for(run: Walk, done: Callable[[], bool], seconds: float = 60) -> None:
    from tests.ui.screen_walk import settle

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        settle(run.app, 0.05)


def message_boxes(run: Walk, window: MainWindow, session: Session, tmp: Path) -> None:
    """Make the program show each of its message boxes (answered No: nothing changes)."""
    from musdesk.errors import MusdeskError
    from musdesk.services import roster, rounds
    from musdesk.ui.dialogs.about import show_about
    from musdesk.ui.dialogs.backups import BackupsDialog
    from musdesk.ui.dialogs.document_preview import make_round_documents
    from musdesk.ui.dialogs.invitation_export import save_invitation, save_round_invitations
    from musdesk.ui.errors import show_error, show_notice
    from musdesk.ui.tabs.roster_privacy import inform
    from musdesk.ui.unsaved_edit import ask_about_unsaved_edit
    from musdesk.ui.widgets.demo_banner import confirm_quit_demo

    boxes = MessageBoxes(run)
    boxes.install()
    try:
        show_error(window, MusdeskError("The file could not be read: it is not a roster "
                                        "(no column holds first names)."))
        show_about(window)
        confirm_quit_demo(window)
        # What an open did (ui/errors.show_notice, e.g. an interrupted key rotation undone).
        show_notice(window, "The change of passphrase was interrupted and has been undone: "
                    "the workspace opens with the old passphrase.")
        # Quit or lock while an edit the workspace refused still waits (issue 14).
        for quitting in (True, False):
            ask_about_unsaved_edit(window, "The disk is full. Nothing was changed.",
                                   quitting=quitting)
        inform(window, "Erased", "Anna Berg and everything about her were erased, also from "
               "the 3 backups.")
        window.packages._exported(SimpleNamespace(records=1284,
                                                  path=tmp / "musdesk-2026-12-01.musdesk"))
        # The conversation tab: remove an agreement, a goal, a scan (each asks first).
        window.tabs.setCurrentIndex(2)
        wait_for(run, lambda: window.page("conversation") is not None, 10)
        conversation = window.page("conversation")
        agreement = SimpleNamespace(values=lambda: {"text": "Mette books the first-aid "
                                                    "course before the end of March"},
                                    agreement_id=None)
        conversation.edits._remove_agreement(agreement)
        goal = SimpleNamespace(title=SimpleNamespace(text=lambda: "Lead team meetings with "
                                                     "a clear agenda"),
                               sub_goal_rows=[1, 2], activity_rows=[1], goal_id=None)
        conversation.edits._remove_goal(goal)
        conversation.paper.remove_scan("no-scan", confirm=True)
        window.tabs.setCurrentIndex(0)
        # The wheel's People page: cancel the leavers' conversations.
        org_id = roster.list_organisations()[0]["id"]
        round_id = rounds.list_rounds(org_id)[0]["id"]
        wheel = window.page("wheel")
        if wheel is not None:
            notice = wheel.people_panel.leavers_notice  # also above the progress matrix
            notice.set_round(round_id)
            notice._names = ["Ole Hansen", "Kari Nordmann"]
            notice.cancel_for_leavers()
        # The follow-up tab: cancel a planned meeting.
        window.tabs.setCurrentIndex(3)
        wait_for(run, lambda: window.page("follow_up") is not None, 10)
        followup = window.page("follow_up")
        wait_for(run, lambda: bool(followup._data.items), 20)
        meeting = next((i for i in followup._data.items
                        if i.kind == "meeting" and i.status == "planned"), None)
        if meeting is not None:
            followup.cancel_meeting(meeting)
        window.tabs.setCurrentIndex(0)
        # Question sets: removing a section asks, naming it.
        from musdesk.ui.dialogs.template_editor import TemplateEditorDialog

        editor = TemplateEditorDialog(window)
        editor.show()
        editor.sets.setCurrentRow(0)
        wait_for(run, lambda: editor.tree.topLevelItemCount() > 0, 10)
        editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
        editor.remove_selected()
        editor.done(QDialog.DialogCode.Rejected)
        # Backups: restore asks (No), and a restore done says how to undo it.
        workspace = session.workspace
        assert workspace is not None
        backups = BackupsDialog(workspace.list_backups, lambda: None, window,
                                restore=lambda path: True)
        backups.show()
        if backups.table.rowCount():
            backups.table.selectRow(0)
            backups.confirm_restore()
            chosen = backups.chosen_backup()
            if chosen is not None:
                backups.restore_chosen(chosen)
        backups.done(QDialog.DialogCode.Rejected)
        # Invitations and documents written to a folder say where they went.
        from musdesk.models import Conversation

        scheduled = (Conversation.select().where(Conversation.scheduled_start.is_null(False))
                     .first())
        if scheduled is not None:
            save_invitation(window, str(scheduled.id), tmp / "invitations")
        site = "musdesk.ui.dialogs.invitation_export:save_round_invitations.<locals>.on_success"
        save_round_invitations(window, round_id, tmp / "invitations")
        wait_for(run, lambda: site in boxes.seen)
        site = "musdesk.ui.dialogs.document_preview:make_round_documents.<locals>.on_success"
        (tmp / "documents").mkdir(exist_ok=True)
        make_round_documents(window, "invitation", round_id, tmp / "documents")
        wait_for(run, lambda: site in boxes.seen)
        # Printing the summaries of a round where nothing was held yet says so.
        from musdesk.ui.dialogs.print_stack import print_round_stack

        today = dt.date.today()
        fresh = rounds.plan_round(org_id, "Walk", today, today + dt.timedelta(days=200))
        site = "musdesk.ui.dialogs.print_stack:print_round_stack.<locals>.on_success"
        print_round_stack(window, "summary", fresh["id"])
        wait_for(run, lambda: site in boxes.seen)
        # A passphrase changed (the dialog itself is walked; here it says it was done).
        from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog

        ChangePassphraseDialog.exec = lambda self: 1  # type: ignore[method-assign]
        try:
            window.actions_.change_passphrase()
        finally:
            del ChangePassphraseDialog.exec
    finally:
        boxes.uninstall()


# --- the unlock screen ----------------------------------------------------------------------
def unlock_screens(run: Walk, window: MainWindow, session: Session, tmp: Path) -> None:
    """Unlock, a wrong passphrase, the recovery key, locked while working, unlocking."""
    from musdesk.storage import KdfParams, Workspace
    from musdesk.ui.session import SessionState

    folder = tmp / "Fjordby Kommune 2026"
    workspace, _key = Workspace.create(folder, "a long enough passphrase for the walk",
                                       kdf=KdfParams.cheap())
    workspace.lock()
    session.choose(folder, remember=False)
    screen = window.unlock_screen
    run.look(window, "unlock")
    screen.secret.setText("not the passphrase")
    screen.unlock_button.click()
    wait_for(run, lambda: session.state is SessionState.LOCKED and screen.message.isVisible())
    run.look(window, "unlock-wrong-passphrase")
    screen.use_recovery.setChecked(True)
    run.look(window, "unlock-recovery-key")
    screen.prepare(folder, locked_while_working=True)
    run.look(window, "unlock-locked-while-working")
    screen.set_busy(True)
    run.look(window, "unlock-busy")
    screen.set_busy(False)
    run.walked.add("musdesk.ui.screens.unlock.UnlockScreen")
    session.forget()
    run.look(window, "welcome-again")
    window.welcome.set_busy("Preparing the workspace… this takes a moment.")
    run.look(window, "welcome-busy")
    window.welcome.set_busy(None)


# --- the small choosers and previews ---------------------------------------------------------
def small_dialogs(run: Walk, window: MainWindow, tmp: Path,
                  pdf: Callable[[], bytes]) -> list[tuple[str, Callable[[], QDialog]]]:
    from musdesk.services import roster, round_changes, rounds
    from musdesk.services.followup_inputs import GoalChoice
    from musdesk.services.followup_screen import PlanChoices
    from musdesk.services.goal_adjustment import GoalSettings
    from musdesk.ui.dialogs.certificate_dialog import CertificateDialog
    from musdesk.ui.dialogs.followup_adjust_goal import AdjustGoalDialog
    from musdesk.ui.dialogs.followup_plan import MoveMeetingDialog, PlanMeetingDialog
    from musdesk.ui.dialogs.print_stack import StackPreviewDialog
    from musdesk.ui.dialogs.round_changes import EditRoundDialog, PersonDialog
    from musdesk.ui.package_actions import ConflictReportDialog
    from musdesk.ui.tabs.conversation_paper import ScanImageDialog

    org_id = roster.list_organisations()[0]["id"]
    round_id = rounds.list_rounds(org_id)[0]["id"]
    today = dt.date.today()
    goals = [GoalChoice(f"g{n}", title, 40, today + dt.timedelta(days=30 * n))
             for n, title in enumerate(("Lede teammøder med en klar dagsorden og opfølgning",
                                        "Førstehjælpskursus inden udgangen af marts",
                                        "Overtage vagtplanlægningen for afdelingen"))]
    choices = PlanChoices("e1", "Mette Kjærgaard-Andersen", goals,
                          today + dt.timedelta(days=1), dt.time(8, 30))
    people = round_changes.people_to_add(round_id) or [
        round_changes.Person("p1", "Ole Hansen")]
    leaders = round_changes.leaders(round_id)
    report = "\n".join(f"Conflict {n}: employee e{n} changed in both workspaces; the newer "
                       "value was kept." for n in range(40))
    scan = QPixmap(1200, 1700)
    scan.fill()
    return [
        ("plan-meeting", lambda: PlanMeetingDialog(choices, day_off=lambda d: None,
                                                   parent=window)),
        ("adjust-goal", lambda: AdjustGoalDialog(GoalSettings(
            "g1", "Mette Kjærgaard-Andersen", goals[0].title, "monthly", None, today,
            today + dt.timedelta(days=180), "in_progress", True), today, parent=window)),
        ("move-meeting", lambda: MoveMeetingDialog("m1", "Mette Kjærgaard-Andersen – planned",
                                                   today, dt.time(9, 0), parent=window)),
        ("person-add", lambda: PersonDialog(
            "Add a person", "A new hire, or someone back from leave, joins the round. A time "
            "is proposed at once; it can be moved in the conversation form.", people, "Add",
            window)),
        ("person-leader", lambda: PersonDialog(
            "Change leader", "Who holds Anna Berg's conversation in this round (the roster "
            "is not changed)?", leaders, "Change", window)),
        ("person-nobody", lambda: PersonDialog("Add a person", "Nobody can be added.", [],
                                               "Add", window)),
        ("edit-round", lambda: EditRoundDialog(round_changes.round_edit(round_id), window)),
        ("stack-preview", lambda: StackPreviewDialog(
            [("Anna Berg", pdf()), ("Ole Hansen", pdf())], "Summaries", window)),
        ("certificate", lambda: CertificateDialog(window)),
        ("conflict-report", lambda: ConflictReportDialog(
            "120 records added, 14 updated, 40 conflicts.", report, window)),
        ("scan-image", lambda: ScanImageDialog(scan, "scan-anna-berg.png", window)),
    ]


def wizard_pages(run: Walk, window: MainWindow) -> None:
    """Each page of the round wizard (the first one is in the dialog list)."""
    from musdesk.services import roster
    from musdesk.ui.dialogs.round_wizard import RoundWizard

    org_id = roster.list_organisations()[0]["id"]
    wizard = RoundWizard(org_id, window)
    wizard.show()
    seen = {wizard.currentId()}
    for _ in range(6):
        page = wizard.currentPage()
        run.walked.add(f"{type(page).__module__}.{type(page).__qualname__}")
        run.look(wizard, f"round-wizard-page-{wizard.currentId()}")
        if not page.isComplete():
            break
        wizard.next()
        if wizard.currentId() in seen:
            break
        seen.add(wizard.currentId())
    wizard.done(QDialog.DialogCode.Rejected)
    wizard.deleteLater()
