"""The bank's controls in the accept flow (F9): when the core refuses a payment because the
payer must be identified or a supervisor must approve the amount, the desk asks for
exactly that and accepts again; a sanctions match stops everything with a message the
teller cannot miss. Nothing is stored until the core accepts: each refusal changed nothing.

The core decides (cashier/controls/policy.py, in the payment's own transaction), not the
window: the window only reacts to the refusal's code, so the rules cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from cashier import payments
from cashier.errors import CashierError
from cashier.identity import approvals
from ui import messages
from ui.common.operations import Changes

Retry = Callable[..., None]   # retry(payer=..., approver=...) accepts the same draft again


class ControlsFlow(QObject):
    def __init__(self, window: Any, accepted: Callable[[Any], None]):
        super().__init__(window)
        self.window = window
        self.accepted = accepted
        self.dialog = None

    def handle(self, exc: BaseException, basket, teller, confirmed: bool, payer,
               retry: Retry) -> bool:
        """True when the refusal is the controls' and the desk took over. `basket`: the
        drafts and the tender the refused accept had (one account or several, cash or card)."""
        if not isinstance(exc, CashierError):
            return False
        if exc.code == "payer_identification_required":
            self._identify(messages.describe(exc), lambda found: retry(payer=found))
            return True
        if exc.code == "supervisor_approval_required":
            self._approve(messages.describe(exc), basket, teller, confirmed, payer)
            return True
        if exc.code == "sanctions_match":
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Do not take this payment"),
                              messages.describe(exc), parent=self.window)
            box.setObjectName("sanctionsAlarm")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = box
            box.open()
        return False

    def ask_far_above_due(self, text: str, answered: Callable[[bool], None]) -> QMessageBox:
        """The typo guard's question: accept anyway, or go back to the amount. The safe
        answer is the default: Enter and Esc go back. Window-modal, no nested event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check the amount"), text,
                          parent=self.window)
        accept = box.addButton(self.tr("Accept anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Correct the amount"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: answered(button is accept))
        box.open()
        return box

    def _identify(self, reason: str, then: Callable[[Any], None]) -> None:
        from ui.dialogs.payer import PayerDialog
        dialog = PayerDialog(self.window, reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.identified.connect(then)
        self.dialog = dialog
        dialog.open()

    def _approve(self, reason: str, basket, teller, confirmed: bool, payer) -> None:
        from ui.dialogs.approved_act import ApprovedActDialog
        drafts, tender = basket

        def work(ws, supervisor_id: str, password: str, _note: str):
            approver = approvals.approve(ws.conn, ws.now(), supervisor_id, password,
                                         "payment_approval")
            return payments.accept_basket(ws, drafts, teller, tender,
                                          confirmed_over_due=confirmed, payer=payer,
                                          approver=approver)
        dialog = ApprovedActDialog(title=self.tr("A supervisor approves the payment"),
                                   intro=[QLabel(reason)], note_prompt=None,
                                   ok_text=self.tr("Approve and take the payment"), work=work,
                                   changes=Changes.QUEUE, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_with.connect(self.accepted)
        self.dialog = dialog
        dialog.open()

