"""The account field and the header that describes the account found."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from cashier.model import Account
from ui.common.style import set_invalid
from ui.common.wording import age_text, mask_holder, period_text


SCAN_MAX_LENGTH = 600


class AccountBar(QFrame):
    """Account number input (digits only, 4 to 20; Enter looks it up) and the account header."""

    lookup_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, demo_accounts: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.demo_accounts = list(demo_accounts or [])

        self.caption = QLabel(self.tr("Personal account"))
        self.caption.setObjectName("caption")
        self.edit = QLineEdit()
        self.edit.setObjectName("account")
        # Digits only: an account (4 to 20) or, from a scanner, the SPC's invoice barcode
        # (more digits); also a payment QR code, which starts with ST0001 (cashier/payments/scan.py).
        self.edit.setMaxLength(SCAN_MAX_LENGTH)
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9]{0,64}|ST0001.*"), self.edit))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(260)
        self.edit.setAccessibleName(self.tr("Personal account"))
        self.edit.returnPressed.connect(self._enter)
        self.edit.textEdited.connect(lambda _t: self.set_error(None))
        self.find_button = QPushButton(self.tr("Find (Enter)"))
        self.find_button.setObjectName("primary")
        self.find_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.find_button.clicked.connect(self._enter)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        entry = QGridLayout()
        entry.setHorizontalSpacing(6)
        entry.setVerticalSpacing(2)
        entry.addWidget(self.caption, 0, 0, 1, 2)
        entry.addWidget(self.edit, 1, 0)
        entry.addWidget(self.find_button, 1, 1)
        entry.addWidget(self.hint, 2, 0, 1, 2)

        # The header: who, where, what period, where the data came from.
        self.holder = QLabel()
        self.holder.setObjectName("holder")
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("hint")
        self.source = QLabel()
        self.status = QLabel()
        self.status.setObjectName("placeholder")
        self.status.setWordWrap(True)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.holder)
        header.addWidget(self.address)
        header.addWidget(self.details)
        header.addWidget(self.source)
        header.addWidget(self.status)
        header.addStretch(1)
        header_box = QWidget()
        header_box.setLayout(header)
        header_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.setContentsMargins(10, 8, 10, 8)
        top.setSpacing(18)
        top.addLayout(entry, 0)
        top.addWidget(header_box, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(top)
        outer.addWidget(self.error)
        self.error.setContentsMargins(10, 0, 10, 6)
        self.clear()

    # --- input -------------------------------------------------------------
    def _enter(self) -> None:
        self.lookup_requested.emit(self.edit.text().strip())

    def text(self) -> str:
        return self.edit.text().strip()

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def set_busy(self, busy: bool) -> None:
        self.find_button.setEnabled(not busy)
        if busy:
            self._show_header_status(self.tr("Looking the account up…"))

    def set_notice(self, text: str) -> None:
        """A warning about the account shown (not an input error): under the header."""
        self.source.setText(self.source.text() + "\n" + text if self.source.text() else text)
        self.source.setObjectName("source_cached")
        self.source.setStyleSheet("")
        self.source.show()

    def set_error(self, text: str | None) -> None:
        set_invalid(self.edit, bool(text))
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    # --- header ------------------------------------------------------------
    def clear(self, keep_text: bool = False) -> None:
        if not keep_text:
            self.edit.clear()
        self.set_error(None)
        for label in (self.holder, self.address, self.details, self.source):
            label.clear()
            label.hide()
        if self.demo_accounts:
            self.edit.setPlaceholderText(self.tr("Demo: %1").replace("%1", self.demo_accounts[0]))
            shown = ", ".join(self.demo_accounts[:3]) + (", …" if len(self.demo_accounts) > 3 else "")
            self.hint.setText(self.tr("Demo accounts: %1").replace("%1", shown))
            self.hint.setToolTip("\n".join(self.demo_accounts))
            self.hint.show()
        else:
            self.edit.setPlaceholderText(self.tr("4 to 20 digits"))
            self.hint.hide()
        self._show_header_status(self.tr("Type or scan the personal account number and press Enter."))

    def _show_header_status(self, text: str) -> None:
        for label in (self.holder, self.address, self.details, self.source):
            label.hide()
        self.status.setText(text)
        self.status.show()

    def set_account(self, account: Account, now: datetime) -> None:
        self.set_error(None)
        self.status.hide()
        self.holder.setText(mask_holder(account.holder))
        self.address.setText(account.address)
        self.details.setText(self.tr("Account %1 · period %2 · currency %3")
                             .replace("%1", account.account)
                             .replace("%2", period_text(account.period))
                             .replace("%3", account.currency))
        if account.cached_at is not None:
            local = account.cached_at.astimezone(now.tzinfo) if now.tzinfo else account.cached_at
            self.source.setObjectName("source_cached")
            self.source.setText(self.tr("⚠ Offline data from %1 (%2): the processing center is not "
                                        "reachable, amounts may be out of date")
                                .replace("%1", local.strftime("%d.%m %H:%M"))
                                .replace("%2", age_text(account.cached_at, now)))
        else:
            self.source.setObjectName("source_live")
            self.source.setText(self.tr("Live data from the processing center"))
        self.source.setStyleSheet("")  # re-apply the stylesheet rule for the new object name
        for label in (self.holder, self.address, self.details, self.source):
            label.show()
