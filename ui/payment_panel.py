"""Total, cash tendered, change and the buttons that end a customer's turn."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from cashier import money
from ui.style import repolish, set_invalid


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    return label


class PaymentPanel(QFrame):
    accept_requested = Signal()
    clear_requested = Signal()
    new_customer_requested = Signal()
    tendered_edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tendered = QLineEdit()
        self.tendered.setObjectName("tendered")
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tendered.setMaxLength(20)
        self.tendered.setMinimumWidth(180)
        self.tendered.setPlaceholderText("0,00")
        self.tendered.setAccessibleName(self.tr("Cash received"))
        self.tendered.setProperty("field", "tendered")
        self.tendered.textChanged.connect(self.tendered_edited)
        self.tendered.returnPressed.connect(self.accept_requested)
        self.fee = QLabel()
        self.fee.setObjectName("caption")
        self.fee.hide()
        self.change = QLabel()
        self.change.setObjectName("change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(20)

        self.accept_button = QPushButton(self.tr("Accept payment  (F9)"))
        self.accept_button.setObjectName("accept")
        self.accept_button.setToolTip(self.tr("F9, Ctrl+Enter, or Enter in the cash received field"))
        self.accept_button.clicked.connect(self.accept_requested)
        self.clear_button = QPushButton(self.tr("Clear  (Esc)"))
        self.clear_button.setToolTip(self.tr("Back to the amounts due; the account stays"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.new_button = QPushButton(self.tr("New customer  (F2)"))
        self.new_button.setToolTip(self.tr("Empty the form and type the next account"))
        self.new_button.clicked.connect(self.new_customer_requested)
        for button in (self.accept_button, self.clear_button, self.new_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(0)
        figures.addWidget(_caption(self.tr("Total to pay")), 0, 0)
        figures.addWidget(_caption(self.tr("Cash received")), 0, 1)
        change_caption = _caption(self.tr("Change"))
        change_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addWidget(change_caption, 0, 2)
        figures.addWidget(self.total, 1, 0)
        figures.addWidget(self.tendered, 1, 1)
        figures.addWidget(self.change, 1, 2)
        figures.addWidget(self.fee, 2, 0)
        figures.setColumnStretch(0, 3)
        figures.setColumnStretch(1, 2)
        figures.setColumnStretch(2, 2)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(figures)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reset()

    # --- state -------------------------------------------------------------
    def reset(self) -> None:
        self.tendered.clear()
        set_invalid(self.tendered, False)
        self.show_figures(None, None, None)
        self.set_message(None)
        self.accept_button.setEnabled(False)

    def show_figures(self, total: int | None, change: int | None, currency: str | None,
                     fee: int = 0) -> None:
        self.total.setText(money.format_amount(total, currency) if total is not None else "—")
        self.fee.setText(self.tr("incl. agent fee %1").replace("%1", money.format_amount(fee, currency))
                         if fee and total is not None else "")
        self.fee.setVisible(bool(fee) and total is not None)
        negative = change is not None and change < 0
        if change is None or negative:
            self.change.setText("—")
        else:
            self.change.setText(money.format_amount(change, currency))
        self.change.setProperty("empty", self.change.text() == "—")
        repolish(self.change)

    def set_message(self, text: str | None, error: bool = False) -> None:
        self.message.setText(text or "")
        name = "formError" if error and text else "hint"
        if self.message.objectName() != name:
            self.message.setObjectName(name)
            repolish(self.message)

    def set_tendered_error(self, text: str | None) -> None:
        set_invalid(self.tendered, bool(text))
        self.tendered.setToolTip(text or "")

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.tendered.setReadOnly(not enabled)
        repolish(self.tendered)
        self.clear_button.setEnabled(enabled)
        self.new_button.setEnabled(enabled)
