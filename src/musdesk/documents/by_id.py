"""Documents by ID, for the UI and the command line: they pass IDs and names and get plain
data back (bytes, file names, frozen records), never a model instance or a query.

What a document is, is decided in `batch.py`/`data.py`; this is the boundary around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from musdesk.documents import batch, data
from musdesk.documents.errors import EmployeeNotInRound
from musdesk.errors import NotFound
from musdesk.models import Conversation, Employee, Round
from musdesk.services import lookup
from musdesk.services.common import kind_label, parse_uuid
from musdesk.storage.transactions import write_transaction


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    file_name: str  # the suggested name of the file
    subject: str  # whose/what it is: the employee's name, or the round's name


@dataclass(frozen=True)
class RoundRef:
    id: str
    name: str
    organisation_id: str
    conversation_count: int


@dataclass(frozen=True)
class ConversationRef:
    id: str
    employee_name: str


def _conversation(conversation_id: str) -> Conversation:
    key = parse_uuid(conversation_id)
    found: Conversation | None = (
        Conversation.select(Conversation, Employee)
        .join(Employee, on=Conversation.employee == Employee.id)
        .where(Conversation.id == key).first()
        if key is not None else None
    )
    if found is None:
        raise NotFound(kind=kind_label("conversation"), ident=str(conversation_id))
    return found


def _round(round_id: str) -> Round:
    key = parse_uuid(round_id)
    found = Round.get_or_none(Round.id == key) if key is not None else None
    if found is None:
        raise NotFound(kind=kind_label("round"), ident=str(round_id))
    return found


def conversation_document(kind: str, conversation_id: str, language: str | None = None
                          ) -> Rendered:
    """One conversation's document; a summary is sealed and recorded as printed (what is
    previewed is exactly what gets printed or saved). Safe on a worker thread."""
    batch.check_kind(kind)
    conversation = _conversation(conversation_id)
    pdf = batch.render_conversation_document(kind, conversation, language)
    return Rendered(pdf, batch.file_name(kind, conversation), conversation.employee.full_name)


def round_document(kind: str, round_id: str, language: str | None = None) -> Rendered:
    """The round's own document (the wheel overview, the round report)."""
    round_ = _round(round_id)
    with write_transaction():  # the round report's "printed" record with it
        pdf = batch.render_round_document(kind, round_, language)
    return Rendered(pdf, batch.file_name(kind, round_=round_), round_.name)


def find_round(ident: str) -> RoundRef:
    """A round by ID or unambiguous name (raises NotFound/Ambiguous)."""
    round_ = lookup.round_(ident)
    return RoundRef(str(round_.id), round_.name, str(round_.organisation_id),
                    len(data.conversations_of_round(round_)))


def find_conversation(round_id: str, employee_ident: str) -> ConversationRef:
    """The conversation of one employee (ID, name, e-mail, employee number) in a round."""
    round_ = _round(round_id)
    employee = lookup.employee(employee_ident, organisation_id=str(round_.organisation_id))
    conversation = Conversation.get_or_none(
        (Conversation.round == round_) & (Conversation.employee == employee)
    )
    if conversation is None:
        raise EmployeeNotInRound(employee=employee.full_name, round=round_.name)
    return ConversationRef(str(conversation.id), employee.full_name)


def conversation_file_name(kind: str, conversation_id: str) -> str:
    return batch.file_name(kind, _conversation(conversation_id))


def round_file_name(kind: str, round_id: str) -> str:
    return batch.file_name(kind, round_=_round(round_id))


def write_conversation_document(kind: str, conversation_id: str, path: Path,
                                language: str | None = None, *, record: bool = True) -> Path:
    """Render and write one conversation's document (a summary's seal kept only with the
    file written; nothing recorded with `record=False`)."""
    return batch.write_conversation_document(kind, _conversation(conversation_id), path,
                                             language, record=record)


def write_round_document(kind: str, round_id: str, path: Path,
                         language: str | None = None, *, record: bool = True) -> Path:
    """Render and write the round's own document ("printed" recorded only with the file,
    and only with `record`)."""
    if not record:
        return batch.write_pdf(path, batch.render_round_document(
            kind, _round(round_id), language, record=False))
    with write_transaction():
        return batch.write_pdf(path, batch.render_round_document(kind, _round(round_id),
                                                                 language))
