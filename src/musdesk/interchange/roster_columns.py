"""Which column of a roster file holds what, and how its cells become values.

The column mapping is guessed from the header names HR systems use in Danish, Norwegian
and English ("Fornavn", "Etternavn", "E-mail", "E-post", "Afdeling", "Avdeling", "Leder",
"Ansat dato", ...) and can be changed by the user. Cells are parsed here: dates in the
Nordic and ISO forms, e-mail addresses, names ("Hansen, Jens" or "Jens Hansen").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from musdesk import texts
from musdesk.interchange.tabular import Cell

# --- the fields a column can hold ---------------------------------------------------------
IGNORE = "ignore"
EMPLOYEE_NUMBER = "employee_number"
FULL_NAME = "full_name"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
EMAIL = "email"
JOB_TITLE = "job_title"
DEPARTMENT = "department"
LEADER = "leader"
START_DATE = "start_date"
END_DATE = "end_date"
PHONE = "phone"
MOBILE = "mobile"

FIELDS: tuple[str, ...] = (
    IGNORE,
    FULL_NAME,
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    EMPLOYEE_NUMBER,
    JOB_TITLE,
    DEPARTMENT,
    LEADER,
    START_DATE,
    END_DATE,
    PHONE,
    MOBILE,
)


def field_label(field: str, language: str | None = None) -> str:
    return texts.text(f"interchange.field.{field}", language)


# Whole header names (normalised: lower case, no punctuation or spaces) and their field.
_EXACT_HEADERS: dict[str, tuple[str, ...]] = {
    FULL_NAME: (
        "navn", "name", "fuldtnavn", "fuldenavn", "fulltnavn", "fullname", "medarbejder",
        "medarbeider", "medarbejdernavn", "medarbeidernavn", "employee",
        "employeename", "ansattnavn", "personnavn",
    ),
    FIRST_NAME: ("fornavn", "fornavne", "firstname", "givenname", "forename"),
    LAST_NAME: ("efternavn", "etternavn", "lastname", "surname", "familyname", "slektsnavn"),
    EMAIL: (
        "email", "epost", "mail", "emailadresse", "epostadresse", "emailaddress",
        "arbejdsmail", "arbeidsmail", "arbejdsemail", "jobmail", "workemail",
    ),
    EMPLOYEE_NUMBER: (
        "medarbejdernummer", "medarbejdernr", "medarbeidernummer", "medarbeidernr",
        "ansattnummer", "ansattnr", "ansatnummer", "ansatnr", "lønnummer", "lønnr",
        "mednr", "manr", "employeenumber", "employeeno", "employeeid", "personalnummer",
        "personalenummer", "tjenestenummer", "id", "nr", "nummer",
    ),
    JOB_TITLE: (
        "stilling", "stillingsbetegnelse", "stillingstittel", "stillingstitel", "titel",
        "tittel", "jobtitle", "title", "position", "rolle", "jobfunktion", "funktion",
    ),
    DEPARTMENT: (
        "afdeling", "avdeling", "department", "dept", "team", "enhed", "enhet", "orgenhed",
        "organisatoriskenhed", "organisasjonsenhet", "seksjon", "sektion", "unit",
    ),
    LEADER: (
        "leder", "nærmesteleder", "chef", "manager", "linemanager",
        "reportsto", "supervisor", "leader", "overordnet", "lederemail", "ledersemail",
        "lederepost", "ledersepost", "managermail", "manageremail", "ledernavn",
    ),
    START_DATE: (
        "startdato", "ansatdato", "ansattdato", "ansættelsesdato", "ansettelsesdato",
        "tiltrædelsesdato", "tiltredelsesdato", "tiltrådt", "tiltraadt", "ansatsiden",
        "ansattsiden", "ansatfra", "ansattfra", "startdate", "hiredate", "employmentdate",
        "datehired", "firstday",
        # A column titled just "Ansat"/"Ansatt" (employed) holds the date in Danish and
        # Norwegian exports; "Start" likewise.
        "ansat", "ansatt", "ansættelse", "ansettelse", "start", "startet", "hired",
        "employed", "employedsince",
    ),
    END_DATE: (
        "fratrædelsesdato", "fratredelsesdato", "fratrådt", "fratraadt", "fratrådtdato",
        "slutdato", "sluttdato", "sluttet", "sluttetdato", "enddate", "terminationdate",
        "leavingdate", "lastday", "lastworkingday", "dateleft",
    ),
    PHONE: (
        "telefon", "tlf", "telefonnummer", "tlfnr", "telefonnr", "phone", "telephone",
        "phonenumber", "arbejdstelefon", "arbeidstelefon", "direkte", "direktenummer",
    ),
    MOBILE: ("mobil", "mobile", "mobilnummer", "mobiltelefon", "mobilnr", "cell", "cellphone"),
}
_EXACT = {alias: field for field, aliases in _EXACT_HEADERS.items() for alias in aliases}

# Parts of header names, tried in this order when no whole name matched ("Lederens e-mail"
# is the leader, not the employee's own e-mail, so leaders come before e-mail). A rule with
# a second tuple also needs one of those parts ("Ansatt-ID" is no date).
_KEYWORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (IGNORE, ("firma", "company", "virksomhed", "bedrift", "selskab", "selskap"), ()),
    (LEADER, ("leder", "manager", "chef", "supervisor", "reportsto", "overordnet"), ()),
    (FIRST_NAME, ("fornavn", "firstname", "givenname"), ()),
    (LAST_NAME, ("efternavn", "etternavn", "lastname", "surname"), ()),
    (EMAIL, ("mail", "epost"), ()),
    # Never guessed: national ID numbers, bank details, pay, home addresses. They are not
    # needed for MUS and must not end up in the workspace by accident.
    (
        IGNORE,
        (
            "cpr", "personnummer", "personnr", "fødselsnummer", "fodselsnummer", "ssn",
            "socialsecurity", "konto", "iban", "bank", "løn", "lønn", "salary", "gage",
            "adresse", "address", "fødsels", "birth",
        ),
        (),
    ),
    (MOBILE, ("mobil", "cell"), ()),
    (PHONE, ("telefon", "tlf", "phone"), ()),
    (
        END_DATE,
        ("fratræd", "fratråd", "fratred", "slutdato", "sluttdato", "termination", "leaving"),
        (),
    ),
    (
        START_DATE,
        ("ansat", "ansæt", "ansett", "tiltræd", "tiltred", "hire", "start"),
        ("dato", "date", "siden", "fra", "since"),
    ),
    (EMPLOYEE_NUMBER, ("nummer", "number", "medarbejdernr", "ansattnr", "lønnr", "id"), ()),
    (DEPARTMENT, ("afdeling", "avdeling", "department", "enhed", "enhet"), ()),
    (JOB_TITLE, ("stilling", "titel", "tittel", "title", "position"), ()),
    (FULL_NAME, ("navn", "name"), ()),
)


def normalise_header(header: object) -> str:
    text = unicodedata.normalize("NFC", str(header)).casefold()
    return re.sub(r"[\W_]+", "", text)


def guess_field(header: object) -> str:
    """The field a header names, or IGNORE."""
    key = normalise_header(header)
    if not key:
        return IGNORE
    if key in _EXACT:
        return _EXACT[key]
    for field, parts, also_one_of in _KEYWORDS:
        if any(part in key for part in parts) and (
            not also_one_of or any(part in key for part in also_one_of)
        ):
            return field
    return IGNORE


HEADER_SEARCH_ROWS = 10


def detect_header_row(rows: Sequence[Sequence[Cell]]) -> int:
    """The index of the header row: among the first rows, the one naming the most fields.

    Exports often start with a title line ("Medarbejderliste pr. 1/11") or blank lines.
    Without any recognisable header the first row is taken; the user maps columns by hand.
    """
    best_index, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {guess_field(cell) for cell in row if isinstance(cell, str) and cell}
        fields.discard(IGNORE)
        if len(fields) > best_score:
            best_index, best_score = index, len(fields)
    return best_index if best_score >= 2 else 0


@dataclass(frozen=True)
class ColumnMapping:
    """`header_row` indexes the table's rows; `fields[i]` is what column i holds."""

    header_row: int
    fields: tuple[str, ...]

    def column_of(self, field: str) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def with_field(self, column: int, field: str) -> ColumnMapping:
        """A copy where `column` holds `field`; another column holding it is set to IGNORE."""
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}")
        fields = list(self.fields)
        while len(fields) <= column:
            fields.append(IGNORE)
        if field != IGNORE:
            fields = [IGNORE if existing == field else existing for existing in fields]
        fields[column] = field
        return ColumnMapping(self.header_row, tuple(fields))

    def problems(self) -> list[str]:
        """What stops an import with this mapping (translated), empty when it can run."""
        has_name = FULL_NAME in self.fields or (
            FIRST_NAME in self.fields and LAST_NAME in self.fields
        )
        return [] if has_name else [texts.text("interchange.mapping.no_name_column")]


def guess_mapping(rows: Sequence[Sequence[Cell]], header_row: int | None = None) -> ColumnMapping:
    """The mapping guessed from the header row (detected when not given)."""
    if header_row is None:
        header_row = detect_header_row(rows)
    width = max((len(row) for row in rows), default=0)
    header = list(rows[header_row]) if rows else []
    header += [""] * (width - len(header))
    mapping = ColumnMapping(header_row, tuple(IGNORE for _ in range(width)))
    taken: set[str] = set()
    for column, cell in enumerate(header):
        field = guess_field(cell) if isinstance(cell, str) else IGNORE
        if field != IGNORE and field not in taken:
            taken.add(field)
            mapping = mapping.with_field(column, field)
    return mapping


# --- cell values --------------------------------------------------------------------------
class ValueProblem(ValueError):
    """A cell that cannot be used; `reason_key` names the text for the import report."""

    def __init__(self, reason_key: str, **params: object) -> None:
        self.reason_key = reason_key
        self.params = params
        super().__init__(reason_key)


_EXCEL_SERIAL = re.compile(r"^\d{5}$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_date(cell: Cell, today: dt.date | None = None) -> dt.date | None:
    """A date from a real date cell or from dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy (two-digit
    years too), ISO yyyy-mm-dd text or an Excel day number (43831 = 2020-01-01). Empty
    gives None; anything else raises ValueProblem."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = cell.strip()
    if not text:
        return None
    if _EXCEL_SERIAL.match(text):
        # A date cell exported as its number (Excel counts days from 30 Dec 1899).
        date = _EXCEL_EPOCH + dt.timedelta(days=int(text))
        if MIN_YEAR <= date.year <= MAX_YEAR:
            return date
        raise ValueProblem("interchange.reason.date", value=text)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_FIRST.match(text)
        if not match:
            raise ValueProblem("interchange.reason.date", value=text)
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            # "01.03.98": a start date lies in the past, so the century is the latest one
            # that does not put it more than a year ahead.
            this_year = (today or dt.date.today()).year
            year += 2000 if 2000 + year <= this_year + 1 else 1900
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueProblem("interchange.reason.date", value=text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueProblem("interchange.reason.date", value=text) from None


_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_NAMED_ADDRESS = re.compile(r"^[^<>@]*<([^<>]+)>$")
MAX_EMAIL_CHARS = 254


def parse_email(cell: Cell) -> str:
    """A plausible address ("mailto:" and "Name <address>" reduced to the address); "" when
    empty."""
    text = str(cell).strip()
    named = _NAMED_ADDRESS.match(text)
    if named:
        text = named.group(1)
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    text = text.strip().strip("<>").strip()
    if not text:
        return ""
    if len(text) > MAX_EMAIL_CHARS or not _EMAIL.match(text) or ".." in text:
        raise ValueProblem("interchange.reason.email", value=text)
    return text


def split_full_name(full_name: str) -> tuple[str, str]:
    """("Jens Peter", "Hansen") from "Jens Peter Hansen" or from "Hansen, Jens Peter"."""
    text = " ".join(full_name.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    if " " in text:
        first, _, last = text.rpartition(" ")
        return first, last
    return text, ""


def normalise_name(name: str) -> str:
    """For comparing names: case, accents-as-typed and spacing do not matter."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def cell_text(cell: Cell) -> str:
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell
