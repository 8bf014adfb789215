"""Matching a roster's parsed rows with the organisation's people (roster_import's plan).

Reads nothing from the database: `Existing` (roster_rows.py) holds what is stored, read
once. The steps, in the order `roster_import._make_plan` runs them:

    index = existing_index(existing)
    match_existing(parsed, existing, skip, hold, decisions, index)  # who is who
    resolve_leaders(parsed, existing, skip, raw_people, index)      # leader cells → people
    department_ids, new_departments = plan_departments(rows, existing)
    outcome(row, existing, department_ids)                          # create/update/unchanged
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from musdesk import texts
from musdesk.interchange import roster_columns as cols
from musdesk.interchange import roster_duplicates as duplicates
from musdesk.interchange.roster_report import CREATE, UNCHANGED, UPDATE, RowOutcome
from musdesk.interchange.roster_rows import Existing, ParsedRow, PersonIndex, PersonKey

# Fields compared when an existing employee is found, in report order.
COMPARED_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "external_ref",
    "job_title",
    "phone",
    "start_date",
    "left_on",
    "department",
    "leader",
)


Skip = Callable[[int, str, str], None]  # (row number, name, reason)
Hold = Callable[[int, str, "list[duplicates.Candidate]"], None]  # a possible duplicate


def _employee_id(key: PersonKey) -> uuid.UUID:
    """The employee of an ("employee", ID) key."""
    value = key[1]
    if not isinstance(value, uuid.UUID):
        raise TypeError(f"not an existing employee: {key!r}")
    return value


def existing_index(existing: Existing) -> PersonIndex:
    index = PersonIndex()
    for employee_id, values in existing.employees.items():
        index.add(
            ("employee", employee_id),
            email=str(values["email"] or ""),
            ref=str(values["external_ref"] or ""),
            names=[existing.full_name(employee_id)],
        )
    return index


def match_existing(
    parsed: dict[int, ParsedRow], existing: Existing, skip: Skip, hold: Hold,
    decisions: Mapping[int, str], index: PersonIndex,
) -> None:
    """Find each row's existing employee; a second row for the same person is skipped; a
    namesake in the same department with another e-mail or number is held for a choice."""
    seen: dict[object, int] = {}
    for number, row in list(parsed.items()):
        candidates: set[PersonKey] = set()
        if row.external_ref:
            candidates = set(index.by_ref.get(row.external_ref.casefold(), ()))
        if not candidates and row.email:
            candidates = set(index.by_email.get(row.email.casefold(), ()))
        if not candidates:
            by_name = index.by_name.get(cols.normalise_name(row.full_name), set())
            candidates = {
                key
                for key in by_name
                if _compatible(existing.employees[_employee_id(key)], row)
            }
            alike = [] if candidates else duplicates.candidates(
                row, (_employee_id(key) for key in by_name), existing)
            if alike:  # a namesake with another e-mail or number: the same person?
                choice = decisions.get(number)
                row.candidates = tuple(alike)  # the dialog offers to change the choice
                chosen = [c for c in alike if str(c.employee_id) == choice]
                if chosen:
                    candidates = {("employee", chosen[0].employee_id)}
                elif choice != duplicates.NEW:
                    hold(number, row.full_name, alike)
                    continue
        if len(candidates) > 1:
            skip(number, row.full_name, texts.text("interchange.skip.ambiguous_employee"))
            continue
        if candidates:
            row.match = _employee_id(next(iter(candidates)))
        identities = _identities(row)
        earlier = None
        for identity in identities:
            earlier = seen.get(identity)
            if earlier is not None:
                break
        if earlier is not None:
            skip(number, row.full_name, texts.text("interchange.skip.duplicate", row=earlier))
            continue
        for identity in identities:
            seen[identity] = number


def _compatible(values: dict[str, object], row: ParsedRow) -> bool:
    for name, mine in (("email", row.email), ("external_ref", row.external_ref)):
        theirs = str(values[name] or "")
        if mine and theirs and mine.casefold() != theirs.casefold():
            return False
    return True


def _identities(row: ParsedRow) -> list[object]:
    """What makes two rows the same person: the same match, number, e-mail, or (lacking
    both) the same name."""
    identities: list[object] = []
    if row.match:
        identities.append(("employee", row.match))
    if row.external_ref:
        identities.append(("ref", row.external_ref.casefold()))
    if row.email:
        identities.append(("email", row.email.casefold()))
    if not row.external_ref and not row.email:
        identities.append(("name", cols.normalise_name(row.full_name)))
    return identities


def resolve_leaders(
    parsed: dict[int, ParsedRow],
    existing: Existing,
    skip: Skip,
    raw_people: dict[int, tuple[str, str, str]],
    index: PersonIndex,
) -> None:
    """Resolve every leader cell once; skip unknown, ambiguous, own and cyclic leaders, and
    (following the links backwards, so a long chain costs no more than a short one) every
    row that hangs on a skipped new row."""
    for row in parsed.values():
        if row.match is not None and _known_as_stored(row, existing.employees[row.match]):
            continue  # the index finds them by these already (existing_index)
        index.add(row.key, email=row.email, ref=row.external_ref, names=[row.full_name])
    gone = PersonIndex()  # rows skipped already (no name, bad e-mail…), to explain a missing leader
    for number, (email, ref, name) in raw_people.items():
        if number not in parsed:
            first, last = cols.split_full_name(name)
            gone.add(("row", number), email=email, ref=ref, names=[name, f"{first} {last}"])

    led_by: dict[PersonKey, list[int]] = defaultdict(list)
    failed: list[tuple[int, str]] = []
    for number, row in parsed.items():
        row.leader_key = None
        if not row.leader:
            continue
        found = index.find(row.leader)
        if len(found) == 1:
            key = next(iter(found))
            if key == row.key:
                failed.append((number, texts.text("interchange.skip.own_leader")))
            else:
                row.leader_key = key
                led_by[key].append(number)
        elif found:
            failed.append(
                (number, texts.text("interchange.skip.ambiguous_leader", leader=row.leader))
            )
        else:
            skipped_rows = gone.find(row.leader)
            reason = (
                texts.text(
                    "interchange.skip.leader_skipped",
                    leader=row.leader,
                    row=min(int(str(key[1])) for key in skipped_rows),
                )
                if skipped_rows
                else texts.text("interchange.skip.unknown_leader", leader=row.leader)
            )
            failed.append((number, reason))
    cycle = texts.text("interchange.skip.leader_cycle")
    while True:
        _skip_with_followers(failed, parsed, led_by, skip)
        # Skipping restores an existing employee's old leader, which may close a cycle anew.
        failed = [(number, cycle) for number in _rows_in_leader_cycles(parsed, existing)]
        if not failed:
            return


def _skip_with_followers(
    failed: list[tuple[int, str]],
    parsed: dict[int, ParsedRow],
    led_by: dict[PersonKey, list[int]],
    skip: Skip,
) -> None:
    """Skip the failed rows with their own reasons first, then whoever a skipped new row
    was to lead, and so on down."""
    queue: list[ParsedRow] = []
    for number, reason in failed:
        row = parsed.get(number)
        if row is not None:
            skip(number, row.full_name, reason)
            queue.append(row)
    while queue:
        row = queue.pop()
        if row.match is not None:
            continue  # an existing employee still exists to lead others
        for follower in led_by.get(row.key, ()):
            follower_row = parsed.get(follower)
            if follower_row is not None:
                reason = texts.text(
                    "interchange.skip.leader_skipped", leader=follower_row.leader, row=row.number
                )
                skip(follower, follower_row.full_name, reason)
                queue.append(follower_row)


def _rows_in_leader_cycles(parsed: dict[int, ParsedRow], existing: Existing) -> list[int]:
    """Numbers of the rows whose leader setting closes a cycle (A leads B leads A)."""
    leader_of: dict[PersonKey, PersonKey] = {}
    set_by_row: dict[PersonKey, int] = {}
    for employee_id, values in existing.employees.items():
        if values["leader"] is not None:
            leader_of[("employee", employee_id)] = ("employee", values["leader"])
    for number, row in parsed.items():
        if row.leader_key is not None:
            leader_of[row.key] = row.leader_key
            set_by_row[row.key] = number
    cyclic: set[int] = set()
    state: dict[PersonKey, int] = {}  # 1 = on the current path, 2 = done
    for start in leader_of:
        path: list[PersonKey] = []
        node: PersonKey | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = leader_of.get(node)
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node) :]
            cyclic.update(set_by_row[key] for key in cycle if key in set_by_row)
        for key in path:
            state[key] = 2
    return sorted(cyclic)


def plan_departments(rows: Iterable[ParsedRow], existing: Existing) -> tuple[
    dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
    dict[tuple[str, ...], uuid.UUID | tuple[str, ...] | None],
]:
    """Each row's department path → an existing department's ID, or the path of one to
    create; and the departments to create (parents first) → their parent (an ID, a path
    created before it, or None at the top). A single name is found anywhere in the tree
    when it is unique there."""
    children: dict[tuple[uuid.UUID | None, str], uuid.UUID] = {}
    by_name: dict[str, list[uuid.UUID]] = defaultdict(list)
    for dept_id, (above, name) in existing.departments.items():
        children.setdefault((above, name.casefold()), dept_id)
        by_name[name.casefold()].append(dept_id)
    resolved: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]] = {}
    new: dict[tuple[str, ...], uuid.UUID | tuple[str, ...] | None] = {}  # path → its parent
    new_keys: dict[tuple[str, ...], tuple[str, ...]] = {}  # casefolded path → display path
    for row in rows:
        path = row.department
        if not path or path in resolved:
            continue
        if len(path) == 1 and (None, path[0].casefold()) not in children:
            anywhere = by_name.get(path[0].casefold(), [])
            if len(anywhere) == 1:
                resolved[path] = anywhere[0]
                continue
        parent: uuid.UUID | None = None
        target: uuid.UUID | tuple[str, ...] | None = None
        creating = False
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if not creating:
                found = children.get((parent, prefix[-1].casefold()))
                if found is not None:
                    parent = target = found
                    continue
                creating = True  # below a department to be created, everything is new
            folded = tuple(part.casefold() for part in prefix)
            if folded not in new_keys:
                new_keys[folded] = prefix
                new[prefix] = target
            target = new_keys[folded]
        assert target is not None
        resolved[path] = target
    return resolved, new


def outcome(
    row: ParsedRow,
    existing: Existing,
    department_ids: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
) -> RowOutcome:
    if row.match is None:
        return RowOutcome(row.number, CREATE, row.full_name, candidates=row.candidates)
    current = existing.employees[row.match]
    if _same_as_stored(row, current):  # a re-import of an unchanged row: the quick answer
        changes = [name for name in _MOVABLE if _differs(name, row, current, department_ids)]
    else:
        changes = [
            name for name in COMPARED_FIELDS if _differs(name, row, current, department_ids)
        ]
    action = UPDATE if changes else UNCHANGED
    return RowOutcome(row.number, action, row.full_name, tuple(changes), employee_id=row.match,
                      candidates=row.candidates)


_NAMES = ("first_name", "last_name", "email")  # compared as names (case, spacing)
_MOVABLE = ("left_on", "department", "leader")  # what `_same_as_stored` leaves open


def _known_as_stored(row: ParsedRow, current: dict[str, object]) -> bool:
    """The row's e-mail, number and name are what `existing_index` indexed already."""
    return (
        row.email == (current["email"] or "")
        and row.external_ref == (current["external_ref"] or "")
        and row.first_name == current["first_name"]
        and row.last_name == current["last_name"]
    )


def _same_as_stored(row: ParsedRow, current: dict[str, object]) -> bool:
    """Every plain field of the row equals the stored value exactly, so none of them
    differs (an empty cell keeps what is there; an equal value is no change)."""
    return (
        row.first_name == current["first_name"]
        and row.last_name == current["last_name"]
        and row.email in ("", current["email"])
        and row.external_ref in ("", current["external_ref"])
        and row.job_title in ("", current["job_title"])
        and row.phone in ("", current["phone"])
        and (row.start_date is None or row.start_date == current["start_date"])
    )


def _differs(
    name: str,
    row: ParsedRow,
    current: dict[str, object],
    department_ids: dict[tuple[str, ...], uuid.UUID | tuple[str, ...]],
) -> bool:
    if name == "department":
        return bool(row.department) and department_ids[row.department] != current["department"]
    if name == "leader":
        return row.leader_key is not None and row.leader_key != ("employee", current["leader"])
    if name == "left_on":
        return row.left_on is not None and (
            bool(current["active"]) or current["left_on"] != row.left_on
        )
    value = getattr(row, name)
    if value in ("", None):
        return False  # an empty cell keeps what is there
    stored = current[name]
    if value == stored:
        return False  # the usual case on a re-import, without normalising anything
    if name in _NAMES:
        # An export in capitals does not rename everybody; a real change of name does.
        return cols.normalise_name(value) != cols.normalise_name(str(stored or ""))
    return True
