"""Saving invitations for the consultant's own mail program: per conversation (an .ics
request and the invitation PDF into a chosen folder) and for a whole round (on a worker
thread with a progress dialog that can be cancelled). The work is Qt-free
(`interchange/invitations.py`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from musdesk.errors import MusdeskError
from musdesk.ui.errors import show_error
from musdesk.ui.file_dialogs import start_folder
from musdesk.ui.workers import Job, JobContext, start

if TYPE_CHECKING:  # the invitations (ReportLab, icalendar) load when first asked for
    from musdesk.interchange.invitations import InvitationResult


def choose_folder(parent: QWidget | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("InvitationExport", "Folder for the invitations"),
        start_folder())
    return Path(chosen) if chosen else None


def save_invitation(parent: QWidget | None, conversation_id: str,
                    folder: Path | None = None) -> list[Path] | None:
    """The conversation's invitation as .ics + PDF into a folder (asked for when None)."""
    from musdesk.interchange.invitations import write_invitation

    folder = folder or choose_folder(parent)
    if folder is None:
        return None
    try:
        written = write_invitation(conversation_id, folder)
    except MusdeskError as exc:
        show_error(parent, exc)
        return None
    if parent is not None:
        QMessageBox.information(
            parent, QCoreApplication.translate("InvitationExport", "Invitation saved"),
            QCoreApplication.translate(
                "InvitationExport", "Saved %1 and %2. Attach both to an e-mail to the "
                "employee and the leader; the .ics puts the conversation in their calendars.")
            .replace("%1", written[0].name).replace("%2", written[1].name))
    return written


def save_round_invitations(parent: QWidget | None, round_id: str, folder: Path | None = None,
                           on_done: Callable[[InvitationResult], None] | None = None) -> Job | None:
    """Every scheduled conversation's invitation into a folder, off the UI thread."""
    from musdesk.interchange.invitations import write_round_invitations

    folder = folder or choose_folder(parent)
    if folder is None:
        return None
    progress = QProgressDialog(
        QCoreApplication.translate("InvitationExport", "Saving invitations…"),
        QCoreApplication.translate("InvitationExport", "Cancel"), 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    cancelled = [False]

    def work(context: JobContext) -> InvitationResult:
        # (the job runner closes this worker thread's connection when the job ends)
        return write_round_invitations(
            round_id, folder, progress=lambda done, total, _name: context.report(done, total),
            is_cancelled=lambda: context.cancelled or cancelled[0])

    job = Job(work)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def on_success(result: InvitationResult) -> None:
        progress.close()
        if on_done is not None:
            on_done(result)
            return
        if parent is None:
            return
        text = QCoreApplication.translate(
            "InvitationExport", "%1 invitations saved in %2.").replace(
            "%1", str(len(result.written) // 2)).replace("%2", str(folder))
        if result.skipped:
            text += " " + QCoreApplication.translate(
                "InvitationExport", "Without a time yet (no invitation): %1.").replace(
                "%1", ", ".join(result.skipped))
        QMessageBox.information(
            parent, QCoreApplication.translate("InvitationExport", "Invitations saved"), text)

    def on_failure(error: BaseException) -> None:
        progress.close()
        if isinstance(error, MusdeskError):
            show_error(parent, error)
        else:
            raise error

    job.signals.progress.connect(on_progress)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(on_failure)
    progress.canceled.connect(lambda: cancelled.__setitem__(0, True))
    job.progress_dialog = progress  # type: ignore[attr-defined]  # kept alive with the job
    return start(job)


def wheel_invitations(tab: Any, folder: Path | None = None, selected: bool = False) -> Any:
    """From the wheel tab: the selected conversation's invitation, or the whole round's."""
    from musdesk.ui.qtmodels.progress_matrix import ROW_ROLE

    if selected:
        row = tab.matrix.currentIndex().data(ROW_ROLE)
        return None if row is None else save_invitation(tab, row.conversation_id, folder)
    round_id = tab.current_round_id()
    return None if round_id is None else save_round_invitations(tab, round_id, folder)
