"""The teller's desk: account, services, invoice, payment, receipt, status.

The layout, the background threads and the dialogs live here; one customer's
turn (lookup, amounts, cash, accept, receipt) is driven by the window's
EntryController (ui/desk/entry.py), which works the widgets the window gives it.
What an op changed reaches the window in one place, `on_changes`.

Nobody works at the desk without signing in (ui/desk/gate.py): the window opens on
the sign-in screen unless a signed-in user is handed to it, locks itself after
config.idle_lock_seconds without a key or a click (ui/desk/idle.py), and takes the
unfinished payment back from behind the lock only for the same person.

Background threads started with the window and stopped when it closes: the
outbox sender (ui.common.bridges.SenderBridge), the offline account cache
refresher (ui.common.bridges.CacheBridge) and, with a bank back office, the
journal's replicator (ui/desk/backoffice_link.py). Their news arrives on the GUI
thread and updates the status bar, the banners, Accept, and the queue panel.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from cashier import days, drawer
from cashier.identity import users
from cashier.model import Account, QueueStatus
from ui.common.bridges import CacheBridge, CacheNews, QueueSnapshot, SenderBridge, read_cache_news, snapshot
from ui.common.operations import READ, Changes, Op, TaskRunner
from ui.common.style import STYLESHEET
from ui.desk import keys
from ui.desk.account_bar import AccountBar
from ui.desk.backoffice_link import BackofficeLink
from ui.desk.dialog_openers import DialogOpeners
from ui.desk.banner import OfflineBanner
from ui.desk.entry import ENTRY, RECEIPT, EntryController, EntryWidgets
from ui.desk.gate import LOCKED, GateScreen
from ui.desk.idle import IdleWatcher
from ui.desk.owed import OwedReceipts
from ui.desk.page import DeskPage
from ui.desk.invoice_view import InvoiceView
from ui.desk.payment_panel import PaymentPanel
from ui.desk.receipt_panel import ReceiptPanel
from ui.desk.services_table import ServicesTable
from ui.desk.status_bar import DeskStatusBar

log = logging.getLogger("cashier.ui")

__all__ = ["DeskWindow", "ENTRY", "RECEIPT"]


class DeskWindow(DialogOpeners, QMainWindow):
    queue_changed = Signal(object)   # QueueSnapshot; a customer's turn has its own (entry.*)

    def __init__(self, ws: Any, *, start_sender: bool = True, demo_accounts: list[str] | None = None,
                 sender_interval: float = 2.0, probe_interval: float = 10.0,
                 start_cache: bool = True, cache_interval: float = 900,
                 start_backoffice: bool = True,
                 user: users.User | None = None, sign_in_hint: str = "", sign_in_as: str = ""):
        super().__init__()
        self.ws = ws
        self.task_runner = TaskRunner(ws, self)
        self.task_runner.changed.connect(self.on_changes)
        self.snapshot: QueueSnapshot | None = None
        self.cache_news: CacheNews | None = None
        self.language_on_restart = ""
        self.closing = False
        self.user: users.User | None = None      # who is signed in; None behind the sign-in screen
        self.session: drawer.Session | None = None   # this workstation's open cash session
        self._focus_before_lock: QWidget | None = None
        self._offer_drawer = False   # when the session is next read and none is open, open the drawer
        # Whose id the queue panel's approval field starts with: the signed-in supervisor's.
        self.supervisor_hint: Callable[[], str] = \
            lambda: self.user.user_id if self.user and self.user.role == "supervisor" else ""
        self.queue_dialog = None   # QueueDialog, kept while the window lives
        cfg = ws.config

        self.setWindowTitle(self.tr("Utility payments — %1").replace("%1", cfg.workstation_id))
        self.setStyleSheet(STYLESHEET)
        self.setMinimumSize(1100, 680)

        self.account_bar = AccountBar(demo_accounts=demo_accounts)
        self.banner = OfflineBanner()
        self.banner.queue_requested.connect(self.open_queue)
        self.table = ServicesTable()
        self.invoice = InvoiceView()
        self.payment_panel = PaymentPanel()
        self.receipt_panel = ReceiptPanel()
        self.receipt_panel.signed_in = lambda: self.user
        self.bottom = QStackedWidget()
        self.bottom.addWidget(self.payment_panel)
        self.bottom.addWidget(self.receipt_panel)
        self.key_strip = keys.KeyStrip()
        self.desk_page = DeskPage(account_bar=self.account_bar, banner=self.banner, table=self.table,
                                  bottom=self.bottom, invoice=self.invoice, key_strip=self.key_strip)
        self.form_error = self.desk_page.form_error
        self.entry = EntryController(
            self, ws, EntryWidgets(self.account_bar, self.table, self.payment_panel, self.receipt_panel,
                                   self.invoice, self.bottom, self.form_error),
            signed_in=lambda: self.user, snapshot=lambda: self.snapshot)
        self.entry.account_loaded.connect(self._account_loaded)
        self.entry.queue_outdated.connect(self.refresh_queue_status)

        self.gate = GateScreen(cfg.workstation_id)
        self.gate.authenticated.connect(self._authenticated)
        self.gate.set_hint(sign_in_hint)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.desk_page)
        self.pages.addWidget(self.gate)
        self.setCentralWidget(self.pages)
        self.idle = IdleWatcher(self, cfg.idle_lock_seconds)
        self.idle.idle.connect(self.lock)

        self.status = DeskStatusBar(self, now=ws.now)
        self.status.set_teller("—", cfg.workstation_id, cfg.branch_name)
        self.status.queue_requested.connect(self.open_queue)
        self.setStatusBar(self.status)
        self.sender_bridge = SenderBridge(ws, self, interval=sender_interval,
                                          probe_interval=probe_interval)
        self.sender_bridge.news.connect(self._on_snapshot)
        self.cache_bridge = CacheBridge(ws, self, interval_seconds=cache_interval)
        self.cache_bridge.news.connect(self._on_cache_news)
        self.owed = OwedReceipts(self, lambda text: self.status.showMessage(text, 30_000))
        self.backoffice = BackofficeLink(self, ws, self.status)
        self.desk_page.add_banner(self.backoffice.banner)

        self.shortcuts = keys.bind(self)
        self.entry.new_customer()
        if user is not None:
            self._enter_desk(user)
        else:
            self._show_gate()
            self.gate.show_sign_in(user_id=sign_in_as)
            self.gate.check_first_run()
        self.owed.make()
        self.refresh_queue_status()
        self.refresh_cache_news()
        if start_sender:
            self.sender_bridge.start()
        if start_cache:
            self.cache_bridge.start()
        if start_backoffice:
            self.backoffice.start()

    # --- who is at the desk -------------------------------------------------------
    def _show_gate(self) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
        # Nothing stays open in front of the lock: not the queue, not a half-typed void.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.pages.setCurrentWidget(self.gate)

    def _show_desk(self) -> None:
        self.pages.setCurrentWidget(self.desk_page)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(True)
        self.idle.arm()

    def lock(self) -> None:
        """Ctrl+L, or the idle timer: hide the desk, keep everything on it as it is."""
        if self.user is None or self.pages.currentWidget() is self.gate:
            return
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        self.idle.disarm()
        self._show_gate()
        self.gate.show_locked(self.user)

    def _authenticated(self, user: users.User) -> None:
        if self.gate.mode == LOCKED and self.user is not None and user.user_id == self.user.user_id:
            self.user = user
            self._show_desk()
            target = self._focus_before_lock
            self._focus_before_lock = None
            if target is not None and target.isVisible() and target.isEnabled():
                target.setFocus()
            else:
                self.account_bar.focus()
            return
        if self.user is not None and user.user_id != self.user.user_id:
            self.entry.new_customer()  # another person's unfinished payment is not theirs to finish
        self._enter_desk(user)

    def _enter_desk(self, user: users.User) -> None:
        self.user = user
        self.ws.operator = user.user_id
        cfg = self.ws.config
        self.status.set_teller(f"{user.name} ({user.user_id})", cfg.workstation_id, cfg.branch_name)
        self._show_desk()
        self.account_bar.focus()
        self.offer_drawer()
        self.refresh_session()

    def sign_out(self, reason: str) -> None:
        """Out with whoever is signed in (disabled at the back office); their payment goes."""
        self.entry.new_customer()
        self.user = self.ws.operator = None
        self._show_gate()
        self.gate.show_sign_in()
        self.gate.show_message(reason)

    # --- what the ops changed -----------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """The one place that follows what an op changed (Anki's operation_did_execute):
        every op that declares Changes ends here, whichever dialog ran it."""
        if self.closing:
            return
        if changes & Changes.QUEUE:
            self.sender_bridge.wake()   # something new waits for the SPC: send it now
        if changes:
            self.backoffice.wake()      # every change is a journal record: send it now
        if changes & (Changes.QUEUE | Changes.DAY | Changes.RECEIPTS):
            self.refresh_queue_status()   # the queue, the day's state and owed receipts are in it
        if changes & (Changes.SESSION | Changes.DAY | Changes.QUEUE):
            self.refresh_session()      # a payment's cash moves the drawer's level too
        if changes & Changes.CACHE:
            self.refresh_cache_news()

    def offer_drawer(self) -> None:
        """When the session is next read and none is open, open the drawer (F11) to start one:
        on signing in, and when a new business day was opened."""
        self._offer_drawer = True

    def refresh_session(self) -> None:
        ws_id = self.ws.config.workstation_id

        def read(ws):
            day, session = days.business_date(ws), drawer.current(ws.conn, ws_id)
            return session, days.state(ws.conn, day) == "closed", drawer.drawer_level(ws, session)
        Op(self, read, kind=READ, name="session").latest("session") \
            .success(lambda found: self._on_session(*found)) \
            .failure(lambda exc: log.warning("cash session: %s", exc)).run()

    def _on_session(self, session: drawer.Session | None, day_closed=False, level="ok") -> None:
        self.session = session
        self.status.set_drawer_level(level)   # ok | warning | over (cashier/drawer/limits.py)
        user = self.user
        if user is None or self.closing:
            return
        # On a closed day no session can be opened: offering one would only be refused.
        open_if_missing, self._offer_drawer = self._offer_drawer and not day_closed, False
        if session is not None and session.user_id != user.user_id and user.role == "teller":
            self.status.showMessage(self.tr("The cash session of %1 is open on this workstation: "
                                            "they close it with a count (F11), or a supervisor "
                                            "does.").replace("%1", session.user_id), 60_000)
        elif session is None and open_if_missing and user.role in ("teller", "supervisor"):
            self.open_drawer()

    # --- the queue and the offline state --------------------------------------
    def refresh_queue_status(self) -> None:
        Op(self, snapshot, kind=READ, name="queue_status").latest("queue_status") \
            .success(self._on_snapshot).failure(lambda exc: log.warning("queue status: %s", exc)).run()

    def _on_snapshot(self, snap: QueueSnapshot | QueueStatus) -> None:
        if self.closing:
            return
        if isinstance(snap, QueueStatus):
            snap = QueueSnapshot(snap)
        previous = self.snapshot
        self.snapshot = snap
        self.status.set_snapshot(snap)
        if snap.business_date is not None:
            self.status.set_business_date(snap.business_date, snap.day_state, snap.unclosed)
        self.owed.make_if_due(snap)
        self.banner.show_snapshot(snap, self.ws.config, self.ws.now())
        if previous is None or (previous.offline, previous.status.waiting_amount) != \
                (snap.offline, snap.status.waiting_amount):
            self.entry.recompute()  # Accept follows the offline verdict
        if self.queue_dialog is not None:
            self.queue_dialog.set_snapshot(snap, self.status.spc.text())
        self.queue_changed.emit(snap)

    def refresh_cache_news(self) -> None:
        """Read the offline copy's state now; the refresher's last report stands."""
        Op(self, read_cache_news, kind=READ, name="cache_info").latest("cache_info") \
            .success(lambda news: self._on_cache_news(
                CacheNews(news.info, self.cache_news.report if self.cache_news else None))) \
            .failure(lambda exc: log.warning("cache info: %s", exc)).run()

    def _on_cache_news(self, news: CacheNews) -> None:
        if self.closing:
            return
        self.task_runner.invalidate("cache_info")   # a read started earlier is older than this
        self.cache_news = news
        self.status.set_cache(news)
        if self.queue_dialog is not None:
            self.queue_dialog.set_cache(news)

    # --- dialogs ---------------------------------------------------------------
    def _open(self, dialog: QDialog, name: str) -> None:
        """Window-modal without a nested event loop, deleted when closed, kept as self.<name>."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, name, dialog)
        dialog.open()
        dialog.activateWindow()

    def open_branch(self) -> None:
        """Ctrl+B: every desk of the branch, for supervisors (ui/desk/backoffice_link.py)."""
        self.backoffice.open_branch(self.user, lambda text: self.status.showMessage(text, 15_000))

    def _voided(self, result: dict) -> None:
        self.status.showMessage(self.tr("Receipt %1 voided; the cancel goes to the SPC.")
                                .replace("%1", result.get("receipt_no", "")), 15_000)

    def _settings_saved(self, new_language: str) -> None:
        self.language_on_restart = new_language
        text = self.tr("Settings saved.")
        if new_language:
            text += " " + self.tr("The new language is used from the next start.")
        self.status.showMessage(text, 10_000)

    # --- the customer's turn, as tests and --screenshot read it off the window ----
    mode = property(lambda self: self.entry.mode)
    account = property(lambda self: self.entry.account)
    draft = property(lambda self: self.entry.draft)
    last_payment = property(lambda self: self.entry.last_payment)
    overpay_box = property(lambda self: self.entry.overpay_box)

    def is_ready(self) -> bool:
        return self.entry.is_ready()

    def _account_loaded(self, account: Account) -> None:
        self.status.currency = account.currency   # the queue's sums are shown in it

    # --- closing ---------------------------------------------------------------
    def shutdown(self) -> None:
        self.closing = True
        self.idle.remove()
        self.sender_bridge.stop()
        self.cache_bridge.stop()
        self.backoffice.stop()
        self.task_runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.shutdown()
        super().closeEvent(event)
