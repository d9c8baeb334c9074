"""A supervisor's approval typed at this desk: their own user id and password, each with its
error beside it. The void dialog and the refused-payment dialog both ask for one; the
core checks the password (Argon2, in a background op) and counts wrong ones at this desk
(cashier/identity/approvals.py). A wrong password clears the password field only.

    approval = SupervisorApproval(user_id="s.omarov")
    approval.submitted.connect(...)          # Enter in the password field
    who = approval.credentials()             # (user id, password), or None with the reason shown
    approval.refuse("password", text)        # the core said no: beside the field it concerns
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from ui.common.forms import caption_label, clear_field_error, error_label, show_field_error


class SupervisorApproval(QWidget):
    submitted = Signal()

    def __init__(self, user_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.user_id = QLineEdit(user_id)
        self.user_id.setMaxLength(40)
        self.user_id.setPlaceholderText(self.tr("e.g. s.omarov"))
        self.user_id.setAccessibleName(self.tr("Supervisor's user id"))
        self.user_id.textEdited.connect(lambda _t: clear_field_error(self.user_id, self.user_id_error))
        self.user_id_error = error_label()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.password.setAccessibleName(self.tr("Supervisor's password"))
        self.password.returnPressed.connect(self.submitted)
        self.password.textEdited.connect(lambda _t: clear_field_error(self.password, self.password_error))
        self.password_error = error_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(caption_label(self.tr("Supervisor's user id"), self.user_id), 0, 0)
        grid.addWidget(caption_label(self.tr("Password"), self.password), 0, 1)
        grid.addWidget(self.user_id, 1, 0)
        grid.addWidget(self.password, 1, 1)
        grid.addWidget(self.user_id_error, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.password_error, 2, 1, Qt.AlignmentFlag.AlignTop)

    def next_from_user_id(self) -> None:
        """Enter in the user id: on to the password, or say that the id is missing."""
        if self.user_id.text().strip():
            self.password.setFocus()
        else:
            show_field_error(self.user_id, self.user_id_error, self._id_missing())

    def credentials(self) -> tuple[str, str] | None:
        """(user id, password) as typed; None, with the reason beside the empty field, if one is."""
        user_id, password = self.user_id.text().strip().lower(), self.password.text()
        if not user_id:
            show_field_error(self.user_id, self.user_id_error, self._id_missing())
            self.user_id.setFocus()
            return None
        if not password:
            show_field_error(self.password, self.password_error,
                             self.tr("The supervisor types their password here."))
            self.password.setFocus()
            return None
        return user_id, password

    def refuse(self, field: str, text: str, *, clear_password: bool = True) -> None:
        """The core refused the approval: the reason beside `field` ("user_id" or "password"),
        the cursor there. The password goes (unless told otherwise); the user id stays."""
        edit, label = (self.password, self.password_error) if field == "password" \
            else (self.user_id, self.user_id_error)
        if clear_password:
            self.password.clear()
        show_field_error(edit, label, text)
        edit.setFocus()
        edit.selectAll()

    def set_read_only(self, read_only: bool) -> None:
        self.user_id.setReadOnly(read_only)
        self.password.setReadOnly(read_only)

    def _id_missing(self) -> str:
        return self.tr("Type the supervisor's user id, e.g. s.omarov.")
