"""The pieces of the cash drawer dialog (ui/dialogs/drawer.py): the form that opens a session,
the card with the session's sums, and the two forms of an open session, hand over to the
vault and close with a count. Fields and layout only; the dialog checks what is typed and
runs the core's use cases (cashier/drawer/summary.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from cashier import drawer, money
from cashier.errors import ValidationError
from ui import messages
from ui.common.forms import caption_label, clear_field_error, error_label, show_field_error

CURRENCY = "KZT"
MINUS = "\u2212"


def money_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaxLength(20)
    edit.setMinimumWidth(160)
    edit.setPlaceholderText("0,00")
    edit.setAccessibleName(accessible_name)
    return edit


def signed(minor: int, sign: str) -> str:
    """"+ 1 000,00 ₸" / "− 500,00 ₸" for a line of the sum; zero without a sign."""
    text = money.format_amount(minor, CURRENCY)
    return text if minor == 0 else f"{sign}\u2009{text}"


def read_amount(edit: QLineEdit, error: QLabel, empty_text: str, *, positive: bool = False) -> int | None:
    """The amount typed in `edit`, or None with the reason shown under it (in `error`)."""
    try:
        value = money.parse_amount(edit.text(), edit.accessibleName())
    except ValidationError as exc:
        if exc.code == "amount_empty":
            text = empty_text
        elif exc.code == "amount_negative":
            text = QCoreApplication.translate("DrawerDialog", "An amount cannot be negative.")
        else:
            text = messages.describe(exc)
        show_field_error(edit, error, text)
        edit.setFocus()
        edit.selectAll()
        return None
    if positive and value <= 0:
        show_field_error(edit, error, messages.describe_code("amount_not_positive"))
        edit.setFocus()
        edit.selectAll()
        return None
    clear_field_error(edit, error)
    return value


class OpeningForm(QWidget):
    """No session is open: the float counted in the drawer, and Open."""

    def __init__(self):
        super().__init__()
        title = QLabel(self.tr("No cash session is open on this workstation."))
        title.setObjectName("value")
        hint = QLabel(self.tr("Count the cash in the drawer and type it as the opening float "
                              "(0 if the drawer is empty), then press Enter."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.float_edit = money_edit(self.tr("Opening float"))
        self.float_error = error_label()
        self.open_button = QPushButton(self.tr("Open session  (Enter)"))
        self.open_button.setObjectName("primary")
        self.open_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.float_edit)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(caption_label(self.tr("Opening float, counted"), self.float_edit))
        layout.addLayout(row)
        layout.addWidget(self.float_error)
        layout.addStretch(1)


class DrawerFigures(QFrame):
    """Every kind of cash movement of the session, and so what the drawer should hold."""

    def __init__(self):
        super().__init__()
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)
        self.figures: dict[str, QLabel] = {}
        rows = (("float", self.tr("Opening float")), ("received", self.tr("Received from payers")),
                ("change", self.tr("Change given")), ("handovers", self.tr("Handed over to the vault")),
                ("refunds", self.tr("Refunded for voids")))
        for row, (key, caption) in enumerate(rows):
            grid.addWidget(QLabel(caption), row, 0)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d9dce1;")
        grid.addWidget(rule, len(rows), 0, 1, 2)
        expected_caption = QLabel(self.tr("Expected in the drawer"))
        expected_caption.setObjectName("value")
        self.expected = QLabel()
        self.expected.setObjectName("receiptNo")
        self.expected.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(expected_caption, len(rows) + 1, 0)
        grid.addWidget(self.expected, len(rows) + 1, 1)
        # Beside the cash, never in it: what payers paid by card on the bank's terminal.
        self.card_captions: dict[str, QLabel] = {}
        self.card_figures: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
                (("card", self.tr("Paid by card on the terminal (not in the drawer)")),
                 ("card_refunds", self.tr("Refunded to cards on the terminal"))), len(rows) + 2):
            label = QLabel(caption)
            label.setObjectName("hint")
            value = QLabel()
            value.setObjectName("hint")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.card_captions[key] = label
            self.card_figures[key] = value

    def show_state(self, state: drawer.DrawerState) -> None:
        self.figures["float"].setText(money.format_amount(state.opening_float, CURRENCY))
        self.figures["received"].setText(signed(state.received, "+"))
        self.figures["change"].setText(signed(state.change, MINUS))
        self.figures["handovers"].setText(signed(state.handovers, MINUS))
        self.figures["refunds"].setText(signed(state.refunds, MINUS))
        self.expected.setText(money.format_amount(state.expected, CURRENCY))
        card = state.card
        self.card_figures["card"].setText(f"{card.count} · {money.format_amount(card.amount, CURRENCY)}")
        self.card_figures["card_refunds"].setText(
            f"{card.refunded_count} · {money.format_amount(card.refunded, CURRENCY)}")
        for key, shown in (("card", True), ("card_refunds", card.refunded_count > 0)):
            self.card_captions[key].setVisible(shown)
            self.card_figures[key].setVisible(shown)


class HandoverForm(QGroupBox):
    """Cash taken to the vault: an amount and a note (bag or seal number)."""

    def __init__(self):
        super().__init__(self.tr("Hand over to the vault"))
        self.amount = money_edit(self.tr("Amount handed over"))
        self.error = error_label()
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. bag 0412, seal 77813"))
        self.note.setAccessibleName(self.tr("Handover note"))
        self.button = QPushButton(self.tr("Hand over"))
        self.button.setAutoDefault(False)
        box = QVBoxLayout(self)
        box.setSpacing(3)
        box.addWidget(caption_label(self.tr("Amount"), self.amount))
        box.addWidget(self.amount)
        box.addWidget(self.error)
        box.addWidget(caption_label(self.tr("Note (bag, seal; optional)"), self.note))
        box.addWidget(self.note)
        box.addStretch(1)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)


class CloseForm(QGroupBox):
    """The cash counted, the difference to the expected cash (the dialog says it as the
    teller types), and a note that becomes required when they differ."""

    def __init__(self):
        super().__init__(self.tr("Close the session"))
        self.counted = money_edit(self.tr("Cash counted in the drawer"))
        self.counted_error = error_label()
        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.difference.hide()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("why the cash is over or short"))
        self.note.setAccessibleName(self.tr("Note on the difference"))
        self.note_caption = caption_label("", self.note)
        self.set_note_required(False)
        self.note_error = error_label()
        self.button = QPushButton(self.tr("Close session"))
        self.button.setObjectName("primary")
        self.button.setAutoDefault(False)
        box = QVBoxLayout(self)
        box.setSpacing(3)
        box.addWidget(caption_label(self.tr("Cash counted in the drawer"), self.counted))
        box.addWidget(self.counted)
        box.addWidget(self.counted_error)
        box.addWidget(self.difference)
        box.addWidget(self.note_caption)
        box.addWidget(self.note)
        box.addWidget(self.note_error)
        box.addStretch(1)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def set_note_required(self, required: bool) -> None:
        self.note_caption.setText(self.tr("Note (required: why the count differs)") if required
                                  else self.tr("Note (needed when the count differs)"))

    def note_needed_text(self, difference: int) -> str:
        amount = money.format_amount(abs(difference), CURRENCY)
        if difference > 0:
            return self.tr("The cash is over by %1: write why before closing.").replace("%1", amount)
        return self.tr("The cash is short by %1: write why before closing.").replace("%1", amount)

    def closed_text(self, closed: drawer.Session) -> str:
        diff = closed.difference or 0
        if diff > 0:
            outcome = self.tr("over by %1").replace("%1", money.format_amount(diff, CURRENCY))
        elif diff < 0:
            outcome = self.tr("short by %1").replace("%1", money.format_amount(-diff, CURRENCY))
        else:
            outcome = self.tr("no difference")
        return (self.tr("The session is closed: counted %1, expected %2, %3.")
                .replace("%1", money.format_amount(closed.counted or 0, CURRENCY))
                .replace("%2", money.format_amount(closed.expected or 0, CURRENCY))
                .replace("%3", outcome))


class TakingsLine(QLabel):
    """The day's payments and voids by tender for the day close (ui/dialogs/day_close.py):
    cash apart from card, which was paid on the bank's terminal and is not in the drawer."""

    def __init__(self):
        super().__init__()
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.hide()

    def show_takings(self, takings) -> None:
        """`takings`: cashier.documents.day_reports.Takings (a split payment counts in both)."""
        def amount(minor: int) -> str:
            return money.format_amount(minor, CURRENCY)

        paid, voids = takings.payments, takings.voids
        text = (self.tr("Payments of the day: %1 in cash, %2; %3 by card on the bank's terminal, "
                   "%4 (not in the drawer).")
                .replace("%1", str(paid.cash_count)).replace("%2", amount(paid.cash_amount))
                .replace("%3", str(paid.card_count)).replace("%4", amount(paid.card_amount)))
        if voids.count:
            text += " " + (self.tr("Voids: %1 given back from the drawer, %2; %3 refunded to cards "
                              "on the terminal, %4.")
                           .replace("%1", str(voids.cash_count))
                           .replace("%2", amount(voids.cash_amount))
                           .replace("%3", str(voids.card_count))
                           .replace("%4", amount(voids.card_amount)))
        self.setText(text)
