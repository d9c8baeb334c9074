"""One customer's turn at the desk: account → amounts and cash → accept → receipt.

The methods of DeskWindow that make the turn, kept apart from the window's
layout and plumbing (ui/desk/window.py). Keys only, for an account paid as
billed: account digits, Enter (the lookup runs in the background and the
cursor lands in the cash field), cash digits, Enter (accept; the receipt
prints by itself when automatic printing is on). Every core call that can
touch the disk or the network runs through ui.common.operations.Op; build_draft and
check_ready are pure and run on every key.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from cashier import accounts, fees, money, payments
from cashier.payments import scan
from cashier.errors import CashierError, ConfigError, RuleError, ValidationError
from cashier.model import Account, Payment, check_account_number
from ui import messages
from ui.common.wording import period_text
from ui.desk.banner import amount_refusal, block_reason
from ui.desk.invoice_view import InvoiceView
from ui.common.operations import NETWORK, READ, Changes, Op
from ui.common.printing import auto_print_enabled

log = logging.getLogger("cashier.ui")

ENTRY, RECEIPT = "entry", "receipt"


class EntryFlow:
    """Mixed into DeskWindow (a QMainWindow); uses its widgets and task runner."""

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
            # Nothing changes: the account shown (if any) and what was typed for it stay.
            self.account_bar.set_error(messages.describe(exc))
            self.account_bar.focus()
            return
        if scanned.kind != "account":
            self.account_bar.edit.setText(number)
        self._reset_customer(keep_account_text=True)
        self._scan = scanned if scanned.kind != "account" else None
        self.account_bar.set_busy(True)
        self._lookup_pending = True
        # A live answer is stored in the offline copy; one from the copy changes nothing.
        Op(self, lambda ws: accounts.find_account(ws, number), kind=NETWORK, name="find_account",
           changes=lambda found: Changes.CACHE if found.cached_at is None else Changes.NONE) \
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
        self.payment_panel.set_limit(self.ws.config.max_payment, account.currency)
        self._apply_scan(account)
        self.recompute()
        self.invoice.set_loading()
        Op(self, lambda ws: accounts.fetch_invoice(ws, account), kind=NETWORK, name="fetch_invoice") \
            .latest("invoice").success(lambda pdf: self._invoice_arrived(account, pdf)) \
            .failure(lambda exc: self._invoice_failed(account, exc)).run()
        self._focus_cash()
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
                .replace("%1", period_text(scanned.period)).replace("%2", period_text(account.period)))

    def _account_failed(self, exc: BaseException) -> None:
        self._lookup_pending = False
        self.account_bar.set_busy(False)
        self.account_bar.clear(keep_text=True)
        self.account_bar.set_error(messages.describe(exc))
        self.account_bar.focus()

    def _invoice_arrived(self, account: Account, pdf: bytes) -> None:
        if self.account is None or self.account.account != account.account or self.mode != ENTRY:
            return
        self.invoice.set_pdf(pdf)

    def _invoice_failed(self, account: Account, exc: BaseException) -> None:
        if self.account is None or self.account.account != account.account or self.mode != ENTRY:
            return
        self.invoice.set_unavailable(messages.describe(exc) + "\n\n" +
                                     self.tr("The amounts in the table are enough to accept the payment."))

    # --- focus ---------------------------------------------------------------
    def _focus_cash(self) -> None:
        self.payment_panel.tendered.setFocus()
        self.payment_panel.tendered.selectAll()

    def focus_amounts(self) -> None:
        """F4: into the amounts and readings (Enter or Tab walks on to the cash field)."""
        if self.mode != ENTRY or self.account is None or self._accepting:
            return
        editors = self.table.editors()
        if editors:
            editors[0].setFocus()
            editors[0].selectAll()

    def _set_tab_order(self) -> None:
        chain = [self.account_bar.edit, *self.table.editors(), self.payment_panel.tendered,
                 self.payment_panel.accept_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    # --- editing -------------------------------------------------------------
    def recompute(self) -> None:
        """Rebuild the draft from what is typed; show total, change and what is wrong."""
        panel = self.payment_panel
        panel.set_cash_keys_enabled(self.account is not None and self.mode == ENTRY
                                    and not self._accepting)
        if self.account is None or self.mode != ENTRY:
            self.draft = None
            panel.accept_button.setEnabled(False)
            return
        tendered_text = panel.tendered.text()
        try:
            fee_rules = self._fee_rules()
            draft = payments.build_draft(self.account, self.table.amounts(), self.table.readings(),
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
            panel.set_versus_due(None, 0, None)
            panel.accept_button.setEnabled(False)
            return
        self.draft = draft
        self._show_field_errors([])
        self._show_far_above_due(draft)
        currency = self.account.currency
        has_tendered = bool(tendered_text.strip())
        panel.show_figures(draft.total, draft.change if has_tendered else None, currency,
                           fee=draft.fee, fee_parts=self._fee_parts(draft, fee_rules))
        panel.set_versus_due(sum(line.amount for line in draft.lines), self.account.total_due, currency)
        try:
            payments.check_ready(draft, self.ws.config.max_payment)
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
                panel.set_message(messages.describe(exc), error=True)
                self._set_form_error(messages.describe(exc))
            return
        panel.set_tendered_error(None)
        refusal = self.offline_refusal(draft.total)
        if refusal:
            panel.accept_button.setEnabled(False)
            panel.set_message(refusal, error=True)
            return
        panel.set_message(self.tr("Ready: press Enter or F9 to accept the payment."))
        panel.accept_button.setEnabled(not self._accepting)

    def _overpay_ratio(self) -> int:
        return getattr(self.ws.config, "overpay_confirm_ratio", payments.OVERPAY_RATIO)

    def _show_far_above_due(self, draft) -> None:
        """A hint while typing (Accept then asks to confirm): likely a typo, not an error."""
        lines = payments.far_above_due(draft, self._overpay_ratio())
        if lines:
            self._set_form_error("\n".join(
                self.tr("%1: %2 is more than %3 times the amount due (%4). Is that right?")
                .replace("%1", line.service_name)
                .replace("%2", money.format_amount(line.amount, draft.account.currency))
                .replace("%3", str(self._overpay_ratio()))
                .replace("%4", money.format_amount(due, draft.account.currency))
                for line, due in lines))

    def _ask_far_above_due(self, draft, lines) -> None:
        """Accept anyway, or go back to the amount. The safe answer is the default: Enter and
        Esc go back. Window-modal and without a nested event loop (box.open)."""
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check the amount"),
                          self.form_error.text(), parent=self)
        accept = box.addButton(self.tr("Accept anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Correct the amount"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        code = lines[0][0].service_code

        def answered(button) -> None:
            self.overpay_box = None
            if button is accept and self.draft is draft and self.mode == ENTRY:
                self._start_accept(draft, confirmed=True)
                return
            editor = self.table.editor_for(f"amount:{code}")
            if editor is not None:
                editor.setFocus()
                editor.selectAll()

        box.buttonClicked.connect(answered)
        self.overpay_box = box
        box.open()

    def offline_refusal(self, adding: int) -> str | None:
        """Why the core would refuse a payment now (offline limits), from the last queue snapshot."""
        now = self.ws.now()
        return block_reason(self.snapshot, self.ws.config, now) or \
            amount_refusal(self.snapshot, self.ws.config, adding)

    def _fee_rules(self):
        """The agent fee table from the configuration (parsed once; ConfigError if broken)."""
        if not hasattr(self, "_fee_rules_cache"):
            self._fee_rules_cache = getattr(self.ws.config, "fee_rules", None) or None
        return self._fee_rules_cache

    @staticmethod
    def _fee_parts(draft, fee_rules) -> list[tuple[str, int]]:
        if not fee_rules or not draft.fee:
            return []
        names = {line.provider_id: line.provider_name for line in draft.lines}
        return [(names.get(pid, pid), fee) for pid, fee in fees.fee_by_provider(draft.lines, fee_rules).items()]

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

    # --- cash keys -------------------------------------------------------------
    def add_banknote(self, index: int) -> None:
        from ui.desk.payment_panel import BANKNOTES
        if self.mode == ENTRY and self.account is not None and not self._accepting:
            self.payment_panel.add_banknote(BANKNOTES[index])

    def exact_amount(self) -> None:
        if self.mode == ENTRY and self.account is not None and not self._accepting:
            self.payment_panel.set_exact()

    # --- accepting -----------------------------------------------------------
    def accept(self) -> None:
        if self.mode != ENTRY or self._accepting or self.account is None or self.user is None:
            return
        self.recompute()
        if self.draft is None or not self.payment_panel.accept_button.isEnabled():
            self._focus_first_problem()
            return
        lines = payments.far_above_due(self.draft, self._overpay_ratio())
        if lines:
            self._ask_far_above_due(self.draft, lines)
            return
        self._start_accept(self.draft, confirmed=False)

    def _start_accept(self, draft, confirmed: bool) -> None:
        teller = self.user
        self._accepting = True
        self.payment_panel.accept_button.setEnabled(False)
        self.payment_panel.set_inputs_enabled(False)
        self.table.set_entries_enabled(False)
        self.account_bar.edit.setReadOnly(True)
        self.payment_panel.set_message(self.tr("Saving the payment…"))
        Op(self, lambda ws: payments.accept_payment(ws, draft, teller, confirmed_over_due=confirmed),
           changes=Changes.QUEUE, name="accept_payment") \
            .success(self._accepted).failure(self._accept_failed).run()

    def _focus_first_problem(self) -> None:
        for edit in [*self.table.editors(), self.payment_panel.tendered]:
            if edit.property("invalid"):
                edit.setFocus()
                edit.selectAll()
                return
        self._focus_cash()

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
        self._show_receipt_preview(payment)
        if auto_print_enabled(self.ws.config):
            self.receipt_panel.print_receipt(reprint=False)
        # The next customer starts right here: scan the next account, or press Enter / F2.
        self.account_bar.edit.clear()
        self.account_bar.focus()
        self.payment_accepted.emit(payment)

    def _show_receipt_preview(self, payment: Payment) -> None:
        """The receipt takes the invoice's place on the right (read off the GUI thread)."""
        self.task_runner.invalidate("invoice")
        self.invoice.set_kind("receipt")
        if not payment.receipt_pdf:
            self.invoice.set_unavailable(messages.describe_code("receipt_missing"))
            return
        self.invoice.set_loading()
        path = payment.receipt_pdf
        Op(self, lambda ws: open(path, "rb").read(), kind=READ, name="read_receipt").latest("invoice") \
            .success(lambda pdf: self._receipt_arrived(payment, pdf)) \
            .failure(lambda exc: self._receipt_failed(payment, exc)).run()

    def _receipt_arrived(self, payment: Payment, pdf: bytes) -> None:
        if self.mode == RECEIPT and self.last_payment is payment:
            self.invoice.set_pdf(pdf)

    def _receipt_failed(self, payment: Payment, exc: BaseException) -> None:
        if self.mode == RECEIPT and self.last_payment is payment:
            text = messages.describe(exc) if isinstance(exc, CashierError) else \
                messages.describe_code("receipt_missing")
            self.invoice.set_unavailable(text)

    def _accept_failed(self, exc: BaseException) -> None:
        self._unlock_inputs()
        if isinstance(exc, RuleError) and exc.code.startswith("offline_"):
            self.refresh_queue_status()  # the banner catches up with what the core saw
        self.recompute()  # Accept stays available: a retry after a transient fault is fine
        text = messages.describe(exc)
        if not isinstance(exc, CashierError):
            text = self.tr("The payment was not saved.") + " " + text
        self.payment_panel.set_message(text, error=True)

    def print_or_reprint(self) -> None:
        if self.mode == RECEIPT:
            self.receipt_panel.print_receipt()

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
        self.payment_panel.set_cash_keys_enabled(False)   # until an account is shown
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
        self._focus_cash()

    def is_ready(self) -> bool:
        """Nothing in flight and the invoice settled: what --screenshot and tests wait for."""
        if not self.task_runner.is_idle():
            return False
        if self.account is not None:
            return self.invoice.state in (InvoiceView.READY, InvoiceView.UNAVAILABLE)
        return True
