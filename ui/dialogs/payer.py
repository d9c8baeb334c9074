"""Identify the payer (the bank's AML rule, cashier/controls/): IIN, full name, identity
document. Opened by the accept flow when the core says the payment needs it.

The IIN comes first: once its 12 digits check out, a payer identified at this desk before
is recalled (the recall is journaled) and the rest is filled in, so a returning payer is
one field and Enter. The IIN is shown masked once entered (8501******17); "Change" brings
the empty field back. Every error stands beside its field and changes nothing.

    dialog = PayerDialog(parent, reason_text)
    dialog.identified.connect(lambda payer: ...)    # a checked cashier.controls.payers.Payer
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from cashier.controls import payers
from cashier.controls.iin import mask_iin, parse_iin
from cashier.errors import CashierError
from ui import messages
from ui.common.forms import (GuardedDialog, caption_label, clear_field_error, error_label,
                             show_field_error)
from ui.common.operations import Op

translate = QCoreApplication.translate


def doc_type_names() -> dict[str, str]:
    return {"id_card": translate("PayerDialog", "ID card of Kazakhstan"),
            "passport": translate("PayerDialog", "Passport of Kazakhstan"),
            "residence_permit": translate("PayerDialog", "Residence permit"),
            "foreign_passport": translate("PayerDialog", "Foreign passport")}


class PayerDialog(GuardedDialog):
    identified = Signal(object)   # payers.Payer

    def __init__(self, parent: QWidget, reason: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identify the payer"))
        self.setModal(True)
        self.iin_value: str | None = None
        layout = QVBoxLayout(self)
        why = QLabel(reason)
        why.setWordWrap(True)
        layout.addWidget(why)

        self.iin = QLineEdit()
        self.iin.setMaxLength(15)
        self.iin.setPlaceholderText(self.tr("12 digits from the ID card"))
        self.iin.setAccessibleName(self.tr("Payer's IIN"))
        self.iin.setObjectName("payer_iin")
        self.iin_shown = QLabel()
        self.iin_shown.setObjectName("value")
        self.iin_change = QPushButton(self.tr("Change"))
        self.iin_change.setAutoDefault(False)
        self.iin_change.clicked.connect(self._change_iin)
        iin_row = QHBoxLayout()
        iin_row.addWidget(self.iin, 1)
        iin_row.addWidget(self.iin_shown, 1)
        iin_row.addWidget(self.iin_change)
        self.iin_shown.hide()
        self.iin_change.hide()
        self.known = QLabel()
        self.known.setObjectName("hint")
        self.known.hide()

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("Surname Name Patronymic, as on the document"))
        self.doc_type = QComboBox()
        for key, text in doc_type_names().items():
            self.doc_type.addItem(text, key)
        self.doc_number = QLineEdit()
        self.doc_number.setMaxLength(24)
        self.doc_issued = QLineEdit()
        self.doc_issued.setMaxLength(10)
        self.doc_issued.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.errors = {key: error_label() for key in
                       ("payer_iin", "payer_name", "payer_doc_type", "payer_doc_number",
                        "payer_doc_issued")}
        self.fields = {"payer_iin": self.iin, "payer_name": self.name,
                       "payer_doc_number": self.doc_number, "payer_doc_issued": self.doc_issued}

        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.addWidget(caption_label(self.tr("IIN"), self.iin), 0, 0, 1, 2)
        grid.addLayout(iin_row, 1, 0, 1, 2)
        grid.addWidget(self.errors["payer_iin"], 2, 0, 1, 2)
        grid.addWidget(self.known, 3, 0, 1, 2)
        grid.addWidget(caption_label(self.tr("Full name"), self.name), 4, 0, 1, 2)
        grid.addWidget(self.name, 5, 0, 1, 2)
        grid.addWidget(self.errors["payer_name"], 6, 0, 1, 2)
        grid.addWidget(caption_label(self.tr("Identity document"), self.doc_type), 7, 0, 1, 2)
        grid.addWidget(self.doc_type, 8, 0, 1, 2)
        grid.addWidget(caption_label(self.tr("Number"), self.doc_number), 9, 0)
        grid.addWidget(caption_label(self.tr("Issued on"), self.doc_issued), 9, 1)
        grid.addWidget(self.doc_number, 10, 0)
        grid.addWidget(self.doc_issued, 10, 1)
        grid.addWidget(self.errors["payer_doc_number"], 11, 0)
        grid.addWidget(self.errors["payer_doc_issued"], 11, 1)
        layout.addLayout(grid)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Identified: take the payment"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok, cancel):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        self.iin.returnPressed.connect(self._iin_entered)
        self.iin.textEdited.connect(self._iin_typed)
        for edit in (self.name, self.doc_number):
            edit.returnPressed.connect(self.focusNextChild)
        self.doc_issued.returnPressed.connect(self.accept)
        for key, edit in self.fields.items():
            if edit is not self.iin:   # the IIN's own handler clears, then checks 12 digits
                edit.textEdited.connect(lambda _t, k=key, e=edit: clear_field_error(e, self.errors[k]))
        self.iin.setFocus()

    def _today(self):
        return self.parent().ws.now().date() if hasattr(self.parent(), "ws") else None

    def _iin_typed(self, text: str) -> None:
        clear_field_error(self.iin, self.errors["payer_iin"])
        if len("".join(ch for ch in text if ch.isdigit())) == 12:
            self._iin_entered()

    def _iin_entered(self) -> None:
        """12 digits that check out: shown masked, and a known payer recalled."""
        from datetime import date
        today = self._today() or date.today()
        try:
            value = parse_iin(self.iin.text(), today, field="payer_iin").value
        except CashierError as exc:
            show_field_error(self.iin, self.errors["payer_iin"], messages.describe(exc))
            return
        self.iin_value = value
        self.iin.hide()
        self.iin_shown.setText(mask_iin(value))
        self.iin_shown.show()
        self.iin_change.show()
        self.name.setFocus()
        who = getattr(self.parent(), "user", None)
        actor = who.user_id if who is not None else "?"
        Op(self, lambda ws: payers.recall(ws.conn, ws.now(), actor, value, today),
           name="recall_payer").success(lambda found: self._recalled(value, found)) \
            .failure(lambda exc: None).run()

    def _recalled(self, value: str, found) -> None:
        if found is None or value != self.iin_value:
            return
        self.name.setText(found.full_name)
        index = self.doc_type.findData(found.doc_type)
        if index >= 0:
            self.doc_type.setCurrentIndex(index)
        self.doc_number.setText(found.doc_number)
        self.doc_issued.setText(found.doc_issued.strftime("%d.%m.%Y"))
        self.known.setText(self.tr("Identified at this desk before: check the document "
                                   "against these details, then Enter."))
        self.known.show()
        self.doc_issued.setFocus()

    def _change_iin(self) -> None:
        self.iin_value = None
        self.iin.clear()
        self.iin.show()
        self.iin_shown.hide()
        self.iin_change.hide()
        self.known.hide()
        self.iin.setFocus()

    def accept(self) -> None:
        from datetime import date
        if self.iin_value is None:
            self._iin_entered()
            if self.iin_value is None:
                return
        try:
            payer = payers.parse_payer(self.iin_value, self.name.text(),
                                       self.doc_type.currentData(), self.doc_number.text(),
                                       self.doc_issued.text(), self._today() or date.today())
        except CashierError as exc:
            field = exc.field if exc.field in self.errors else None
            edit = self.fields.get(field or "")
            if edit is not None and edit.isVisible():
                show_field_error(edit, self.errors[field], messages.describe(exc))
                edit.setFocus()
                edit.selectAll()
            else:
                self.message.setText(messages.describe(exc))
                self.message.show()
            return
        self.identified.emit(payer)
        super().accept()
