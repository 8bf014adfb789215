"""QApplication start-up: language, settings, the first window. Only the GUI imports this."""

from __future__ import annotations

import sys


def run_gui(*, smoke_test: bool = False, workspace: str | None = None) -> int:
    from musdesk.ui.platform_check import ensure_qt_can_start

    ensure_qt_can_start()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from musdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("musdesk")
    app.setOrganizationName("musdesk")
    window = MainWindow()
    window.show()
    if smoke_test:
        # Exit once the first paint has happened: the event loop runs paint events first.
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    return app.exec()
