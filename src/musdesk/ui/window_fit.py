"""Every window opens inside the available screen; dialogs remember a size only when it fits.

    window_fit.install(app, settings)     # once, after the main window's first paint

One application-wide event filter looks at Show and Hide of top-level windows (all other
events return at once):
- Show: a dialog gets the size it had last time, if that fits the screen it opens on now
  (a laptop after an external monitor); then any window larger than the available screen
  is shrunk to it, and moved so that its title bar and buttons are on the screen (the
  document preview asked for 900 px on a 768 px screen and hid Print, Save as and Close).
- Hide: a dialog's size is remembered (per dialog class) only when it fits the screen.
Message boxes and file dialogs size themselves and are only kept inside the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's frame and title bar, when unknown
SETTINGS_GROUP = "dialog-sizes"


def available_rect(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def _frame_extra(widget: QWidget) -> QSize:
    """What the window manager adds around the client area (estimated before mapping)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.width() <= 0 and extra.height() <= 0:
        return FRAME_ALLOWANCE
    return extra


def fits(widget: QWidget, size: QSize) -> bool:
    room = available_rect(widget)
    extra = _frame_extra(widget)
    return (size.width() + extra.width() <= room.width()
            and size.height() + extra.height() <= room.height())


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` (a top-level window) to the available screen and move it onto it."""
    room = available_rect(widget)
    extra = _frame_extra(widget)
    width = min(widget.width(), room.width() - extra.width())
    height = min(widget.height(), room.height() - extra.height())
    width = max(width, min(widget.minimumWidth(), room.width()))
    height = max(height, min(widget.minimumHeight(), room.height()))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    x, y = max(x, room.x()), max(y, room.y())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class WindowFitter(QObject):
    """The application-wide filter (see the module's docstring)."""

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind is not QEvent.Type.Show and kind is not QEvent.Type.Hide:
            return False
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if kind is QEvent.Type.Show:
            self._shown(watched)
        else:
            self._hidden(watched)
        return False

    def _remembers(self, widget: QWidget) -> bool:
        return (self.store is not None and isinstance(widget, QDialog)
                and not isinstance(widget, (QMessageBox, QFileDialog)))

    def _key(self, widget: QWidget) -> str:
        return f"{SETTINGS_GROUP}/{type(widget).__name__}"

    def _shown(self, widget: QWidget) -> None:
        if self._remembers(widget) and not widget.property("musdeskSizeRestored"):
            widget.setProperty("musdeskSizeRestored", True)
            saved = self.store.value(self._key(widget)) if self.store is not None else None
            if isinstance(saved, QSize) and saved.isValid() and fits(widget, saved):
                widget.resize(saved.expandedTo(widget.minimumSizeHint()))
        fit_to_screen(widget)

    def _hidden(self, widget: QWidget) -> None:
        if self._remembers(widget) and fits(widget, widget.size()) and self.store is not None:
            self.store.setValue(self._key(widget), widget.size())


_installed: list[WindowFitter] = []


def install(app: QApplication | None = None, store: QSettings | None = None) -> WindowFitter:
    """Install the filter once (later calls return the first one)."""
    if _installed:
        return _installed[0]
    target = app or QApplication.instance()
    if target is None:
        raise RuntimeError("a QApplication is needed")
    fitter = WindowFitter(store, target)
    target.installEventFilter(fitter)
    _installed.append(fitter)
    return fitter


def saved_sizes(store: QSettings) -> dict[str, QByteArray | QSize]:
    """What is remembered (for tests and the settings dialog's reset)."""
    store.beginGroup(SETTINGS_GROUP)
    try:
        return {key: store.value(key) for key in store.childKeys()}
    finally:
        store.endGroup()
