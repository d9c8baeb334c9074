"""Several accounts, one customer: the accounts put aside (F7) while the teller loads the
next, shown in the payment panel as a strip of chips with their totals.

The account on screen is always the one being edited; the basket holds the others, each
as the checked draft it was when put aside (its amounts and readings). One total, one
tender, one change: the payment panel shows the basket's sum with the account on screen.
Accept stores them all in one transaction (cashier.payments.accept_basket).

    F7                     put the account on screen aside, type the next account
    ✕ on a chip            take that account out of the payment
    Esc with no account    bring the last account put aside back to the screen
    F2                     a new customer: the basket empties too
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cashier import money
from cashier.model import PaymentDraft


class BasketStrip(QWidget):
    """The accounts put aside, each a chip: account, holder, total, and ✕ to remove it."""
    remove_requested = Signal(int)
    add_requested = Signal()   # F7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("basket")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("caption")
        self.row.addWidget(self.title)
        self.chips: list[QWidget] = []
        self.row.addStretch(1)
        self.hide()

    def show_drafts(self, drafts: list[PaymentDraft]) -> None:
        for chip in self.chips:
            self.row.removeWidget(chip)
            chip.hide()   # deleted when the event loop next turns; gone from the screen now
            chip.deleteLater()
        self.chips = []
        total = sum(d.total for d in drafts)
        currency = drafts[0].account.currency if drafts else "KZT"
        self.title.setText(self.tr("Also in this payment (%n account(s), %1):", "", len(drafts))
                           .replace("%1", money.format_amount(total, currency)))
        for index, draft in enumerate(drafts):
            chip = QPushButton(f"{draft.account.account} · "
                               f"{money.format_amount(draft.total, draft.account.currency)}  ✕")
            chip.setObjectName("banknote")
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setToolTip(self.tr("%1, %2: click to take this account out of the payment")
                            .replace("%1", draft.account.holder)
                            .replace("%2", draft.account.address))
            chip.clicked.connect(lambda _c=False, i=index: self.remove_requested.emit(i))
            self.row.insertWidget(1 + index, chip)
            self.chips.append(chip)
        self.setVisible(bool(drafts))


class Basket:
    """The drafts put aside, in the order they were added."""

    def __init__(self, strip: BasketStrip):
        self.strip = strip
        self.parked: list[PaymentDraft] = []

    def __len__(self) -> int:
        return len(self.parked)

    def total(self) -> int:
        return sum(d.total for d in self.parked)

    def accounts(self) -> set[str]:
        return {d.account.account for d in self.parked}

    def park(self, draft: PaymentDraft) -> bool:
        """False when the account is in the basket already (its amounts go together)."""
        if draft.account.account in self.accounts():
            return False
        self.parked.append(draft)
        self.strip.show_drafts(self.parked)
        return True

    def remove(self, index: int) -> PaymentDraft | None:
        if not 0 <= index < len(self.parked):
            return None
        draft = self.parked.pop(index)
        self.strip.show_drafts(self.parked)
        return draft

    def pop_last(self) -> PaymentDraft | None:
        return self.remove(len(self.parked) - 1)

    def clear(self) -> None:
        self.parked = []
        self.strip.show_drafts([])

    def with_current(self, current: PaymentDraft | None) -> list[PaymentDraft]:
        return self.parked + ([current] if current is not None else [])


def add_to_basket(entry) -> None:
    """F7 (ui/desk/entry.py's controller): the account on screen goes aside with its
    amounts, and the cursor waits for the next account. Only a draft that may be paid
    (an amount, nothing wrong) goes aside; otherwise the problem is pointed at."""
    if entry.mode != "entry" or entry.accepting or entry.account is None:
        return
    entry.recompute()
    draft = entry.draft
    panel = entry.w.payment_panel
    if draft is None or not draft.lines:
        panel.set_message(QCoreApplication.translate(
            "Basket", "Enter an amount for this account before adding another (F7)."), error=True)
        return
    if not entry.basket.park(draft):
        panel.set_message(QCoreApplication.translate(
            "Basket", "Account %1 is in this payment already.").replace(
            "%1", draft.account.account), error=True)
        return
    entry._reset_customer()
    entry.recompute()
    panel.set_message(QCoreApplication.translate(
        "Basket", "Account %1 is in the payment. Type or scan the next account; F9 takes them "
        "all.").replace("%1", draft.account.account))
    entry.w.account_bar.focus()


def take_back(entry) -> None:
    """Esc with no account on screen: the last account put aside comes back to the screen
    with the amounts and readings it had."""
    draft = entry.basket.pop_last()
    if draft is None:
        return
    entry.w.account_bar.edit.setText(draft.account.account)
    entry._account_found(draft.account)
    table = entry.w.table
    paid = {line.service_code: line for line in draft.lines}
    for service in draft.account.services:
        line = paid.get(service.code)
        amount = table.editor_for(f"amount:{service.code}")
        if amount is not None:
            amount.setText(money.format_amount(line.amount).replace("\u00a0", "")
                           .replace(" ", "") if line else "")
        reading = table.editor_for(f"reading:{service.code}")
        if reading is not None and line is not None and line.reading is not None:
            reading.setText(money.format_reading(line.reading).replace("\u00a0", ""))
    entry.recompute()
