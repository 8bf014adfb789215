"""demo, list: a realistic demo workspace, and the records of a workspace one per line."""

from __future__ import annotations

import argparse

from musdesk import texts
from musdesk.commands.common import add_path_argument, ask_passphrase, open_workspace
from musdesk.commands.workspace import kdf_for
from musdesk.services import demo, listing


def register(subparsers: argparse._SubParsersAction) -> None:
    demo_parser = subparsers.add_parser(
        "demo", help="create a demo workspace (two client organisations, a round each)"
    )
    add_path_argument(demo_parser)
    demo_parser.add_argument("--cheap-kdf", action="store_true", help=argparse.SUPPRESS)
    demo_parser.set_defaults(func=cmd_demo)

    list_parser = subparsers.add_parser(
        "list", help="print a workspace's records, one a line, tab-separated, ID first"
    )
    add_path_argument(list_parser)
    list_parser.add_argument(
        "kind", metavar="KIND", choices=listing.KINDS, help=", ".join(listing.KINDS)
    )
    list_parser.set_defaults(func=cmd_list)


def cmd_demo(args: argparse.Namespace) -> int:
    passphrase = ask_passphrase(texts.text("cli.new_passphrase_prompt"), confirm=True)
    workspace, recovery_key = demo.create_demo_workspace(args.path, passphrase, kdf_for(args))
    workspace.lock()
    print(texts.text("domain.cli.demo_created", path=str(args.path)))
    print(texts.text("cli.recovery_key_once"))
    print(f"\n    {recovery_key}\n")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args.path, read_only=True):
        rows = listing.list_rows(args.kind)
    for row in rows:
        print("\t".join(row))
    return 0
