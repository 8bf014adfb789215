"""init, check, passwd, upgrade: the workspace itself."""

from __future__ import annotations

import argparse

from musdesk import texts
from musdesk.commands.common import (
    NEW_PASSPHRASE_ENV,
    add_path_argument,
    ask_passphrase,
    open_workspace,
)
from musdesk.storage import KdfParams, Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help="create a new encrypted workspace")
    add_path_argument(init)
    init.add_argument("--cheap-kdf", action="store_true", help=argparse.SUPPRESS)
    init.set_defaults(func=cmd_init)

    check = subparsers.add_parser("check", help="unlock and verify a workspace's integrity")
    add_path_argument(check)
    check.set_defaults(func=cmd_check)

    passwd = subparsers.add_parser("passwd", help="change a workspace's passphrase")
    add_path_argument(passwd)
    passwd.add_argument(
        "--rotate-key",
        action="store_true",
        help="also replace the data key: the database is re-encrypted, old backups are "
        "removed and a new recovery key is shown, so that an old copy of the key file "
        "opens nothing with the old passphrase or recovery key",
    )
    passwd.set_defaults(func=cmd_passwd)

    upgrade = subparsers.add_parser(
        "upgrade",
        help="bring a workspace made by an older version up to date (a backup first), and "
        "finish or roll back an interrupted key rotation; read-only commands ask for it",
    )
    add_path_argument(upgrade)
    upgrade.set_defaults(func=cmd_upgrade)


def kdf_for(args: argparse.Namespace) -> KdfParams:
    # Hidden switch for tests and demos: the real default costs half a second per unlock.
    return KdfParams.cheap() if getattr(args, "cheap_kdf", False) else KdfParams.default()


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = ask_passphrase(texts.text("cli.new_passphrase_prompt"), confirm=True)
    workspace, recovery_key = Workspace.create(args.path, passphrase, kdf=kdf_for(args))
    workspace.lock()
    print(texts.text("cli.created", path=str(args.path)))
    print(texts.text("cli.recovery_key_once"))
    print(f"\n    {recovery_key}\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_workspace(args.path, read_only=True) as workspace:
        workspace.check_integrity()
        version = workspace.schema_version()
    print(texts.text("cli.check_ok", path=str(args.path), version=version))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_workspace(args.path) as workspace:
        new = ask_passphrase(
            texts.text("cli.new_passphrase_prompt"), NEW_PASSPHRASE_ENV, confirm=True
        )
        recovery_key = workspace.change_passphrase(new, rotate_key=args.rotate_key)
    print(texts.text("cli.passphrase_changed"))
    if recovery_key is not None:
        print(texts.text("cli.key_rotated"))
        print(f"\n    {recovery_key}\n")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from musdesk.documents import upkeep

    with open_workspace(args.path) as workspace:  # a read-write open migrates (backup first)
        found, latest = workspace.upgraded_from, workspace.schema_version()
        backup = workspace.last_backup
        # what `pdf` reads, however large the workspace (an open does it up to a size)
        upkeep.run(everything=True,
                   progress=lambda done, total: print(f"{done}/{total}") if done % 500 == 0
                   or done == total else None)
    if found is None:
        print(texts.text("cli.up_to_date", path=str(args.path), latest=latest))
    else:
        print(texts.text("cli.upgraded", path=str(args.path), found=found, latest=latest,
                         backup=backup.name if backup else "–"))
    return 0
