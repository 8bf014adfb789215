"""Walk every tab and dialog on a screen of a given size and report what does not fit.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screen_walk da [shots]

Run by tests/ui/test_screen_fit.py in a child process whose offscreen screen is 1366×768
(a QApplication's screen cannot change once it runs). Prints one JSON object: the screen,
and the problems found: a window (frame included) outside the available screen, or a label
or button whose text is cut without a tooltip giving the whole text. With a folder as the
second argument it also saves a screenshot of every step there (to look at).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QTabWidget,
    QWidget,
)

from musdesk.storage import KdfParams
from musdesk.ui.i18n import install_language
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings


def settle(app: QApplication, seconds: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= deadline:
            return
        time.sleep(0.005)


def _cut(widget: QWidget) -> str | None:
    """The text of a label or button that is shown cut and has no tooltip; else None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.wordWrap():
            return None
        if widget.textFormat().name == "RichText" or ("<" in text and ">" in text):
            needed = widget.minimumSizeHint().width()
        else:
            if widget.buddy() is not None:  # "&Name:" shows "Name:" (the & marks the key)
                text = re.sub(r"&(.)", r"\1", text)
            metrics = widget.fontMetrics()
            needed = max(metrics.horizontalAdvance(line) for line in text.splitlines()) \
                + 2 * widget.margin() + 2 * widget.frameWidth()
    elif isinstance(widget, QAbstractButton):
        text = widget.text()
        if not text:
            return None
        needed = widget.sizeHint().width()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        # The chosen item's text must show whole (a combo box cuts it without "…"). Its size
        # hint is the widest item (or the minimum contents length) plus the arrow and frame.
        text = widget.currentText()
        if not text:
            return None
        metrics = widget.fontMetrics()
        widest = max([metrics.horizontalAdvance(widget.itemText(i))
                      for i in range(widget.count())]
                     + [metrics.horizontalAdvance("X" * widget.minimumContentsLength())])
        needed = widget.sizeHint().width() - widest + metrics.horizontalAdvance(text)
    else:
        return None
    if widget.width() + 2 < needed and not widget.toolTip():
        return text
    return None


def problems_of(window: QWidget, name: str) -> list[str]:
    found = []
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    if not room.contains(frame):
        found.append(f"{name}: window {frame.width()}×{frame.height()} at "
                     f"({frame.x()},{frame.y()}) is not inside the screen "
                     f"{room.width()}×{room.height()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        text = _cut(widget)
        if text is not None:
            kind = type(widget).__name__
            found.append(f"{name}: {kind} {text[:60]!r} is cut ({widget.width()} px) "
                         f"without a tooltip")
    return found


class Walk:
    def __init__(self, app: QApplication, shots: Path | None) -> None:
        self.app = app
        self.shots = shots
        self.problems: list[str] = []
        self.count = 0
        # What was looked at: "module.Class" of each window, and "module:function" of each
        # function that showed a message box (tests/ui/test_screen_fit.py checks them).
        self.walked: set[str] = set()

    def look(self, window: QWidget, name: str) -> None:
        from tests.ui.screen_walk_more import apart_problems

        settle(self.app)
        self.count += 1
        kind = type(window)
        if kind.__module__.startswith("musdesk."):
            self.walked.add(f"{kind.__module__}.{kind.__qualname__}")
        self.problems += problems_of(window, name)
        self.problems += apart_problems(window, name)
        if self.shots is not None:
            window.grab().save(str(self.shots / f"{self.count:03d}-{name}.png"))

    def dialog(self, name: str, make: Callable[[], QDialog]) -> None:
        dialog = make()
        dialog.show()
        self.look(dialog, name)
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        settle(self.app)


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawString(72, 760, "musdesk")
    page.showPage()
    page.save()
    return out.getvalue()


def walk(language: str, shots: Path | None) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp())
    os.environ["MUSDESK_SETTINGS_FILE"] = str(tmp / "settings.ini")
    app = QApplication.instance() or QApplication([])
    translators = install_language(app, language)
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(settings, kdf=KdfParams.cheap())
    window = MainWindow(session, settings)
    window.show()
    room = window.screen().availableGeometry()
    settle(app)
    frame, inner = window.frameGeometry(), window.geometry()
    # What a maximised window gets: the screen less the window manager's frame.
    window.resize(room.width() - (frame.width() - inner.width()),
                  room.height() - (frame.height() - inner.height()))
    window.move(room.topLeft())
    run = Walk(app, shots)
    run.look(window, "welcome")
    run.walked.add("musdesk.ui.screens.welcome.WelcomeScreen")
    from tests.ui.screen_walk_more import message_boxes, small_dialogs, unlock_screens, wizard_pages

    unlock_screens(run, window, session, tmp)

    from musdesk.ui.demo import build_demo_workspace

    session.open_prepared(build_demo_workspace)
    deadline = time.monotonic() + 120
    while session.state is not SessionState.OPEN and time.monotonic() < deadline:
        settle(app, 0.05)
    assert window.tabs is not None
    for index, key in enumerate(("roster", "wheel", "conversation", "follow_up")):
        window.tabs.setCurrentIndex(index)
        settle(app, 0.3)
        run.look(window, f"tab-{key}")
        page = window.page(key)
        for inner in page.findChildren(QTabWidget) if page is not None else []:
            for sub in range(1, inner.count()):  # the first page was looked at already
                inner.setCurrentIndex(sub)
                settle(app, 0.2)
                run.look(window, f"tab-{key}-{sub}")
            inner.setCurrentIndex(0)
    window.tabs.setCurrentIndex(0)
    _dialogs(run, window, session, settings, tmp)
    for name, make in small_dialogs(run, window, tmp, _pdf):
        run.dialog(name, make)
    wizard_pages(run, window)
    message_boxes(run, window, session, tmp)
    session.close()
    del translators
    return {"screen": [room.width(), room.height()], "looked_at": run.count,
            "problems": run.problems, "walked": sorted(run.walked)}


def _dialogs(run: Walk, window: MainWindow, session: Session, settings: AppSettings,
             tmp: Path) -> None:
    from musdesk.services import roster
    from musdesk.services.followup_inputs import GoalChoice
    from musdesk.ui.dialogs.backups import BackupsDialog
    from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from musdesk.ui.dialogs.conversation_workflow import ReasonDialog, SignDialog
    from musdesk.ui.dialogs.create_workspace import CreateWorkspaceDialog
    from musdesk.ui.dialogs.department_dialog import DepartmentDialog
    from musdesk.ui.dialogs.document_preview import DocumentPreviewDialog
    from musdesk.ui.dialogs.employee_dialog import EmployeeDialog
    from musdesk.ui.dialogs.followup_evaluation import EvaluationDialog
    from musdesk.ui.dialogs.followup_meeting import MeetingDialog
    from musdesk.ui.dialogs.followup_recognition import RecognitionDialog
    from musdesk.ui.dialogs.help_dialog import HelpDialog, ShortcutsDialog
    from musdesk.ui.dialogs.mark_left_dialog import MarkLeftDialog
    from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog
    from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog
    from musdesk.ui.dialogs.roster_import_dialog import RosterImportDialog
    from musdesk.ui.dialogs.round_wizard import RoundWizard
    from musdesk.ui.dialogs.settings_dialog import SettingsDialog
    from musdesk.ui.dialogs.strategic_goal_dialog import StrategicGoalDialog
    from musdesk.ui.dialogs.unexpected_error import UnexpectedErrorDialog
    from musdesk.ui.dialogs.verify_dialog import VerifyDialog

    tab = window.page("roster")
    controller = tab.controller  # type: ignore[union-attr]
    employee = controller.employees()[0]
    org_id = roster.list_organisations()[0]["id"]
    goals = [GoalChoice("g1", "Lede teammøder med en klar dagsorden og opfølgning", 40,
                        dt.date.today())]
    today = dt.date.today()
    workspace = session.workspace
    assert workspace is not None
    made: list[tuple[str, Callable[[], QDialog]]] = [
        ("create-workspace", lambda: CreateWorkspaceDialog(tmp / "new", window)),
        ("recovery-key", lambda: RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
                                                   tmp / "new", window)),
        ("settings", lambda: SettingsDialog(settings, window)),
        ("backups", lambda: BackupsDialog(workspace.list_backups, lambda: None, window,
                                          restore=lambda path: None)),
        ("change-passphrase", lambda: ChangePassphraseDialog(session, window)),
        ("organisation", lambda: OrganisationDialog(lambda *a: None, parent=window)),
        ("department", lambda: DepartmentDialog(lambda *a: None,
                                                controller.department_choices(), parent=window)),
        ("employee", lambda: EmployeeDialog(lambda v: v, controller.department_choices(),
                                            controller.leader_choices(employee["id"]),
                                            employee, parent=window)),
        ("strategic-goal", lambda: StrategicGoalDialog(lambda *a: None, "Fjordby Kommune",
                                                       parent=window)),
        ("mark-left", lambda: MarkLeftDialog(employee["full_name"], lambda d: None,
                                             parent=window)),
        ("roster-import", lambda: RosterImportDialog(window, organisation_id=org_id)),
        ("round-wizard", lambda: RoundWizard(org_id, window)),
        ("sign", lambda: SignDialog("Anna Berg", "Mette Kjærgaard", today, window)),
        ("reason", lambda: ReasonDialog("Amend", "Why is the signed summary changed?", True,
                                        window)),
        ("document-preview", lambda: DocumentPreviewDialog(_pdf(), "Summary", "summary.pdf",
                                                           window)),
        ("verify", lambda: VerifyDialog(window)),
        ("meeting", lambda: MeetingDialog("m1", "Anna Berg – planned", goals, today,
                                          parent=window)),
        ("evaluation", lambda: EvaluationDialog(goals[0], "Anna Berg", today, parent=window)),
        ("recognition", lambda: RecognitionDialog("e1", "Anna Berg", goals, today,
                                                  parent=window)),
        ("help", lambda: HelpDialog(window)),
        ("shortcuts", lambda: ShortcutsDialog(window.actions(), window)),
        ("unexpected-error", lambda: UnexpectedErrorDialog(
            "musdesk 0.1\nValueError\n  File \"x.py\", line 1", tmp / "errors.log", window)),
    ]
    from musdesk.services import rounds
    from musdesk.ui.dialogs.grus_dialog import GroupConversationDialog
    from musdesk.ui.dialogs.package_export_dialog import PackageExportDialog
    from musdesk.ui.dialogs.package_import_dialog import PackageImportDialog
    from musdesk.ui.dialogs.privacy_access import AccessExportDialog
    from musdesk.ui.dialogs.privacy_dialog import PrivacyDialog
    from musdesk.ui.dialogs.privacy_erase import EraseDialog
    from musdesk.ui.dialogs.privacy_keep import KeepDialog
    from musdesk.ui.dialogs.privacy_log import ActivityLogDialog
    from musdesk.ui.dialogs.template_editor import TemplateEditorDialog

    round_id = rounds.list_rounds(org_id)[0]["id"]
    department = roster.department_tree(org_id)[0]
    organisations = [(o["id"], o["name"]) for o in roster.list_organisations()]
    made += [
        ("group-conversation", lambda: GroupConversationDialog(round_id, department, None,
                                                  ["Fornøjede kunder"], window)),
        ("question-sets", lambda: TemplateEditorDialog(window)),
        ("package-export", lambda: PackageExportDialog("w", organisations, tmp, window)),
        ("package-import", lambda: PackageImportDialog(workspace_open=True, default_folder=tmp,
                                                       parent=window)),
        ("privacy", lambda: PrivacyDialog(window)),
        ("privacy-access", lambda: AccessExportDialog(employee["id"], employee["full_name"],
                                                      tmp, window)),
        ("privacy-erase", lambda: EraseDialog("employee", employee["id"], window)),
        ("privacy-keep", lambda: KeepDialog(employee["full_name"], lambda *a: None, window)),
        ("activity-log", lambda: ActivityLogDialog(window)),
    ]
    for name, make in made:
        run.dialog(name, make)


def main(argv: list[str]) -> int:
    language = argv[0] if argv else "en"
    shots = Path(argv[1]) if len(argv) > 1 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    result = walk(language, shots)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
