"""The consultant's own name and firm: stored in the workspace, signing the invitation of an
employee who has no leader (instead of "the HR consultant")."""

from __future__ import annotations

from pathlib import Path

import pytest

from musdesk.documents import batch
from musdesk.errors import InvalidValue
from musdesk.models import Conversation, Employee
from musdesk.services.consultant import Consultant, consultant, set_consultant
from musdesk.storage import Workspace
from tests.conftest import PASSPHRASE
from tests.unit.documents.conftest import MusRound
from tests.unit.documents.pdfcheck import squashed, text_of


def _leaderless(mus_round: MusRound) -> Conversation:
    """Åse leads the department and has no leader herself: the consultant holds hers."""
    return (Conversation.select().join(Employee, on=Conversation.employee == Employee.id)
            .where((Conversation.round == mus_round.round) & (Employee.first_name == "Åse"))
            .get())


def test_the_consultant_signs_the_invitation_of_someone_without_a_leader(
    mus_round: MusRound, workspace: Workspace, workspace_path: Path
) -> None:
    conversation = _leaderless(mus_round)
    assert conversation.leader is None
    before = squashed(text_of(batch.render_conversation_document("invitation", conversation)))
    assert squashed("HR-konsulenten") in before and "Venlighilsen–" not in before
    assert consultant() == Consultant()

    set_consultant("  Maja Holm ", "Holm HR ApS")
    after = squashed(text_of(batch.render_conversation_document("invitation", conversation)))
    assert squashed("Maja Holm") in after
    assert squashed("HR-konsulent, Holm HR ApS") in after
    assert squashed("HR-konsulenten") not in after
    # an invitation with a leader is still signed by the leader
    with_leader = squashed(text_of(batch.render_conversation_document(
        "invitation", mus_round.conversation)))
    assert squashed("Åse Øvergård") in with_leader and squashed("Maja Holm") not in with_leader

    # stored in the workspace: there again after locking and opening it
    workspace.lock()
    reopened = Workspace.open(workspace_path, passphrase=PASSPHRASE)
    try:
        assert consultant() == Consultant("Maja Holm", "Holm HR ApS")
        with pytest.raises(InvalidValue):
            set_consultant("x" * 201, "")
        assert consultant().name == "Maja Holm"  # a refused value loses nothing
        set_consultant("", "")
        assert consultant() == Consultant()
    finally:
        reopened.lock()


def test_the_consultant_signs_the_summary_in_the_leaders_place(mus_round: MusRound) -> None:
    import datetime as dt

    from musdesk.services import conversations, signing

    conversation = _leaderless(mus_round)
    cid = str(conversation.id)
    conversations.set_summary(cid, "Et godt år for afdelingen.")
    conversations.transition(cid, "held")
    draft = squashed(text_of(batch.render_conversation_document(
        "summary", Conversation.get_by_id(cid))))
    # the signature block: the consultant's column, not "Leder –"
    assert squashed("Medarbejder HR-konsulent Åse Øvergård HR-konsulenten") in draft
    set_consultant("Maja Holm", "")
    conversations.transition(cid, "summary_drafted")
    signing.record_paper_signatures(cid, dt.date(2027, 2, 1), dt.date(2027, 2, 2))
    signed = squashed(text_of(batch.render_conversation_document(
        "summary", Conversation.get_by_id(cid))))
    assert squashed("Medarbejder HR-konsulent Åse Øvergård Maja Holm") in signed
    assert squashed("HR-konsulenten 2. februar 2027") in signed  # the signed banner
