"""E-mail the receipt: the customer's address typed at the desk, checked beside the field,
and Enter queues the archived receipt PDF for the mail server (cashier/sync/mail.py). The
desk's background sender sends it; a mail server that is away never holds up anything.

Opened from the receipt panel by Ctrl+E (or its button) once a payment is taken; a line under
the receipt says what became of the e-mail: queued, sent, or refused with the server's reason.

    link = attach(receipt_panel, buttons)   # in ReceiptPanel.__init__: the key, the button, the line
    dialog = EmailReceiptDialog(window, payment)
    dialog.queued.connect(...)              # a cashier.sync.mail.MailEntry, once it is queued
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from cashier.adapters.email_address import MAX_ADDRESS, parse_address
from cashier.errors import CashierError
from cashier.model import Payment
from cashier.sync import mail
from ui import messages
from ui.common.forms import (GuardedDialog, caption_label, clear_field_error, error_label,
                             grow_to_fit, show_field_error)
from ui.common.operations import READ, Changes, Op
from ui.common.style import repolish

translate = QCoreApplication.translate
KEY = "Ctrl+E"
POLL_MS = 1000
POLL_TIMES = 120   # two minutes of "queued"; after that the line keeps its last word


class EmailReceiptDialog(GuardedDialog):
    queued = Signal(object)   # cashier.sync.mail.MailEntry

    def __init__(self, parent: QWidget, payment: Payment, address: str = "", *,
                 configured: bool = True, actor: str | None = None):
        super().__init__(parent)
        self.payment = payment
        self.actor = actor
        self.setWindowTitle(self.tr("E-mail the receipt"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Receipt № %1, %2, goes to the customer as a PDF, in Russian and "
                               "Kazakh. The desk sends it in the background: nobody waits for "
                               "the mail server.")
                       .replace("%1", payment.receipt_no)
                       .replace("%2", money.format_amount(payment.total, payment.currency)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.address = QLineEdit(address)
        self.address.setObjectName("email")
        self.address.setMaxLength(MAX_ADDRESS + 10)   # a longer one is refused with words
        self.address.setPlaceholderText(self.tr("e.g. aigerim@mail.kz"))
        self.address.setAccessibleName(self.tr("Customer's e-mail"))
        self.error = error_label()
        layout.addWidget(caption_label(self.tr("Customer's e-mail"), self.address))
        layout.addWidget(self.address)
        layout.addWidget(self.error)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.send = buttons.addButton(self.tr("Send  (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel  (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.send, cancel):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)
        self.resize(540, layout.totalHeightForWidth(540))   # no gaps: as tall as its text
        self.address.returnPressed.connect(self.accept)
        self.address.textEdited.connect(self._typed)
        if not configured:
            self.message.setText(messages.describe_code("mail_not_configured"))
            self.message.show()
            self.send.setEnabled(False)
            self.address.setReadOnly(True)
        self.address.setFocus()
        self.address.selectAll()

    def _typed(self, _text: str) -> None:
        if self.error.isVisible():
            clear_field_error(self.address, self.error)
            grow_to_fit(self, shrink=True)   # the message went: so does its room

    def accept(self) -> None:
        """Enter: the address checked here (a message beside it when it is wrong), then queued
        by the core, which checks it again and stores it with the payment."""
        if self.busy or not self.send.isEnabled():
            return
        try:
            address = parse_address(self.address.text())
        except CashierError as exc:
            self._refuse(exc)
            return
        self.address.setText(address.text)
        self.busy = True
        self.send.setEnabled(False)
        self.address.setReadOnly(True)
        payment_id, actor = self.payment.payment_id, self.actor
        Op(self, lambda ws: mail.queue_receipt_email(ws, payment_id, address.text, actor),
           changes=Changes.QUEUE, name="queue_email") \
            .success(self._queued).failure(self._failed).run()

    def _queued(self, entry: mail.MailEntry) -> None:
        self.busy = False
        self.queued.emit(entry)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.send.setEnabled(True)
        self.address.setReadOnly(False)
        self._refuse(exc)

    def _refuse(self, exc: BaseException) -> None:
        if isinstance(exc, CashierError) and exc.field == "email":
            show_field_error(self.address, self.error, messages.describe(exc))
            self.address.setFocus()
        else:
            self.message.setText(messages.describe(exc))
            self.message.show()


def state_text(entry: mail.MailEntry) -> tuple[str, bool]:
    """What the line under the receipt says about an e-mail, and whether it is an error."""
    if entry.state == "sent":
        return translate("EmailReceipt", "E-mail to %1: sent ✓").replace("%1", entry.address), False
    if entry.state == "failed":
        return (translate("EmailReceipt", "E-mail to %1: not sent, the mail server refused it (%2). "
                          "Check the address with the customer and send again (Ctrl+E).")
                .replace("%1", entry.address).replace("%2", entry.last_error or "—"), True)
    if entry.last_error:
        return (translate("EmailReceipt", "E-mail to %1: queued; the mail server has not taken it "
                          "yet (%2). It goes by itself.")
                .replace("%1", entry.address).replace("%2", entry.last_error), False)
    return translate("EmailReceipt", "E-mail to %1: queued, it goes in a moment.") \
        .replace("%1", entry.address), False


class EmailReceiptLink(QObject):
    """The receipt panel's e-mail: Ctrl+E and a button open the dialog for the payment shown;
    a line under the receipt follows the e-mail until it is sent or refused."""

    def __init__(self, panel: QWidget, buttons: QHBoxLayout | None = None):
        super().__init__(panel)
        self.panel = panel
        self.dialog: EmailReceiptDialog | None = None
        self.entry: mail.MailEntry | None = None
        self._polls = 0
        self.line = QLabel()
        self.line.setObjectName("hint")
        self.line.setWordWrap(True)
        self.line.hide()
        layout = panel.layout()
        if layout is not None:   # above the row of buttons, under the print state
            layout.insertWidget(max(0, layout.count() - 1), self.line)
        self.button = QPushButton(translate("EmailReceipt", "E-mail  (%1)").replace("%1", KEY))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open)
        if buttons is not None:
            buttons.addWidget(self.button)
        self.shortcut = QShortcut(QKeySequence(KEY), panel)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.open)
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._follow_panel)
        if hasattr(panel, "next_requested"):
            panel.next_requested.connect(self._forget)

    def _window_ws(self) -> Any:
        return getattr(self.panel.window(), "ws", None)

    def _actor(self) -> str | None:
        signed_in: Callable[[], Any] | None = getattr(self.panel, "signed_in", None)
        user = signed_in() if signed_in is not None else None
        return getattr(user, "user_id", None)

    def open(self) -> None:
        payment: Payment | None = getattr(self.panel, "payment", None)
        if payment is None or not self.panel.isVisible():
            return
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return
        ws = self._window_ws()
        configured = ws is None or mail.mail_configured(ws.config)
        same = self.entry is not None and self.entry.payment_id == payment.payment_id
        self.dialog = EmailReceiptDialog(self.panel.window(), payment,
                                         self.entry.address if same else "",
                                         configured=configured, actor=self._actor())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.queued.connect(self._queued)
        self.dialog.open()

    def _queued(self, entry: mail.MailEntry) -> None:
        self.entry = entry
        self._polls = 0
        self._show(entry)
        self._watch.start()
        QTimer.singleShot(POLL_MS, self, self._poll)

    def _show(self, entry: mail.MailEntry) -> None:
        text, error = state_text(entry)
        self.line.setText(text)
        name = "formError" if error else "hint"
        if self.line.objectName() != name:
            self.line.setObjectName(name)
            repolish(self.line)
        self.line.show()

    def _poll(self) -> None:
        entry = self.entry
        if entry is None or entry.state != "waiting" or self._polls >= POLL_TIMES:
            return
        self._polls += 1
        Op(self, lambda ws: mail.payment_mail(ws, entry.payment_id), kind=READ,
           name="email_state").latest("email_state") \
            .success(self._polled).failure(lambda exc: None).run()

    def _polled(self, entry: mail.MailEntry | None) -> None:
        if entry is None or self.entry is None or entry.payment_id != self.entry.payment_id:
            return
        self.entry = entry
        self._show(entry)
        if entry.state == "waiting":
            QTimer.singleShot(POLL_MS, self, self._poll)

    def _follow_panel(self) -> None:
        """A new payment on the panel: this e-mail's line goes (no database: a comparison)."""
        payment = getattr(self.panel, "payment", None)
        if self.entry is None or payment is None or payment.payment_id != self.entry.payment_id:
            self._forget()

    def _forget(self) -> None:
        self._watch.stop()
        self.entry = None
        self.line.hide()


def attach(panel: QWidget, buttons: QHBoxLayout | None = None) -> EmailReceiptLink:
    """Give the receipt panel its e-mail: the key Ctrl+E, a button in `buttons`, and the line."""
    return EmailReceiptLink(panel, buttons)
