"""template export|import: share a question set as a small JSON file.

    musdesk template export PATH TEMPLATE -o FILE.json
    musdesk template import PATH FILE.json [--name NAME]

TEMPLATE is the set's ID or an unambiguous part of its name (current versions only). A bad
file is refused with one line saying what is wrong; nothing is saved then.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from musdesk import texts
from musdesk.commands.common import add_path_argument, open_workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("template", help="export or import a question set (JSON)")
    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a question set to a JSON file")
    add_path_argument(export)
    export.add_argument("template", metavar="TEMPLATE", help="its ID or unambiguous name")
    export.add_argument("-o", "--output", required=True, type=Path, help="the JSON file")
    export.set_defaults(func=cmd_export)
    imported = actions.add_parser("import", help="add a question set from a JSON file")
    add_path_argument(imported)
    imported.add_argument("file", metavar="FILE", type=Path, help="the JSON file")
    imported.add_argument("--name", help="the name to give it (default: the file's)")
    imported.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from musdesk.services import template_files
    from musdesk.storage.files import write_atomic

    workspace = open_workspace(args.path)
    try:
        from musdesk.services import lookup

        template_id = lookup.template_id(args.template)
        write_atomic(args.output, template_files.export_template(template_id))
        print(texts.text("templates.exported", path=args.output))
        return 0
    finally:
        workspace.lock()


def cmd_import(args: argparse.Namespace) -> int:
    from musdesk.errors import NotFound
    from musdesk.services import template_files

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise NotFound(kind=texts.text("domain.field.file"), ident=str(args.file)) from exc
    template_files.parse_template_file(raw)  # refuse a bad file before unlocking
    workspace = open_workspace(args.path)
    try:
        created = template_files.import_template(raw, args.name)
        print(texts.text("templates.imported", name=created["name"], id=created["id"]))
        return 0
    finally:
        workspace.lock()
