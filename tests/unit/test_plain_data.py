"""The UI and the CLI get plain data back from the core, never a Peewee model or query.

The import rule (test_layers.py) keeps `musdesk.models` out of ui/ and commands/; this test
closes the other door: a core function that ui/, commands/ or cli.py calls must not be
annotated to return a model instance or a query (the core packages are type-checked
strictly, so the annotation is what the function returns). Every call of an imported core
function is found in the source (`service.f(...)`, `f(...)`, `module.f(...)`), resolved to
the function object, and its return annotation read.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path
from types import ModuleType

import peewee

import musdesk
import musdesk.models

ROOT = Path(musdesk.__file__).resolve().parent
CORE = ("musdesk.services", "musdesk.documents", "musdesk.interchange", "musdesk.storage")
MODEL_NAMES = frozenset(
    name for name, value in vars(musdesk.models).items()
    if inspect.isclass(value) and issubclass(value, peewee.Model)
) | {"Model", "ModelSelect", "Select", "SelectQuery", "Query", "ModelRaw"}


def _is_core(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in CORE)


def _resolve(module: str, attr: str | None = None) -> object | None:
    try:
        found: object = importlib.import_module(module)
    except ImportError:
        return None
    if attr is not None:
        found = getattr(found, attr, None)
        if found is None:  # a submodule not imported by its package yet
            try:
                found = importlib.import_module(f"{module}.{attr}")
            except ImportError:
                return None
    return found


def _bindings(tree: ast.AST) -> dict[str, object]:
    """Names bound by imports of core modules/functions anywhere in the file."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not _is_core(node.module):
                continue
            for alias in node.names:
                found = _resolve(node.module, alias.name)
                if found is not None:
                    names[alias.asname or alias.name] = found
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _is_core(alias.name) and alias.asname:
                    found = _resolve(alias.name)
                    if found is not None:
                        names[alias.asname] = found
    return names


def returns_a_model(function: object) -> str | None:
    """The return annotation when it names a model or a query, else None."""
    if inspect.isclass(function):
        return function.__name__ if issubclass(function, peewee.Model) else None
    if not inspect.isfunction(function):
        return None
    annotation = inspect.signature(function).return_annotation
    text = annotation if isinstance(annotation, str) else getattr(
        annotation, "__name__", repr(annotation))
    words = {word.rsplit(".", 1)[-1] for word in re.findall(r"[A-Za-z_][\w.]*", text)}
    return text if words & MODEL_NAMES else None


def plain_data_violations(files: list[Path], root: Path) -> list[str]:
    bad: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _bindings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            target: object | None = None
            label = ""
            if isinstance(node.func, ast.Name) and node.func.id in names:
                target, label = names[node.func.id], node.func.id
            elif (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                  and isinstance(names.get(node.func.value.id), ModuleType)):
                module = names[node.func.value.id]
                target = getattr(module, node.func.attr, None)
                label = f"{node.func.value.id}.{node.func.attr}"
            if target is None:
                continue
            returned = returns_a_model(target)
            if returned is not None:
                bad.append(f"{path.relative_to(root)}:{node.lineno}: {label}() -> {returned}")
    return bad


def _front_files() -> list[Path]:
    return [*sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "commands").rglob("*.py")),
            ROOT / "cli.py"]


def test_ui_and_commands_call_no_core_function_that_returns_a_model() -> None:
    files = _front_files()
    assert len(files) > 50
    assert plain_data_violations(files, ROOT) == []


def test_the_check_finds_calls_of_functions_returning_models(tmp_path: Path) -> None:
    source = tmp_path / "commands" / "x.py"
    source.parent.mkdir()
    source.write_text(
        "from musdesk.services import lookup\n"
        "from musdesk.services.lookup import round_ as find\n"
        "import musdesk.services.lookup as lk\n"
        "def run(a):\n"
        "    lookup.organisation(a)\n"
        "    find(a)\n"
        "    lk.employee(a)\n"
        "    lookup.round_id(a)\n"  # plain data: fine
    )
    assert plain_data_violations([source], tmp_path) == [
        "commands/x.py:5: lookup.organisation() -> Organisation",
        "commands/x.py:6: find() -> Round",
        "commands/x.py:7: lk.employee() -> Employee",
    ]
