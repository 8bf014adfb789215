"""The mouse wheel scrolls the page; it changes a drop-down, date or number field only
when that field has the keyboard focus (clicked or tabbed into).

One application-wide event filter, installed once on the QApplication (`install`, called by
the main window a moment after its first paint: start-up time), so every combo box and spin
box (QDateEdit, QSpinBox, … are QAbstractSpinBox) of every tab and dialog behaves alike,
with no per-widget code:
- on Polish, such a field's focus policy WheelFocus becomes StrongFocus, so the wheel no
  longer gives it the focus (Qt does that before any filter sees the event);
- a wheel event over such a field without focus is not delivered to it; it goes to the
  vertical scroll bar of the nearest scroll area around it, which scrolls the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded_field(widget: QObject) -> QWidget | None:
    """The combo/spin box the event is for: the widget itself, or the one whose inner
    line edit it is."""
    current = widget if isinstance(widget, QWidget) else None
    for _ in range(3):
        if current is None or isinstance(current, QAbstractScrollArea):
            return None
        if isinstance(current, GUARDED):
            return current
        current = current.parentWidget()
    return None


def _scroll_bar_for(field: QWidget) -> QWidget | None:
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            bar = parent.verticalScrollBar()
            return bar if bar.isVisible() else None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            field = _guarded_field(watched)
            if field is None or field.hasFocus() or not isinstance(event, QWheelEvent):
                return False
            bar = _scroll_bar_for(field)
            if bar is not None:
                forwarded = QWheelEvent(
                    bar.mapFromGlobal(event.globalPosition().toPoint()).toPointF(),
                    event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                    event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                )
                QCoreApplication.sendEvent(bar, forwarded)
            return True  # never to the unfocused field
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            _no_wheel_focus(watched)
        return False


def _no_wheel_focus(field: QWidget) -> None:
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


_guard: WheelGuard | None = None


def install(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same one)."""
    global _guard
    app = app or QApplication.instance()
    if app is None:
        raise RuntimeError("a QApplication is needed")
    if _guard is None or _guard.parent() is not app:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        # Installed after the first paint (main window): fields polished before it.
        for widget in QApplication.allWidgets():
            if isinstance(widget, GUARDED):
                _no_wheel_focus(widget)
    return _guard


def installed() -> bool:
    app = QApplication.instance()
    return _guard is not None and app is not None and _guard.parent() is app
