"""What the void dialog (ui/dialogs/void.py) shows: the payment to void, and once it is voided,
the refund to give back and the void slip. Display only; the dialog runs the void."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from cashier import money
from cashier.model import Payment
from cashier.payments import voids
from ui import messages
from ui.common.style import repolish


def wrap_path(path: Path | str) -> str:
    """A path that a word-wrapping label may break after each slash."""
    return str(path).replace("/", "/\u200b")


class PaymentCard(QFrame):
    """The payment: receipt №, when, account, payer, address, the sum to refund; and, when it
    cannot be voided, why (`problem`)."""

    def __init__(self):
        super().__init__()
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        rows = (("receipt_no", self.tr("Receipt №")), ("accepted_at", self.tr("Accepted")),
                ("account", self.tr("Account")), ("holder", self.tr("Payer")),
                ("address", self.tr("Address")), ("total", self.tr("To refund")))
        for row, (key, caption) in enumerate(rows):
            name = QLabel(caption)
            name.setObjectName("caption")
            value = QLabel()
            value.setObjectName("receiptNo" if key == "total" else "value")
            value.setWordWrap(key in ("holder", "address"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        grid.addWidget(self.problem, len(rows), 0, 1, 2)

    def show_payment(self, payment: Payment, tz: tzinfo, problem: str) -> None:
        self.values["receipt_no"].setText(payment.receipt_no)
        self.values["accepted_at"].setText(payment.accepted_at.astimezone(tz).strftime("%d.%m.%Y %H:%M"))
        self.values["account"].setText(payment.account)
        self.values["holder"].setText(payment.holder or "—")
        self.values["address"].setText(payment.address or "—")
        self.values["total"].setText(money.format_amount(payment.total, payment.currency))
        self.show()
        self.set_problem(problem)

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class VoidDone(QFrame):
    """After the void: the refund to give back, the slip (written, printed, or why not), and
    that the cancellation reaches the processing center by itself."""

    def __init__(self):
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel(self.tr("Payment voided"))
        self.title.setObjectName("receiptTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.slip_text = QLabel()
        self.slip_text.setWordWrap(True)
        self.slip_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spc_note = QLabel(self.tr("The cancellation goes to the processing center by itself; "
                                       "while the center cannot be reached it waits in the queue "
                                       "(F6) and is sent later."))
        self.spc_note.setObjectName("hint")
        self.spc_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.slip_text)
        layout.addWidget(self.spc_note)
        self.hide()

    def show_voided(self, receipt_no: str, total: int, currency: str, card: int = 0,
                    rrn: str | None = None) -> None:
        cash = total - card
        text = self.tr("Receipt № %1 is voided. Give the payer back %2 from the drawer.") \
            .replace("%1", receipt_no).replace("%2", money.format_amount(cash, currency)) \
            if cash else self.tr("Receipt № %1 is voided.").replace("%1", receipt_no)
        if card:
            text += "\n" + self.tr("Refund %1 to the card on the bank's terminal (RRN %2): it "
                                   "never was in the drawer.").replace(
                "%1", money.format_amount(card, currency)).replace("%2", rrn or "—")
        self.text.setText(text)
        self.show()
        self.slip_text.setText(self.tr("Writing the void slip…"))

    def show_slip(self, slip: voids.SlipOutcome, outcome: voids.SlipOutcome, print_it: bool) -> None:
        """`slip`: the slip as it stands (its path kept from the first write); `outcome`: what
        this attempt did."""
        lines = []
        if slip.path is not None:
            lines.append(self.tr("Void slip: %1").replace("%1", wrap_path(slip.path)))
            self.slip_text.setToolTip(str(slip.path))
        if outcome.error is not None:
            lines.append(self._error_text(outcome.error))
        elif outcome.printed:
            lines.append(self.tr("The slip went to the printer: the payer signs the bank's copy."))
        elif not print_it:
            lines.append(self.tr("Automatic printing is off: press “Print the slip” to print it."))
        self.slip_text.setText("\n".join(lines))
        self.slip_text.setObjectName("formError" if outcome.error is not None else "slipText")
        repolish(self.slip_text)

    def _error_text(self, exc: BaseException) -> str:
        code = getattr(exc, "code", "")
        if code.startswith("print_"):
            detail = (getattr(exc, "params", {}) or {}).get("detail") or getattr(exc, "message", "")
            return self.tr("The void is saved, but the slip did not print (%1). Check the printer, "
                           "then press “Print the slip”.").replace("%1", detail or code)
        return messages.describe(exc)
