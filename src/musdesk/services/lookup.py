"""Find a record from what a person types: its UUID, or a name that matches exactly one.

Names match case-insensitively, first exactly, then (unless `exact` is asked for, as by
commands that write) as a part of the name. Nothing found is `NotFound`; several candidates
are `Ambiguous` (use the ID then).

The UI and the CLI call the `*_id` functions (plain data: the ID as text); the functions
returning records are for the core (documents, interchange, services), which works with
them inside its own transactions (tests/unit/test_plain_data.py keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from peewee import fn

from musdesk.errors import Ambiguous, NotFound
from musdesk.models import BaseModel, Conversation, Employee, Organisation, Round
from musdesk.services.common import kind_label, parse_uuid

T = TypeVar("T")
R = TypeVar("R", bound=BaseModel)


def _pick(kind: str, ident: str, candidates: Iterable[T], name_of: Callable[[T], str],
          *, exact: bool = False) -> T:
    wanted = ident.strip().casefold()
    if not wanted:
        raise NotFound(kind=kind_label(kind), ident=ident)
    rows = list(candidates)
    matchers: list[Callable[[str], bool]] = [lambda name: name == wanted]
    if not exact:
        matchers.append(lambda name: wanted in name)
    for match in matchers:
        found = [row for row in rows if match(name_of(row).casefold())]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise Ambiguous(kind=kind_label(kind), ident=ident)
    raise NotFound(kind=kind_label(kind), ident=ident)


def _by_id(model: type[R], ident: str) -> R | None:
    key = parse_uuid(ident)
    found: R | None = model.get_or_none(model.id == key) if key is not None else None
    return found


def organisation(ident: str, *, exact: bool = False) -> Organisation:
    return _by_id(Organisation, ident) or _pick(
        "organisation", ident, Organisation.select(), lambda o: o.name, exact=exact
    )


def round_(ident: str, organisation_id: str | None = None) -> Round:
    found = _by_id(Round, ident)
    if found is not None:
        return found
    query = Round.select()
    if organisation_id is not None:
        query = query.where(Round.organisation == organisation_id)
    return _pick("round", ident, query, lambda r: r.name)


def employee(ident: str, organisation_id: str | None = None) -> Employee:
    """By ID, full name, e-mail or the client's employee number."""
    found = _by_id(Employee, ident)
    if found is not None:
        return found
    query = Employee.select()
    if organisation_id is not None:
        query = query.where(Employee.organisation == organisation_id)
    wanted = ident.strip().casefold()
    exact = list(
        query.where((fn.LOWER(Employee.email) == wanted) | (Employee.external_ref == ident.strip()))
    )
    if len(exact) == 1:
        return exact[0]
    return _pick("employee", ident, query, lambda e: e.full_name)


def conversation(ident: str, round_id: str | None = None) -> Conversation:
    """By ID, or by the employee's name (within a round when given)."""
    found = _by_id(Conversation, ident)
    if found is not None:
        return found
    query = Conversation.select(Conversation, Employee).join(
        Employee, on=Conversation.employee == Employee.id
    )
    if round_id is not None:
        query = query.where(Conversation.round == round_id)
    return _pick("conversation", ident, query, lambda c: c.employee.full_name)


def template_id(ident: str) -> str:
    """A question set by ID, or by the name of a current (not superseded) version."""
    from musdesk.models import QuestionTemplate

    found = _by_id(QuestionTemplate, ident)
    if found is None:
        current = QuestionTemplate.select().where(
            QuestionTemplate.superseded == False)  # noqa: E712 - SQL expression
        found = _pick("template", ident, current, lambda t: t.name)
    return str(found.id)


# --- plain data, for the UI and the CLI -----------------------------------------------------
def organisation_id(ident: str, *, exact: bool = False) -> str:
    return str(organisation(ident, exact=exact).id)


def round_id(ident: str, organisation_id: str | None = None) -> str:
    return str(round_(ident, organisation_id).id)


def employee_id(ident: str, organisation_id: str | None = None) -> str:
    return str(employee(ident, organisation_id).id)

