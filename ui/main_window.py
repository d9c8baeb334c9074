"""The teller's desk: account, services, invoice, payment, receipt, status.

One customer's turn: type the account and press Enter (the lookup runs in the
background); the services fill in with the amounts due, the invoice image loads
beside them; the teller edits amounts, types readings and the cash received
(total and change follow every key, the core's build_draft checks each field);
F9 stores the payment in the background and shows the receipt panel; F2 or
Enter starts the next customer.

Every core call that can touch the disk or the network runs through ui.operations.Op.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QLabel, QMainWindow, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from cashier import money, scan, services
from cashier.errors import CashierError, ConfigError, ValidationError
from cashier.model import Account, Payment, PaymentDraft, QueueStatus, check_account_number
from ui import messages
from ui.account_bar import AccountBar, _period_text
from ui.invoice_view import InvoiceView
from ui.operations import Op, TaskRunner
from ui.payment_panel import PaymentPanel
from ui.receipt_panel import ReceiptPanel
from ui.services_table import ServicesTable
from ui.status_bar import DeskStatusBar, SenderBridge
from ui.style import STYLESHEET

log = logging.getLogger("cashier.ui")

ENTRY, RECEIPT = "entry", "receipt"


class DeskWindow(QMainWindow):
    account_loaded = Signal(object)     # Account
    payment_accepted = Signal(object)   # Payment

    def __init__(self, ws: Any, *, start_sender: bool = True, demo_accounts: list[str] | None = None,
                 sender_interval: float = 2.0):
        super().__init__()
        self.ws = ws
        self.task_runner = TaskRunner(ws, self)
        self.account: Account | None = None
        self.draft: PaymentDraft | None = None
        self.last_payment: Payment | None = None
        self.mode = ENTRY
        self._accepting = False
        self._lookup_pending = False
        self._scan: scan.ScanResult | None = None
        cfg = ws.config

        self.setWindowTitle(self.tr("Utility payments — %1").replace("%1", cfg.workstation_id))
        self.setStyleSheet(STYLESHEET)
        self.setMinimumSize(1100, 680)

        self.account_bar = AccountBar(demo_accounts=demo_accounts)
        self.account_bar.lookup_requested.connect(self.lookup)
        self.table = ServicesTable()
        self.table.edited.connect(self.recompute)
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.invoice = InvoiceView()
        self.payment_panel = PaymentPanel()
        self.payment_panel.tendered_edited.connect(self.recompute)
        self.payment_panel.accept_requested.connect(self.accept)
        self.payment_panel.clear_requested.connect(self.clear_entries)
        self.payment_panel.new_customer_requested.connect(self.new_customer)
        self.receipt_panel = ReceiptPanel()
        self.receipt_panel.next_requested.connect(self.new_customer)
        self.bottom = QStackedWidget()
        self.bottom.addWidget(self.payment_panel)
        self.bottom.addWidget(self.receipt_panel)

        services_card = QFrame()
        services_card.setObjectName("card")
        services_layout = QVBoxLayout(services_card)
        services_layout.setContentsMargins(8, 6, 8, 8)
        services_layout.setSpacing(4)
        caption = QLabel(self.tr("Services"))
        caption.setObjectName("caption")
        services_layout.addWidget(caption)
        services_layout.addWidget(self.table, 1)
        services_layout.addWidget(self.form_error)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(services_card, 1)
        left_layout.addWidget(self.bottom, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.invoice)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.setSizes([870, 570])

        central = QWidget()
        central.setObjectName("desk")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.account_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar(self, now=ws.now)
        self.status.set_teller(cfg.teller_name or cfg.teller_id, cfg.workstation_id, cfg.branch_name)
        self.setStatusBar(self.status)
        self.sender_bridge = SenderBridge(ws, self, interval=sender_interval)
        self.sender_bridge.status.connect(self._on_queue_status)

        self._shortcuts()
        self.new_customer()
        self.refresh_queue_status()
        if start_sender:
            self.sender_bridge.start()

    # --- keyboard ------------------------------------------------------------
    def _shortcuts(self) -> None:
        def bind(keys, slot):
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WindowShortcut)
                sc.activated.connect(slot)
        bind(["F9", "Ctrl+Return", "Ctrl+Enter"], self.accept)
        bind(["Esc"], self.clear_entries)
        bind(["F2"], self.new_customer)
        bind(["Ctrl+P"], self._print_shortcut)

    def _print_shortcut(self) -> None:
        if self.mode == RECEIPT:
            self.receipt_panel.print_receipt()

    # --- state helpers -------------------------------------------------------
    def is_ready(self) -> bool:
        """Nothing in flight and the invoice settled: what --screenshot and tests wait for."""
        if not self.task_runner.is_idle():
            return False
        if self.account is not None:
            return self.invoice.state in (InvoiceView.READY, InvoiceView.UNAVAILABLE)
        return True

    def _focus_first_entry(self) -> None:
        editors = self.table.editors()
        target = editors[0] if editors else self.payment_panel.tendered
        target.setFocus()
        target.selectAll()

    def _set_tab_order(self) -> None:
        chain = [self.account_bar.edit, *self.table.editors(), self.payment_panel.tendered,
                 self.payment_panel.accept_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- the account ---------------------------------------------------------
    def lookup(self, text: str) -> None:
        if self._accepting:
            return
        if self.mode == RECEIPT and not text:
            self.new_customer()
            return
        try:
            scanned = scan.parse_scan(text)  # a typed account, an invoice barcode or a QR code
            number = check_account_number(scanned.account)
        except ValidationError as exc:
            self.account_bar.set_error(messages.describe(exc))
            self.account_bar.focus()
            return
        if scanned.kind != "account":
            self.account_bar.edit.setText(number)
        self._reset_customer(keep_account_text=True)
        self._scan = scanned if scanned.kind != "account" else None
        self.account_bar.set_busy(True)
        self._lookup_pending = True
        Op(self, lambda ws: services.find_account(ws, number), name="find_account") \
            .latest("account").success(self._account_found).failure(self._account_failed).run()

    def _account_found(self, account: Account) -> None:
        self._lookup_pending = False
        self.account_bar.set_busy(False)
        self.account = account
        self.account_bar.set_account(account, self.ws.now())
        self.status.currency = account.currency
        self.table.set_account(account)
        self._set_tab_order()
        self.payment_panel.reset()
        self._apply_scan(account)
        self.recompute()
        self.invoice.set_loading()
        Op(self, lambda ws: services.fetch_invoice(ws, account), name="fetch_invoice") \
            .latest("invoice").success(lambda pdf: self._invoice_arrived(account, pdf)) \
            .failure(lambda exc: self._invoice_failed(account, exc)).run()
        self._focus_first_entry()
        self.account_loaded.emit(account)

    def _apply_scan(self, account: Account) -> None:
        """Readings from a scanned QR code go into their fields; a stale invoice is pointed out."""
        scanned, self._scan = self._scan, None
        if scanned is None:
            return
        for service in account.services:
            if service.meter is not None and service.meter.id in scanned.readings:
                editor = self.table.editor_for(f"reading:{service.code}")
                if editor is not None:
                    editor.setText(money.format_reading(scanned.readings[service.meter.id])
                                   .replace("\u00a0", ""))
        if scanned.period and scanned.period != account.period:
            self.account_bar.set_notice(
                self.tr("The scanned invoice is for %1, the processing center now bills %2: "
                        "check the amounts with the customer.")
                .replace("%1", _period_text(scanned.period)).replace("%2", _period_text(account.period)))

    def _account_failed(self, exc: BaseException) -> None:
        self._lookup_pending = False
        self.account_bar.set_busy(False)
        self.account_bar.clear(keep_text=True)
        self.account_bar.set_error(messages.describe(exc))
        self.account_bar.focus()

    def _invoice_arrived(self, account: Account, pdf: bytes) -> None:
        if self.account is None or self.account.account != account.account:
            return
        self.invoice.set_pdf(pdf)

    def _invoice_failed(self, account: Account, exc: BaseException) -> None:
        if self.account is None or self.account.account != account.account:
            return
        self.invoice.set_unavailable(messages.describe(exc) + "\n\n" +
                                     self.tr("The amounts in the table are enough to accept the payment."))

    # --- editing -------------------------------------------------------------
    def recompute(self) -> None:
        """Rebuild the draft from what is typed; show total, change and what is wrong."""
        panel = self.payment_panel
        if self.account is None or self.mode != ENTRY:
            self.draft = None
            panel.accept_button.setEnabled(False)
            return
        tendered_text = panel.tendered.text()
        try:
            fee_rules = self._fee_rules()
            draft = services.build_draft(self.account, self.table.amounts(), self.table.readings(),
                                         tendered_text, fee_rules=fee_rules)
        except ConfigError as exc:  # the fee table is broken: no total can be trusted
            self.draft = None
            panel.show_figures(None, None, None)
            panel.accept_button.setEnabled(False)
            self._set_form_error(messages.describe(exc))
            return
        except ValidationError as exc:
            errors = list(getattr(exc, "errors", None) or [exc])
            self.draft = None
            self._show_field_errors(errors)
            panel.show_figures(None, None, None)
            panel.accept_button.setEnabled(False)
            return
        self.draft = draft
        self._show_field_errors([])
        currency = self.account.currency
        has_tendered = bool(tendered_text.strip())
        panel.show_figures(draft.total, draft.change if has_tendered else None, currency, fee=draft.fee)
        try:
            services.check_ready(draft, self.ws.config.max_payment)
        except ValidationError as exc:
            panel.accept_button.setEnabled(False)
            if exc.code == "tendered_insufficient" and not has_tendered:
                panel.set_tendered_error(None)
                panel.set_message(self.tr("Type the cash received, then press Enter or F9."))
            elif exc.field == "tendered":
                panel.set_tendered_error(messages.describe(exc))
                panel.set_message(messages.describe(exc), error=True)
            else:
                panel.set_tendered_error(None)
                panel.set_message(None)
                self._set_form_error(messages.describe(exc))
            return
        panel.set_tendered_error(None)
        panel.set_message(self.tr("Ready: press F9 or Enter to accept the payment."))
        panel.accept_button.setEnabled(not self._accepting)

    def _fee_rules(self):
        """The agent fee table from the configuration (parsed once; ConfigError if broken)."""
        if not hasattr(self, "_fee_rules_cache"):
            self._fee_rules_cache = getattr(self.ws.config, "fee_rules", None) or None
        return self._fee_rules_cache

    def _show_field_errors(self, errors: list[ValidationError]) -> None:
        by_field: dict[str, str] = {}
        table_lines: list[str] = []
        tendered_error: str | None = None
        for err in errors:
            text = messages.describe(err)
            field = err.field or ""
            if field == "tendered":
                tendered_error = text
                continue
            by_field.setdefault(field, text)
            name = self.table.service_name(field) if ":" in field else None
            if name:
                kind = field.split(":", 1)[0]
                what = self.tr("amount") if kind == "amount" else self.tr("reading")
                table_lines.append(f"{name}, {what}: {text}")
            else:
                table_lines.append(text)
        self.table.show_errors(by_field)
        self.payment_panel.set_tendered_error(tendered_error)
        self.payment_panel.set_message(tendered_error, error=bool(tendered_error))
        self._set_form_error("\n".join(dict.fromkeys(table_lines)) or None)

    def _set_form_error(self, text: str | None) -> None:
        self.form_error.setText(text or "")
        self.form_error.setVisible(bool(text))

    # --- accepting -----------------------------------------------------------
    def accept(self) -> None:
        if self.mode != ENTRY or self._accepting or self.account is None:
            return
        self.recompute()
        if self.draft is None or not self.payment_panel.accept_button.isEnabled():
            self._focus_first_problem()
            return
        draft = self.draft
        self._accepting = True
        self.payment_panel.accept_button.setEnabled(False)
        self.payment_panel.set_inputs_enabled(False)
        self.table.set_entries_enabled(False)
        self.account_bar.edit.setReadOnly(True)
        self.payment_panel.set_message(self.tr("Saving the payment…"))
        Op(self, lambda ws: services.accept_payment(ws, draft), name="accept_payment") \
            .success(self._accepted).failure(self._accept_failed).run()

    def _focus_first_problem(self) -> None:
        for edit in [*self.table.editors(), self.payment_panel.tendered]:
            if edit.property("invalid"):
                edit.setFocus()
                edit.selectAll()
                return
        self.payment_panel.tendered.setFocus()
        self.payment_panel.tendered.selectAll()

    def _unlock_inputs(self) -> None:
        self._accepting = False
        self.payment_panel.set_inputs_enabled(True)
        self.table.set_entries_enabled(True)
        self.account_bar.edit.setReadOnly(False)

    def _accepted(self, payment: Payment) -> None:
        self._unlock_inputs()
        self.last_payment = payment
        self.mode = RECEIPT
        self.draft = None
        self.table.set_entries_enabled(False)
        self.payment_panel.set_inputs_enabled(False)
        self.receipt_panel.show_payment(payment)
        self.bottom.setCurrentWidget(self.receipt_panel)
        # The next customer starts right here: scan the next account, or press Enter / F2.
        self.account_bar.edit.clear()
        self.account_bar.focus()
        self.sender_bridge.wake()
        self.refresh_queue_status()
        self.payment_accepted.emit(payment)

    def _accept_failed(self, exc: BaseException) -> None:
        self._unlock_inputs()
        self.recompute()  # Accept stays available: a retry after a transient fault is fine
        text = messages.describe(exc)
        if not isinstance(exc, CashierError):
            text = self.tr("The payment was not saved.") + " " + text
        self.payment_panel.set_message(text, error=True)

    # --- clearing ------------------------------------------------------------
    def _reset_customer(self, keep_account_text: bool = False) -> None:
        self.task_runner.invalidate("account")
        self.task_runner.invalidate("invoice")
        self._lookup_pending = False
        self._scan = None
        self.account = None
        self.draft = None
        self.mode = ENTRY
        self.account_bar.set_busy(False)
        self.account_bar.clear(keep_text=keep_account_text)
        self.table.clear_account()
        self._set_form_error(None)
        self.invoice.clear()
        self.payment_panel.reset()
        self.payment_panel.set_inputs_enabled(True)
        self.bottom.setCurrentWidget(self.payment_panel)

    def new_customer(self) -> None:
        """F2: an empty form, the cursor in the account field."""
        if self._accepting:
            return
        self._reset_customer()
        self.account_bar.focus()

    def clear_entries(self) -> None:
        """Esc: back to the amounts due (the account stays); with no account, empty the field."""
        if self._accepting:
            return
        if self.mode == RECEIPT or self.account is None:
            self.new_customer()
            return
        self.table.reset_entries()
        self.payment_panel.tendered.clear()
        self.recompute()
        self._focus_first_entry()

    # --- queue status ----------------------------------------------------------
    def refresh_queue_status(self) -> None:
        Op(self, services.queue_status, name="queue_status").latest("queue_status") \
            .success(self._on_queue_status).failure(lambda exc: log.warning("queue status: %s", exc)).run()

    def _on_queue_status(self, status: QueueStatus) -> None:
        self.status.set_queue_status(status)

    # --- closing ---------------------------------------------------------------
    def shutdown(self) -> None:
        self.sender_bridge.stop()
        self.task_runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.shutdown()
        super().closeEvent(event)


__all__ = ["DeskWindow"]
