"""export-results: a round's results for the client's HR system.

    musdesk export-results PATH --round ROUND -o FILE.xlsx|FILE.csv [--format xlsx|csv]
        [--language da|nb|en]

Headers follow the organisation's language unless --language says otherwise. Private
leader notes are never exported.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-results", help="write a round's results as XLSX or CSV (no private notes)")
    add_path_argument(parser)
    parser.add_argument("--round", required=True, help="the round: its ID or unambiguous name")
    parser.add_argument("-o", "--output", required=True, type=Path,
                        help="the file to write (.xlsx or .csv)")
    parser.add_argument("--format", choices=("xlsx", "csv"),
                        help="the file format (default: from the file name)")
    parser.add_argument("--language", choices=texts.LANGUAGES,
                        help="column headers' language (default: the organisation's)")
    parser.set_defaults(func=cmd_export_results)


def cmd_export_results(args: argparse.Namespace) -> int:
    from musdesk.interchange import results_export
    from musdesk.services import lookup

    results_export.format_for(args.output, args.format)  # refuse before unlocking
    workspace = open_workspace(args.path)
    try:
        count = results_export.export_results(lookup.round_id(args.round), args.output,
                                              args.format, args.language)
        print(texts.text("interchange.results.written", count=count, path=args.output))
        return 0
    finally:
        workspace.lock()
