"""The main window with the real tabs: the follow-up notice after unlocking, and checking a
summary from the File menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from musdesk.ui.dialogs.verify_dialog import VerifyDialog
from musdesk.ui.main_window import MainWindow
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings


def open_demo(qtbot, session: Session, settings: AppSettings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state is not SessionState.BUSY, timeout=60_000)
    assert session.is_open
    return window


def test_unlocking_tells_what_follow_up_is_due_and_leads_to_the_due_list(
    qtbot, session: Session, settings: AppSettings
) -> None:
    window = open_demo(qtbot, session, settings)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=10_000)
    assert "overdue" in window.notice.label.text()  # the demo has overdue follow-ups
    assert window.tabs is not None and window.tabs.currentIndex() == 0  # nothing was forced
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 3
    assert not window.notice.isVisible()
    window.lock()
    assert not window.notice.isVisible()
    session.close()


def test_file_menu_checks_a_summary(
    qtbot, session: Session, settings: AppSettings, monkeypatch
) -> None:
    window = open_demo(qtbot, session, settings)
    assert window.verify_action.isEnabled()
    opened: list[VerifyDialog] = []
    monkeypatch.setattr(VerifyDialog, "open", lambda self: opened.append(self))
    window.verify_action.trigger()
    assert len(opened) == 1
    result = opened[0].verify_code("AAAA-AAAA-AAAA")
    assert result is not None and not result.ok
    window.lock()
    assert not window.verify_action.isEnabled()
    session.close()


def test_file_menu_exports_the_verification_certificate(
    qtbot, session: Session, settings: AppSettings, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from musdesk.documents import certificate
    from musdesk.ui.dialogs.certificate_dialog import CertificateDialog

    window = open_demo(qtbot, session, settings)
    assert window.certificate_action.isEnabled()
    assert window.certificate_action in window.menuBar().actions()[0].menu().actions()
    opened: list[CertificateDialog] = []
    monkeypatch.setattr(CertificateDialog, "open", lambda self: opened.append(self))
    window.certificate_action.trigger()
    dialog = opened[0]
    expected = certificate.format_fingerprint(certificate.certificate_fingerprint())
    assert dialog.fingerprint_label.text() == expected
    target = tmp_path / "for-the-lawyer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = dialog.ask_and_save()
    assert saved == tmp_path / "for-the-lawyer.pem" and str(saved) in dialog.status.text()
    assert saved.read_bytes() == certificate.signing_identity().certificate_pem()
    assert b"PRIVATE" not in saved.read_bytes()
    window.lock()
    assert not window.certificate_action.isEnabled()
    session.close()
