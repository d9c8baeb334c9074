"""Void a payment of today, with a supervisor's approval typed at this desk.

The teller opens the dialog on a payment (or types its receipt number), writes
why it is voided, and the supervisor types their own user id and password here
(SupervisorApproval, ui/dialogs/approval.py, as for a refused payment).
Void (or Enter in the password field) runs cashier.payments.voids.void_payment in a
background op: Argon2 takes a noticeable moment, so the button says "Checking…"
and the form is locked meanwhile. The void is one transaction in the core (the
payment marked voided, the refund out of the drawer, a cancel queued for the
SPC, the audit entry). After it, the void slip is written to the archive and,
when automatic printing is on (Settings, F10), printed; a failed print leaves
the void standing and offers to print the slip again.

An error appears next to the field it concerns (the reason, the supervisor's
user id, the password) in words that say what to do next; a wrong password
clears the password field only.

    dialog = VoidDialog(parent, ws, teller, payment_or_None)
    dialog.voided.connect(...)   # dict: payment_id, receipt_no, total, supervisor_id,
                                 # teller_id, slip_path (str | None), slip_printed (bool),
                                 # slip_error (error code | None)
    dialog.open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier import days
from cashier.errors import NotFoundError
from cashier.identity.users import User
from cashier.model import Payment
from cashier.payments import voids
from ui import messages
from ui.common.forms import (GuardedDialog, caption_label, clear_field_error, error_label, grow_to_fit,
                             show_field_error)
from ui.common.operations import NETWORK, READ, Changes, Op
from ui.common.printing import auto_print_enabled
from ui.dialogs.approval import SupervisorApproval
from ui.dialogs.void_parts import PaymentCard, VoidDone


class VoidDialog(GuardedDialog):
    voided = Signal(dict)

    def __init__(self, parent: QWidget, ws: Any, teller: User, payment: Payment | None = None):
        super().__init__(parent)
        self.ws = ws
        self.teller = teller
        self.payment: Payment | None = None
        self.result_info: dict | None = None
        self.slip: voids.SlipOutcome | None = None
        self.slip_printed_once = False   # the original slip went to a printer: reprints are copies
        self.busy = False
        self.setWindowTitle(self.tr("Void a payment"))
        self.setModal(True)
        self.setMinimumWidth(640)

        heading = QLabel(self.tr("Void a payment"))
        heading.setObjectName("holder")

        # -- which payment --------------------------------------------------------------
        self.lookup_box = QWidget()
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("account")
        self.receipt_edit.setMaxLength(60)
        self.receipt_edit.setPlaceholderText(self.tr("e.g. %1-00007 or just 7")
                                             .replace("%1", f"{ws.config.workstation_id}-"
                                                      f"{ws.now():%Y%m%d}"))
        self.receipt_edit.setAccessibleName(self.tr("Receipt number"))
        self.receipt_edit.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("Find  (Enter)"))
        self.find_button.clicked.connect(self.look_up)
        self.receipt_error = error_label()
        find_row = QHBoxLayout()
        find_row.addWidget(self.receipt_edit, 1)
        find_row.addWidget(self.find_button)
        lookup = QVBoxLayout(self.lookup_box)
        lookup.setContentsMargins(0, 0, 0, 0)
        lookup.setSpacing(2)
        lookup.addWidget(caption_label(self.tr("Receipt № (for a receipt of today, its last digits are "
                                          "enough)"), self.receipt_edit))
        lookup.addLayout(find_row)
        lookup.addWidget(self.receipt_error)

        self.card = PaymentCard()
        self.values, self.payment_state = self.card.values, self.card.problem

        # -- why ------------------------------------------------------------------------
        self.reason = QLineEdit()
        self.reason.setMaxLength(voids.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. wrong account number typed; money returned "
                                               "to the payer"))
        self.reason.setAccessibleName(self.tr("Reason for the void"))
        self.reason.returnPressed.connect(self._reason_entered)
        self.reason.textEdited.connect(lambda _t: self._clear_error(self.reason, self.reason_error))
        self.reason_error = error_label()

        # -- the supervisor ---------------------------------------------------------------
        self.approval_box = QGroupBox(self.tr("Supervisor approval at this desk"))
        about = QLabel(self.tr("The supervisor types their own user id and password. The teller's "
                               "own do not count: a void needs a second person."))
        about.setObjectName("hint")
        about.setWordWrap(True)
        self.approval = SupervisorApproval()
        self.approval.user_id.returnPressed.connect(self.approval.next_from_user_id)
        self.approval.submitted.connect(self.submit)
        # The fields as the tests and the rest of the dialog name them.
        self.supervisor_id, self.supervisor_error = self.approval.user_id, self.approval.user_id_error
        self.password, self.password_error = self.approval.password, self.approval.password_error
        box = QVBoxLayout(self.approval_box)
        box.setSpacing(2)
        box.addWidget(about)
        box.addWidget(self.approval)

        # the reason and the approval: what the teller fills in; replaced by the outcome
        self.entry_box = QWidget()
        entry = QVBoxLayout(self.entry_box)
        entry.setContentsMargins(0, 4, 0, 0)
        entry.setSpacing(2)
        entry.addWidget(caption_label(self.tr("Reason for the void (required)"), self.reason))
        entry.addWidget(self.reason)
        entry.addWidget(self.reason_error)
        entry.addSpacing(8)
        entry.addWidget(self.approval_box)

        # -- outcome --------------------------------------------------------------------
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.progress = QLabel()
        self.progress.setObjectName("hint")
        self.progress.setWordWrap(True)
        self.progress.hide()
        self.done_box = VoidDone()
        self.done_text, self.slip_text, self.spc_note = \
            self.done_box.text, self.done_box.slip_text, self.done_box.spc_note

        # -- buttons --------------------------------------------------------------------
        self.print_button = QPushButton(self.tr("Print the slip"))
        self.print_button.clicked.connect(self.print_slip)
        self.print_button.hide()
        self.void_button = QPushButton(self.tr("Void payment  (Enter)"))
        self.void_button.setObjectName("primary")
        self.void_button.setToolTip(self.tr("Enter in the password field does the same"))
        self.void_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel  (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.find_button, self.print_button, self.void_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.lookup_box)
        layout.addWidget(self.card)
        layout.addWidget(self.entry_box)
        layout.addWidget(self.form_error)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        if payment is not None:
            self.lookup_box.hide()
            self.show_payment(payment)
            self.reason.setFocus()
        else:
            self.card.hide()
            self._set_form_enabled(False)
            self.receipt_edit.setFocus()

    # --- the payment ---------------------------------------------------------------------
    def look_up(self) -> None:
        text = self.receipt_edit.text().strip()
        if self.busy:
            return
        if not text:
            self._field_error(self.receipt_edit, self.receipt_error,
                              self.tr("Type the receipt number printed on the receipt."))
            return
        self._clear_error(self.receipt_edit, self.receipt_error)
        self.find_button.setEnabled(False)
        self._progress(self.tr("Looking for the receipt…"))
        Op(self, lambda ws: voids.find_payment(ws, text), kind=READ, name="find_payment").latest("void_find") \
            .success(self._found).failure(self._not_found) \
            .finally_(lambda: (self.find_button.setEnabled(True), self._progress(""))).run()

    def _found(self, payment: Payment) -> None:
        self.receipt_edit.setText(payment.receipt_no)
        self.show_payment(payment)
        if self.void_button.isEnabled():
            self.reason.setFocus()

    def _not_found(self, exc: BaseException) -> None:
        self.payment = None
        self.card.hide()
        self._set_form_enabled(False)
        if isinstance(exc, NotFoundError):
            text = self.tr("No receipt %1 on this workstation. Check the number on the receipt.") \
                .replace("%1", self.receipt_edit.text().strip())
        else:
            text = messages.describe(exc)
        self._field_error(self.receipt_edit, self.receipt_error, text)
        self.receipt_edit.selectAll()
        self.receipt_edit.setFocus()

    def show_payment(self, payment: Payment) -> None:
        self.payment = payment
        problem = ""
        if payment.status == "voided":
            problem = messages.describe_code("already_voided")
        elif payment.business_date != days.business_date(self.ws):
            problem = messages.describe_code("void_other_day")
        self.card.show_payment(payment, self.ws.config.tz, problem)
        self._set_form_enabled(not problem)
        self.form_error.hide()

    # --- keyboard flow ---------------------------------------------------------------------
    def _reason_entered(self) -> None:
        if self._check_reason():
            self.supervisor_id.setFocus()
            self.supervisor_id.selectAll()

    def _check_reason(self) -> bool:
        text = self.reason.text().strip()
        if len(text) < voids.MIN_REASON:
            code = "reason_too_short" if text else "reason_required"
            self._field_error(self.reason, self.reason_error,
                              messages.describe_code(code, {"min": voids.MIN_REASON}))
            self.reason.setFocus()
            return False
        self._clear_error(self.reason, self.reason_error)
        return True

    # --- voiding -------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy or self.payment is None or self.result_info is not None \
                or not self.void_button.isEnabled():
            return
        self.form_error.hide()
        if not self._check_reason():
            return
        credentials = self.approval.credentials()
        if credentials is None:
            return
        supervisor_id, password = credentials
        payment_id, teller, reason = self.payment.payment_id, self.teller, self.reason.text().strip()
        self._set_busy(True, self.tr("Checking the supervisor's password…"))
        Op(self, lambda ws: voids.void_payment(ws, teller, payment_id, supervisor_id, password, reason),
           changes=Changes.QUEUE | Changes.SESSION, name="void_payment") \
            .success(self._voided).failure(lambda exc: self._void_failed(exc, supervisor_id)).run()

    def _void_failed(self, exc: BaseException, supervisor_id: str) -> None:
        self._set_busy(False)
        code = getattr(exc, "code", "")
        field = getattr(exc, "field", None)
        params = getattr(exc, "params", {}) or {}
        about_supervisor = code == "role_required" and list(params.get("roles", [])) == ["supervisor"]
        # Only the password goes; the reason and the user id stay as typed.
        if code == "four_eyes" or (about_supervisor and supervisor_id == self.teller.user_id):
            self.approval.refuse("user_id", messages.describe_code("four_eyes"))
        elif about_supervisor:
            self.approval.refuse("user_id", self.tr("%1 is not a supervisor: only a supervisor can "
                                                    "approve a void.").replace("%1", supervisor_id))
        elif code in ("auth_failed", "user_locked") or field == "password":
            self.approval.refuse("password", messages.describe(exc))
        elif code in ("user_disabled", "user_not_found") or field == "user_id":
            self.approval.refuse("user_id", messages.describe(exc))
        elif field == "reason":
            self._field_error(self.reason, self.reason_error, messages.describe(exc))
            self.reason.setFocus()
        else:
            self.form_error.setText(messages.describe(exc))
            self.form_error.show()
            if code == "already_voided" and self.payment is not None:
                self.card.set_problem(messages.describe_code("already_voided"))
                self._set_form_enabled(False)

    def _voided(self, result: dict) -> None:
        self.password.clear()
        self.result_info = dict(result)
        self.card.set_problem("")
        self.done_box.show_voided(result["receipt_no"], result["total"],
                                  self.payment.currency if self.payment else "KZT",
                                  result.get("card_refund", 0), result.get("card_rrn"))
        self._set_form_enabled(False)
        self.entry_box.hide()
        QTimer.singleShot(0, lambda: grow_to_fit(self, shrink=True))
        self.lookup_box.setEnabled(False)
        self.void_button.hide()
        self.cancel_button.setText(self.tr("Close  (Esc)"))
        print_it = auto_print_enabled(self.ws.config)
        self._progress(self.tr("Printing the void slip…") if print_it else "")
        self._run_slip(print_it, copy=False, first=True)

    # --- the slip ------------------------------------------------------------------------
    def _run_slip(self, print_it: bool, *, copy: bool, first: bool) -> None:
        payment_id = self.result_info["payment_id"]
        self.busy = True
        self.print_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        teller = self.teller
        Op(self, lambda ws: voids.make_slip(ws, payment_id, print_it=print_it, copy=copy, by=teller),
           kind=NETWORK, name="void_slip") \
            .success(lambda outcome: self._slip_done(outcome, print_it, first)) \
            .failure(lambda exc: self._slip_done(voids.SlipOutcome(None, False, exc), print_it, first)) \
            .run()

    def _slip_done(self, outcome: voids.SlipOutcome, print_it: bool, first: bool) -> None:
        self.busy = False
        self._progress("")
        if outcome.path is not None or self.slip is None:
            self.slip = outcome
        else:  # a failed reprint keeps the path of the slip already written
            self.slip = voids.SlipOutcome(self.slip.path, False, outcome.error)
        path = self.slip.path
        self.done_box.show_slip(self.slip, outcome, print_it)
        self.slip_printed_once = self.slip_printed_once or outcome.printed or \
            getattr(outcome.error, "code", "") == "void_slip_already_printed"
        self.print_button.setText(self.tr("Print a copy of the slip") if self.slip_printed_once
                                  else self.tr("Print the slip"))
        self.print_button.setVisible(True)
        self.print_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        if first:
            info = dict(self.result_info)
            info.update(slip_path=str(path) if path is not None else None,
                        slip_printed=outcome.printed,
                        slip_error=getattr(outcome.error, "code", None) if outcome.error else None)
            self.result_info = info
            self.voided.emit(info)

    def print_slip(self) -> None:
        if self.busy or self.result_info is None:
            return
        copy = self.slip_printed_once
        self._progress(self.tr("Printing the void slip…"))
        self._run_slip(True, copy=copy, first=False)

    # --- state helpers -------------------------------------------------------------------
    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.reason, self.approval_box, self.void_button):
            widget.setEnabled(enabled)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.reason.setReadOnly(busy)
        self.approval.set_read_only(busy)
        self.lookup_box.setEnabled(not busy)
        self.void_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.void_button.setText(self.tr("Checking…") if busy else self.tr("Void payment  (Enter)"))
        self._progress(text)

    def _progress(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.setVisible(bool(text))

    _field_error = staticmethod(show_field_error)
    _clear_error = staticmethod(clear_field_error)

