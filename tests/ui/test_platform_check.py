"""The check for system libraries Qt's xcb plugin needs, before Qt would abort."""

from __future__ import annotations

import ctypes.util

import pytest

from musdesk.ui import platform_check
from musdesk.ui.platform_check import QtCannotStart, ensure_qt_can_start, missing_xcb_packages


@pytest.fixture
def linux_x11(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


def test_missing_xcb_cursor_is_named_with_its_package(linux_x11: pytest.MonkeyPatch) -> None:
    linux_x11.setattr(ctypes.util, "find_library",
                      lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert missing_xcb_packages() == ["libxcb-cursor0"]


def test_start_is_refused_with_an_install_hint(
    linux_x11: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    linux_x11.setattr(ctypes.util, "find_library",
                      lambda name: None if name in ("xcb-cursor", "EGL") else "found")
    with pytest.raises(QtCannotStart):
        ensure_qt_can_start()
    message = capsys.readouterr().err
    assert "apt install libxcb-cursor0 libegl1" in message


def test_nothing_is_missing_when_all_libraries_are_found(linux_x11: pytest.MonkeyPatch) -> None:
    linux_x11.setattr(ctypes.util, "find_library", lambda name: "found")
    assert missing_xcb_packages() == []
    ensure_qt_can_start()


@pytest.mark.parametrize("platform", ["offscreen", "wayland", "minimal"])
def test_other_qt_platforms_are_not_checked(
    linux_x11: pytest.MonkeyPatch, platform: str
) -> None:
    linux_x11.setenv("QT_QPA_PLATFORM", platform)
    linux_x11.setattr(ctypes.util, "find_library", lambda name: None)
    assert missing_xcb_packages() == []


def test_a_wayland_session_without_x_is_not_checked(linux_x11: pytest.MonkeyPatch) -> None:
    linux_x11.delenv("DISPLAY")
    linux_x11.setenv("WAYLAND_DISPLAY", "wayland-0")
    linux_x11.setattr(ctypes.util, "find_library", lambda name: None)
    assert missing_xcb_packages() == []


def test_windows_and_macos_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "win32")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert missing_xcb_packages() == []


def test_no_display_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(QtCannotStart):
        ensure_qt_can_start()
    assert capsys.readouterr().err.startswith("musdesk: no display: ")


def test_starting_the_app_without_a_display_says_so_and_exits(tmp_path) -> None:  # noqa: ANN001
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["MUSDESK_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run([sys.executable, "-m", "musdesk"], env=env, capture_output=True,
                            text=True, timeout=60)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux decides by DISPLAY/WAYLAND_DISPLAY")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("musdesk: no display: "), result.stderr
    assert "Traceback" not in result.stderr
