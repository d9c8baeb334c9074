"""Find an account by address (F3).

Type part of the address; after a short pause (or at once on Enter) the search
runs in the background (accounts.search_accounts: the SPC, or the offline copy
when the SPC is unreachable) and the results fill the list: account, holder,
address, and where the data came from. Up/Down move through the results
without leaving the field; Enter picks the highlighted account and the desk
looks it up. Esc closes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from cashier import accounts
from ui import messages
from ui.common.wording import mask_holder
from ui.common.operations import NETWORK, Op
from ui.common.style import repolish

SEARCH_DELAY_MS = 350
RESULT_LIMIT = 50


class _SearchField(QLineEdit):
    """Up/Down/PgUp/PgDn go to the results list; the text cursor stays here."""

    def __init__(self, results: QTableWidget):
        super().__init__()
        self.results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            rows = self.results.rowCount()
            if rows:
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
                        Qt.Key.Key_PageDown: 10}[key]
                row = max(0, min(rows - 1, self.results.currentRow() + step))
                self.results.selectRow(row)
            return
        super().keyPressEvent(event)


class AddressSearchDialog(QDialog):
    account_chosen = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find an account by address"))
        self.setModal(True)
        self.resize(900, 520)
        self.items: list[dict] = []
        self.searched_text: str | None = None   # the text the shown results are for
        self.pending_text: str | None = None

        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Holder"),
                                                self.tr("Address"), self.tr("Data")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemDoubleClicked.connect(lambda _i: self.pick())

        self.field = _SearchField(self.results)
        self.field.setObjectName("account")
        self.field.setPlaceholderText(self.tr("Street, house, flat — e.g. Абая 10"))
        self.field.setAccessibleName(self.tr("Address"))
        self.field.setMaxLength(200)
        self.field.textEdited.connect(self._edited)
        self.field.returnPressed.connect(self._enter)
        caption = QLabel(self.tr("Part of the address"))
        caption.setObjectName("caption")
        self.status = QLabel(self.tr("Type part of the address; the results appear as you type."))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        pick = QPushButton(self.tr("Choose  (Enter)"))
        pick.setObjectName("primary")
        pick.setAutoDefault(False)
        pick.clicked.connect(self.pick)
        close = QPushButton(self.tr("Close  (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for b in (pick, close):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(pick)
        buttons.addWidget(close)

        heading = QLabel(self.tr("Find an account by address"))
        heading.setObjectName("holder")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.field.setFocus()

    # --- searching -------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self.timer.start()

    def _enter(self) -> None:
        text = self.field.text().strip()
        if self.items and text == self.searched_text and self.results.currentRow() >= 0:
            self.pick()
        else:
            self.timer.stop()
            self.search()

    def search(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.items = []
            self.results.setRowCount(0)
            self.searched_text = None
            self._set_status(messages.describe_code("address_empty"), error=False)
            return
        if text == self.pending_text:
            return
        self.pending_text = text
        self._set_status(self.tr("Searching…"))
        Op(self, lambda ws: accounts.search_accounts(ws, text, RESULT_LIMIT), kind=NETWORK, name="search_accounts") \
            .latest("address_search") \
            .success(lambda items: self._show(text, items)) \
            .failure(lambda exc: self._failed(text, exc)).run()

    def _show(self, text: str, items: list[dict]) -> None:
        self.pending_text = None
        self.searched_text = text
        self.items = list(items)
        self.results.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [item.get("account", ""), mask_holder(item.get("holder", "")),
                     item.get("address", ""), self._source_text(item)]
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if col == 3 and item.get("source") == "cache":
                    cell.setForeground(Qt.GlobalColor.darkYellow)
                self.results.setItem(row, col, cell)
        if items:
            self.results.selectRow(0)
            if len(items) >= RESULT_LIMIT:
                self._set_status(self.tr("The first %1 matches: type more of the address to narrow "
                                         "them down. ↑↓ choose, Enter takes the account.")
                                 .replace("%1", str(len(items))))
            else:
                self._set_status(self.tr("%n account(s) found. ↑↓ choose, Enter takes the account.",
                                         "", len(items)))
        else:
            self._set_status(self.tr("No account has an address with “%1”.").replace("%1", text))

    def _source_text(self, item: dict) -> str:
        if item.get("source") != "cache":
            return self.tr("processing center")
        when = item.get("cached_at")
        try:
            stamp = datetime.fromisoformat(when).strftime("%d.%m %H:%M") if when else ""
        except ValueError:
            stamp = str(when)
        return self.tr("offline copy from %1").replace("%1", stamp)

    def _failed(self, text: str, exc: BaseException) -> None:
        self.pending_text = None
        self.searched_text = None
        self.items = []
        self.results.setRowCount(0)
        self._set_status(messages.describe(exc), error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        name = "formError" if error else "hint"
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            repolish(self.status)

    # --- choosing --------------------------------------------------------------
    def pick(self) -> None:
        row = self.results.currentRow()
        if not (0 <= row < len(self.items)):
            return
        number = self.items[row].get("account", "")
        self.account_chosen.emit(number)
        self.accept()
