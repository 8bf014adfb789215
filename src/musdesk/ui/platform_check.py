"""Detect, before Qt aborts, a missing system library that its window-system plugin needs."""

from __future__ import annotations

import os
import sys

# Libraries the xcb platform plugin loads on Linux, with the Debian/Ubuntu package to install.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def missing_xcb_packages() -> list[str]:
    """Packages to install for Qt's xcb plugin, or [] when it can load (or isn't used)."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and not os.environ.get("DISPLAY") and os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes.util  # only here: it pulls in subprocess and tempfile (start-up time)

    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


class QtCannotStart(SystemExit):
    pass


def no_display() -> bool:
    """On Linux with the default (xcb) plugin: neither an X11 nor a Wayland display is there
    (a server, a container, ssh without -X); Qt would abort with a core dump."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False  # offscreen, vnc, … need no display
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


NO_DISPLAY = (
    "musdesk: no display: start it from a desktop session (DISPLAY or WAYLAND_DISPLAY is not "
    "set); for a run without a screen set QT_QPA_PLATFORM=offscreen"
)


def ensure_qt_can_start() -> None:
    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        raise QtCannotStart(2)
    missing = missing_xcb_packages()
    if missing:
        message = (
            "musdesk: the Qt window system plugin (xcb) cannot start because system libraries "
            "are missing. Install them, e.g.: sudo apt install " + " ".join(missing)
        )
        print(message, file=sys.stderr)
        raise QtCannotStart(2)
