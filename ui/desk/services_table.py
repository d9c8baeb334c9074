"""The account's services: what is due, what the customer pays, the meter readings.

A QTableWidget whose read-only cells are items and whose two editable columns
(amount to pay, current reading) are QLineEdit cell widgets. The table itself
takes no focus, so Tab walks through the editors only: amount, reading, next
row's amount... No validator blocks a keystroke: whatever the teller types goes
to the core's build_draft, and its errors come back through show_errors().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from cashier import money
from cashier.errors import ValidationError
from cashier.model import Account, Service
from ui.common.style import repolish, set_invalid

# The provider is shown under the service name (one column, two lines): the table
# stays readable at 1366 px without truncating either.
COL_SERVICE, COL_DUE, COL_PAY, COL_METER, COL_PREVIOUS, COL_CURRENT, COL_USED = range(7)
EDITOR_HEIGHT = 30


def amount_for_editing(minor: int) -> str:
    """1272.26 as the teller types it: "1272,26" (no group separators to trip over)."""
    return money.to_wire(minor).replace(".", ",")


class ServicesTable(QTableWidget):
    edited = Signal()
    entries_done = Signal()   # Enter in the last editor: the cash field is next

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Service\nand provider"), self.tr("Due"), self.tr("To pay"),
            self.tr("Meter"), self.tr("Previous\nreading"), self.tr("Current\nreading"), self.tr("Used"),
        ])
        self.account: Account | None = None
        self._amount_edits: dict[str, QLineEdit] = {}
        self._reading_edits: dict[str, QLineEdit] = {}
        self._filling = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(46)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_SERVICE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_DUE, COL_METER, COL_PREVIOUS, COL_USED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (COL_PAY, COL_CURRENT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, 118)
        for col in (COL_DUE, COL_PAY, COL_PREVIOUS, COL_CURRENT, COL_USED):
            self.horizontalHeaderItem(col).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # --- filling -----------------------------------------------------------
    def clear_account(self) -> None:
        self.account = None
        self._amount_edits.clear()
        self._reading_edits.clear()
        self.setRowCount(0)

    def set_account(self, account: Account) -> None:
        self.clear_account()
        self._filling = True
        try:
            self.account = account
            self.setRowCount(len(account.services))
            for row, service in enumerate(account.services):
                self._fill_row(row, service, account.currency)
        finally:
            self._filling = False

    def _item(self, text: str, right: bool = False, muted: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if muted:
            item.setForeground(Qt.GlobalColor.darkGray)
        return item

    def _fill_row(self, row: int, service: Service, currency: str) -> None:
        name = self._item("")
        name.setData(Qt.ItemDataRole.AccessibleTextRole, f"{service.name}, {service.provider.name}")
        name.setToolTip(f"{service.name}\n{service.provider.name}")
        self.setItem(row, COL_SERVICE, name)
        self.setCellWidget(row, COL_SERVICE, _ServiceCell(service.name, service.provider.name))
        due = self._item(money.format_amount(service.amount_due), right=True)
        if service.amount_due < 0:
            due.setToolTip(self.tr("Advance: the customer has paid ahead"))
            due.setForeground(Qt.GlobalColor.darkGreen)
        self.setItem(row, COL_DUE, due)

        pay = self._editor(f"amount:{service.code}")
        pay.setText(amount_for_editing(service.amount_due) if service.amount_due > 0 else "")
        pay.setPlaceholderText("0,00")
        pay.setAccessibleName(self.tr("Amount to pay for %1").replace("%1", service.name))
        self._amount_edits[service.code] = pay
        self.setCellWidget(row, COL_PAY, _centered(pay))

        if service.meter is not None:
            meter = service.meter
            self.setItem(row, COL_METER, self._item(f"{meter.id}, {meter.unit}", muted=True))
            self.setItem(row, COL_PREVIOUS, self._item(money.format_reading(meter.previous_reading), right=True))
            current = self._editor(f"reading:{service.code}")
            current.setAccessibleName(self.tr("Current reading for %1").replace("%1", service.name))
            current.textChanged.connect(lambda _t, r=row, s=service: self._update_used(r, s))
            self._reading_edits[service.code] = current
            self.setCellWidget(row, COL_CURRENT, _centered(current))
            self.setItem(row, COL_USED, self._item("", right=True))
        else:
            self.setItem(row, COL_METER, self._item("—", muted=True))
            self.setItem(row, COL_PREVIOUS, self._item("", right=True))
            self.setItem(row, COL_CURRENT, self._item(""))
            self.setItem(row, COL_USED, self._item("", right=True))

    def _editor(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName("cellEdit")
        edit.setProperty("field", field)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setMaxLength(24)
        edit.setFixedHeight(EDITOR_HEIGHT)
        edit.textChanged.connect(self._changed)
        edit.returnPressed.connect(lambda e=edit: self._enter_pressed(e))
        return edit

    def _enter_pressed(self, edit: QLineEdit) -> None:
        """Enter moves on like Tab: to the next editor, after the last one to the cash field."""
        editors = self.editors()
        if edit in editors and editors.index(edit) + 1 < len(editors):
            following = editors[editors.index(edit) + 1]
            following.setFocus()
            following.selectAll()
        else:
            self.entries_done.emit()

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _update_used(self, row: int, service: Service) -> None:
        item = self.item(row, COL_USED)
        if item is None or service.meter is None:
            return
        text = self._reading_edits[service.code].text().strip()
        used = ""
        if text:
            try:
                reading = money.parse_reading(text)
            except ValidationError:
                reading = None
            if reading is not None and reading >= service.meter.previous_reading:
                used = f"{money.format_reading(reading - service.meter.previous_reading)} {service.meter.unit}"
        item.setText(used)

    # --- reading what was typed --------------------------------------------
    def amounts(self) -> dict[str, str]:
        return {code: edit.text() for code, edit in self._amount_edits.items()}

    def readings(self) -> dict[str, str]:
        return {code: edit.text() for code, edit in self._reading_edits.items()}

    def editors(self) -> list[QLineEdit]:
        """Every editor in Tab order: each row's amount, then its reading."""
        order: list[QLineEdit] = []
        if self.account is None:
            return order
        for service in self.account.services:
            order.append(self._amount_edits[service.code])
            if service.code in self._reading_edits:
                order.append(self._reading_edits[service.code])
        return order

    def editor_for(self, field: str) -> QLineEdit | None:
        kind, _, code = field.partition(":")
        if kind == "amount":
            return self._amount_edits.get(code)
        if kind == "reading":
            return self._reading_edits.get(code)
        return None

    def service_name(self, field: str) -> str | None:
        _, _, code = field.partition(":")
        if self.account is None:
            return None
        service = self.account.service(code)
        return service.name if service else None

    def reset_entries(self) -> None:
        """Back to the amounts due and no readings (the Clear key)."""
        if self.account is None:
            return
        for service in self.account.services:
            self._amount_edits[service.code].setText(
                amount_for_editing(service.amount_due) if service.amount_due > 0 else "")
            if service.code in self._reading_edits:
                self._reading_edits[service.code].clear()

    def set_entries_enabled(self, enabled: bool) -> None:
        for edit in self.editors():
            edit.setReadOnly(not enabled)
            if not enabled:
                edit.deselect()
            repolish(edit)  # the stylesheet greys read-only fields

    # --- errors ------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """Red border and a tooltip on each editor named in errors (field -> text)."""
        for edit in self.editors():
            field = edit.property("field")
            message = errors.get(field)
            set_invalid(edit, message is not None)
            edit.setToolTip(message or "")


def _centered(editor: QLineEdit) -> QWidget:
    """An editor of fixed height, centred in its cell whatever the row height."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(3, 0, 3, 0)
    layout.addWidget(editor, 0, Qt.AlignmentFlag.AlignVCenter)
    box.setFocusProxy(editor)
    return box


class _ServiceCell(QWidget):
    """The service name, and under it the provider in small grey letters."""

    def __init__(self, service: str, provider: str):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.setSpacing(0)
        self.service = _ElidedLabel(service)
        self.provider = _ElidedLabel(provider)
        self.provider.setObjectName("caption")
        layout.addWidget(self.service)
        layout.addWidget(self.provider)
        self.setToolTip(f"{service}\n{provider}")


class _ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its column is too narrow (full text in the tooltip)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(20)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width())
        if elided != self.text():
            self.setText(elided)
