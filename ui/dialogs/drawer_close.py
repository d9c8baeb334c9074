"""Closing the session in the cash drawer dialog (ui/dialogs/drawer.py): the count, the
difference, the note, and the bank's controls (issue 13).

- Counting in the open (the bank's blind_count off): the difference to the expected cash
  shows as the teller types; over or short needs a note before Close is enabled.
- Counting blind: no expected figure and no running difference on screen. Enter (Submit
  the count) records the count (cashier.drawer.count_drawer); an exact count closes the
  session at once, a difference is shown only then, with the expected cash. The teller
  counts again (Recount: a new attempt, recorded as a recount) or writes why in the note
  and closes.
- A difference above close_difference_approval_above needs a supervisor other than the
  session's teller: their user id and password are asked for below the forms, and the
  core checks them (wrong ones counted at this desk). A supervisor closing another
  teller's session approves it themselves.

A mixin of DrawerDialog: it uses the dialog's fields and helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from cashier import drawer, money
from cashier.errors import ValidationError
from ui import messages
from ui.common.operations import Changes, Op
from ui.common.style import ERROR, OK, WARNING
from ui.dialogs.drawer_controls import CloseApproval
from ui.dialogs.drawer_forms import CURRENCY

translate = QCoreApplication.translate
APPROVAL_FIELD = {"approval_failed": "password", "approval_locked_here": "password",
                  "four_eyes_close": "user_id", "role_required": "user_id",
                  "user_disabled": "user_id", "user_locked": "user_id",
                  "user_not_found": "user_id", "close_needs_approval": "user_id"}


class SessionClosing:
    revealed: drawer.CountRecord | None = None   # the blind count submitted, shown against the expected
    focus_next = None                             # where the cursor goes when the drawer is read

    def _build_close_controls(self) -> None:
        box = self.close_box
        self.recount_button = QPushButton(translate("DrawerDialog", "Recount"))
        self.recount_button.setAutoDefault(False)
        self.recount_button.setToolTip(translate("DrawerDialog", "Count the drawer again: the new count is recorded "
                                               "as a recount"))
        self.recount_button.clicked.connect(self.recount)
        self.recount_button.hide()
        layout = box.layout()
        layout.removeWidget(self.close_session_button)
        row = QHBoxLayout()
        row.addWidget(self.recount_button)
        row.addStretch(1)
        row.addWidget(self.close_session_button)
        layout.addLayout(row)
        self.approval = CloseApproval()
        self.approval.user_id.returnPressed.connect(self.approval.fields.next_from_user_id)
        self.approval.fields.submitted.connect(self.close_session)

    # --- what the dialog knows -------------------------------------------------------
    def counted_value(self) -> int | None:
        try:
            return money.parse_amount(self.counted.text(), "counted")
        except ValidationError:
            return None

    def _blind_entry(self) -> bool:
        """Counting blind and the count not submitted yet: nothing to compare it with."""
        return bool(self.state is not None and self.state.blind and self.revealed is None)

    def _difference(self) -> int | None:
        counted = self.counted_value()
        if counted is None or self.state is None or self._blind_entry():
            return None
        return counted - self.state.expected

    def _approval_needed(self, diff: int | None) -> bool:
        session = self.state.session if self.state is not None else None
        if diff is None or session is None or not drawer.approval_needed(self.ws.config, diff):
            return False
        return not (self.user.role == "supervisor" and session.user_id != self.user.user_id)

    def _forget_count(self) -> None:
        """A new or closed session: no blind count of it was submitted in this window."""
        session = self.state.session if self.state is not None else None
        if self.revealed is not None and (session is None or
                                          session.session_id != self.revealed.scope_id):
            self.revealed = None
            self.counted.setReadOnly(False)
            self.recount_button.hide()

    # --- as the teller types -----------------------------------------------------------
    def _update_difference(self) -> None:
        if self.state is None or self.state.session is None:
            return
        text = self.counted.text().strip()
        counted = self.counted_value()
        self._clear_error(self.counted, self.counted_error)
        diff = self._difference()
        if not text:
            self.difference.hide()
        elif counted is None:
            self.difference.setText(translate("DrawerDialog", "Not an amount yet: type digits, a comma before the tiyn."))
            self._color(self.difference, ERROR)
            self.difference.show()
        elif self._blind_entry():
            self.difference.hide()      # blind: nothing to compare with before the count is in
        else:
            amount = money.format_amount(abs(diff), CURRENCY)
            if diff > 0:
                text = translate("DrawerDialog", "Over by %1: say why in the note.").replace("%1", amount)
            elif diff < 0:
                text = translate("DrawerDialog", "Short by %1: say why in the note.").replace("%1", amount)
            else:
                text = translate("DrawerDialog", "Matches the expected cash.")
            if self.revealed is not None:
                text = (translate("DrawerDialog", "Expected in the drawer: %1. You counted %2.")
                        .replace("%1", money.format_amount(self.state.expected, CURRENCY))
                        .replace("%2", money.format_amount(counted, CURRENCY)) + " " + text
                        + (" " + translate("DrawerDialog", "Or count again (Recount).") if diff else ""))
            self.difference.setText(text)
            self._color(self.difference, WARNING if diff > 0 else ERROR if diff < 0 else OK)
            self.difference.show()
        needed = self._approval_needed(diff)
        if needed:
            self.approval.explain(diff or 0, self.ws.config.close_difference_approval_above)
        self.approval.setVisible(needed)
        self._update_close_button()

    def _update_close_button(self) -> None:
        blind_entry = self._blind_entry()
        diff = self._difference()
        self.close_box.set_note_required(bool(diff))
        self.close_session_button.setText(translate("DrawerDialog", "Submit the count") if blind_entry
                                          else translate("DrawerDialog", "Close session"))
        if blind_entry:
            ready = self.counted_value() is not None
        else:
            ready = diff is not None and (diff == 0 or bool(self.close_note.text().strip()))
        self.close_session_button.setEnabled(not self.busy and ready)

    def _counted_entered(self) -> None:
        if self.close_session_button.isEnabled():
            self.close_session()
            return
        if self._parse(self.counted, self.counted_error,
                       translate("DrawerDialog", "Type the cash counted in the drawer.")) is None:
            return
        self.close_note.setFocus()   # the difference above says why a note is needed

    # --- submitting --------------------------------------------------------------------
    def close_session(self) -> None:
        if self.busy or not self.close_box.isEnabled():
            return
        counted = self._parse(self.counted, self.counted_error,
                              translate("DrawerDialog", "Type the cash counted in the drawer."))
        if counted is None:
            return
        if self._blind_entry():
            self._submit_count(counted)
            return
        note, diff = self.close_note.text().strip(), self._difference()
        if diff and not note:
            self._field_error(self.close_note, self.note_error, self.close_box.note_needed_text(diff))
            self.close_note.setFocus()
            return
        supervisor = password = None
        if self._approval_needed(diff):
            if not self.approval.typed():
                empty = self.approval.user_id if not self.approval.user_id.text().strip() \
                    else self.approval.password
                empty.setFocus()
                return
            supervisor, password = self.approval.fields.credentials()
        user = self.user
        self._start(self.close_session_button, translate("DrawerDialog", "Closing the session…"))
        Op(self, lambda ws: drawer.close_drawer(ws, user, counted, note, supervisor_id=supervisor,
                                                supervisor_password=password),
           changes=Changes.SESSION, name="close_session") \
            .success(self._closed).failure(self._close_failed).finally_(self._stop).run()

    def _submit_count(self, counted: int) -> None:
        user = self.user

        def work(ws):
            record = drawer.count_drawer(ws, user, counted)
            closed = drawer.close_drawer(ws, user, counted) if record.difference == 0 else None
            return record, closed
        self._start(self.close_session_button, translate("DrawerDialog", "Recording the count…"))
        Op(self, work, changes=Changes.SESSION, name="count_drawer") \
            .success(self._count_recorded) \
            .failure(lambda exc: self._failed(exc, self.counted, self.counted_error)) \
            .finally_(self._stop).run()

    def _count_recorded(self, result) -> None:
        record, closed = result
        if closed is not None:
            self._closed(closed)
            return
        self.revealed = record
        self.counted.setReadOnly(True)
        self.recount_button.show()
        self.focus_next = self.close_note
        self.refresh()          # the figures, now that the count is in

    def recount(self) -> None:
        if self.busy:
            return
        self.revealed = None
        self.counted.setReadOnly(False)
        self.counted.clear()
        self.close_note.clear()
        self.approval.clear()
        self.recount_button.hide()
        self.focus_next = self.counted
        self.refresh()          # the figures go again

    def _close_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        if code == "note_required":   # the expected cash moved meanwhile
            difference = (getattr(exc, "params", {}) or {}).get("difference", "")
            self._field_error(self.close_note, self.note_error,
                              translate("DrawerDialog", "The count differs from the expected cash by %1: write why "
                                      "in the note.").replace("%1", difference))
            self.close_note.setFocus()
            self.refresh()
            return
        if code in APPROVAL_FIELD:
            self.approval.show()
            self.approval.fields.refuse(APPROVAL_FIELD[code], messages.describe(exc))
            return
        self._failed(exc, self.counted, self.counted_error)

    def _closed(self, result: tuple[drawer.Session, drawer.DrawerState]) -> None:
        closed, state = result
        self.revealed = None
        self.counted.setReadOnly(False)
        self.recount_button.hide()
        self.counted.clear()
        self.close_note.clear()
        self.approval.clear()
        self.approval.hide()
        self._notice(self.close_box.closed_text(closed))
        self.show_state(state)
        self.session_changed.emit()
