"""due, ics: follow-up from the command line (what is overdue or coming; the calendar file)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace
from musdesk.interchange.calendar_export import export_calendar
from musdesk.services.followup_overview import DEFAULT_DUE_DAYS, DueItem, Scope, due_items


def register(subparsers: argparse._SubParsersAction) -> None:
    due = subparsers.add_parser("due", help="list overdue and upcoming follow-ups")
    add_path_argument(due)
    due.add_argument("--days", type=days_ahead, default=DEFAULT_DUE_DAYS,
                     help=f"how many days ahead to look (default {DEFAULT_DUE_DAYS})")
    due.add_argument("--organisation", metavar="NAME", help="only this organisation (ID or name)")
    due.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    due.set_defaults(func=cmd_due)

    ics = subparsers.add_parser(
        "ics", help="write conversations, follow-up meetings and deadlines as .ics, or "
                    "a round's invitations (.ics requests with their PDFs) into a folder")
    add_path_argument(ics)
    ics.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                     help="the calendar file to write (with --invitations: the folder)")
    ics.add_argument("--organisation", metavar="NAME", help="only this organisation (ID or name)")
    ics.add_argument("--invitations", metavar="ROUND",
                     help="write an invitation per scheduled conversation of this round")
    ics.set_defaults(func=cmd_ics)


MAX_DUE_DAYS = 3660  # ten years ahead is already more than any plan covers


def days_ahead(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.text("followup.cli.days_range")) from None
    if not 0 <= number <= MAX_DUE_DAYS:
        raise argparse.ArgumentTypeError(texts.text("followup.cli.days_range"))
    return number


def _scope(organisation: str | None) -> Scope:
    if not organisation:
        return Scope("all")
    from musdesk.services import lookup  # the domain's resolver: ID or unambiguous name

    return Scope("organisation", lookup.organisation_id(organisation))


def kind_label(kind: str) -> str:
    return texts.text(f"followup.kind.{kind}")


def format_due(item: DueItem, today: dt.date) -> str:
    what = kind_label(item.kind)
    who = f"{item.employee_name} ({item.organisation_name})"
    line = f"  {item.on.isoformat()}  {what:<28} {who}"
    if item.title:
        line += f" – {item.title}"
    if item.overdue:
        line += "  " + texts.text("followup.cli.days_late", days=-item.days_from(today))
    return line


def cmd_due(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()
    with open_workspace(args.path, read_only=True):
        items = due_items(today, args.days, _scope(args.organisation))
    overdue = [item for item in items if item.overdue]
    coming = [item for item in items if not item.overdue]
    if not items:
        print(texts.text("followup.cli.nothing_due", days=args.days))
        return 0
    if overdue:
        print(texts.text("followup.cli.overdue_heading", count=len(overdue)))
        for item in overdue:
            print(format_due(item, today))
    if coming:
        if overdue:
            print()
        print(texts.text("followup.cli.coming_heading", count=len(coming), days=args.days))
        for item in coming:
            print(format_due(item, today))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    if args.invitations:
        return _invitations(args)
    with open_workspace(args.path):
        count = export_calendar(args.output, _scope(args.organisation))
    print(texts.text("followup.cli.ics_written", count=count, path=str(args.output)))
    return 0


def _invitations(args: argparse.Namespace) -> int:
    from musdesk.documents.errors import OutputNotWritable
    from musdesk.interchange.invitations import write_round_invitations
    from musdesk.services import lookup

    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise OutputNotWritable(path=str(folder), reason=texts.text("documents.not_a_folder"))
    with open_workspace(args.path):
        result = write_round_invitations(lookup.round_id(args.invitations), folder)
    print(texts.text("calendar.invitation.written", count=len(result.written) // 2,
                     folder=str(folder), skipped=len(result.skipped)))
    return 0
