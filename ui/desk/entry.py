"""One customer's turn at the desk: account → amounts and cash → accept → receipt → next.

The window owns one EntryController and gives it the widgets of the turn
(EntryWidgets); the controller wires their signals and drives them. Keys only,
for an account paid as billed: account digits, Enter (the lookup runs in the
background and the cursor lands in the cash field), cash digits, Enter (accept;
the receipt prints by itself when automatic printing is on). Every core call
that can touch the disk or the network runs through ui.common.operations.Op: the
lookup and the invoice on the network executor, the payment on the write
thread, so Accept never waits behind a lookup. What is typed is read as a draft
on every key by ui/desk/draft_form.py (pure, on the GUI thread).

What the controller needs from the window besides widgets comes as functions:
who is signed in, the last queue snapshot (for the offline limits).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from cashier import accounts, money, payments
from cashier.errors import CashierError, RuleError, ValidationError
from cashier.identity.users import User
from cashier.model import Account, Payment, PaymentDraft, check_account_number
from cashier.payments import scan
from ui import messages
from ui.common.bridges import QueueSnapshot
from ui.common.operations import NETWORK, READ, Changes, Op
from ui.common.printing import auto_print_enabled
from ui.common.wording import period_text
from ui.desk.account_bar import AccountBar
from ui.desk.banner import amount_refusal, block_reason
from ui.desk.basket import Basket, add_to_basket, take_back
from ui.desk.controls_flow import ControlsFlow
from ui.desk.draft_form import DraftForm
from ui.desk.invoice_view import InvoiceView
from ui.desk.payment_panel import BANKNOTES, PaymentPanel
from ui.desk.receipt_panel import ReceiptPanel
from ui.desk.services_table import ServicesTable

log = logging.getLogger("cashier.ui")

ENTRY, RECEIPT = "entry", "receipt"


@dataclass(frozen=True)
class EntryWidgets:
    """The widgets of a customer's turn, built and laid out by the window."""
    account_bar: AccountBar
    table: ServicesTable
    payment_panel: PaymentPanel
    receipt_panel: ReceiptPanel
    invoice: InvoiceView
    bottom: QStackedWidget   # the payment panel, or after Accept the receipt panel
    form_error: QLabel       # under the table: what is wrong with the amounts


class EntryController(QObject):
    account_loaded = Signal(object)     # Account
    payment_accepted = Signal(object)   # Payment
    queue_outdated = Signal()           # the core refused on offline limits the window had not seen

    def __init__(self, window: QWidget, ws: Any, widgets: EntryWidgets, *,
                 signed_in: Callable[[], User | None],
                 snapshot: Callable[[], QueueSnapshot | None]):
        super().__init__(window)   # a child of the window: its ops run on the window's task runner
        self.window = window
        self.ws = ws
        self.w = widgets
        self.signed_in = signed_in
        self.snapshot = snapshot
        self.mode = ENTRY
        self.account: Account | None = None
        self.draft: PaymentDraft | None = None
        self.last_payment: Payment | None = None
        self.accepting = False
        self.overpay_box: QMessageBox | None = None   # the typo guard's question while it is open
        self._scan = None
        self.form = DraftForm(self, ws.config, widgets.table, widgets.payment_panel, widgets.form_error,
                              self.offline_refusal)
        self.controls = ControlsFlow(window, self._accepted)   # identification, approval
        self.basket = Basket(widgets.payment_panel.basket_strip)   # other accounts (F7)
        self.form.basket = self.basket
        strip = widgets.payment_panel.basket_strip
        strip.remove_requested.connect(lambda i: self.basket.remove(i) and self.recompute())
        strip.add_requested.connect(lambda: add_to_basket(self))
        w = widgets
        w.account_bar.lookup_requested.connect(self.lookup)
        w.table.edited.connect(self.recompute)
        w.table.entries_done.connect(self.focus_cash)
        w.payment_panel.tendered_edited.connect(self.recompute)
        w.payment_panel.accept_requested.connect(self.accept)
        w.payment_panel.clear_requested.connect(self.clear_entries)
        w.payment_panel.new_customer_requested.connect(self.new_customer)
        w.receipt_panel.next_requested.connect(self.new_customer)

    @property
    def runner(self):
        return self.window.task_runner

    # --- the account ---------------------------------------------------------
    def lookup(self, text: str) -> None:
        bar = self.w.account_bar
        if self.accepting:
            return
        if self.mode == RECEIPT and not text:
            self.new_customer()
            return
        try:
            scanned = scan.parse_scan(text)  # a typed account, an invoice barcode or a QR code
            number = check_account_number(scanned.account)
        except ValidationError as exc:
            # Nothing changes: the account shown (if any) and what was typed for it stay.
            bar.set_error(messages.describe(exc))
            bar.focus()
            return
        if scanned.kind != "account":
            bar.edit.setText(number)
        self._reset_customer(keep_account_text=True)
        self._scan = scanned if scanned.kind != "account" else None
        bar.set_busy(True)
        # A live answer is stored in the offline copy; one from the copy changes nothing.
        Op(self, lambda ws: accounts.find_account(ws, number), kind=NETWORK, name="find_account",
           changes=lambda found: Changes.CACHE if found.cached_at is None else Changes.NONE) \
            .latest("account").success(self._account_found).failure(self._account_failed).run()

    def _account_found(self, account: Account) -> None:
        w = self.w
        w.account_bar.set_busy(False)
        self.account = account
        w.account_bar.set_account(account, self.ws.now())
        w.table.set_account(account)
        self._set_tab_order()
        w.payment_panel.reset()
        w.payment_panel.set_limit(self.ws.config.max_payment, account.currency)
        self._apply_scan(account)
        self.recompute()
        w.invoice.set_loading()
        Op(self, lambda ws: accounts.fetch_invoice(ws, account), kind=NETWORK, name="fetch_invoice") \
            .latest("invoice").success(lambda pdf: self._invoice_arrived(account, pdf)) \
            .failure(lambda exc: self._invoice_failed(account, exc)).run()
        self.focus_cash()
        self.account_loaded.emit(account)

    def _apply_scan(self, account: Account) -> None:
        """Readings from a scanned QR code go into their fields; a stale invoice is pointed out."""
        scanned, self._scan = self._scan, None
        if scanned is None:
            return
        for service in account.services:
            if service.meter is not None and service.meter.id in scanned.readings:
                editor = self.w.table.editor_for(f"reading:{service.code}")
                if editor is not None:
                    editor.setText(money.format_reading(scanned.readings[service.meter.id])
                                   .replace("\u00a0", ""))
        if scanned.period and scanned.period != account.period:
            self.w.account_bar.set_notice(
                self.tr("The scanned invoice is for %1, the processing center now bills %2: "
                        "check the amounts with the customer.")
                .replace("%1", period_text(scanned.period)).replace("%2", period_text(account.period)))

    def _account_failed(self, exc: BaseException) -> None:
        bar = self.w.account_bar
        bar.set_busy(False)
        bar.clear(keep_text=True)
        bar.set_error(messages.describe(exc))
        bar.focus()

    def _invoice_arrived(self, account: Account, pdf: bytes) -> None:
        if self.account is None or self.account.account != account.account or self.mode != ENTRY:
            return
        self.w.invoice.set_pdf(pdf)

    def _invoice_failed(self, account: Account, exc: BaseException) -> None:
        if self.account is None or self.account.account != account.account or self.mode != ENTRY:
            return
        self.w.invoice.set_unavailable(messages.describe(exc) + "\n\n" +
                                       self.tr("The amounts in the table are enough to accept the payment."))

    # --- focus ---------------------------------------------------------------
    def focus_cash(self) -> None:
        self.w.payment_panel.tendered.setFocus()
        self.w.payment_panel.tendered.selectAll()

    def focus_amounts(self) -> None:
        """F4: into the amounts and readings (Enter or Tab walks on to the cash field)."""
        if self.mode != ENTRY or self.account is None or self.accepting:
            return
        editors = self.w.table.editors()
        if editors:
            editors[0].setFocus()
            editors[0].selectAll()

    def _set_tab_order(self) -> None:
        w = self.w
        chain = [w.account_bar.edit, *w.table.editors(), w.payment_panel.tendered,
                 w.payment_panel.accept_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _focus_first_problem(self) -> None:
        for edit in [*self.w.table.editors(), self.w.payment_panel.tendered]:
            if edit.property("invalid"):
                edit.setFocus()
                edit.selectAll()
                return
        self.focus_cash()

    # --- editing -------------------------------------------------------------
    def recompute(self) -> None:
        """Rebuild the draft from what is typed; show total, change and what is wrong."""
        panel = self.w.payment_panel
        panel.set_cash_keys_enabled(self.account is not None and self.mode == ENTRY and not self.accepting)
        if self.account is None or self.mode != ENTRY:
            self.draft = None
            panel.accept_button.setEnabled(False)
            return
        self.draft, ready = self.form.read(self.account)
        panel.accept_button.setEnabled(ready and not self.accepting)

    def offline_refusal(self, adding: int) -> str | None:
        """Why the core would refuse a payment now (offline limits), from the last queue snapshot."""
        snap, config = self.snapshot(), self.ws.config
        return block_reason(snap, config, self.ws.now()) or amount_refusal(snap, config, adding)

    def add_banknote(self, index: int) -> None:
        if self.mode == ENTRY and self.account is not None and not self.accepting:
            self.w.payment_panel.add_banknote(BANKNOTES[index])

    def exact_amount(self) -> None:
        if self.mode == ENTRY and self.account is not None and not self.accepting:
            self.w.payment_panel.set_exact()

    # --- accepting -----------------------------------------------------------
    def accept(self) -> None:
        if self.mode != ENTRY or self.accepting or self.account is None or self.signed_in() is None:
            return
        self.recompute()
        if self.draft is None or not self.w.payment_panel.accept_button.isEnabled():
            self._focus_first_problem()
            return
        lines = self.form.far_above_due(self.draft)
        if lines:
            self._ask_far_above_due(self.draft, lines)
            return
        self._start_accept(self.draft, confirmed=False)

    def _ask_far_above_due(self, draft: PaymentDraft, lines) -> None:
        code = lines[0][0].service_code

        def answered(accepted: bool) -> None:
            self.overpay_box = None
            if accepted and self.draft is draft and self.mode == ENTRY:
                self._start_accept(draft, confirmed=True)
                return
            editor = self.w.table.editor_for(f"amount:{code}")
            if editor is not None:
                editor.setFocus()
                editor.selectAll()
        self.overpay_box = self.controls.ask_far_above_due(self.w.form_error.text(), answered)

    def _start_accept(self, draft: PaymentDraft, confirmed: bool, payer=None) -> None:
        teller = self.signed_in()
        drafts, tender = self.basket.with_current(draft), self.form.tender
        self._lock_inputs(True)
        self.w.payment_panel.set_message(self.tr("Saving the payment…"))
        Op(self, lambda ws: payments.accept_basket(ws, drafts, teller, tender,
                                                   confirmed_over_due=confirmed, payer=payer),
           changes=Changes.QUEUE, name="accept_payment").success(self._accepted).failure(
            lambda exc: self._accept_failed(exc) or self.controls.handle(
                exc, (drafts, tender), teller, confirmed, payer,
                lambda payer: self._start_accept(draft, confirmed, payer))).run()

    def _lock_inputs(self, locked: bool) -> None:
        """Nothing is typed while the payment is being saved."""
        w = self.w
        self.accepting = locked
        if locked:
            w.payment_panel.accept_button.setEnabled(False)
        w.payment_panel.set_inputs_enabled(not locked)
        w.table.set_entries_enabled(not locked)
        w.account_bar.edit.setReadOnly(locked)

    def _accepted(self, paid: list[Payment] | Payment) -> None:
        w = self.w
        paid = paid if isinstance(paid, list) else [paid]
        payment, self.basket_paid = paid[-1], paid
        self.basket.clear()
        self._lock_inputs(False)
        self.last_payment = payment
        self.mode = RECEIPT
        self.draft = None
        w.table.set_entries_enabled(False)
        w.payment_panel.set_inputs_enabled(False)
        w.receipt_panel.show_payment(payment)
        w.bottom.setCurrentWidget(w.receipt_panel)
        self._show_receipt_preview(payment)
        if auto_print_enabled(self.ws.config):
            w.receipt_panel.print_receipt(reprint=False)
        # The next customer starts right here: scan the next account, or press Enter / F2.
        w.account_bar.edit.clear()
        w.account_bar.focus()
        self.payment_accepted.emit(payment)

    def _show_receipt_preview(self, payment: Payment) -> None:
        """The receipt takes the invoice's place on the right (read off the GUI thread)."""
        invoice = self.w.invoice
        self.runner.invalidate("invoice")
        invoice.set_kind("receipt")
        if not (payment.basket_pdf or payment.receipt_pdf):
            invoice.set_unavailable(messages.describe_code("receipt_missing"))
            return
        invoice.set_loading()
        path = payment.basket_pdf or payment.receipt_pdf   # several accounts: their one receipt
        Op(self, lambda ws: open(path, "rb").read(), kind=READ, name="read_receipt").latest("invoice") \
            .success(lambda pdf: self._receipt_arrived(payment, pdf)) \
            .failure(lambda exc: self._receipt_failed(payment, exc)).run()

    def _receipt_arrived(self, payment: Payment, pdf: bytes) -> None:
        if self.mode == RECEIPT and self.last_payment is payment:
            self.w.invoice.set_pdf(pdf)

    def _receipt_failed(self, payment: Payment, exc: BaseException) -> None:
        if self.mode == RECEIPT and self.last_payment is payment:
            text = messages.describe(exc) if isinstance(exc, CashierError) else \
                messages.describe_code("receipt_missing")
            self.w.invoice.set_unavailable(text)

    def _accept_failed(self, exc: BaseException) -> None:
        self._lock_inputs(False)
        if isinstance(exc, RuleError) and exc.code.startswith("offline_"):
            self.queue_outdated.emit()  # the banner catches up with what the core saw
        self.recompute()  # Accept stays available: a retry after a transient fault is fine
        text = messages.describe(exc)
        if not isinstance(exc, CashierError):
            text = self.tr("The payment was not saved.") + " " + text
        self.w.payment_panel.set_message(text, error=True)

    def print_or_reprint(self) -> None:
        if self.mode == RECEIPT:
            self.w.receipt_panel.print_receipt()

    def receipt_shown(self) -> Payment | None:
        """The payment whose receipt is on screen (F8 offers to void it), if any."""
        return self.last_payment if self.mode == RECEIPT else None

    # --- clearing ------------------------------------------------------------
    def _reset_customer(self, keep_account_text: bool = False) -> None:
        w = self.w
        self.runner.invalidate("account")
        self.runner.invalidate("invoice")
        self._scan = None
        self.account = None
        self.draft = None
        self.mode = ENTRY
        w.account_bar.set_busy(False)
        w.account_bar.clear(keep_text=keep_account_text)
        w.table.clear_account()
        self.form.set_error(None)
        w.invoice.clear()
        w.payment_panel.reset()
        w.payment_panel.set_inputs_enabled(True)
        w.payment_panel.set_cash_keys_enabled(False)   # until an account is shown
        w.bottom.setCurrentWidget(w.payment_panel)

    def new_customer(self) -> None:
        """F2: an empty form, the cursor in the account field."""
        if self.accepting:
            return
        self._reset_customer()
        self.basket.clear()
        self.w.account_bar.focus()

    def clear_entries(self) -> None:
        """Esc: back to the amounts due (the account stays); with no account, empty the field."""
        if self.accepting:
            return
        if self.mode == ENTRY and self.account is None and len(self.basket):
            take_back(self)
            return
        if self.mode == RECEIPT or self.account is None:
            self.new_customer()
            return
        self.w.table.reset_entries()
        self.w.payment_panel.tendered.clear()
        self.recompute()
        self.focus_cash()

    def is_ready(self) -> bool:
        """Nothing in flight and the invoice settled: what --screenshot and tests wait for."""
        if not self.runner.is_idle():
            return False
        if self.account is not None:
            return self.w.invoice.state in (InvoiceView.READY, InvoiceView.UNAVAILABLE)
        return True
