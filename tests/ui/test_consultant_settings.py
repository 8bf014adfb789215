"""Settings… takes the consultant's own name and firm while a workspace is open; they are
stored in the workspace and sign the invitation of an employee without a leader."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from musdesk.documents import by_id
from musdesk.services import roster, rounds, templates
from musdesk.services.consultant import Consultant, consultant
from musdesk.ui.dialogs.settings_dialog import SettingsDialog
from musdesk.ui.main_window import MainWindow
from tests.ui.test_main_window import save_log, unlock, window  # noqa: F401 (fixtures)
from tests.unit.documents.pdfcheck import squashed, text_of


def test_settings_store_the_consultant_who_signs_leaderless_invitations(
    qtbot, window: MainWindow, existing_workspace, monkeypatch  # noqa: F811
) -> None:
    seen: list[bool] = []

    def fill_in(dialog: SettingsDialog) -> int:
        seen.append(dialog.consultant_box.isVisibleTo(dialog))
        if seen[-1]:
            dialog.consultant_name.clear()
            qtbot.keyClicks(dialog.consultant_name, "Maja Holm")
            qtbot.keyClicks(dialog.consultant_firm, "Holm HR ApS")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    window.settings_action.trigger()  # no workspace open: only this machine's settings
    assert seen == [False]
    window.session.choose(existing_workspace[0])
    unlock(qtbot, window)
    window.settings_action.trigger()
    assert seen == [False, True]
    assert consultant() == Consultant("Maja Holm", "Holm HR ApS")

    # a leader-less employee's invitation is signed by the consultant by name
    org = roster.create_organisation("Fjordby Kommune", language="da")
    roster.create_employee(org["id"], "Karin", "Bøgh", job_title="Direktør")
    template = templates.install_default_template("da")
    planned = rounds.plan_round(org["id"], "MUS 2026", dt.date(2026, 9, 1),
                                dt.date(2027, 8, 31), template_id=template["id"])
    ref = by_id.find_conversation(planned["id"], "Karin Bøgh")
    text = squashed(text_of(by_id.conversation_document("invitation", ref.id).pdf))
    assert squashed("Maja Holm") in text and squashed("HR-konsulent, Holm HR ApS") in text

    # opened again, the dialog shows what is stored
    shown: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: shown.append(
        dialog.consultant_name.text()) or QDialog.DialogCode.Rejected)
    window.settings_action.trigger()
    assert shown == ["Maja Holm"]
