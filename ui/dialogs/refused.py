"""A refused payment, resolved or sent again, with a supervisor's approval typed at this desk.

Either act unblocks the day close, so the core asks for a supervisor
(cashier/sync/queue.py resolve_approved / retry_approved); the supervisor types
their own user id and password here, in the same SupervisorApproval as for a void
(ui/dialogs/approval.py). Errors appear beside the field they concern; a wrong
password clears the password field only.

    dialog = RefusedDialog(entry, currency, retry=False, supervisor_hint="s.omarov", parent=panel)
    dialog.done.connect(...)   # "resolved" | "retried"
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from cashier import money, sync
from cashier.errors import CashierError
from ui import messages
from ui.common.forms import GuardedDialog, clear_field_error, error_label, show_field_error
from ui.common.operations import Changes, Op
from ui.dialogs.approval import SupervisorApproval


class RefusedDialog(GuardedDialog):
    done = Signal(str)

    def __init__(self, entry: sync.OutboxEntry, currency: str, *, retry: bool,
                 supervisor_hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.retry = retry
        self.setWindowTitle(self.tr("Send a refused payment again") if retry
                            else self.tr("Resolve a refused payment"))
        self.setModal(True)
        about = QLabel(self.tr("Receipt № %1, account %2, %3")
                       .replace("%1", entry.receipt_no).replace("%2", entry.account)
                       .replace("%3", money.format_amount(entry.total, currency)))
        about.setObjectName("value")
        reason = QLabel(messages.describe_outbox_error(entry.last_error_code, entry.last_error_message))
        reason.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(reason)
        layout.addSpacing(6)

        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setMinimumWidth(460)
        self.note.setAccessibleName(self.tr("Note"))
        self.error = error_label()
        if retry:
            hint = QLabel(self.tr("The same payment goes to the processing center again, unchanged: "
                                  "do this once the cause was fixed there."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.note.hide()
        else:
            layout.addWidget(QLabel(self.tr("What was done about it (refund, payment taken again…):")))
            layout.addWidget(self.note)
            layout.addWidget(self.error)
            self.note.returnPressed.connect(self._next_from_note)
            self.note.textEdited.connect(lambda _t: clear_field_error(self.note, self.error))

        self.approval = SupervisorApproval(supervisor_hint)
        self.approval.user_id.returnPressed.connect(lambda: self.approval.password.setFocus())
        self.approval.submitted.connect(self.accept)
        # The fields as the tests and the rest of the dialog name them.
        self.supervisor_id, self.supervisor_error = self.approval.user_id, self.approval.user_id_error
        self.password, self.password_error = self.approval.password, self.approval.password_error
        layout.addWidget(QLabel(self.tr("A supervisor approves: they type their own user id and "
                                        "password.")))
        layout.addWidget(self.approval)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Send again") if retry else self.tr("Resolve"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok, cancel):  # Enter moves through the fields; in the password it acts
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.note if not retry else (self.password if supervisor_hint else self.supervisor_id)
        first.setFocus()

    def _next_from_note(self) -> None:
        if self._check_note():
            (self.password if self.supervisor_id.text().strip() else self.supervisor_id).setFocus()

    def _check_note(self) -> bool:
        if self.retry or self.note.text().strip():
            clear_field_error(self.note, self.error)
            return True
        show_field_error(self.note, self.error, messages.describe_code("note_required"))
        self.note.setFocus()
        return False

    def accept(self) -> None:
        if self.busy or not self._check_note():
            return
        credentials = self.approval.credentials()
        if credentials is None:
            return
        supervisor_id, password = credentials
        payment_id, note = self.entry.payment_id, self.note.text().strip()
        if self.retry:
            def work(ws):
                return sync.retry_approved(ws, payment_id, supervisor_id, password)
        else:
            def work(ws):
                return sync.resolve_approved(ws, payment_id, supervisor_id, password, note)
        self._set_busy(True)
        Op(self, work, changes=Changes.QUEUE, name="refused_payment").success(self._done).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.note.setReadOnly(busy)
        self.approval.set_read_only(busy)

    def _done(self, _payment_id: str) -> None:
        self._set_busy(False)
        self.done.emit("retried" if self.retry else "resolved")
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = messages.describe(exc)
        field = exc.field if isinstance(exc, CashierError) else None
        if field == "password":
            self.approval.refuse("password", text)
        elif field == "user_id" or (isinstance(exc, CashierError) and exc.code == "role_required"):
            self.approval.refuse("user_id", text, clear_password=False)
        elif field == "note":
            show_field_error(self.note, self.error, text)
            self.note.setFocus()
        else:
            self.message.setText(text)
            self.message.show()
