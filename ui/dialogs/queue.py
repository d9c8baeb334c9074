"""The queue panel (F6, or the status bar's Queue button): what has not reached the SPC.

Lists the payments waiting to be sent, those parked because the SPC refused the
workstation's credentials, and those the SPC refused for good (which stay here
until a supervisor resolves them). Each row: state, receipt number, account,
total, attempts, age, last error in words.

- Resolve… asks for a note and a supervisor's password typed at this desk
  (ui/dialogs/refused.py); Send again… puts a refused payment back in line, the same way.
- Retry parked calls sync.retry_attention; like Resolve and Send again it declares
  Changes.QUEUE, and the window's one handler wakes the sender and re-reads the queue.
- Refresh offline copy wakes the account cache refresher.

The rows are read by a background op each time the sender reports (the window
calls `refresh()`), never on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from cashier import money, sync
from ui import messages
from ui.common.wording import age_text
from ui.common.bridges import CacheNews, QueueSnapshot
from ui.common.operations import Changes, Op, READ
from ui.common.wording import cache_text
from ui.common.style import repolish

COL_STATE, COL_RECEIPT, COL_ACCOUNT, COL_TOTAL, COL_ATTEMPTS, COL_AGE, COL_ERROR = range(7)
STATE_ORDER = {"rejected": 0, "attention": 1, "sending": 2, "waiting": 3}


def open_entries(ws: Any) -> list[sync.OutboxEntry]:
    """What the panel lists: waiting, sending, parked, and refused ones not yet resolved.
    Runs in a background op."""
    return sync.outbox_entries(ws)


class QueueDialog(QDialog):
    cache_refresh_requested = Signal()

    def __init__(self, parent: QWidget, ws: Any, supervisor_hint: Callable[[], str]):
        super().__init__(parent)
        self.ws = ws
        self.supervisor_hint = supervisor_hint
        self.entries: list[sync.OutboxEntry] = []
        self.snapshot: QueueSnapshot | None = None
        self.currency = "KZT"
        self.loaded = False
        self.setWindowTitle(self.tr("Payment queue"))
        self.setModal(False)
        self.resize(1000, 520)

        self.summary = QLabel(self.tr("Reading the queue…"))
        self.summary.setObjectName("holder")
        self.spc = QLabel()
        self.spc.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("State"), self.tr("Receipt №"), self.tr("Account"), self.tr("Total"),
            self.tr("Attempts"), self.tr("Age"), self.tr("Last error")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.resolve_selected())
        self.empty = QLabel(self.tr("Nothing waits: every payment has reached the processing center."))
        self.empty.setObjectName("placeholder")
        self.empty.hide()
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.cache = QLabel()
        self.cache.setObjectName("hint")
        self.cache.setWordWrap(True)

        self.resolve_button = QPushButton(self.tr("&Resolve…  (Enter)"))
        self.resolve_button.setToolTip(self.tr("A supervisor records what was done about the refused "
                                               "payment; it leaves the list, and stays in the records"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.send_again_button = QPushButton(self.tr("Send &again…"))
        self.send_again_button.setToolTip(self.tr("A supervisor sends the refused payment to the "
                                                  "processing center again, unchanged, once the "
                                                  "cause was fixed there"))
        self.send_again_button.clicked.connect(self.send_again_selected)
        self.retry_button = QPushButton(self.tr("Retry &parked"))
        self.retry_button.setToolTip(self.tr("After IT has fixed the workstation's credentials: send "
                                             "the parked payments again"))
        self.retry_button.clicked.connect(self.retry_parked)
        self.cache_button = QPushButton(self.tr("Refresh offline &copy"))
        self.cache_button.setToolTip(self.tr("Download the accounts changed at the processing center now"))
        self.cache_button.clicked.connect(self._refresh_cache)
        close = QPushButton(self.tr("Close  (Esc)"))
        close.clicked.connect(self.close)
        for button in (self.resolve_button, self.send_again_button, self.retry_button,
                       self.cache_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.send_again_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cache_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.spc)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.cache)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- news from the window --------------------------------------------------
    def set_snapshot(self, snap: QueueSnapshot | None, spc_text: str = "") -> None:
        self.snapshot = snap
        self.spc.setText(spc_text)
        if self.isVisible():
            self.refresh()

    def set_cache(self, news: CacheNews | None) -> None:
        self.cache.setText(cache_text(news, self.ws.now()))

    def refresh(self) -> None:
        Op(self, open_entries, kind=READ, name="outbox_entries") \
            .latest("queue_entries").success(self._show_entries) \
            .failure(lambda exc: self.set_message(messages.describe(exc), error=True)).run()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.refresh()
        self.table.setFocus()

    # --- rows ------------------------------------------------------------------
    def _show_entries(self, entries: list[sync.OutboxEntry]) -> None:
        selected = self.selected_entry()
        entries = sorted(entries, key=lambda e: (STATE_ORDER.get(e.state, 9), e.created_at))
        self.entries = entries
        now = self.ws.now()
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            created = _parse_time(e.created_at)
            cells = [self._state_text(e.state), e.receipt_no, e.account,
                     money.format_amount(e.total, self.currency), str(e.attempts),
                     age_text(created, now) if created else "",
                     messages.describe_outbox_error(e.last_error_code, e.last_error_message)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_TOTAL, COL_ATTEMPTS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == COL_ERROR and e.last_error_message:
                    item.setToolTip(f"{e.last_error_code}: {e.last_error_message}")
                if e.state == "rejected" and col == COL_STATE:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
            if selected is not None and e.payment_id == selected.payment_id:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and entries:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.summary.setText(self._summary(entries))
        self.loaded = True
        self._update_buttons()

    def _state_text(self, state: str) -> str:
        return {"waiting": self.tr("Waiting"), "sending": self.tr("Sending"),
                "attention": self.tr("Parked: credentials"), "rejected": self.tr("Refused")}.get(state, state)

    def _summary(self, entries: list[sync.OutboxEntry]) -> str:
        waiting = [e for e in entries if e.state in ("waiting", "sending")]
        parked = sum(1 for e in entries if e.state == "attention")
        refused = sum(1 for e in entries if e.state == "rejected")
        parts = []
        if waiting:
            parts.append(self.tr("%n waiting", "", len(waiting)) + " ("
                         + money.format_amount(sum(e.total for e in waiting), self.currency) + ")")
        if parked:
            parts.append(self.tr("%n parked", "", parked))
        if refused:
            parts.append(self.tr("%n refused", "", refused))
        return self.tr("Payment queue") + ": " + (" · ".join(parts) or self.tr("empty"))

    def selected_entry(self) -> sync.OutboxEntry | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries) and self.table.selectionModel().hasSelection():
            return self.entries[row]
        return None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.resolve_button.setEnabled(entry is not None and entry.state == "rejected")
        self.send_again_button.setEnabled(entry is not None and entry.state == "rejected")
        self.retry_button.setEnabled(any(e.state == "attention" for e in self.entries))

    def set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        name = "formError" if error else "hint"
        if self.message.objectName() != name:
            self.message.setObjectName(name)
            repolish(self.message)

    # --- actions ---------------------------------------------------------------
    def resolve_selected(self) -> None:
        self._refused_action(retry=False)

    def send_again_selected(self) -> None:
        self._refused_action(retry=True)

    def _refused_action(self, retry: bool) -> None:
        from ui.dialogs.refused import refused_dialog
        entry = self.selected_entry()
        if entry is None or entry.state != "rejected":
            return
        dialog = refused_dialog(entry, self.currency, retry=retry,
                               supervisor_hint=self.supervisor_hint(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_with.connect(lambda what, e=entry: self._refused_done(e, what))
        self.resolve_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _refused_done(self, entry: sync.OutboxEntry, what: str) -> None:
        if what == "retried":
            self.set_message(self.tr("Receipt № %1 goes to the processing center again.")
                             .replace("%1", entry.receipt_no))
        else:
            self.set_message(self.tr("Receipt № %1 is resolved; it stays in the records.")
                             .replace("%1", entry.receipt_no))
        self.refresh()

    def retry_parked(self) -> None:
        from cashier import sync
        self.retry_button.setEnabled(False)
        Op(self, sync.retry_attention, changes=Changes.QUEUE, name="retry_attention") \
            .success(self._retried) \
            .failure(lambda exc: self.set_message(messages.describe(exc), error=True)).run()

    def _retried(self, count: int) -> None:
        self.set_message(self.tr("%n parked payment(s) put back in line.", "", count))
        self.refresh()

    def _refresh_cache(self) -> None:
        self.set_message(self.tr("The offline copy is being refreshed in the background."))
        self.cache_refresh_requested.emit()


def _parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
