"""musdesk package export|inspect|import|keygen: the packaged, encrypted workspace.

Passphrases come from the environment only: MUSDESK_PASSPHRASE (the workspace, also the
new one an import creates) and MUSDESK_PACKAGE_PASSPHRASE (the package), else they are
asked on the terminal without echo. Never on the command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, ask_passphrase, open_workspace

PACKAGE_PASSPHRASE_ENV = "MUSDESK_PACKAGE_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    package = subparsers.add_parser(
        "package", help="export, inspect and import encrypted .musdesk packages")
    commands = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write a package of a workspace")
    add_path_argument(export)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                        help="the package to write (.musdesk)")
    export.add_argument("--organisation", action="append", default=[], metavar="ORG",
                        help="only this organisation (ID or exact name) and all that hangs "
                             "on it; repeat for more (default: the whole workspace)")
    export.add_argument("--recipient", action="append", default=[], metavar="KEY",
                        help="encrypt to this age public key (age1…) or the keys in this "
                             "file instead of a passphrase; repeat for more")
    export.set_defaults(func=cmd_export)

    inspect = commands.add_parser("inspect", help="show what a package holds (writes nothing)")
    inspect.add_argument("file", type=Path, metavar="FILE")
    inspect.add_argument("-i", "--identity", type=Path, metavar="KEYFILE",
                         help="the age key file, for a package made for a recipient")
    inspect.set_defaults(func=cmd_inspect)

    imp = commands.add_parser("import", help="open a package as a new workspace, or merge it")
    imp.add_argument("file", type=Path, metavar="FILE")
    add_path_argument(imp)
    imp.add_argument("--merge", action="store_true",
                     help="merge into the existing workspace at PATH (default: create it)")
    imp.add_argument("-i", "--identity", type=Path, metavar="KEYFILE",
                     help="the age key file, for a package made for a recipient")
    imp.add_argument("--report", type=Path, metavar="FILE",
                     help="also write the merge's conflict report to this file")
    imp.add_argument("--cheap-kdf", action="store_true", help=argparse.SUPPRESS)
    imp.set_defaults(func=cmd_import)

    keygen = commands.add_parser("keygen", help="make an age key pair for receiving packages")
    keygen.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                        help="the key file to create (kept secret; never replaced)")
    keygen.set_defaults(func=cmd_keygen)


def _protection(args: argparse.Namespace):
    from musdesk.interchange.package_crypto import Protection, read_recipients

    if args.recipient:
        keys: list[str] = []
        for value in args.recipient:
            keys += read_recipients(value)
        return Protection(recipients=tuple(dict.fromkeys(keys)))
    return Protection(passphrase=ask_passphrase(
        texts.text("cli.package.passphrase_prompt"), PACKAGE_PASSPHRASE_ENV, confirm=True))


def _unlock(args: argparse.Namespace):
    from musdesk.interchange.package_crypto import Unlock, read_identities
    from musdesk.interchange.package_reader import package_needs

    if args.identity is not None:
        return Unlock(identities=read_identities(args.identity))
    if package_needs(args.file) == "recipients":
        from musdesk.interchange.package_crypto import PackageSecretWrong, reason

        raise PackageSecretWrong(detail=reason("needs_identity"))
    return Unlock(passphrase=ask_passphrase(texts.text("cli.package.passphrase_prompt"),
                                            PACKAGE_PASSPHRASE_ENV))


def cmd_export(args: argparse.Namespace) -> int:
    from musdesk.interchange.package_export import export_package, resolve_organisations

    protection = _protection(args)
    with open_workspace(args.path) as workspace:
        organisations = resolve_organisations(args.organisation) if args.organisation else None
        result = export_package(args.output, workspace.workspace_id, protection,
                                organisations=organisations)
    print(texts.text("cli.package.exported", path=str(result.path), records=result.records,
                     organisations=", ".join(name for _, name in result.organisations) or "-"))
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from musdesk.interchange.package_reader import inspect_package

    summary = inspect_package(args.file, _unlock(args))
    print(texts.text("cli.package.inspect_head", path=str(summary.path),
                     created=summary.created, source=summary.source_workspace,
                     app=summary.app_version, format=summary.format_version,
                     schema=summary.schema_version))
    print(texts.text("cli.package.scope_" + summary.scope))
    for name in summary.organisations:
        print(f"  {name}")
    for table, count in sorted(summary.counts.items()):
        print(f"{table}\t{count}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from musdesk.interchange.package_reader import open_package

    opened = open_package(args.file, _unlock(args))
    if args.merge:
        from musdesk.interchange.package_merge import merge_package

        with open_workspace(args.path) as workspace:
            result = merge_package(opened, workspace)
        if args.report is not None:
            from musdesk.storage.files import write_atomic

            write_atomic(args.report, result.report.encode("utf-8"))
        print(texts.text("cli.package.merged", added=sum(result.added.values()),
                         updated=sum(result.updated.values()),
                         conflicts=len(result.conflicts)))
        if result.conflicts and args.report is None:
            print(result.report, end="")
        return 0
    from musdesk.interchange.package_import import import_as_new
    from musdesk.storage import KdfParams

    passphrase = ask_passphrase(texts.text("cli.new_passphrase_prompt"), confirm=True)
    kdf = KdfParams.cheap() if args.cheap_kdf else None
    workspace, imported = import_as_new(opened, args.path, passphrase, kdf=kdf)
    workspace.lock()
    print(texts.text("cli.package.imported", path=str(args.path), records=imported.records))
    print(texts.text("cli.recovery_key_once"))
    print(f"\n    {imported.recovery_key}\n")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from musdesk.interchange.package_crypto import generate_key_pair, write_key_file

    pair = generate_key_pair()
    write_key_file(args.output, pair)
    print(texts.text("cli.package.keygen", path=str(args.output)))
    print(pair.recipient)
    return 0
