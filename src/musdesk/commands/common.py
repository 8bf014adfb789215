"""What every subcommand shares: the passphrase from the environment or the terminal,
and opening a workspace given as PATH."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from musdesk import texts
from musdesk.errors import PassphraseRejected
from musdesk.storage import Workspace

PASSPHRASE_ENV = "MUSDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MUSDESK_NEW_PASSPHRASE"
RECOVERY_ENV = "MUSDESK_RECOVERY_KEY"


def ask_passphrase(prompt: str, env: str = PASSPHRASE_ENV, *, confirm: bool = False) -> str:
    """From the environment when set (scripts, tests), else asked twice without echo."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise PassphraseRejected(reason=f"no terminal to ask on; set {env}")
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass(texts.text("cli.repeat_passphrase"))
        if first != second:
            raise PassphraseRejected(reason=texts.text("error.passphrases_differ"))
    return first


def add_path_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="the workspace folder")


def open_workspace(path: Path, *, read_only: bool = False) -> Workspace:
    """Unlock with MUSDESK_RECOVERY_KEY when set, else with the passphrase. `read_only`
    for commands that only read (list, check, due, verify): nothing is written to the
    database (see Workspace.open)."""
    recovery = os.environ.get(RECOVERY_ENV)
    if recovery:
        workspace = Workspace.open(path, recovery_key=recovery, read_only=read_only)
    else:
        passphrase = ask_passphrase(texts.text("cli.passphrase_prompt"))
        workspace = Workspace.open(path, passphrase=passphrase, read_only=read_only)
    for notice in workspace.notices:  # e.g. an interrupted key rotation was rolled back
        print(notice, file=sys.stderr)
    return workspace
