"""The frame: welcome / unlock / content pages, the four tabs, menus, status bar, auto-lock.

What happens on a user action lives in `Session` (state, keys) and `WorkspaceActions`
(dialogs); the tabs come from `tabs.factory`. This module only wires them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Start-up time is a target (benchmarks/bench_startup.py, tests/ui/test_app.py): import no
# `Qt` namespace here (creating its enums costs ~12 ms), nor storage, services or tabs.
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from musdesk.errors import MusdeskError, WrongPassphrase, WrongRecoveryKey
from musdesk.ui.errors import show_error, show_notice
from musdesk.ui.idle import IdleWatcher
from musdesk.ui.session import Session, SessionState
from musdesk.ui.settings import AppSettings
from musdesk.ui.unsaved_edit import ask_about_unsaved_edits
from musdesk.ui.widgets.unlock_notice import UnlockNotice
from musdesk.ui.workspace_actions import WorkspaceActions, demo_available

if TYPE_CHECKING:  # the screens and tabs are imported when first shown (start-up time)
    from musdesk.ui.package_actions import PackageActions
    from musdesk.ui.screens.unlock import UnlockScreen
    from musdesk.ui.screens.welcome import WelcomeScreen
    from musdesk.ui.tabs.base import TabPage

DEFAULT_SIZE = (1280, 800)
NOTICE_DELAY_MS = 150
AFTER_PAINT_MS = 120  # shortcuts and the window fitter: not needed for the first screen


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        *,
        build_tabs: Callable[[], list[Any]] | None = None,
        idle: IdleWatcher | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.actions_ = WorkspaceActions(session, settings, self)
        self._build_tabs = build_tabs
        self._painted = False
        self._pages: dict[str, TabPage] = {}  # the tabs built so far
        self._slots: dict[str, _TabSlot] = {}
        self._pending_states: dict[str, dict[str, Any]] = {}
        self._saved_view: tuple[Path | None, int, dict[str, dict[str, Any]]] | None = None
        self._locked_by_user_or_idle = False
        self._unlocking_with_recovery_key = False
        self._quitting_by_user = False
        self._help: Any = None  # the guide, kept while the window lives
        self._organisation_id: str | None = None  # the current one, shared by the tabs
        self.idle = idle or IdleWatcher(settings.auto_lock_minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock(ask=False))  # nobody there to ask

        self.setWindowTitle("musdesk")
        self._welcome: WelcomeScreen | None = None
        self._unlock_screen: UnlockScreen | None = None
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(6, 6, 6, 0)
        self.notice = UnlockNotice()
        self.notice.show_due_list.connect(
            lambda: self.navigate("follow_up", {"show": "due_list"}))
        self.content_layout.addWidget(self.notice)
        self.demo_banner: QWidget | None = None  # built when a demo workspace opens
        self.tabs: QTabWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label, 1)

        self._make_menus()
        self._connect()
        self._restore_geometry()
        self._state_changed()

    # --- building -----------------------------------------------------------------------
    def _make_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey]] = []
        # Key sequences load Qt's large key enumeration (~12 ms), and the window fitter
        # watches every event: both a moment after the first paint (or half a second,
        # should the window not be painted, e.g. when hidden), so that the first screen
        # (and `--smoke-test`, which quits once it is painted) never waits for them.
        self.first_painted.connect(
            lambda: QTimer.singleShot(AFTER_PAINT_MS, self, self._install_deferred))
        QTimer.singleShot(500, self, self._install_deferred)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New workspace…"), self.actions_.new_workspace,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open workspace…"),
                                        self.actions_.open_workspace,
                                        QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.tr("Open the &demo workspace"),
                                        self.actions_.open_demo)
        self.demo_action.setVisible(demo_available())
        self.lock_action = self._action(self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))
        self.passphrase_action = self._action(self.tr("Change &passphrase…"),
                                              self.actions_.change_passphrase)
        self.backups_action = self._action(self.tr("&Backups…"), self.actions_.backups)
        self.privacy_action = self._action(self.tr("P&rivacy…"), self.actions_.privacy)
        self.verify_action = self._action(self.tr("Check a printed or saved &summary…"),
                                          self.verify_document)
        self.certificate_action = self._action(self.tr("Export &verification certificate…"),
                                               self.show_certificate)
        self._packages: PackageActions | None = None
        self.export_package_action = self._action(self.tr("&Export package…"),
                                                  lambda: self.packages.export_package())
        self.import_package_action = self._action(self.tr("&Import package…"),
                                                  lambda: self.packages.import_package())
        self.settings_action = self._action(self.tr("&Settings…"), self.edit_settings,
                                            QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), self.quit_by_user,
                                        QKeySequence.StandardKey.Quit)
        for item in (self.new_action, self.open_action, self.demo_action, None, self.lock_action,
                     self.passphrase_action, self.backups_action, self.privacy_action,
                     self.verify_action, self.certificate_action, None,
                     self.export_package_action, self.import_package_action, None,
                     self.settings_action,
                     None, self.quit_action):
            if item is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(item)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&Getting started"), self.show_help,
                                         QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts)
        self.about_action = self._action(self.tr("&About musdesk"), self._about)
        for item in (self.guide_action, self.shortcuts_action, None, self.about_action):
            if item is None:
                help_menu.addSeparator()
            else:
                help_menu.addAction(item)

    def _install_deferred(self) -> None:
        """Keyboard shortcuts, dialogs kept inside the screen (ui/window_fit.py), and the
        wheel that scrolls pages, never an unfocused field's value (ui/wheel_guard.py).
        Both are application-wide event filters, a Python call for every event: the first
        screen has no field they guard or window they fit, and its ~500 events through
        them cost ~40 ms of CPU before the first paint (benchmarks/bench_startup.py)."""
        self._install_shortcuts()
        from musdesk.ui import wheel_guard, window_fit

        wheel_guard.install()
        window_fit.install(store=self.settings.store)

    def _install_shortcuts(self) -> None:
        for action, shortcut in self._shortcuts:
            action.setShortcut(shortcut)
        self._shortcuts = []

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _connect(self) -> None:
        s = self.session
        s.state_changed.connect(self._state_changed)
        s.opened.connect(self._opened)
        s.created.connect(self.actions_.show_recovery_key)
        s.failed.connect(self._failed)
        s.about_to_lock.connect(self._save_and_drop_content)
        s.lock_waiting.connect(lambda: self.statusBar().showMessage(self.tr(
            "Locking as soon as the background task has stopped…"), 3000))
        s.unsaved_reason = self._unsaved_reason
        ask_about_unsaved_edits(self, s, lambda: list(self._pages.values()))
        s.lock_refused.connect(lambda reason: self.statusBar().showMessage(
            self.tr("Not locked: an edit could not be saved: %s") % reason, 10000))

    def _unsaved_reason(self) -> str | None:
        """Write every tab's pending edits; why one of them could not be saved, or None."""
        for page in self._pages.values():
            page.save_pending()
            reason = page.unsaved_reason()
            if reason is not None:
                return reason
        return None

    # --- the two full-window screens, built when first needed ----------------------------
    @property
    def welcome(self) -> WelcomeScreen:
        if self._welcome is None:
            from musdesk.ui.screens.welcome import WelcomeScreen

            screen = WelcomeScreen()
            screen.set_demo_available(demo_available())
            screen.create_requested.connect(self.actions_.new_workspace)
            screen.open_requested.connect(self.actions_.open_workspace)
            screen.demo_requested.connect(self.actions_.open_demo)
            self.stack.addWidget(screen)
            self._welcome = screen
        return self._welcome

    @property
    def unlock_screen(self) -> UnlockScreen:
        if self._unlock_screen is None:
            from musdesk.ui.screens.unlock import UnlockScreen

            screen = UnlockScreen()
            screen.unlock_requested.connect(self._unlock)
            screen.cancel_requested.connect(self.session.cancel)
            screen.open_other_requested.connect(self.actions_.open_workspace)
            screen.create_requested.connect(self.actions_.new_workspace)
            self.stack.addWidget(screen)
            self._unlock_screen = screen
        return self._unlock_screen

    def _showing_unlock(self) -> bool:
        return self._unlock_screen is not None and self.stack.currentWidget() is self._unlock_screen

    # --- state --------------------------------------------------------------------------
    def _state_changed(self) -> None:
        state = self.session.state
        if state is SessionState.NO_WORKSPACE:
            self.welcome.set_busy(None)
            self.stack.setCurrentWidget(self.welcome)
        elif state is SessionState.LOCKED and self.session.folder is not None:
            from musdesk.ui.demo import DEMO_PASSPHRASE, is_demo_folder

            self.unlock_screen.prepare(
                self.session.folder, locked_while_working=self._locked_by_user_or_idle,
                demo_passphrase=DEMO_PASSPHRASE if is_demo_folder(self.session.folder) else None)
            self.stack.setCurrentWidget(self.unlock_screen)
        elif state is SessionState.BUSY:
            if self._showing_unlock():
                self.unlock_screen.set_busy(True)
            else:
                self.stack.setCurrentWidget(self.welcome)
                self.welcome.set_busy(self.tr("Preparing the workspace… this takes a moment."))
        elif state is SessionState.OPEN:
            self.stack.setCurrentWidget(self.content)
        if state is SessionState.OPEN:
            self.idle.start()
        else:
            self.idle.stop()
        opened = state is SessionState.OPEN
        self.lock_action.setEnabled(opened)
        self.passphrase_action.setEnabled(opened)
        self.backups_action.setEnabled(opened)
        self.privacy_action.setEnabled(opened)
        self.verify_action.setEnabled(opened)
        self.export_package_action.setEnabled(opened)
        self.certificate_action.setEnabled(opened)
        busy = state is SessionState.BUSY
        self.import_package_action.setEnabled(not busy)
        for action in (self.new_action, self.open_action, self.demo_action):
            action.setEnabled(not busy)
        self._update_status()

    def _update_status(self) -> None:
        folder, state = self.session.folder, self.session.state
        if folder is None or state is SessionState.NO_WORKSPACE:
            text = self.tr("No workspace open")
        else:
            label = {
                SessionState.LOCKED: self.tr("locked"),
                SessionState.BUSY: self.tr("unlocking…"),
                SessionState.OPEN: self.tr("unlocked"),
            }[state]
            text = self.tr("Workspace: {path} ({state})").format(path=str(folder), state=label)
        self.status_label.setText(text)
        title = "musdesk" if folder is None else f"{folder.name} – musdesk"
        if self._is_demo() and folder is not None:
            from musdesk.ui.widgets.demo_banner import DemoBanner, demo_title

            title = demo_title(folder.name)
            if self.demo_banner is None:
                self.demo_banner = DemoBanner()
                self.content_layout.insertWidget(0, self.demo_banner)
        if self.demo_banner is not None:
            self.demo_banner.setVisible(self._is_demo())
        self.setWindowTitle(title)

    def _is_demo(self) -> bool:
        if self.session.folder is None:
            return False
        from musdesk.ui.demo import is_demo_folder

        return is_demo_folder(self.session.folder)

    def _unlock(self, secret: str, is_recovery_key: bool) -> None:
        self._unlocking_with_recovery_key = is_recovery_key
        if is_recovery_key:
            self.session.unlock(recovery_key=secret)
        else:
            self.session.unlock(passphrase=secret)

    def _failed(self, error: MusdeskError) -> None:
        if self._showing_unlock():
            if isinstance(error, (WrongPassphrase, WrongRecoveryKey)):
                self.unlock_screen.wrong_secret(str(error))
            else:
                self.unlock_screen.set_busy(False)
                self.unlock_screen.show_message(str(error))
        elif self.session.state is not SessionState.OPEN:
            show_error(self, error)  # creating failed; change-passphrase shows its own

    # --- content ------------------------------------------------------------------------
    def _opened(self) -> None:
        self._locked_by_user_or_idle = False
        saved, self._saved_view = self._saved_view, None
        index = 0
        self._pending_states = {}
        if saved is not None and saved[0] == self.session.folder:
            _, index, self._pending_states = saved
        self._build_content(index)
        for notice in getattr(self.session.workspace, "notices", ()):  # e.g. a rotation undone
            show_notice(self, notice)
        # After the first paint of the tabs: counting the due items must not delay them. A
        # zero timer may run before the paint, hence the short delay.
        QTimer.singleShot(NOTICE_DELAY_MS, self, self._refresh_notice)
        if self._unlocking_with_recovery_key:
            # The passphrase was forgotten: offer a new one right away.
            self._unlocking_with_recovery_key = False
            QTimer.singleShot(0, self, self.actions_.change_passphrase)

    def _build_content(self, index: int) -> None:
        """Tab slots for all four tabs; only the shown one is built now, the others when
        first shown, so unlocking does not wait for tabs nobody looks at yet."""
        self._drop_content()
        from musdesk.ui.tabs.factory import build_tabs

        build = self._build_tabs or build_tabs
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for spec in build():
            slot = _TabSlot(spec.key, spec.build)
            tabs.addTab(slot, spec.title)
            self._slots[spec.key] = slot
        index = index if 0 <= index < tabs.count() else 0
        tabs.setCurrentIndex(index)
        self.tabs = tabs
        self._current_tab = index
        self._page_at(index)
        tabs.currentChanged.connect(self._tab_switched)
        self.content_layout.addWidget(tabs)

    def page(self, key: str) -> TabPage | None:
        """The tab page for `key`, built now if it was not yet."""
        slot = self._slots.get(key)
        if slot is None:
            return None
        if slot.page is None:
            page = slot.build()
            page.navigate.connect(self.navigate)
            page.organisation_chosen.connect(
                lambda org_id, source=key: self._organisation_chosen(source, org_id))
            page.restore_view_state(self._pending_states.pop(key, {}))
            self._pages[key] = page
            if self._organisation_id:
                page.set_organisation(self._organisation_id)
            else:
                self._organisation_id = page.organisation_id()
        return slot.page

    def _page_at(self, index: int) -> TabPage | None:
        slot = self.tabs.widget(index) if self.tabs is not None else None
        return self.page(slot.key) if isinstance(slot, _TabSlot) else None

    def _organisation_chosen(self, source: str, organisation_id: str) -> None:
        """One current organisation across the tabs: the one last chosen on any of them."""
        if not organisation_id or organisation_id == self._organisation_id:
            return
        self._organisation_id = organisation_id
        for key, page in list(self._pages.items()):
            if key != source:
                page.set_organisation(organisation_id)

    def navigate(self, key: str, payload: object) -> None:
        """Switch to the tab `key` and let it show `payload` (routes the tabs' signals)."""
        page = self.page(key)
        if page is None or self.tabs is None:
            return
        self.tabs.setCurrentWidget(self._slots[key])
        page.show_item(payload)

    def _tab_switched(self, index: int) -> None:
        if self.tabs is None:
            return
        previous = self.tabs.widget(self._current_tab)
        if isinstance(previous, _TabSlot) and previous.page is not None:
            previous.page.save_pending()
        self._current_tab = index
        self._page_at(index)

    @property
    def packages(self) -> PackageActions:
        """File → Export/Import package… (built when first used: start-up time)."""
        if self._packages is None:
            from musdesk.ui.package_actions import PackageActions

            self._packages = PackageActions(self.session, self.settings, self,
                                            self.save_pending)
            self._packages.merged.connect(lambda _result: self.reload_content())
        return self._packages

    def save_pending(self) -> None:
        for page in self._pages.values():
            page.save_pending()

    def reload_content(self) -> None:
        """The data changed under every tab (a restore, an erasure): build them again."""
        if self.tabs is not None and self.session.is_open:
            self._pending_states = {}
            self._build_content(self.tabs.currentIndex())

    def _save_and_drop_content(self) -> None:
        """Before the key is dropped: save edits, remember where the user was, clear data."""
        close_dialogs_for_lock()
        if self.tabs is not None:
            for page in self._pages.values():
                page.save_pending()
            states = {key: page.view_state() for key, page in self._pages.items()}
            # Tabs never opened keep the state they were restored with.
            states = {**self._pending_states, **states}
            self._saved_view = (self.session.folder, self.tabs.currentIndex(), states)
        self._drop_content()

    def _drop_content(self) -> None:
        self.notice.hide()
        if self.tabs is not None:
            # Hidden and detached at once: deleteLater alone waits for the event loop, and
            # the personal data must leave the screen now.
            self.content_layout.removeWidget(self.tabs)
            self.tabs.hide()
            self.tabs.setParent(None)
            self.tabs.deleteLater()
            self.tabs = None
        self._pages = {}
        self._slots = {}
        self._organisation_id = None

    # --- actions ------------------------------------------------------------------------
    def lock(self, *, ask: bool = True) -> None:  # File → Lock, Ctrl+L; asks about a refused edit
        if self.session.is_open:
            self._locked_by_user_or_idle = True
            self.session.lock(ask=ask)

    def _refresh_notice(self) -> None:
        # Deferred: the workspace may have been locked again in the meantime.
        if self.session.is_open:
            self.notice.refresh()

    def verify_document(self) -> QDialog | None:
        """Tell whether a summary (a PDF, or the code printed on paper) matches what is
        stored and was not altered."""
        if not self.session.is_open:
            return None
        from PySide6.QtCore import Qt  # its enums cost ~12 ms: not imported at start-up

        from musdesk.ui.dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_certificate(self) -> QDialog | None:
        """The workspace's signing certificate: its fingerprint, and saving it for others."""
        if not self.session.is_open:
            return None
        from PySide6.QtCore import Qt

        from musdesk.ui.dialogs.certificate_dialog import CertificateDialog

        dialog = CertificateDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_settings(self) -> None:
        if self.actions_.edit_settings():
            self.idle.set_minutes(self.settings.auto_lock_minutes)

    def show_help(self, section: str | None = None) -> QDialog:
        """Help → Getting started, or F1: the guide at the section of the tab shown."""
        from musdesk.ui.dialogs.help_dialog import HelpDialog

        if section is None:
            slot = self.tabs.currentWidget() if self.tabs is not None else None
            section = slot.key if isinstance(slot, _TabSlot) else "year"
        if self._help is None:
            self._help = HelpDialog(self)
        self._help.show_section(section)
        return self._help

    def show_shortcuts(self) -> QDialog:
        from musdesk.ui.dialogs.help_dialog import ShortcutsDialog

        actions = [action for menu in self.menuBar().findChildren(QMenu)
                   for action in menu.actions()]
        dialog = ShortcutsDialog(actions, self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        from musdesk.ui.dialogs.about import show_about

        show_about(self)

    # --- window -------------------------------------------------------------------------
    def quit_by_user(self) -> None:
        self._quitting_by_user = True
        self.close()
        self._quitting_by_user = False

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            width, height = DEFAULT_SIZE
            if screen is not None:
                available = screen.availableGeometry()
                width = min(width, int(available.width() * 0.9))
                height = min(height, int(available.height() * 0.9))
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # The user quitting the demo (Quit, or the window's close button) is told that it
        # will be deleted; a close by the program itself is not asked about.
        asked_by_user = event.spontaneous() or self._quitting_by_user
        self._quitting_by_user = False
        if asked_by_user and self._is_demo():
            from musdesk.ui.widgets.demo_banner import confirm_quit_demo

            if not confirm_quit_demo(self):
                event.ignore()
                return
        if asked_by_user and self.session.is_open and not self.session.settle_unsaved(
                quitting=True):
            event.ignore()  # the user chose to stay: the edit keeps being retried
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.session.close()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def close_dialogs_for_lock() -> None:
    """Open dialogs show workspace data too: close them (their unsaved input is dropped).
    A dialog with `keep_open_on_lock` stays: the recovery key, which cannot be shown again."""
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, QDialog) and widget.isVisible()
                and not getattr(widget, "keep_open_on_lock", False)):
            widget.done(QDialog.DialogCode.Rejected)


class _TabSlot(QWidget):
    """The tab widget's page: holds the real tab once it is built."""

    def __init__(self, key: str, build: Callable[[], TabPage]) -> None:
        super().__init__()
        self.key = key
        self._build = build
        self.page: TabPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> TabPage:
        if self.page is None:
            self.page = self._build()
            self._layout.addWidget(self.page)
        return self.page
