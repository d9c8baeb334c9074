"""The screen in front of the desk: signing in, and the lock after the desk was left idle.

Signing in checks the password with Argon2id off the GUI thread (it takes about
0.1 s on purpose). Locked, the screen names the person who was working and
takes only their password, so the unfinished payment behind it stays theirs;
"Another user" switches to a plain sign-in, and the window then clears the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from cashier.identity import users
from ui import messages
from ui.common.operations import Op, READ
from ui.common.style import repolish, set_invalid

SIGN_IN = "sign_in"
LOCKED = "locked"


def _authenticate(user_id: str, password: str):
    return lambda ws: users.authenticate(ws.conn, ws.now(), user_id, password)


def _user_count(ws) -> tuple[int, bool]:
    """How many users the desk has, and whether they come from the bank's back office."""
    return users.count(ws.conn), bool(ws.config.backoffice_url)


class GateScreen(QWidget):
    authenticated = Signal(object)   # users.User

    def __init__(self, workstation_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk")
        self.mode = SIGN_IN
        self.locked_user: users.User | None = None
        self.busy = False

        self.title = QLabel()
        self.title.setObjectName("gateTitle")
        self.subtitle = QLabel(self.tr("Workstation %1").replace("%1", workstation_id))
        self.subtitle.setObjectName("hint")
        self.user_id = QLineEdit()
        self.user_id.setObjectName("userId")
        self.user_id.setPlaceholderText(self.tr("e.g. t.sadykova"))
        self.user_id.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        self.submit = QPushButton()
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)
        self.other_user = QPushButton(self.tr("Another user"))

        self.user_id.returnPressed.connect(self._user_entered)
        self.password.returnPressed.connect(self.sign_in)
        self.submit.clicked.connect(self.sign_in)
        self.other_user.clicked.connect(lambda: self.show_sign_in(clear=True))
        self.user_id.textEdited.connect(self._clear_error)
        self.password.textEdited.connect(self._clear_error)

        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(460)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("User"), self.user_id)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_user)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        inner.addWidget(self.hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.show_sign_in()

    # --- modes -----------------------------------------------------------------
    def show_sign_in(self, *, clear: bool = False, user_id: str = "") -> None:
        self.mode = SIGN_IN
        self.locked_user = None
        self.title.setText(self.tr("Sign in"))
        self.submit.setText(self.tr("Sign in"))
        self.user_id.setReadOnly(False)
        self.other_user.hide()
        if clear or user_id:
            self.user_id.setText(user_id)
        self.password.clear()
        self._clear_error()
        (self.password if self.user_id.text() else self.user_id).setFocus()

    def show_locked(self, user: users.User) -> None:
        self.mode = LOCKED
        self.locked_user = user
        self.title.setText(self.tr("Locked"))
        self.submit.setText(self.tr("Unlock"))
        self.user_id.setText(user.user_id)
        self.user_id.setReadOnly(True)
        self.other_user.show()
        self.password.clear()
        self._clear_error()
        self.show_message(self.tr("%1 stepped away. The unfinished payment is kept; enter the "
                                  "password to go on.").replace("%1", user.name or user.user_id),
                          error=False)
        self.password.setFocus()

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def check_first_run(self) -> None:
        """No users yet: say who creates them, instead of refusing every password."""
        Op(self, _user_count, kind=READ, name="user_count").success(self._first_run_checked) \
            .failure(lambda exc: self.show_message(messages.describe(exc))).run()

    def _first_run_checked(self, found: tuple[int, bool]) -> None:
        count, central = found
        if count == 0 and central:
            self.show_message(self.tr("No users on this workstation yet: they come from the "
                                      "bank's back office as soon as it is reached. If this "
                                      "lasts, call the bank's IT."))
        elif count == 0:
            self.show_message(self.tr("No users on this workstation yet. The administrator adds "
                                      "them: cashier users add ID --name NAME --role teller."))

    # --- signing in --------------------------------------------------------------
    def _user_entered(self) -> None:
        if self.user_id.text().strip():
            self.password.setFocus()

    def sign_in(self) -> None:
        if self.busy:
            return
        user_id = self.user_id.text().strip().lower()
        password = self.password.text()
        if not user_id:
            self._field_error(self.user_id, self.tr("Enter your user id."))
            return
        if not password:
            self._field_error(self.password, self.tr("Enter your password."))
            return
        self.busy = True
        self.submit.setEnabled(False)
        self.show_message(self.tr("Checking…"), error=False)
        Op(self, _authenticate(user_id, password), name="sign_in") \
            .success(self._signed_in).failure(self._refused).run()

    def _signed_in(self, user: users.User) -> None:
        self.busy = False
        self.submit.setEnabled(True)
        self.password.clear()
        self._clear_error()
        self.authenticated.emit(user)

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self.submit.setEnabled(True)
        self.password.clear()
        self._field_error(self.password, messages.describe(exc))

    # --- messages ------------------------------------------------------------------
    def _field_error(self, field: QLineEdit, text: str) -> None:
        set_invalid(field, True)
        self.show_message(text)
        field.setFocus()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.error.setObjectName("fieldError" if error else "hint")
        repolish(self.error)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _clear_error(self, *_args) -> None:
        set_invalid(self.user_id, False)
        set_invalid(self.password, False)
        if self.mode == SIGN_IN:
            self.error.hide()
