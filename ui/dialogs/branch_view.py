"""The branch on one screen (Ctrl+B, supervisors): every desk of the branch as the bank's
back office sees it, from the desks' journals and heartbeats (cashier/sync/branch_view.py).

One row per desk: when it was last seen, who is signed in, the open cash session and the
cash it should hold, the day's payments and voids, its SPC queue, its day, its alarms.
It reads again by itself every REFRESH_SECONDS in a background op and says how old what
it shows is; when the back office cannot be reached it keeps the last rows and says so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from cashier import money
from cashier.drawer.limits import OK, OVER, WARNING, level_of
from cashier.sync.branch_view import BranchView, DeskRow, branch_view
from ui import messages
from ui.common.operations import NETWORK, Op
from ui.common.style import ERROR, WARNING as AMBER, repolish
from ui.common.wording import age_text

REFRESH_SECONDS = 15
SILENT_AFTER = timedelta(minutes=5)   # a desk not heard from for longer is shown as silent
(COL_DESK, COL_SEEN, COL_USER, COL_SESSION, COL_CASH, COL_PAID, COL_VOIDS, COL_QUEUE, COL_DAY,
 COL_ALARMS) = range(10)
ALARM = QColor("#fdecea")
SILENT = QColor("#eef0f3")


class BranchDialog(QDialog):
    def __init__(self, parent: QWidget, ws: Any, viewer, day: date | None = None):
        super().__init__(parent)
        self.ws = ws
        self.viewer = viewer
        self.view: BranchView | None = None
        self.error: str | None = None
        self.loading = False
        self.setWindowTitle(self.tr("Branch %1").replace("%1", ws.config.branch))
        self.setModal(False)
        self.resize(1380, 520)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setAccessibleName(self.tr("Business day"))
        if day is not None:
            self.day.setDate(QDate(day.year, day.month, day.day))
        self.day_given = day is not None
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.summary = QLabel(self.tr("Asking the back office…"))
        self.summary.setObjectName("holder")
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels([
            self.tr("Desk"), self.tr("Last seen"), self.tr("Signed in"), self.tr("Cash session"),
            self.tr("Cash expected"), self.tr("Payments"), self.tr("Voids"),
            self.tr("SPC queue"), self.tr("Day"), self.tr("Alarms")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(COL_ALARMS + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The two long texts share what is left and wrap; the figures keep their width.
        header.setSectionResizeMode(COL_QUEUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ALARMS, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No desk of this branch has sent its journal yet."))
        self.empty.setObjectName("placeholder")
        self.empty.hide()
        self.age = QLabel()
        self.age.setObjectName("hint")
        self.problem = QLabel()
        self.problem.setObjectName("queueAlarm")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh  (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.close_day_button = QPushButton(self.tr("Close the branch's &day…"))
        self.close_day_button.setToolTip(self.tr("Once every desk has closed its own day: count "
                                                 "the vault, write the branch register"))
        self.close_day_button.clicked.connect(self.open_branch_close)
        self.close_day_button.setVisible(getattr(viewer, "role", "") == "supervisor")
        self.close_day_button.setEnabled(False)
        close = QPushButton(self.tr("Close  (Esc)"))
        close.clicked.connect(self.close)
        for button in (self.refresh_button, self.close_day_button, close):
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Business day:")))
        top.addWidget(self.day)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.age, 1)
        bottom.addWidget(self.close_day_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.table.setFocus()   # F5 and Esc work at once; the date is a click away

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)   # "as of 14:02:10, 12 s ago" moves on between reads
        self.clock.timeout.connect(self._render_age)

    # --- reading ---------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.timer.start()
        self.clock.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.timer.stop()
        self.clock.stop()
        super().hideEvent(event)

    def chosen_day(self) -> date | None:
        if not self.day_given and self.view is None:
            return None   # the desk's business day, until one was shown or chosen
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        viewer, day = self.viewer, self.chosen_day()
        self.loading = True
        self.refresh_button.setEnabled(False)
        Op(self, lambda ws: branch_view(ws, viewer, day), kind=NETWORK, name="branch_view") \
            .latest("branch_view").success(self._shown).failure(self._failed) \
            .finally_(self._idle).run()

    def _idle(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)

    def _shown(self, view: BranchView) -> None:
        self.view, self.error = view, None
        if not self.day_given:
            self.day_given = True
            self.day.blockSignals(True)
            self.day.setDate(QDate(view.business_date.year, view.business_date.month,
                                   view.business_date.day))
            self.day.blockSignals(False)
        self._render()

    def _failed(self, exc: BaseException) -> None:
        self.error = messages.describe(exc)
        self._render_age()

    # --- rendering ---------------------------------------------------------------
    def _render(self) -> None:
        view = self.view
        if view is None:
            return
        currency = "KZT"
        waiting = sum(d.spc.waiting for d in view.desks if d.spc is not None)
        alarms = sum(1 for d in view.desks if d.alarms)
        parts = [self.tr("%n desk(s)", "", len(view.desks)),
                 self.tr("cash expected %1").replace(
                     "%1", money.format_amount(view.expected_cash, currency)),
                 self.tr("%n payment(s) not yet at the SPC", "", waiting)]
        if alarms:
            parts.append(self.tr("%n desk(s) with an alarm", "", alarms))
        self.summary.setText("   ·   ".join(parts))
        self.table.setRowCount(len(view.desks))
        for row, desk in enumerate(view.desks):
            self._render_row(row, desk, view.fetched_at, currency)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not view.desks)
        self.close_day_button.setEnabled(bool(view.desks))
        self._render_age()

    def open_branch_close(self) -> None:
        from ui.dialogs.branch_close import BranchCloseDialog
        if self.view is None:
            return
        dialog = BranchCloseDialog(self, self.viewer, self.view.business_date, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.closed.connect(lambda _c: self.refresh())
        self.branch_close_dialog = dialog
        dialog.open()

    def _render_row(self, row: int, desk: DeskRow, now: datetime, currency: str) -> None:
        silent = desk.last_seen is None or now - desk.last_seen > SILENT_AFTER
        session = desk.session
        cells = {
            COL_DESK: desk.workstation_id,
            COL_SEEN: age_text(desk.last_seen, now) if desk.last_seen else self.tr("never"),
            COL_USER: desk.signed_in or "—",
            COL_SESSION: session.teller_id if session else self.tr("closed"),
            COL_CASH: money.format_amount(session.expected_cash, currency) if session else "—",
            COL_PAID: f"{desk.payments_count}: {money.format_amount(desk.payments_amount, currency)}",
            COL_VOIDS: f"{desk.voids_count}: {money.format_amount(desk.voids_amount, currency)}"
            if desk.voids_count else "—",
            COL_QUEUE: self._queue_text(desk, now, currency),
            COL_DAY: self.tr("closed") if desk.day == "closed" else self.tr("open"),
            COL_ALARMS: "; ".join(self._alarm_text(a) for a in desk.alarms) or "—",
        }
        for col, text in cells.items():
            item = QTableWidgetItem(text)
            if col in (COL_CASH, COL_PAID, COL_VOIDS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if desk.alarms:
                item.setBackground(QBrush(ALARM))
            elif silent:
                item.setBackground(QBrush(SILENT))
            self.table.setItem(row, col, item)
        if session is not None:
            self._mark_level(self.table.item(row, COL_CASH), session.expected_cash)
        if silent:
            self.table.item(row, COL_SEEN).setToolTip(
                self.tr("Not heard from for over %n min: is the desk switched off or cut off "
                        "from the bank's network?", "", int(SILENT_AFTER.total_seconds() // 60)))

    def _mark_level(self, item: QTableWidgetItem, cash: int) -> None:
        """The desk's cash against the cash limits this desk has (the bank's settings as this
        desk holds them; another desk's may differ until it pulls them)."""
        level = level_of(self.ws.config, cash)
        if not level.watched:
            return
        limits = []
        if level.warning_level:
            limits.append(self.tr("warning level %1").replace(
                "%1", money.format_amount(level.warning_level, "KZT")))
        if level.hard_limit:
            limits.append(self.tr("hard limit %1").replace(
                "%1", money.format_amount(level.hard_limit, "KZT")))
        if level.level == OVER:
            state = self.tr("Above the hard limit: the desk takes no cash until a handover.")
            item.setForeground(QBrush(QColor(ERROR)))
        elif level.level == WARNING:
            state = self.tr("Above the warning level: the desk should hand cash over to the vault.")
            item.setForeground(QBrush(QColor(AMBER)))
        else:
            state = self.tr("Within the cash limits.")
        if level.level != OK:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        item.setToolTip(state + "\n" + self.tr("Coloured by this desk's cash limits (%1), as "
                                                "this desk holds the bank's settings.")
                        .replace("%1", ", ".join(limits)))

    def _queue_text(self, desk: DeskRow, now: datetime, currency: str) -> str:
        spc = desk.spc
        if spc is None:
            return "—"
        if not spc.waiting and not spc.rejected:
            text = self.tr("all sent")
        else:
            text = self.tr("%n waiting", "", spc.waiting) + ": " + \
                money.format_amount(spc.waiting_amount, currency)
            if spc.oldest_waiting_at is not None:
                text += ", " + self.tr("oldest %1").replace("%1", age_text(spc.oldest_waiting_at, now))
            if spc.rejected:
                text += "; " + self.tr("%n refused", "", spc.rejected)
        if not spc.reachable:
            text += " — " + self.tr("SPC unreachable")
        return text

    def _alarm_text(self, alarm: dict) -> str:
        code = alarm.get("code")
        if code == "chain_conflict":
            return self.tr("journal rewritten after it was sent (record %1)").replace(
                "%1", str(alarm.get("seq")))
        if code == "hash_mismatch":
            return self.tr("a journal record does not match its checksum (record %1)").replace(
                "%1", str(alarm.get("seq")))
        if code == "sanctions_match":
            return self.tr("a payer matched the sanctions list (%1): the compliance officer "
                           "reviews it").replace("%1", str(alarm.get("masked_iin") or "?"))
        return str(code or "?")

    def _render_age(self) -> None:
        now = self.ws.now()
        if self.view is not None:
            fetched = self.view.fetched_at
            seconds = max(0, int((now - fetched).total_seconds()))
            text = self.tr("Data as of %1 (%n s ago); it is read again every %2 s", "", seconds) \
                .replace("%1", fetched.strftime("%H:%M:%S")).replace("%2", str(REFRESH_SECONDS))
        else:
            text = self.tr("Nothing read yet.")
        self.age.setText(text)
        if self.error:
            shown = self.tr("The last rows read are shown.") if self.view is not None else ""
            self.problem.setText(self.error + (" " + shown if shown else ""))
            self.problem.show()
        else:
            self.problem.hide()
        repolish(self.problem)
