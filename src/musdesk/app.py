"""QApplication start-up: language, settings, error handling, the first window.

Only the GUI imports this. Heavy modules (storage, services, tabs) are imported when first
needed, so that the first window paints quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CHEAP_KDF_ENV = "MUSDESK_CHEAP_KDF"  # tests and demos only: milliseconds instead of 0.5 s
PAINT_TIME_ENV = "MUSDESK_PRINT_PAINT_TIME"  # benchmarks: print when the window first painted


def run_gui(*, smoke_test: bool = False, workspace: str | None = None) -> int:
    """Start the desktop application; returns the exit code.

    smoke_test: quit as soon as the first window has been painted (packaged-build test,
    start-up benchmark). It never waits for input: a remembered workspace shows its unlock
    screen, which is enough.
    """
    from musdesk.ui.platform_check import ensure_qt_can_start

    ensure_qt_can_start()
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from musdesk.ui.errors import ExceptionHook
    from musdesk.ui.i18n import choose_language, install_language
    from musdesk.ui.main_window import MainWindow
    from musdesk.ui.session import Session
    from musdesk.ui.settings import AppSettings

    owns_application = QApplication.instance() is None
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("musdesk")
    app.setOrganizationName("musdesk")
    settings = AppSettings()
    language = choose_language(settings.language, QLocale.system().name())
    translators = install_language(app, language)

    session = Session(settings, kdf=_kdf_from_environment())
    hook = ExceptionHook(lambda: session.folder if session.is_open else None)
    hook.install()
    window = MainWindow(session, settings)
    start_folder = Path(workspace) if workspace else settings.last_workspace
    if start_folder is not None and start_folder.is_dir():
        session.choose(start_folder)
    window.show()
    if os.environ.get(PAINT_TIME_ENV) == "1":
        import time

        window.first_painted.connect(lambda: print(f"first-paint {time.time():.6f}", flush=True))
    if smoke_test:
        # Exit once the first paint has happened: the event loop runs paint events first.
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    try:
        code = app.exec()
    finally:
        session.close()
        hook.uninstall()
        del translators
    if owns_application:
        _end_process(code, settings)
    return code


def _end_process(code: int, settings) -> None:  # noqa: ANN001 (AppSettings, imported late)
    """Everything is saved and closed: end the process without Python's teardown, which
    spends ~25 ms destroying thousands of Qt wrappers nobody will use again (start-up and
    exit time is a target, benchmarks/bench_startup.py). Settings, background jobs, logs
    and the standard streams are finished first, as a normal exit would."""
    import logging

    from PySide6.QtCore import QThreadPool

    settings.sync()
    QThreadPool.globalInstance().waitForDone(10_000)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _kdf_from_environment():  # -> KdfParams | None
    if os.environ.get(CHEAP_KDF_ENV) != "1":
        return None
    from musdesk.storage import KdfParams

    return KdfParams.cheap()
