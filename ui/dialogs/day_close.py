"""F12: the supervisor closes the business day at this workstation.

Three steps on one screen, top to bottom, in the order the rules check them:
1. nothing of the day may still wait for the SPC (the list says what does);
2. the SPC's register is compared with this workstation's payments;
3. the cash is counted by denomination against the expected cash; over or
   short needs a note. While the bank counts blind (blind_count), the expected cash,
   its sums and the difference are hidden until the count is submitted (Submit the
   count: recorded, cashier.dayclose.close.count_day); then the supervisor counts again
   (Recount, the next attempt) or closes.
Close runs cashier.dayclose.close_day off the GUI thread; the day is then
locked, and the register (PDF, CSV) and the Z-report are listed to open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from cashier import dayclose, days, money
from cashier.dayclose.close import count_day
from cashier.identity.users import User
from ui import messages
from ui.common.operations import Changes, NETWORK, Op, READ
from ui.common.style import repolish
from ui.dialogs.cash_count import CashCountGrid, CountTotals
from ui.dialogs.drawer_forms import TakingsLine


def _amount(minor: int) -> str:
    return money.format_amount(minor, "KZT")


class DayCloseDialog(QDialog):
    closed_day = Signal(object)   # dayclose.DayClosed
    next_day_opened = Signal(object)   # date

    def __init__(self, parent: QWidget, ws, user: User):
        super().__init__(parent)
        self.ws = ws
        self.user = user
        today = days.business_date(ws)
        earlier = days.unclosed_before(ws.conn, today)   # a forgotten close comes first
        self.day, self.later = (earlier[0], today) if earlier else (today, None)
        self.status: dayclose.DayStatus | None = None
        self.reconciliation = None
        self.result: dayclose.DayClosed | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Close the day %1").replace("%1", self.day.strftime("%d.%m.%Y")))
        self.setModal(True)
        self.resize(980, 760)

        self.role_note = QLabel()
        self.role_note.setObjectName("fieldError")
        self.role_note.setWordWrap(True)
        self.role_note.hide()

        self.unsent = QLabel(self.tr("Loading…"))
        self.unsent.setWordWrap(True)
        self.unsent.setTextFormat(Qt.TextFormat.RichText)
        unsent_box = QGroupBox(self.tr("1. Payments not yet at the SPC"))
        QVBoxLayout(unsent_box).addWidget(self.unsent)

        self.reconcile_button = QPushButton(self.tr("Compare with the SPC"))
        self.reconcile_button.clicked.connect(self.run_reconcile)
        self.reconcile_text = QLabel(self.tr("Not compared yet."))
        self.reconcile_text.setWordWrap(True)
        self.reconcile_text.setTextFormat(Qt.TextFormat.RichText)
        self.differences_note = QLineEdit()
        self.differences_note.setPlaceholderText(
            self.tr("Differences found: say what was done about them (required to close)"))
        self.differences_note.hide()
        rec_box = QGroupBox(self.tr("2. Reconciliation with the SPC's register"))
        rec = QVBoxLayout(rec_box)
        row = QHBoxLayout()
        row.addWidget(self.reconcile_button)
        row.addStretch(1)
        rec.addLayout(row)
        rec.addWidget(self.reconcile_text)
        rec.addWidget(self.differences_note)

        # 3. cash count (blind when the bank says so: the expected cash after the count)
        self.count = CashCountGrid()
        self.count.changed.connect(self._recount)
        self.count_edits = self.count.edits
        self.totals = CountTotals()
        self.expected, self.counted = self.totals.expected, self.totals.counted
        self.difference, self.breakdown = self.totals.difference, self.totals.breakdown
        self.totals.submit_requested.connect(self.submit_count)
        self.totals.recount_requested.connect(self.count_again)
        self.count_record = None     # the count submitted blind, shown against the expected
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Over or short: say why (required when the count "
                                             "differs)"))
        self.note.setFixedHeight(54)
        self.note.textChanged.connect(self._update_close_button)
        self.takings = TakingsLine()    # cash and card apart; hidden while counting blind
        cash_box = QGroupBox(self.tr("3. Cash count by denomination"))
        cash = QVBoxLayout(cash_box)
        cash.addWidget(self.takings)
        cash.addWidget(self.count)
        cash.addWidget(self.totals)
        cash.addWidget(self.note)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setTextFormat(Qt.TextFormat.RichText)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.done_text.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.done_text.hide()

        self.close_button = QPushButton(self.tr("Close the day"))
        self.close_button.setObjectName("primary")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_day)
        self.cancel_button = cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        # After the close: an evening desk goes on with payments dated to the next day.
        self.open_next_button = QPushButton(self.tr("Open the next business day"))
        self.open_next_button.setToolTip(self.tr("Payments taken from now on are dated to the "
                                                 "next business day"))
        self.open_next_button.clicked.connect(self.open_next_day)
        self.open_next_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_next_button)
        buttons.addWidget(self.close_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.role_note)
        layout.addWidget(unsent_box)
        layout.addWidget(rec_box)
        layout.addWidget(cash_box)
        layout.addWidget(self.error)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        notes = [self.tr("The business day %1 was never closed: close it first, then F12 closes "
                         "%2.").replace("%1", self.day.strftime("%d.%m.%Y"))
                 .replace("%2", self.later.strftime("%d.%m.%Y"))] if self.later else []
        if user.role != "supervisor":
            notes.append(self.tr("Closing the day needs a supervisor. Lock the desk (Ctrl+L) and "
                                 "let the supervisor sign in."))
        self.role_note.setText("\n".join(notes))
        self.role_note.setVisible(bool(notes))
        self.load()

    # --- loading ---------------------------------------------------------------------
    def load(self) -> None:
        day = self.day
        Op(self, lambda ws: dayclose.day_status(ws, day), kind=READ, name="day_status") \
            .success(self._loaded).failure(lambda exc: self._show_error(messages.describe(exc))).run()

    def _loaded(self, status: dayclose.DayStatus) -> None:
        self.status = status
        if status.closed is not None:
            self._show_closed(status.closed)
            return
        if status.blockers:
            rows = "".join(
                f"<li>{b.receipt_no} — {_amount(b.amount)} — {self._blocker_text(b)}</li>"
                for b in status.blockers[:30])
            more = self.tr("… and %1 more").replace("%1", str(len(status.blockers) - 30)) \
                if len(status.blockers) > 30 else ""
            if all(b.kind == "receipt" for b in status.blockers):
                head = self.tr("%1 payment(s) of the day have no receipt: it could not be made. "
                               "Ask IT to free disk space, then open this window again.")
            else:
                head = self.tr("%1 payment(s) or void(s) of the day have not reached the SPC: "
                               "send them first (the queue, F6) or resolve the refused ones.")
            self.unsent.setText("<b style='color:#c62828'>" + head.replace(
                "%1", str(len(status.blockers))) + f"</b><ul>{rows}</ul>{more}")
        else:
            self.unsent.setText("<span style='color:#2e7d32'>✓ " +
                                self.tr("None: everything of the day reached the SPC.") + "</span>")
        cash = status.cash
        self.totals.set_cash(cash, status.blind)
        self._show_takings(status.takings)
        if cash.other_day_session is not None:
            self._show_error(self.tr("A cash session of %1 is still open; close it first (F11).")
                             .replace("%1", cash.other_day_session.business_date.strftime("%d.%m.%Y")))
        self._recount()
        if not status.blockers:
            self.run_reconcile()

    def _show_takings(self, takings) -> None:
        self.takings.show_takings(takings)
        self.takings.setVisible(not self.totals.hidden)

    def _blocker_text(self, b: dayclose.Blocker) -> str:
        if b.kind == "receipt":
            return self.tr("its receipt could not be made (is the disk full?)")
        return messages.describe_outbox_error(b.last_error_code, b.last_error_message) or b.state

    def run_reconcile(self) -> None:
        if self.busy:
            return
        day = self.day
        self.reconcile_button.setEnabled(False)
        self.reconcile_text.setText(self.tr("Asking the SPC for its register…"))
        Op(self, lambda ws: dayclose.reconcile(ws, day), kind=NETWORK, name="reconcile").latest("reconcile") \
            .success(self._reconciled).failure(self._reconcile_failed).run()

    def _reconciled(self, rec) -> None:
        self.reconciliation = rec
        self.reconcile_button.setEnabled(True)
        summary = (self.tr("Here: %1 payments, %2. At the SPC: %3 payments, %4. Matching: %5.")
                   .replace("%1", str(rec.local_count)).replace("%2", _amount(rec.local_amount))
                   .replace("%3", str(rec.spc_count)).replace("%4", _amount(rec.spc_amount))
                   .replace("%5", str(rec.matched)))
        if rec.ok:
            text = "<span style='color:#2e7d32'>✓ " + summary + "</span>"
            self.differences_note.hide()
        else:
            kinds = {
                "missing_here": self.tr("at the SPC, not here"),
                "missing_there": self.tr("here, not at the SPC"),
                "amount_differs": self.tr("amounts differ"),
                "status_differs": self.tr("voided on one side only"),
            }
            rows = "".join(
                f"<tr><td>{d.receipt_no or d.payment_id}</td><td>{kinds.get(d.kind, d.kind)}</td>"
                f"<td align='right'>{_amount(d.local_total) if d.local_total is not None else '—'}</td>"
                f"<td align='right'>{_amount(d.spc_total) if d.spc_total is not None else '—'}</td></tr>"
                for d in rec.differences)
            receipt, difference = self.tr("Receipt"), self.tr("Difference")
            here, there = self.tr("Here"), self.tr("SPC")
            head = (f"<tr><th align='left'>{receipt}</th><th align='left'>{difference}</th>"
                    f"<th>{here}</th><th>{there}</th></tr>")
            text = (summary + "<br><b style='color:#c62828'>" +
                    self.tr("%1 difference(s):").replace("%1", str(len(rec.differences))) +
                    f"</b><table cellspacing='6'>{head}{rows}</table>")
            self.differences_note.show()
        self.reconcile_text.setText(text)
        self._update_close_button()

    def _reconcile_failed(self, exc: BaseException) -> None:
        self.reconcile_button.setEnabled(True)
        self.reconciliation = None
        self.reconcile_text.setText("<b style='color:#c62828'>" + messages.describe(exc) + "</b><br>" +
                                    self.tr("The day closes only after the SPC's register was "
                                            "compared: try again when the SPC answers."))
        self._update_close_button()

    # --- counting --------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return self.count.counts()

    def _recount(self) -> None:
        self.totals.show_total(self.count.total())
        self._update_close_button()

    def submit_count(self) -> None:
        """Blind: record the count, then show the expected cash and the difference."""
        if self.busy or not self.totals.submit_button.isEnabled():
            return
        self.busy = True
        self.error.hide()
        day, user, counts = self.day, self.user, self.counts()
        Op(self, lambda ws: count_day(ws, user, day, counts), changes=Changes.SESSION,
           name="count_day").success(self._count_recorded).failure(self._count_failed).run()

    def _count_recorded(self, record) -> None:
        self.busy = False
        self.count_record = record
        self.count.set_read_only(True)
        self.totals.reveal(record.attempt)
        self.takings.setVisible(bool(self.takings.text()))
        self._recount()
        self.note.setFocus()

    def _count_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show_error(messages.describe(exc))
        self._update_close_button()

    def count_again(self) -> None:
        """After a blind count's difference: count again, blind, as the next attempt."""
        if self.busy:
            return
        self.count_record = None
        self.count.set_read_only(False)
        for edit in self.count_edits.values():
            edit.clear()
        self.totals.hide_again()
        self.takings.setVisible(not self.totals.hidden and bool(self.takings.text()))
        self._recount()
        next(iter(self.count_edits.values())).setFocus()

    def _update_close_button(self) -> None:
        st = self.status
        may_count = (st is not None and st.closed is None and st.cash.other_day_session is None
                     and self.user.role == "supervisor" and not self.busy)
        self.totals.submit_button.setEnabled(may_count)
        ready = (may_count and not st.blockers and self.reconciliation is not None
                 and not self.totals.hidden)
        if ready and self.count.total() != st.cash.expected and not self.note.toPlainText().strip():
            ready = False
        if ready and not self.reconciliation.ok and not self.differences_note.text().strip():
            ready = False
        self.close_button.setEnabled(ready)

    # --- closing ---------------------------------------------------------------------
    def close_day(self) -> None:
        if self.busy or not self.close_button.isEnabled():
            return
        self.busy = True
        self.close_button.setEnabled(False)
        self.error.hide()
        day, user, counts = self.day, self.user, self.counts()
        note, diff_note = self.note.toPlainText().strip(), self.differences_note.text().strip()
        Op(self, lambda ws: dayclose.close_day(ws, user, day, counts, note, differences_note=diff_note),
           kind=NETWORK, changes=Changes.DAY | Changes.SESSION, name="close_day") \
            .success(self._closed).failure(self._close_failed).run()

    def _closed(self, result: dayclose.DayClosed) -> None:
        self.busy = False
        self.result = result
        self._show_closed(result)
        self.closed_day.emit(result)

    def _close_failed(self, exc: BaseException) -> None:
        self.busy = False
        if getattr(exc, "code", "") == "note_required":
            self._show_error(self.tr("The count differs from the expected cash by %1: write why "
                                     "in the note.").replace("%1", exc.params.get("difference", "")))
        else:
            self._show_error(messages.describe(exc))
        self.load()  # something changed under us (a payment, a refusal): show it

    def _show_closed(self, closed: dayclose.DayClosed) -> None:
        names = {"register_pdf": self.tr("Register (PDF)"), "register_csv": self.tr("Register (CSV)"),
                 "z_report": self.tr("Z-report (PDF)")}
        links = "".join(f"<li><a href='{QUrl.fromLocalFile(str(f.path)).toString()}'>"
                        f"{names.get(f.kind, f.kind)}</a> — {f.path}</li>" for f in closed.reports)
        self.done_text.setText(
            "<b style='color:#2e7d32; font-size:13pt'>✓ " +
            self.tr("The day %1 is closed by %2. No payment can be dated to it any more.")
            .replace("%1", closed.business_date.strftime("%d.%m.%Y")).replace("%2", closed.closed_by) +
            "</b><br>" + self.tr("Counted %1, expected %2.").replace("%1", _amount(closed.counted))
            .replace("%2", _amount(closed.expected)) + f"<ul>{links}</ul>")
        self.done_text.show()
        self.close_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        if self.user.role == "supervisor" and closed.business_date == self.day and not self.later:
            self.open_next_button.show()
            self.open_next_button.setDefault(True)
        self.count.set_read_only(True)
        self.totals.blind = False        # the close's own figures are shown below
        self.totals.hide_again()
        self._show_takings(closed.takings)
        self.note.setReadOnly(True)
        self.reconcile_button.setEnabled(False)

    def open_next_day(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.open_next_button.setEnabled(False)
        user = self.user
        Op(self, lambda ws: dayclose.open_next_day(ws, user),
           changes=Changes.DAY | Changes.SESSION, name="open_next_day") \
            .success(self._next_day_opened).failure(self._next_day_failed).run()

    def _next_day_opened(self, day) -> None:
        self.busy = False
        self.open_next_button.hide()
        self.next_day_opened.emit(day)
        self.done_text.setText(self.done_text.text() + "<b style='color:#1f3b63'>" +
                               self.tr("The business day %1 is open: payments from now on are "
                                       "dated to it.").replace("%1", day.strftime("%d.%m.%Y")) +
                               "</b>")

    def _next_day_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.open_next_button.setEnabled(True)
        self._show_error(messages.describe(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        repolish(self.error)
