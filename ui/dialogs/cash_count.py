"""The cash counted by denomination, for closing the day (ui/dialogs/day_close.py): the pieces
of each note and coin, the sum of each row, and the total. Enter walks to the next field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from cashier import money
from cashier.drawer.count import COINS, NOTES, Denomination


class CashCountGrid(QWidget):
    changed = Signal(int)   # the total counted, in minor units

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.sums: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for column, (title, kinds) in enumerate(((self.tr("Notes"), NOTES), (self.tr("Coins"), COINS))):
            head = QLabel(title)
            head.setObjectName("caption")
            grid.addWidget(head, 0, column * 4, 1, 3)
            for i, d in enumerate(kinds, 1):
                self._row(grid, i, column * 4, d)
        grid.setColumnMinimumWidth(3, 30)

    def _row(self, grid: QGridLayout, row: int, column: int, d: Denomination) -> None:
        label = QLabel(money.format_amount(d.minor).split(",")[0] + " ₸")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit = QLineEdit()
        edit.setObjectName(f"count_{d.key}")
        edit.setValidator(QIntValidator(0, 999_999, edit))
        edit.setPlaceholderText("0")
        edit.setMaximumWidth(90)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textChanged.connect(self._recount)
        edit.returnPressed.connect(self.focusNextChild)
        total = QLabel("")
        total.setObjectName("hint")
        total.setMinimumWidth(120)
        grid.addWidget(label, row, column)
        grid.addWidget(edit, row, column + 1)
        grid.addWidget(total, row, column + 2)
        self.edits[d.key] = edit
        self.sums[d.key] = total

    def counts(self) -> dict[str, int]:
        """Pieces per denomination key, for the ones typed."""
        return {key: int(edit.text()) for key, edit in self.edits.items() if edit.text()}

    def total(self) -> int:
        return sum(int(self.edits[d.key].text() or 0) * d.minor for d in NOTES + COINS)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def _recount(self) -> None:
        for d in NOTES + COINS:
            pieces = int(self.edits[d.key].text() or 0)
            self.sums[d.key].setText(money.format_amount(pieces * d.minor, "KZT") if pieces else "")
        self.changed.emit(self.total())
