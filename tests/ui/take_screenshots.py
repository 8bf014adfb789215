"""Screenshots of every screen and dialog, to look at (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.take_screenshots [/tmp/shots] [da]

Main-window screens at 1366×768 and 1920×1080; dialogs at their own size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from musdesk.storage import KdfParams
from musdesk.ui.i18n import install_language
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings

SIZES = ((1366, 768), (1920, 1080))
PASSPHRASE = "screenshot passphrase"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_for(app: QApplication, session: Session) -> None:
    import time

    deadline = time.monotonic() + 20
    while session.state is SessionState.BUSY and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def shoot(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))


def shoot_window(window: MainWindow, out: Path, name: str, app: QApplication) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        shoot(window, out, f"{name}-{width}x{height}", app)


def fill_roster(organisation_name: str) -> None:
    from musdesk.services import roster

    org = roster.create_organisation(organisation_name)
    top = roster.create_department(org["id"], "Administration")
    care = roster.create_department(org["id"], "Hjemmeplejen")
    north = roster.create_department(org["id"], "Distrikt Nord", parent_id=care["id"])
    roster.create_department(org["id"], "Distrikt Syd", parent_id=care["id"])
    boss = roster.create_employee(org["id"], "Mette", "Kjærgaard", job_title="Direktør",
                                  department_id=top["id"], email="mk@fjordby.dk")
    lead = roster.create_employee(org["id"], "Anders", "Lund", job_title="Distriktsleder",
                                  department_id=north["id"], leader_id=boss["id"])
    names = [("Karen", "Holm", "Social- og sundhedsassistent"), ("Ole", "Berg", "Sygeplejerske"),
             ("Sofie", "Nielsen", "Social- og sundhedshjælper"), ("Jonas", "Østergaard",
             "Ergoterapeut"), ("Emma", "Andersen", "Sygeplejerske"), ("Mikkel", "Dahl",
             "Social- og sundhedsassistent"), ("Ida", "Brandt", "Fysioterapeut")]
    import datetime as dt

    for index, (first, last, title) in enumerate(names):
        roster.create_employee(
            org["id"], first, last, job_title=title, department_id=north["id"],
            leader_id=lead["id"], email=f"{first.lower()}@fjordby.dk",
            start_date=dt.date(2015 + index, 1 + index, 1))
    roster.add_strategic_goal(org["id"], "Flere borgere klarer sig selv længere")
    roster.add_strategic_goal(org["id"], "Kortere ventetid på hjælp", department_id=care["id"])


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "/tmp/shots")
    language = argv[1] if len(argv) > 1 else "en"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["MUSDESK_SETTINGS_FILE"] = str(tmp / "settings.ini")
    app = QApplication.instance() or QApplication([])
    translators = install_language(app, language)
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(settings, kdf=KdfParams.cheap())
    window = MainWindow(session, settings)
    window.show()
    shoot_window(window, out, "01-welcome", app)

    from musdesk.ui.dialogs.create_workspace import CreateWorkspaceDialog

    create = CreateWorkspaceDialog(tmp / "workspace")
    create.passphrase.first.setText("blue kettle")
    create.passphrase.second.setText("blue")
    create.show()
    shoot(create, out, "02-create-dialog", app)

    from musdesk.ui.dialogs.recovery_key import RecoveryKeyDialog

    RecoveryKeyDialog.exec = lambda self: QDialog.DialogCode.Accepted  # shot separately below
    session.create(tmp / "workspace", PASSPHRASE)
    wait_for(app, session)

    recovery = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", tmp / "workspace")
    recovery.show()
    shoot(recovery, out, "03-recovery-key", app)
    shoot_window(window, out, "04-roster-no-organisation", app)
    fill_roster("Fjordby Kommune")
    window.lock()
    settle(app)
    shoot_window(window, out, "05-unlock-after-lock", app)
    window.unlock_screen.secret.setText("wrong")
    window.unlock_screen.unlock_button.click()
    wait_for(app, session)
    shoot_window(window, out, "06-unlock-wrong-passphrase", app)
    window.unlock_screen.use_recovery.setChecked(True)
    shoot_window(window, out, "06b-unlock-recovery-key", app)
    window.unlock_screen.set_busy(True)
    shoot_window(window, out, "06c-unlock-busy", app)
    window.unlock_screen.set_busy(False)
    window.unlock_screen.use_recovery.setChecked(False)
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    wait_for(app, session)
    shoot_window(window, out, "07-roster", app)
    tab = window._pages["roster"]
    tab.filter.setText("syg")
    shoot_window(window, out, "08-roster-filtered", app)
    tab.filter.setText("zzz")
    shoot_window(window, out, "09-roster-filter-no-match", app)
    tab.filter.clear()
    assert window.tabs is not None
    for index, name in ((1, "10-wheel"), (2, "11-conversation"), (3, "12-follow-up")):
        window.tabs.setCurrentIndex(index)
        shoot_window(window, out, name, app)
    window.tabs.setCurrentIndex(0)

    from musdesk.ui.dialogs.backups import BackupsDialog
    from musdesk.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from musdesk.ui.dialogs.department_dialog import DepartmentDialog
    from musdesk.ui.dialogs.employee_dialog import EmployeeDialog
    from musdesk.ui.dialogs.mark_left_dialog import MarkLeftDialog
    from musdesk.ui.dialogs.organisation_dialog import OrganisationDialog
    from musdesk.ui.dialogs.settings_dialog import SettingsDialog
    from musdesk.ui.dialogs.strategic_goal_dialog import StrategicGoalDialog
    from musdesk.ui.dialogs.unexpected_error import UnexpectedErrorDialog

    controller = tab.controller
    employee = controller.employees()[2]
    dialogs: list[tuple[str, QDialog]] = [
        ("20-settings", SettingsDialog(settings)),
        ("21-backups", BackupsDialog(session.workspace.list_backups, lambda: None)),
        ("22-change-passphrase", ChangePassphraseDialog(session)),
        ("23-employee-new", EmployeeDialog(lambda v: v, controller.department_choices(),
                                           controller.leader_choices())),
        ("24-employee-edit", EmployeeDialog(lambda v: v, controller.department_choices(),
                                            controller.leader_choices(employee["id"]),
                                            employee)),
        ("25-department", DepartmentDialog(lambda n, p: None, controller.department_choices())),
        ("26-strategic-goal", StrategicGoalDialog(lambda t, d: None, "Fjordby Kommune")),
        ("27-organisation", OrganisationDialog(lambda n, lang, country: None)),
        ("28-mark-left", MarkLeftDialog(employee["full_name"], lambda d: None)),
        ("29-unexpected-error", UnexpectedErrorDialog(
            "musdesk 0.1.0, Python 3.11\nValueError\n  File \"musdesk/ui/x.py\", line 1, in f",
            tmp / "musdesk-errors.log")),
    ]
    for name, dialog in dialogs:
        dialog.show()
        shoot(dialog, out, name, app)
        dialog.close()
    from musdesk.ui.dialogs.about import about_text

    box = QMessageBox(QMessageBox.Icon.Information, "About", about_text())
    box.show()
    shoot(box, out, "30-about", app)
    box.close()
    session.close()
    del translators
    print(f"screenshots in {out} ({QLocale().name()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
