"""What the teller typed, read as a payment draft on every key.

The services table's amounts and readings and the cash received become a
PaymentDraft (cashier.payments.build_draft); the payment panel shows its total,
fee and change, and every problem is shown beside its field and summed up under
the table. Pure: nothing here touches the disk or the network, so it runs on the
GUI thread at each key press. The entry controller (ui/desk/entry.py) decides
when a draft may be read at all and whether Accept may be pressed.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from cashier import fees, money, payments
from cashier.errors import ConfigError, ValidationError
from cashier.model import Account, PaymentDraft
from ui import messages
from ui.desk.payment_panel import PaymentPanel
from ui.desk.services_table import ServicesTable


class DraftForm(QObject):
    def __init__(self, parent: QObject, config: Any, table: ServicesTable, panel: PaymentPanel,
                 form_error: QLabel, offline_refusal: Callable[[int], str | None]):
        super().__init__(parent)
        self.config = config
        self.table = table
        self.panel = panel
        self.form_error = form_error
        self.offline_refusal = offline_refusal
        self.basket = None   # ui.desk.basket.Basket: the accounts put aside for this payment
        self.tender = payments.Tender(0)   # the last one read: cash, and a card part

    def read(self, account: Account) -> tuple[PaymentDraft | None, bool]:
        """(the draft, whether it may be accepted now). No draft when what is typed is not one."""
        panel = self.panel
        tendered_text = panel.tendered.text()
        try:
            fee_rules = self._fee_rules()
            draft = payments.build_draft(account, self.table.amounts(), self.table.readings(),
                                         tendered_text, fee_rules=fee_rules)
        except ConfigError as exc:  # the fee table is broken: no total can be trusted
            panel.show_figures(None, None, None)
            self.set_error(messages.describe(exc))
            return None, False
        except ValidationError as exc:
            self._show_field_errors(list(getattr(exc, "errors", None) or [exc]))
            panel.show_figures(None, None, None)
            panel.set_versus_due(None, 0, None)
            return None, False
        self._show_field_errors([])
        self._show_far_above_due(draft)
        currency = account.currency
        has_tendered = bool(tendered_text.strip())
        parked = self.basket.total() if self.basket is not None else 0
        grand = parked + draft.total
        try:
            card, auth, rrn = payments.parse_card(*panel.card.read())
            panel.card.set_error(None, None)
        except ValidationError as exc:
            panel.card.set_error(exc.field, messages.describe(exc))
            card, auth, rrn = None, "", ""
        tender = self.tender = payments.Tender(draft.tendered, card or 0, auth, rrn)
        panel.cash_due = tender.due_in_cash(grand) if card else None
        panel.show_figures(grand, tender.change(grand) if has_tendered or card else None,
                           currency, fee=draft.fee, fee_parts=self._fee_parts(draft, fee_rules))
        panel.set_versus_due(sum(line.amount for line in draft.lines), account.total_due, currency)
        try:
            payments.check_ready(draft, self.config.max_payment, cash_checked=False)
            payments.check_tender(grand, tender)
        except ValidationError as exc:
            if exc.code == "tendered_insufficient" and not has_tendered:
                panel.set_tendered_error(None)
                panel.set_message(self.tr("Type the cash received, then press Enter or F9."))
            elif exc.field == "tendered":
                panel.set_tendered_error(messages.describe(exc))
                panel.set_message(messages.describe(exc), error=True)
            else:
                panel.set_tendered_error(None)
                panel.set_message(messages.describe(exc), error=True)
                if exc.field != "card":
                    self.set_error(messages.describe(exc))
            return draft, False
        if card is None:
            panel.set_message(panel.card.error.text(), error=True)
            return draft, False
        panel.set_tendered_error(None)
        refusal = self.offline_refusal(grand)
        if refusal:
            panel.set_message(refusal, error=True)
            return draft, False
        panel.set_message(self.tr("Ready: press Enter or F9 to accept the payment."))
        return draft, True

    # --- the typo guard ------------------------------------------------------
    def overpay_ratio(self) -> int:
        return getattr(self.config, "overpay_confirm_ratio", payments.OVERPAY_RATIO)

    def far_above_due(self, draft: PaymentDraft) -> list:
        """The lines paid far above what is due: likely a typo, asked about before Accept."""
        return payments.far_above_due(draft, self.overpay_ratio())

    def _show_far_above_due(self, draft: PaymentDraft) -> None:
        """A hint while typing (Accept then asks to confirm): likely a typo, not an error."""
        lines = self.far_above_due(draft)
        if lines:
            self.set_error("\n".join(
                self.tr("%1: %2 is more than %3 times the amount due (%4). Is that right?")
                .replace("%1", line.service_name)
                .replace("%2", money.format_amount(line.amount, draft.account.currency))
                .replace("%3", str(self.overpay_ratio()))
                .replace("%4", money.format_amount(due, draft.account.currency))
                for line, due in lines))

    # --- the agent's fee -----------------------------------------------------
    def _fee_rules(self):
        """The agent fee table from the configuration (parsed once; ConfigError if broken)."""
        if not hasattr(self, "_fee_rules_cache"):
            self._fee_rules_cache = getattr(self.config, "fee_rules", None) or None
        return self._fee_rules_cache

    @staticmethod
    def _fee_parts(draft: PaymentDraft, fee_rules) -> list[tuple[str, int]]:
        if not fee_rules or not draft.fee:
            return []
        names = {line.provider_id: line.provider_name for line in draft.lines}
        return [(names.get(pid, pid), fee) for pid, fee in fees.fee_by_provider(draft.lines, fee_rules).items()]

    # --- problems, beside their fields ---------------------------------------
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
        self.panel.set_tendered_error(tendered_error)
        self.panel.set_message(tendered_error, error=bool(tendered_error))
        self.set_error("\n".join(dict.fromkeys(table_lines)) or None)

    def set_error(self, text: str | None) -> None:
        self.form_error.setText(text or "")
        self.form_error.setVisible(bool(text))
