"""Shown after a payment is stored: receipt number, change to give, print state, next customer.

Printing runs as a background op (ui/common/printing.py). With automatic printing on
(Settings) the window calls `print_receipt()` right after the payment is
stored. The print state is shown: sending, sent to the printer, printed (CUPS
reports the job completed), or failed with the reason; a failure leaves the
payment accepted and offers Reprint (Ctrl+P), which the core marks as a COPY.

Printer problems are told in words: a receipt still waiting at the printer says what
stops it (out of paper, offline, paused, the job stuck) from CUPS' state or the ESC/POS
printer's status; after a failure caused by the printer the panel keeps asking it, and
once it is ready again says so and offers Reprint. The cash drawer that did not open at
the first print is said too (the teller opens it with its key).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from cashier.model import Payment
from ui import messages
from ui.common.operations import NETWORK, Op
from ui.common.printing import FAILED as PRINT_FAILED
from ui.common.printing import PRINTED as PRINT_DONE
from ui.common.printing import (PrintResult, failed_result, print_outcome, print_payment,
                                printer_label, printer_problem, problem_words)
from ui.common.style import repolish
from ui.dialogs import email_receipt

IDLE, PRINTING, SENT, PRINTED, FAILED = "idle", "printing", "sent", "printed", "failed"
POLL_MS = 1000
POLL_TIMES = 300          # five minutes of a receipt waiting at the printer
WATCH_MS = 2000
WATCH_TIMES = 300         # ten minutes of asking a failed printer whether it is ready again
# Failures the printer itself caused: the panel watches it and says when it is ready again.
PRINTER_FAULTS = {"print_paper_out", "print_cover_open", "print_paper_jam",
                  "print_printer_offline", "print_printer_paused", "print_job_stuck",
                  "print_escpos_unreachable", "print_escpos_failed", "print_cups_down",
                  "print_refused", "print_timeout", "print_canceled", "print_aborted",
                  "print_stopped"}


class ReceiptPanel(QFrame):
    next_requested = Signal()
    print_finished = Signal(str)   # the new print state

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.payment: Payment | None = None
        self.print_state = IDLE
        self.print_requests: list[tuple[str, bool]] = []   # (payment_id, copy), for the record
        # Who is signed in (the window sets it): a reprint records who made it.
        self.signed_in: Callable[[], Any] = lambda: None
        self._polls = 0
        self._watches = 0
        self._job = ""
        self._sent_text = ""
        self.last_print: PrintResult | None = None
        self.problem: str | None = None      # the printer problem shown now (an error code)
        self.ready_again = False             # a failed printer said it can print again
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
        self.printer = QLabel()
        self.printer.setObjectName("hint")
        self.printer.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open receipt"))
        self.open_button.clicked.connect(self.open_receipt)
        self.print_button = QPushButton(self.tr("Print  (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.next_button = QPushButton(self.tr("Next customer  (F2 / Enter)"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_requested)
        for button in (self.open_button, self.print_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

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
        layout.addWidget(self.printer)
        layout.addLayout(buttons)
        self.email = email_receipt.attach(self, buttons)   # Ctrl+E, its button, its line

    def show_payment(self, payment: Payment) -> None:
        self.payment = payment
        self.print_state = IDLE
        self._job = ""
        self._polls = 0
        self._watches = 0
        self.last_print = None
        self.problem = None
        self._offer_reprint(False)
        self.receipt_no.setText(self.tr("Receipt № %1").replace("%1", payment.receipt_no))
        self.total.setText(money.format_amount(payment.total, payment.currency))
        self.tendered.setText(money.format_amount(payment.tendered, payment.currency))
        self.change.setText(money.format_amount(payment.change, payment.currency))
        has_pdf = bool(payment.receipt_pdf)
        self.open_button.setEnabled(has_pdf)
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("Print  (Ctrl+P)"))
        self._set_printer_text("", False)
        if has_pdf:
            self.set_status(self.tr("Give the customer the change and the receipt."))
        else:
            text = self.tr("The payment is saved, but its receipt file could not be written. "
                           "Press Print to make it again.")
            if payment.receipt_problem:
                text = messages.describe_code(payment.receipt_problem) + " " + text
            self.set_status(text, error=True)

    def set_status(self, text: str, error: bool = False) -> None:
        self._label(self.status, text, error)

    def _set_printer_text(self, text: str, error: bool) -> None:
        self._label(self.printer, text, error)
        self.printer.setVisible(bool(text))

    @staticmethod
    def _label(label: QLabel, text: str, error: bool) -> None:
        label.setText(text)
        name = "formError" if error else "hint"
        if label.objectName() != name:
            label.setObjectName(name)
            repolish(label)

    # --- actions -------------------------------------------------------------
    def open_receipt(self) -> None:
        payment = self.payment
        if payment is None or not payment.receipt_pdf:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(payment.receipt_pdf)):
            self.set_status(self.tr("No PDF viewer could be opened. The receipt is saved at %1")
                            .replace("%1", payment.receipt_pdf), error=True)

    def print_receipt(self, reprint: bool | None = None) -> None:
        """Print (the first time) or reprint, off the GUI thread. A reprint is the original
        when it never reached a printer, else a copy the core marks КОПИЯ."""
        payment = self.payment
        if payment is None or self.print_state == PRINTING:
            return
        if reprint is None:
            reprint = any(pid == payment.payment_id for pid, _ in self.print_requests)
        self.print_requests.append((payment.payment_id, reprint))
        self.print_state = PRINTING
        self.problem = None
        self._offer_reprint(False)
        self.print_button.setEnabled(False)
        self._set_printer_text(self.tr("Sending the receipt to the printer…"), False)
        by = self.signed_in()
        Op(self, lambda ws: print_payment(ws, payment, reprint, by), kind=NETWORK,
           name="print_receipt") \
            .success(lambda result: self._sent(payment, result)) \
            .failure(lambda exc: self._failed(payment, exc)).run()

    def _sent(self, payment: Payment, result: PrintResult) -> None:
        if self.payment is not payment:
            return
        self.print_state = SENT
        self.last_print = result
        self._job = result.job_id or str(result.record_id or "")
        self._polls = 0
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("Reprint  (Ctrl+P)"))
        where = printer_label(result.printer)
        text = self.tr("The copy was sent to %1 (job %2).") if result.copy else \
            self.tr("The receipt was sent to %1 (job %2).")
        self._sent_text = text.replace("%1", where).replace("%2", result.job_id or "—")
        self._set_printer_text(self._sent_text, False)
        self._show_drawer(result)
        self.print_finished.emit(SENT)
        self._show_outcome(payment, result, (result.state, None))

    def _poll(self, payment: Payment, result: PrintResult) -> None:
        if self.payment is not payment or self._polls >= POLL_TIMES:
            return
        self._polls += 1
        Op(self, lambda ws: print_outcome(ws, payment, result), kind=NETWORK,
           name="print_state") \
            .success(lambda outcome: self._show_outcome(payment, result, outcome)) \
            .failure(lambda exc: None).run()

    def _show_outcome(self, payment: Payment, result: PrintResult, outcome: tuple) -> None:
        if self.payment is not payment or self.last_print is not result:
            return
        state, problem = outcome
        if state == PRINT_DONE:
            self.print_state = PRINTED
            self.problem = None
            self._set_printer_text(self.tr("The copy is printed.") if result.copy
                                   else self.tr("The receipt is printed."), False)
            self.print_finished.emit(PRINTED)
        elif state == PRINT_FAILED:
            self.print_state = FAILED
            self._set_printer_text(self.tr("The printer did not print the receipt. The payment is "
                                           "saved: press Reprint (Ctrl+P)."), True)
            self.print_finished.emit(FAILED)
            self._start_watching(payment, result.printer)
        elif result.job_id or result.record_id is not None:
            if problem is not None and problem.code != self.problem:
                self.problem = problem.code
                text = self.tr("The receipt has not come out: %1.") \
                    .replace("%1", problem_words(problem.code))
                if problem.code != "print_job_stuck":
                    text += " " + self.tr("It prints once that is fixed.")
                self._set_printer_text(text, True)
            elif problem is None and self.problem is not None:   # fixed: on its way again
                self.problem = None
                self._set_printer_text(self._sent_text, False)
            QTimer.singleShot(POLL_MS, self, lambda: self._poll(payment, result))

    def _failed(self, payment: Payment, exc: BaseException) -> None:
        if self.payment is not payment:
            return
        self.print_state = FAILED
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("Reprint  (Ctrl+P)"))
        self._set_printer_text(messages.describe(exc), True)
        result = failed_result(exc)
        if result is not None:
            self._show_drawer(result)
        self.print_finished.emit(FAILED)
        if getattr(exc, "code", None) in PRINTER_FAULTS:
            self.problem = exc.code
            self._start_watching(payment, result.printer if result is not None else "")

    # --- the cash drawer, and a printer that stopped -----------------------------
    def _show_drawer(self, result: PrintResult) -> None:
        if result.drawer == "opened":
            self.set_status(self.tr("The cash drawer is open: give the customer the change and "
                                    "the receipt."))
        elif result.drawer:
            self.set_status(self.tr("The cash drawer did not open: open it with its key and give "
                                    "the customer the change."), error=True)

    def _start_watching(self, payment: Payment, printer: str) -> None:
        self._watches = 0
        QTimer.singleShot(WATCH_MS, self, lambda: self._watch(payment, printer))

    def _watch(self, payment: Payment, printer: str) -> None:
        if self.payment is not payment or self.print_state != FAILED or \
                self._watches >= WATCH_TIMES:
            return
        self._watches += 1
        Op(self, lambda ws: printer_problem(ws, printer), kind=NETWORK, name="printer_problem") \
            .success(lambda problem: self._watched(payment, printer, problem)) \
            .failure(lambda exc: QTimer.singleShot(WATCH_MS, self,
                                                   lambda: self._watch(payment, printer))).run()

    def _watched(self, payment: Payment, printer: str, problem: Any) -> None:
        if self.payment is not payment or self.print_state != FAILED:
            return
        if problem is None:
            self.problem = None
            self._set_printer_text(self.tr("The printer is ready again: press Reprint (Ctrl+P) to "
                                           "print the receipt."), False)
            self._offer_reprint(True)
            return
        if problem.code != self.problem:
            self.problem = problem.code
            self._set_printer_text(messages.describe_code(problem.code, {"detail": problem.detail}),
                                   True)
        QTimer.singleShot(WATCH_MS, self, lambda: self._watch(payment, printer))

    def _offer_reprint(self, ready: bool) -> None:
        """Reprint stands out once the printer that stopped is ready again."""
        self.ready_again = ready
        name = "primary" if ready else ""
        if self.print_button.objectName() != name:
            self.print_button.setObjectName(name)
            repolish(self.print_button)
