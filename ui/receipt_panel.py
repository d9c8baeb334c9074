"""Shown after a payment is stored: receipt number, change to give, open/print, next customer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from cashier.model import Payment
from ui import messages
from ui.operations import Op
from ui.printing import print_pdf
from ui.style import repolish


class ReceiptPanel(QFrame):
    """Open and Print act on the shown payment by themselves (printing runs as a background op)."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.payment: Payment | None = None
        self.title = QLabel(self.tr("✓ Payment accepted and saved"))
        self.title.setObjectName("receiptTitle")
        self.receipt_no = QLabel()
        self.receipt_no.setObjectName("receiptNo")
        self.receipt_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total = QLabel()
        self.total.setObjectName("value")
        self.tendered = QLabel()
        self.tendered.setObjectName("value")
        self.change = QLabel()
        self.change.setObjectName("total")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open receipt"))
        self.open_button.clicked.connect(self.open_receipt)
        self.print_button = QPushButton(self.tr("Print  (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_receipt)
        self.next_button = QPushButton(self.tr("Next customer  (F2 / Enter)"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_requested)

        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(0)
        for col, text in enumerate((self.tr("Total"), self.tr("Cash received"), self.tr("Change to give"))):
            caption = QLabel(text)
            caption.setObjectName("caption")
            figures.addWidget(caption, 0, col)
        figures.addWidget(self.total, 1, 0)
        figures.addWidget(self.tendered, 1, 1)
        figures.addWidget(self.change, 1, 2)
        figures.setColumnStretch(2, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.receipt_no)
        layout.addLayout(head)
        layout.addLayout(figures)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def show_payment(self, payment: Payment) -> None:
        self.payment = payment
        self.receipt_no.setText(self.tr("Receipt № %1").replace("%1", payment.receipt_no))
        self.total.setText(money.format_amount(payment.total, payment.currency))
        self.tendered.setText(money.format_amount(payment.tendered, payment.currency))
        self.change.setText(money.format_amount(payment.change, payment.currency))
        has_pdf = bool(payment.receipt_pdf)
        self.open_button.setEnabled(has_pdf)
        self.print_button.setEnabled(has_pdf)
        if has_pdf:
            self.set_status(self.tr("Give the customer the change and the receipt."))
        else:
            self.set_status(self.tr("The payment is saved, but its receipt file could not be written. "
                                    "Ask the supervisor to reprint the receipt."), error=True)

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        name = "formError" if error else "hint"
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            repolish(self.status)

    def set_printing(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy and bool(self.payment and self.payment.receipt_pdf))
        if busy:
            self.set_status(self.tr("Sending the receipt to the printer…"))

    # --- actions -------------------------------------------------------------
    def open_receipt(self) -> None:
        payment = self.payment
        if payment is None or not payment.receipt_pdf:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(payment.receipt_pdf)):
            self.set_status(self.tr("No PDF viewer could be opened. The receipt is saved at %1")
                            .replace("%1", payment.receipt_pdf), error=True)

    def print_receipt(self) -> None:
        """Send the PDF to the default printer with lp, off the GUI thread; the payment stays."""
        payment = self.payment
        if payment is None or not payment.receipt_pdf or not self.print_button.isEnabled():
            return
        path = payment.receipt_pdf
        self.set_printing(True)
        Op(self, lambda ws: print_pdf(path), name="print_receipt") \
            .success(lambda answer: self._printed(payment, answer)) \
            .failure(lambda exc: self._print_failed(payment, exc)).run()

    def _printed(self, payment: Payment, answer: str) -> None:
        if self.payment is not payment:
            return
        self.set_printing(False)
        self.set_status(self.tr("The receipt was sent to the printer.") + (f" ({answer})" if answer else ""))

    def _print_failed(self, payment: Payment, exc: BaseException) -> None:
        if self.payment is not payment:
            return
        self.set_printing(False)
        self.set_status(messages.describe(exc), error=True)
