"""privacy: the data-protection duties from the command line.

    musdesk privacy access PATH --employee E -o FOLDER [--private-notes]
    musdesk privacy erase PATH --employee E | --organisation ORG | --round R [--yes]
    musdesk privacy due PATH [--organisation ORG]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser(
        "privacy", help="access, erasure and retention of personal data")
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)

    erase = actions.add_parser("erase", help="erase an employee, a round or an organisation "
                               "from the workspace and every backup")
    add_path_argument(erase)
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--employee", metavar="E", help="ID, e-mail, number or exact name")
    which.add_argument("--round", metavar="R", help="ID or exact name")
    which.add_argument("--organisation", metavar="ORG", help="ID or exact name")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    erase.set_defaults(func=cmd_erase)

    access = actions.add_parser("access", help="write everything about one employee as a "
                                "readable PDF and a JSON file")
    add_path_argument(access)
    access.add_argument("--employee", metavar="E", required=True,
                        help="ID, e-mail, number or exact name")
    access.add_argument("-o", "--output", metavar="FOLDER", type=Path, required=True,
                        help="the folder to write both files into")
    access.add_argument("--private-notes", action="store_true",
                        help="include the leader's private notes (they are about the "
                        "employee too; think before handing them over)")
    access.set_defaults(func=cmd_access)

    due = actions.add_parser("due", help="list rounds and leavers past their retention period")
    add_path_argument(due)
    due.add_argument("--organisation", metavar="ORG", help="only this organisation (ID or name)")
    due.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    due.set_defaults(func=cmd_due)


def _confirmed(kind: str, name: str, backups: int) -> bool:
    question = texts.text("privacy.cli.confirm", kind=texts.text(f"privacy.kind.{kind}"),
                          name=name, backups=backups)
    if not sys.stdin.isatty():
        from musdesk.errors import PrivacyRefused

        raise PrivacyRefused(reason=texts.text("privacy.cli.no_terminal"))
    answer = input(question).strip().lower()
    return answer in (texts.text("privacy.cli.yes_word"), "yes")


def cmd_access(args: argparse.Namespace) -> int:
    from musdesk.documents.privacy_access import write_access_export
    from musdesk.services import privacy_erase

    with open_workspace(args.path):
        ident = privacy_erase.resolve("employee", args.employee)
        pdf, data = write_access_export(ident, args.output,
                                        include_private_notes=args.private_notes)
    print(texts.text("privacy.cli.access_written", pdf=str(pdf), json=str(data)))
    if args.private_notes:
        print(texts.text("privacy.access.notes_warning"))
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from musdesk.services import privacy_erase, privacy_retention

    with open_workspace(args.path, read_only=True):
        org = (privacy_erase.resolve("organisation", args.organisation)
               if args.organisation else None)
        items = privacy_retention.due_items(args.today, org)
    if not items:
        print(texts.text("privacy.cli.nothing_due"))
        return 0
    print(texts.text("privacy.cli.due_heading", count=len(items)))
    for item in items:
        line = (f"  {item.due_on.isoformat()}  {item.kind:<8} {item.ident}  {item.name} "
                f"({item.organisation_name}) – {item.why()}")
        if item.kept_reason:
            line += "; " + texts.text("privacy.cli.kept_before", reason=item.kept_reason)
        print(line)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from musdesk.services import privacy_erase

    kind = "employee" if args.employee else "round" if args.round else "organisation"
    given = args.employee or args.round or args.organisation
    with open_workspace(args.path) as workspace:
        ident = privacy_erase.resolve(kind, given)
        preview = privacy_erase.preview_erasure(workspace, kind, ident)
        print(texts.text("privacy.cli.will_go"))
        for line in privacy_erase.count_lines(preview.counts):
            print(f"  {line}")
        for line in privacy_erase.redaction_lines(preview.mentions):
            print(line)
        if not args.yes and not _confirmed(kind, preview.name, preview.backups):
            print(texts.text("privacy.cli.not_confirmed"))
            return 1
        result = privacy_erase.erase(workspace, kind, ident, today=args.today)
    print(privacy_erase.result_message(result))
    return 0
