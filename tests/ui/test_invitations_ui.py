"""Invitations (.ics request + PDF) saved from the wheel tab (selected conversation, whole
round on a worker) and from the conversation tab, on a workspace made from scratch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox

from musdesk.models import Conversation
from musdesk.services import conversations, roster, rounds
from musdesk.ui.dialogs.invitation_export import wheel_invitations
from musdesk.ui.tabs.conversation_tab import ConversationTab
from musdesk.ui.tabs.wheel_tab import WheelTab

TODAY = dt.date(2027, 3, 1)


def _world(workspace) -> tuple[str, str]:  # noqa: ANN001
    org = roster.create_organisation("Fjordby", language="da")
    leader = roster.create_employee(org["id"], "Lone", "Leder", email="lone@fjordby.dk")
    member = roster.create_employee(org["id"], "Åse", "Bæk", email="aase@fjordby.dk",
                                    leader_id=leader["id"])
    planned = rounds.plan_round(org["id"], "MUS 2027", "2027-01-04", "2027-12-17",
                                propose_times=False)
    conv = Conversation.get((Conversation.round == planned["id"])
                            & (Conversation.employee == member["id"]))
    conversations.schedule(str(conv.id), dt.datetime(2027, 4, 6, 10), place="Rum 1")
    return planned["id"], str(conv.id)


def test_wheel_and_conversation_tabs_save_invitations(qtbot, workspace, tmp_path: Path,
                                                      monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    round_id, conversation_id = _world(workspace)
    wheel = WheelTab(today=lambda: TODAY)
    qtbot.addWidget(wheel)
    wheel.show_item({"round_id": round_id})
    row = next(r for r in range(wheel.matrix.model().rowCount())
               if "Åse" in str(wheel.matrix.model().index(r, 0).data()))
    wheel.matrix.setCurrentIndex(wheel.matrix.model().index(row, 0))
    written = wheel_invitations(wheel, tmp_path / "one", selected=True)
    assert [p.suffix for p in written] == [".ics", ".pdf"]
    request = Calendar.from_ical(written[0].read_bytes())
    assert str(request["method"]) == "REQUEST"
    assert str(request.walk("VEVENT")[0]["attendee"]) == "mailto:aase@fjordby.dk"

    wheel_invitations(wheel, tmp_path / "round")
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert sorted(p.suffix for p in (tmp_path / "round").iterdir()) == [".ics", ".pdf"]
    assert "Lone Leder" in told[1]  # her own conversation has no time yet: named, skipped

    talk = ConversationTab(today=lambda: TODAY)
    qtbot.addWidget(talk)
    talk.show_item({"conversation_id": conversation_id})
    saved = talk.save_invitation(tmp_path / "from-conversation")
    assert saved is not None and saved[0].name.endswith(".ics")
