"""Total, cash tendered, change and the buttons that end a customer's turn.

Quick cash keys: each banknote button (Ctrl+1 … Ctrl+5: 1 000, 2 000, 5 000,
10 000, 20 000 ₸) adds to the cash received; Exact amount (F5) sets it to the
total. The agent fee is shown under the total, per provider; the largest
amount one payment may have (Config.max_payment) is shown when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from cashier.errors import ValidationError
from ui.common.style import repolish, set_invalid
from ui.desk.basket import BasketStrip
from ui.desk.card_fields import CardFields

BANKNOTES = (100_000, 200_000, 500_000, 1_000_000, 2_000_000)   # tenge, in tiyn
BANKNOTE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")


def amount_for_editing(minor: int) -> str:
    """6000,00 -> "6000" and 1272,26 -> "1272,26": how a teller would type it."""
    whole, frac = divmod(minor, 100)
    return f"{whole}" if frac == 0 else f"{whole},{frac:02d}"


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    return label


class PaymentPanel(QFrame):
    accept_requested = Signal()
    clear_requested = Signal()
    new_customer_requested = Signal()
    tendered_edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tendered = QLineEdit()
        self.tendered.setObjectName("tendered")
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tendered.setMaxLength(20)
        self.tendered.setMinimumWidth(180)
        self.tendered.setPlaceholderText("0,00")
        self.tendered.setAccessibleName(self.tr("Cash received"))
        self.tendered.setProperty("field", "tendered")
        self.tendered.textChanged.connect(self.tendered_edited)
        self.tendered.returnPressed.connect(self.accept_requested)
        self.fee = QLabel()
        self.fee.setObjectName("caption")
        self.fee.setWordWrap(True)
        self.fee.hide()
        self.limit = QLabel()
        self.limit.setObjectName("caption")
        self.limit.hide()
        self.versus_due = QLabel()
        self.versus_due.setObjectName("caption")
        self.versus_due.hide()
        self.banknote_buttons: list[QPushButton] = []
        for value, key in zip(BANKNOTES, BANKNOTE_KEYS):
            button = QPushButton("+" + money.format_amount(value).removesuffix(",00"))
            button.setObjectName("banknote")
            button.setToolTip(self.tr("Add a %1 banknote to the cash received (%2)")
                              .replace("%1", money.format_amount(value, "KZT")).replace("%2", key))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, v=value: self.add_banknote(v))
            self.banknote_buttons.append(button)
        self.exact_button = QPushButton(self.tr("Exact  (F5)"))
        self.exact_button.setObjectName("banknote")
        self.exact_button.setToolTip(self.tr("The cash received equals the total (F5)"))
        self.exact_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exact_button.clicked.connect(self.set_exact)
        self._total: int | None = None
        self.cash_due: int | None = None   # the total less a card part, when there is one
        self.change = QLabel()
        self.change.setObjectName("change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(20)

        self.accept_button = QPushButton(self.tr("Accept payment  (F9)"))
        self.accept_button.setObjectName("accept")
        self.accept_button.setToolTip(self.tr("F9, Ctrl+Enter, or Enter in the cash received field"))
        self.accept_button.clicked.connect(self.accept_requested)
        self.clear_button = QPushButton(self.tr("Clear  (Esc)"))
        self.clear_button.setToolTip(self.tr("Back to the amounts due; the account stays"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.new_button = QPushButton(self.tr("New customer  (F2)"))
        self.new_button.setToolTip(self.tr("Empty the form and type the next account"))
        self.new_button.clicked.connect(self.new_customer_requested)
        for button in (self.accept_button, self.clear_button, self.new_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(0)
        figures.addWidget(_caption(self.tr("Total to pay")), 0, 0)
        figures.addWidget(_caption(self.tr("Cash received")), 0, 1)
        change_caption = _caption(self.tr("Change"))
        change_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addWidget(change_caption, 0, 2)
        figures.addWidget(self.total, 1, 0)
        figures.addWidget(self.tendered, 1, 1)
        figures.addWidget(self.change, 1, 2)
        figures.addWidget(self.fee, 2, 0)
        figures.addWidget(self.versus_due, 3, 0)
        figures.addWidget(self.limit, 4, 0)
        cash_keys = QHBoxLayout()
        cash_keys.setSpacing(4)
        for button in self.banknote_buttons:
            cash_keys.addWidget(button)
        cash_keys.addWidget(self.exact_button)
        cash_keys.addStretch(1)
        figures.addLayout(cash_keys, 2, 1, 3, 2, Qt.AlignmentFlag.AlignTop)
        figures.setColumnStretch(0, 3)
        figures.setColumnStretch(1, 2)
        figures.setColumnStretch(2, 2)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.new_button)

        self.basket_strip = BasketStrip(self)   # the other accounts of this payment (F7)
        self.card = CardFields(self)            # the part paid by card (Ctrl+K)
        self.card.edited.connect(self.tendered_edited)
        self.card.accept_requested.connect(self.accept_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.basket_strip)
        layout.addLayout(figures)
        layout.addWidget(self.card)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reset()

    # --- state -------------------------------------------------------------
    def reset(self) -> None:
        self.card.clear()
        self.card.hide()
        self.tendered.clear()
        set_invalid(self.tendered, False)
        self.show_figures(None, None, None)
        self.set_versus_due(None, 0, None)
        self.set_message(None)
        self.accept_button.setEnabled(False)

    def show_figures(self, total: int | None, change: int | None, currency: str | None,
                     fee: int = 0, fee_parts: list[tuple[str, int]] | None = None) -> None:
        self._total = total
        self.total.setText(money.format_amount(total, currency) if total is not None else "—")
        text = ""
        if fee and total is not None:
            text = self.tr("incl. agent fee %1").replace("%1", money.format_amount(fee, currency))
            if fee_parts:
                text += ": " + "; ".join(f"{name} {money.format_amount(part, currency)}"
                                         for name, part in fee_parts)
        self.fee.setText(text)
        self.fee.setVisible(bool(text))
        negative = change is not None and change < 0
        if change is None or negative:
            self.change.setText("—")
        else:
            self.change.setText(money.format_amount(change, currency))
        self.change.setProperty("empty", self.change.text() == "—")
        repolish(self.change)

    def set_versus_due(self, paid: int | None, due: int, currency: str | None) -> None:
        """Whole, part or advance: what is paid for the services against what is due."""
        if paid is None or paid == 0:
            text = ""
        elif paid == due:
            text = self.tr("Pays everything due")
        elif paid < due:
            text = self.tr("Part payment: %1 less than due").replace("%1", money.format_amount(due - paid, currency))
        else:
            text = self.tr("Advance: %1 more than due").replace("%1", money.format_amount(paid - due, currency))
        self.versus_due.setText(text)
        self.versus_due.setVisible(bool(text))

    def set_limit(self, max_payment: int, currency: str = "KZT") -> None:
        self.limit.setText(self.tr("One payment at most %1").replace("%1", money.format_amount(max_payment, currency))
                           if max_payment else "")
        self.limit.setVisible(bool(max_payment))

    # --- quick cash ------------------------------------------------------------
    def tendered_minor(self) -> int | None:
        """What the field holds now, or None when it is not an amount."""
        text = self.tendered.text().strip()
        if not text:
            return 0
        try:
            return money.parse_amount(text)
        except ValidationError:
            return None

    def add_banknote(self, value: int) -> None:
        if self.tendered.isReadOnly():
            return
        current = self.tendered_minor()
        self._set_tendered((current or 0) + value)  # a garbled field starts again from the note

    def set_exact(self) -> None:
        if self.tendered.isReadOnly() or self._total is None:
            return
        self._set_tendered(self.cash_due if self.cash_due is not None else self._total)

    def _set_tendered(self, minor: int) -> None:
        self.tendered.setText(amount_for_editing(minor))
        self.tendered.setFocus()
        self.tendered.end(False)

    def set_message(self, text: str | None, error: bool = False) -> None:
        self.message.setText(text or "")
        name = "formError" if error and text else "hint"
        if self.message.objectName() != name:
            self.message.setObjectName(name)
            repolish(self.message)

    def set_tendered_error(self, text: str | None) -> None:
        set_invalid(self.tendered, bool(text))
        self.tendered.setToolTip(text or "")

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.tendered.setReadOnly(not enabled)
        self.card.set_enabled(enabled)
        repolish(self.tendered)
        self.clear_button.setEnabled(enabled)
        self.new_button.setEnabled(enabled)
        self.set_cash_keys_enabled(enabled)

    def set_cash_keys_enabled(self, enabled: bool) -> None:
        for button in (*self.banknote_buttons, self.exact_button):
            button.setEnabled(enabled)
