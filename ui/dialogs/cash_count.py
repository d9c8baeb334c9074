"""The cash counted by denomination, for closing the day (ui/dialogs/day_close.py): the pieces
of each note and coin, the sum of each row, and the total (CashCountGrid; Enter walks to the
next field); under it the expected cash, the count and the difference (CountTotals), which
while the bank counts blind keeps the expected cash and the difference off the screen until
the count is submitted, then offers a recount."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier import money
from cashier.drawer.count import COINS, NOTES, CashSummary, Denomination
from ui.common.style import ERROR, OK, WARNING

translate = QCoreApplication.translate


def _amount(minor: int) -> str:
    return money.format_amount(minor, "KZT")


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


class CountTotals(QWidget):
    """The expected cash (and the sums that make it), the count's total and the difference.

    Counting blind (`set_blind(True)`), the expected cash, its sums and the difference stay
    hidden and Submit the count is offered; once the count is submitted (`reveal`) they are
    shown and Recount is offered, which hides them again for the next count."""
    submit_requested = Signal()
    recount_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cash: CashSummary | None = None
        self.blind = False
        self.revealed = False
        self.expected = QLabel("—")
        self.counted = QLabel(_amount(0))
        self.difference = QLabel("—")
        for label in (self.expected, self.counted, self.difference):
            label.setObjectName("value")
        self.breakdown = QLabel()
        self.breakdown.setObjectName("hint")
        self.breakdown.setWordWrap(True)
        self.blind_hint = QLabel()
        self.blind_hint.setWordWrap(True)
        self.blind_hint.setStyleSheet(f"color: {WARNING}; font-weight: bold;")
        self.blind_hint.hide()
        self.submit_button = QPushButton(translate("DayCloseDialog", "Submit the count"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.submit_requested)
        self.recount_button = QPushButton(translate("DayCloseDialog", "Recount"))
        self.recount_button.setToolTip(translate("DayCloseDialog", "Count the cash again: the new "
                                                 "count is recorded as a recount"))
        self.recount_button.setAutoDefault(False)
        self.recount_button.clicked.connect(self.recount_requested)
        for button in (self.submit_button, self.recount_button):
            button.hide()
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("DayCloseDialog", "Expected in the drawer")), 0, 0)
        grid.addWidget(self.expected, 0, 1)
        grid.addWidget(QLabel(translate("DayCloseDialog", "Counted")), 1, 0)
        grid.addWidget(self.counted, 1, 1)
        grid.addWidget(QLabel(translate("DayCloseDialog", "Difference")), 2, 0)
        grid.addWidget(self.difference, 2, 1)
        grid.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.recount_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.blind_hint)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    @property
    def hidden(self) -> bool:
        """The expected cash is not to be seen now (blind, the count not submitted)."""
        return self.blind and not self.revealed

    def set_cash(self, cash: CashSummary, blind: bool) -> None:
        self.cash, self.blind = cash, blind
        self.breakdown.setText(
            translate("DayCloseDialog", "Float %1 + received %2 − change %3 − handed to the vault "
                      "%4 − void refunds %5")
            .replace("%1", _amount(cash.opening_float)).replace("%2", _amount(cash.received))
            .replace("%3", _amount(cash.change)).replace("%4", _amount(cash.handovers))
            .replace("%5", _amount(cash.refunds)))
        self._render_blind()

    def reveal(self, attempt: int) -> None:
        self.revealed = True
        self.blind_hint.setText(translate("DayCloseDialog", "Count %1 is recorded. If the "
                                          "difference is not right, count again (Recount); else "
                                          "close the day, with a note when it differs.")
                                .replace("%1", str(attempt)))
        self._render_blind()

    def hide_again(self) -> None:
        self.revealed = False
        self._render_blind()

    def _render_blind(self) -> None:
        hidden = self.hidden
        if hidden:
            self.blind_hint.setText(translate("DayCloseDialog", "Blind count: the expected cash is "
                                              "shown after you submit the count."))
        self.blind_hint.setVisible(self.blind)
        self.breakdown.setVisible(not hidden)
        self.submit_button.setVisible(hidden)
        self.recount_button.setVisible(self.blind and self.revealed)
        if self.cash is not None:
            self.expected.setText(translate("DayCloseDialog", "hidden until the count is submitted")
                                  if hidden else _amount(self.cash.expected))

    def show_total(self, total: int) -> None:
        self.counted.setText(_amount(total))
        if self.cash is None or self.hidden:
            self.difference.setText("—")
            self.difference.setStyleSheet("")
            return
        diff = total - self.cash.expected
        if diff == 0:
            text, color = translate("DayCloseDialog", "none"), OK
        elif diff > 0:
            text, color = translate("DayCloseDialog", "over by %1").replace("%1", _amount(diff)), WARNING
        else:
            text, color = translate("DayCloseDialog", "short by %1").replace("%1", _amount(-diff)), ERROR
        self.difference.setText(text)
        self.difference.setStyleSheet(f"color: {color};")
