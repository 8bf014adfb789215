"""Keep `None`, `True` and `False` alive under PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 hands back `None` from every void method (`painter.setPen`,
`label.setText`, `widget.update`, …) without a reference of its own, and `True` from
`SignalInstance.emit`. On Python 3.12+ these objects are immortal, so nothing happens;
on 3.11 each call takes one reference from the interpreter's singletons. `None` starts
with about 5,000 references, so a few repaints of a drawn widget such as the wheel end in
"Fatal Python error: none_dealloc".

`pin_singletons()` gives the three objects a very large reference count once (what 3.12
does by making them immortal). Calling it again is harmless. It belongs at application
start; the wheel calls it on import too so that it is safe wherever it is used.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: more void calls than a process makes in years.
_PIN = 1 << 40
_pinned = False


def pin_singletons() -> None:
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PIN
    _pinned = True
