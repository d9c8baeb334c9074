"""One act a supervisor approves at this desk, with a note of what was done: a refused
payment resolved or sent again (ui/dialogs/refused.py), the back office's alarm
acknowledged (ui/desk/journal_alarm.py).

The supervisor types their own user id and password (ui/dialogs/approval.py); the core
checks them and counts wrong ones at this desk (cashier/identity/approvals.py). Errors
appear beside the field they concern; a wrong password clears the password field only;
the dialog cannot be closed while the act is being done.

    dialog = ApprovedActDialog(title=..., intro=[...], note_prompt=... or None,
                               ok_text=..., work=lambda ws, who, password, note: ...,
                               changes=Changes.QUEUE, supervisor_hint="s.omarov", parent=w)
    dialog.finished_with.connect(...)   # the work's result
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QVBoxLayout,
                               QWidget)

from cashier.errors import CashierError
from ui import messages
from ui.common.forms import GuardedDialog, clear_field_error, error_label, show_field_error
from ui.common.operations import Changes, Op
from ui.dialogs.approval import SupervisorApproval

Work = Callable[[Any, str, str, str], Any]   # (ws, supervisor id, password, note) -> result


class ApprovedActDialog(GuardedDialog):
    finished_with = Signal(object)

    def __init__(self, *, title: str, intro: list[QWidget], note_prompt: str | None,
                 ok_text: str, work: Work, changes: Changes, supervisor_hint: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.work, self.changes = work, changes
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        for widget in intro:
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addSpacing(6)

        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setMinimumWidth(460)
        self.note.setAccessibleName(self.tr("Note"))
        self.error = error_label()
        self.needs_note = note_prompt is not None
        if self.needs_note:
            layout.addWidget(QLabel(note_prompt))
            layout.addWidget(self.note)
            layout.addWidget(self.error)
            self.note.returnPressed.connect(self._next_from_note)
            self.note.textEdited.connect(lambda _t: clear_field_error(self.note, self.error))
        else:
            self.note.hide()

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
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok, cancel):  # Enter moves through the fields; in the password it acts
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.note if self.needs_note else \
            (self.password if supervisor_hint else self.supervisor_id)
        first.setFocus()

    def _next_from_note(self) -> None:
        if self._check_note():
            (self.password if self.supervisor_id.text().strip() else self.supervisor_id).setFocus()

    def _check_note(self) -> bool:
        if not self.needs_note or self.note.text().strip():
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
        note, work = self.note.text().strip(), self.work
        self._set_busy(True)
        Op(self, lambda ws: work(ws, supervisor_id, password, note), changes=self.changes,
           name="approved_act").success(self._done).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.note.setReadOnly(busy)
        self.approval.set_read_only(busy)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.finished_with.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = messages.describe(exc)
        field = exc.field if isinstance(exc, CashierError) else None
        if field == "password":
            self.approval.refuse("password", text)
        elif field == "user_id" or (isinstance(exc, CashierError) and exc.code == "role_required"):
            self.approval.refuse("user_id", text)  # the password typed was for the wrong person
        elif field == "note" and self.needs_note:
            show_field_error(self.note, self.error, text)
            self.note.setFocus()
        else:
            self.message.setText(text)
            self.message.show()
