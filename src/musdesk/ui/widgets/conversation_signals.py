"""`emit()`: a Python-side signal emission that survives a PySide6 6.12.0 reference bug.

In PySide6 6.12.0, `.emit(...)` called from Python on a signal declared in Python
(`Signal(...)` on a QObject subclass) gives back `True` without owning a reference to it, so
each call takes one reference from the interpreter's `True`. A few hundred emissions (one per
keystroke, say) and CPython aborts with "Fatal Python error: bool_dealloc". Qt's own signals
(emitted by Qt, or `.emit()` of a C++ signal such as `textEdited`) are not affected.

The bug is measured once at import; when present, each emission gives the reference back.
Giving one too many is harmless (True is never freed), giving one too few is fatal.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


EMIT_STEALS_TRUE = _emit_steals_a_reference()


def emit(signal: Any, *args: object) -> None:
    """`signal.emit(*args)`, keeping the interpreter's `True` alive on affected versions."""
    signal.emit(*args)
    if EMIT_STEALS_TRUE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
