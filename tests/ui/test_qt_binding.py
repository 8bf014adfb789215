"""The Qt binding in use does not leak references to Python's singletons.

PySide6 6.12.0 returns None from void methods and True from Signal.emit() without a
reference of its own; on Python 3.11 that kills the interpreter after a few hundred calls
(e.g. while typing or repainting). pyproject.toml excludes it; this guards the pin.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Probe(QObject):
    ping = Signal()


def test_void_calls_and_emits_keep_singleton_references(qtbot) -> None:
    probe, label = _Probe(), QLabel()
    qtbot.addWidget(label)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        probe.ping.emit()
        label.setText("x")
    assert true_before - sys.getrefcount(True) < 50
    assert none_before - sys.getrefcount(None) < 50
