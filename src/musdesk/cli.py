"""The `musdesk` command. Imports Qt only for the GUI (no subcommand, or --smoke-test).

Subcommands live in `musdesk.commands.*`, one module per area, each with
`register(subparsers)` setting `func` on its parser. Expected failures (MusdeskError)
print one line to stderr and exit non-zero; nothing else is caught here.
"""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from musdesk import __version__, texts
from musdesk.errors import MusdeskError

COMMAND_MODULES = (
    "musdesk.commands.workspace",
    "musdesk.commands.domain",
    "musdesk.commands.roster",
    "musdesk.commands.documents",
    "musdesk.commands.followup",
    "musdesk.commands.privacy",
    "musdesk.commands.package",
    "musdesk.commands.results",
    "musdesk.commands.templates",
)


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes, like every other expected failure, are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="musdesk",
        description="Employee development conversations (MUS), offline and encrypted. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"musdesk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI and exit 0 as soon as the first window has been painted",
    )
    parser.add_argument("--workspace", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # an area not built yet
        module.register(subparsers)
    return parser


def _language_from_environment() -> str:
    for variable in ("MUSDESK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    with_locale = locale.getlocale()[0]
    return with_locale or "en"


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The GUI's own flags when nothing else was given (no command, no --help/--version)."""
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--smoke-test", action="store_true")
    quick.add_argument("--workspace")
    known, rest = quick.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    if os.name == "posix":
        # Personal data: whatever this process creates (logs, exports, temp files) is
        # readable by the user alone. (SQLite gives -wal/-shm the database file's 0600.)
        os.umask(0o077)
    texts.set_language(_language_from_environment())
    gui = _gui_arguments(argv)
    if gui is not None:
        # Start the GUI without importing every command module (ReportLab, icalendar, …):
        # start-up time is a target (benchmarks/bench_startup.py).
        from musdesk.app import run_gui  # Qt is imported only here

        return run_gui(smoke_test=gui.smoke_test, workspace=gui.workspace)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from musdesk.app import run_gui

        return run_gui(smoke_test=args.smoke_test, workspace=args.workspace)
    try:
        return int(args.func(args) or 0)
    except MusdeskError as exc:
        print(f"musdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("musdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`musdesk list … | head`): not an error. Point stdout at
        # /dev/null so that flushing at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # A bug, not a user's mistake: one line without a traceback (which could show
        # personal data); MUSDESK_DEBUG=1 shows it for a bug report.
        if os.environ.get("MUSDESK_DEBUG"):
            raise
        print(f"musdesk: unexpected error ({type(exc).__name__}); run again with "
              "MUSDESK_DEBUG=1 to see the details for a bug report", file=sys.stderr)
        return 70
