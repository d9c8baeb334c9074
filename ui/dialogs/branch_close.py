"""Close the branch's business day (the branch view's button, supervisors): which desks have
closed their own day, the vault counted by denomination, a note; then the back office's
figures (the vault expected, counted, the difference) and the branch register written at
this desk (cashier/dayclose/branch_close.py). While a desk's day is open the back office
refuses, and the dialog names the desks; nothing is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from cashier.dayclose.branch_close import BranchClosed, close_branch_day
from cashier.sync.branch_view import BranchView
from ui import messages
from ui.common.forms import GuardedDialog, error_label
from ui.common.operations import Changes, Op
from ui.dialogs.cash_count import CashCountGrid


class BranchCloseDialog(GuardedDialog):
    closed = Signal(object)   # BranchClosed

    def __init__(self, parent: QWidget, supervisor: Any, day: date, view: BranchView | None):
        super().__init__(parent)
        self.supervisor, self.day = supervisor, day
        self.result: BranchClosed | None = None
        self.setWindowTitle(self.tr("Close the branch's day"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Branch %1, business day %2")
                      .replace("%1", view.branch_id if view else "")
                      .replace("%2", day.strftime("%d.%m.%Y")))
        head.setObjectName("holder")
        layout.addWidget(head)
        self.desks = QLabel(self._desks_text(view))
        self.desks.setWordWrap(True)
        layout.addWidget(self.desks)
        layout.addWidget(QLabel(self.tr("The vault, counted by denomination:")))
        self.count = CashCountGrid()
        self.count.changed.connect(self._counted)
        layout.addWidget(self.count)
        self.total = QLabel()
        self.total.setObjectName("value")
        layout.addWidget(self.total)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("A note for the register (optional)"))
        layout.addWidget(self.note)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = error_label()
        layout.addWidget(self.message)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Close the branch's day"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_register = QPushButton(self.tr("Open the register"))
        self.open_register.clicked.connect(self._open_register)
        buttons.addButton(self.open_register, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_register.hide()   # after addButton, which shows it: there is none yet
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok, self.cancel, self.open_register):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._counted(0)

    def _desks_text(self, view: BranchView | None) -> str:
        if view is None:
            return self.tr("The back office checks that every desk has closed its own day.")
        open_desks = [d.workstation_id for d in view.desks if d.day != "closed"]
        if open_desks:
            return self._still_open_text(", ".join(open_desks))
        return self._all_closed_text(len(view.desks))

    def _still_open_text(self, desks: str) -> str:
        return self.tr("Still open: %1. Each desk closes its own day first (F12 there); the "
                       "back office will refuse until then.").replace("%1", desks)

    def _all_closed_text(self, count: int) -> str:
        return self.tr("Every desk of the branch has closed its day (%n desk(s)).", "", count)

    def _counted(self, _total: int) -> None:
        self.total.setText(self.tr("Counted: %1").replace(
            "%1", money.format_amount(self.count.total(), "KZT")))

    def accept(self) -> None:
        if self.busy:
            return
        if self.result is not None:   # done: the button now closes
            super().accept()
            return
        counts, note, supervisor, day = self.count.counts(), self.note.text(), self.supervisor, \
            self.day
        self._busy(True)
        Op(self, lambda ws: close_branch_day(ws, supervisor, day, counts, note),
           changes=Changes.DAY, name="close_branch_day") \
            .success(self._done).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.count.set_read_only(busy)
        self.note.setReadOnly(busy)
        self.message.hide()

    def _done(self, closed: BranchClosed) -> None:
        self._busy(False)
        self.result = closed
        d = closed.day
        lines = [self.tr("The branch's day %1 is closed.").replace(
                     "%1", d.business_date.strftime("%d.%m.%Y")) if not closed.already else
                 self.tr("The branch's day %1 had been closed already; its register is written "
                         "again here.").replace("%1", d.business_date.strftime("%d.%m.%Y")),
                 self.tr("Payments: %1 for %2").replace("%1", str(d.payments_count))
                 .replace("%2", money.format_amount(d.payments_amount, "KZT")),
                 self.tr("Vault expected %1, counted %2, difference %3")
                 .replace("%1", money.format_amount(d.vault_expected, "KZT"))
                 .replace("%2", money.format_amount(d.vault_counted, "KZT"))
                 .replace("%3", money.format_amount(d.difference, "KZT"))]
        lines += [str(path) for _kind, path, _sha in closed.files]
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        # The view's "still open" line was read before the close: it would now contradict it.
        self.desks.setText(self._all_closed_text(len(d.desks)))
        self.count.set_read_only(True)
        self.note.setReadOnly(True)
        self.ok.setText(self.tr("Done"))
        self.cancel.hide()
        self.open_register.show()
        self.ok.setDefault(True)   # nothing is typed any more: Enter is Done
        self.ok.setFocus()
        self.closed.emit(closed)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(messages.describe(exc))
        self.message.show()
        desks = getattr(exc, "params", None) or {}
        if getattr(exc, "code", None) == "branch_day_not_ready" and desks.get("desks"):
            # the back office's word is newer than the view's: name the desks it named
            self.desks.setText(self._still_open_text(desks["desks"]))

    def _open_register(self) -> None:
        if self.result is not None and self.result.files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.files[0][1])))
