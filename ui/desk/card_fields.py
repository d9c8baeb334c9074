"""The part of a payment taken by card on the bank's standalone terminal (Ctrl+K): its
amount, and the authorisation code and RRN the terminal printed on its slip (typed, or
scanned from the slip's barcode). The desk never talks to the terminal: it records what
the terminal did. Hidden until asked for; the cash field then takes only the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QWidget

from ui.common.style import set_invalid


class CardFields(QFrame):
    edited = Signal()
    accept_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardFields")
        self.amount = QLineEdit()
        self.amount.setObjectName("card_amount")
        self.amount.setPlaceholderText("0,00")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setMaxLength(20)
        self.amount.setAccessibleName(self.tr("Paid by card"))
        self.auth = QLineEdit()
        self.auth.setMaxLength(8)
        self.auth.setPlaceholderText("A1B2C3")
        self.auth.setAccessibleName(self.tr("Authorisation code"))
        self.rrn = QLineEdit()
        self.rrn.setMaxLength(14)
        self.rrn.setPlaceholderText("123456789012")
        self.rrn.setAccessibleName(self.tr("RRN"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        for column, (text, edit) in enumerate(((self.tr("Paid by card (Ctrl+K)"), self.amount),
                                               (self.tr("Authorisation code"), self.auth),
                                               (self.tr("RRN from the slip"), self.rrn))):
            caption = QLabel(text)
            caption.setObjectName("caption")
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            edit.textChanged.connect(self.edited)
        grid.addWidget(self.error, 2, 0, 1, 3)
        self.amount.returnPressed.connect(self.auth.setFocus)
        self.auth.returnPressed.connect(self.rrn.setFocus)
        self.rrn.returnPressed.connect(self.accept_requested)
        self.hide()

    def toggle(self) -> None:
        """Ctrl+K: show the card part and put the cursor in it (again: hide and forget it)."""
        if self.isVisible():
            self.clear()
            self.hide()
        else:
            self.show()
            self.amount.setFocus()
        self.edited.emit()

    def read(self) -> tuple[str, str, str]:
        if not self.isVisible():
            return "", "", ""
        return self.amount.text(), self.auth.text(), self.rrn.text()

    def clear(self) -> None:
        for edit in (self.amount, self.auth, self.rrn):
            edit.clear()
            set_invalid(edit, False)
        self.set_error(None, None)

    def set_error(self, field: str | None, text: str | None) -> None:
        for name, edit in (("card", self.amount), ("card_auth", self.auth), ("card_rrn", self.rrn)):
            set_invalid(edit, field == name)
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def set_enabled(self, enabled: bool) -> None:
        for edit in (self.amount, self.auth, self.rrn):
            edit.setReadOnly(not enabled)
