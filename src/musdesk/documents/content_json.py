"""A summary's content back from its canonical JSON (`seal.canonical_content`).

A signed version is printed from the content issued when it was signed, not from the live
records: goals are adjusted and meetings held after signing, and a reprint must show (and
seal, under the same code) what was signed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
from typing import Any, Union, get_args, get_origin, get_type_hints

from musdesk.documents.content import SummaryDocument


def _build(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        [inner] = [arg for arg in get_args(kind) if arg is not type(None)]
        return _build(inner, value)
    if origin is tuple:
        item = get_args(kind)[0]
        return tuple(_build(item, element) for element in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        return kind(**{
            f.name: _build(hints[f.name], value[f.name])
            for f in dataclasses.fields(kind) if f.init and f.name in value
        })
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value


def summary_from_canonical(canonical: str) -> SummaryDocument:
    """The SummaryDocument whose `canonical_content` is `canonical` (ValueError if not one)."""
    try:
        built = _build(SummaryDocument, json.loads(canonical))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError("not a summary's content") from exc
    if not isinstance(built, SummaryDocument):
        raise ValueError("not a summary's content")
    return built
