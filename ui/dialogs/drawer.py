"""The cash session of this workstation: open it with a float, hand cash to the vault, close it.

With no session open the dialog asks for the counted float (Enter opens the
session). With one open it shows whose it is, when it was opened, and every
kind of cash movement summed by cashier/drawer/summary.py: the float, cash
received from payers, change given, handovers to the vault, refunds for voids,
and so the cash the drawer should hold. Below, two forms:

- Hand over to the vault: an amount (at most the expected cash) and a note
  (bag or seal number). Enter in the amount goes to the note, Enter there hands over.
- Close the session: the cash counted. As the teller types, the difference to
  the expected cash shows as over or short; a difference needs a note saying
  why before Close is enabled. Enter closes when it may.

Every read and write runs in a background op; the core enforces the rules
(roles, whose session, a note for a difference) whatever the buttons allow.

    dialog = DrawerDialog(parent, ws, user)
    dialog.session_changed.connect(...)   # opened, handed over, or closed
    dialog.open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from cashier import drawer, money
from cashier.errors import CashierError, ValidationError
from cashier.identity.users import User
from ui import messages
from ui.common.operations import Changes, Op, READ
from ui.common.style import ERROR, OK, WARNING, repolish
from ui.common.forms import (GuardedDialog, caption_label, clear_field_error, error_label, grow_to_fit,
                      show_field_error)

CURRENCY = "KZT"
MINUS = "\u2212"


# --- the dialog ----------------------------------------------------------------------------

def _money_edit(accessible_name: str) -> QLineEdit:
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


class DrawerDialog(GuardedDialog):
    session_changed = Signal()

    def __init__(self, parent: QWidget, ws: Any, user: User):
        super().__init__(parent)
        self.ws = ws
        self.user = user
        self.state: drawer.DrawerState | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Cash drawer"))
        self.setModal(True)
        self.setMinimumWidth(760)

        heading = QLabel(self.tr("Cash session of workstation %1").replace("%1", ws.config.workstation_id))
        heading.setObjectName("holder")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.pages = QStackedWidget()
        self.loading_page = QLabel(self.tr("Reading the drawer…"))
        self.loading_page.setObjectName("placeholder")
        self.loading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed_page = self._build_closed_page()
        self.open_page = self._build_open_page()
        for page in (self.loading_page, self.closed_page, self.open_page):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._page_changed)
        self._page_changed()

        self.close_button = QPushButton(self.tr("Close window  (Esc)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build_closed_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("No cash session is open on this workstation."))
        title.setObjectName("value")
        hint = QLabel(self.tr("Count the cash in the drawer and type it as the opening float "
                              "(0 if the drawer is empty), then press Enter."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.float_edit = _money_edit(self.tr("Opening float"))
        self.float_edit.returnPressed.connect(self.open_session)
        self.float_edit.textEdited.connect(lambda _t: self._clear_error(self.float_edit, self.float_error))
        self.float_error = error_label()
        self.open_button = QPushButton(self.tr("Open session  (Enter)"))
        self.open_button.setObjectName("primary")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_session)
        row = QHBoxLayout()
        row.addWidget(self.float_edit)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(caption_label(self.tr("Opening float, counted"), self.float_edit))
        layout.addLayout(row)
        layout.addWidget(self.float_error)
        layout.addStretch(1)
        return page

    def _build_open_page(self) -> QWidget:
        page = QWidget()
        self.owner = QLabel()
        self.owner.setObjectName("value")
        self.opened = QLabel()
        self.opened.setObjectName("caption")
        self.session_warning = QLabel()
        self.session_warning.setObjectName("formError")
        self.session_warning.setWordWrap(True)
        self.session_warning.hide()

        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
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

        # hand over to the vault
        self.handover_box = QGroupBox(self.tr("Hand over to the vault"))
        self.handover_amount = _money_edit(self.tr("Amount handed over"))
        self.handover_amount.returnPressed.connect(self._handover_amount_entered)
        self.handover_amount.textEdited.connect(
            lambda _t: self._clear_error(self.handover_amount, self.handover_error))
        self.handover_error = error_label()
        self.handover_note = QLineEdit()
        self.handover_note.setMaxLength(200)
        self.handover_note.setPlaceholderText(self.tr("e.g. bag 0412, seal 77813"))
        self.handover_note.setAccessibleName(self.tr("Handover note"))
        self.handover_note.returnPressed.connect(self.hand_over)
        self.handover_button = QPushButton(self.tr("Hand over"))
        self.handover_button.setAutoDefault(False)
        self.handover_button.clicked.connect(self.hand_over)
        box = QVBoxLayout(self.handover_box)
        box.setSpacing(3)
        box.addWidget(caption_label(self.tr("Amount"), self.handover_amount))
        box.addWidget(self.handover_amount)
        box.addWidget(self.handover_error)
        box.addWidget(caption_label(self.tr("Note (bag, seal; optional)"), self.handover_note))
        box.addWidget(self.handover_note)
        box.addStretch(1)
        box.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignRight)

        # close the session
        self.close_box = QGroupBox(self.tr("Close the session"))
        self.counted = _money_edit(self.tr("Cash counted in the drawer"))
        self.counted.textChanged.connect(self._update_difference)
        self.counted.returnPressed.connect(self._counted_entered)
        self.counted_error = error_label()
        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.difference.hide()
        self.close_note = QLineEdit()
        self.close_note.setMaxLength(500)
        self.close_note.setPlaceholderText(self.tr("why the cash is over or short"))
        self.close_note.setAccessibleName(self.tr("Note on the difference"))
        self.close_note.textChanged.connect(self._update_close_button)
        self.close_note.textEdited.connect(lambda _t: self._clear_error(self.close_note, self.note_error))
        self.close_note.returnPressed.connect(self.close_session)
        self.note_caption = caption_label(self.tr("Note (needed when the count differs)"), self.close_note)
        self.note_error = error_label()
        self.close_session_button = QPushButton(self.tr("Close session"))
        self.close_session_button.setObjectName("primary")
        self.close_session_button.setAutoDefault(False)
        self.close_session_button.clicked.connect(self.close_session)
        box = QVBoxLayout(self.close_box)
        box.setSpacing(3)
        box.addWidget(caption_label(self.tr("Cash counted in the drawer"), self.counted))
        box.addWidget(self.counted)
        box.addWidget(self.counted_error)
        box.addWidget(self.difference)
        box.addWidget(self.note_caption)
        box.addWidget(self.close_note)
        box.addWidget(self.note_error)
        box.addStretch(1)
        box.addWidget(self.close_session_button, 0, Qt.AlignmentFlag.AlignRight)

        forms = QHBoxLayout()
        forms.setSpacing(12)
        forms.addWidget(self.handover_box, 1)
        forms.addWidget(self.close_box, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.owner)
        layout.addWidget(self.opened)
        layout.addWidget(self.session_warning)
        layout.addSpacing(4)
        layout.addWidget(card)
        layout.addSpacing(6)
        layout.addLayout(forms, 1)
        return page

    def _page_changed(self, _index: int = 0) -> None:
        """The dialog takes the size of the page shown, not of the largest page."""
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is self.pages.currentWidget() \
                else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        QTimer.singleShot(0, lambda: grow_to_fit(self, shrink=True))

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        Op(self, drawer.drawer_state, kind=READ, name="drawer_state").latest("drawer_state") \
            .success(self.show_state).failure(self._failed).run()

    def show_state(self, state: drawer.DrawerState) -> None:
        self.state = state
        session = state.session
        if session is None:
            self.pages.setCurrentWidget(self.closed_page)
            may = self.user.can("teller", "supervisor")
            self.float_edit.setEnabled(may)
            self.open_button.setEnabled(may)
            if not may:
                self._form_error(self.tr("Only a teller or a supervisor opens a cash session."))
            self.float_edit.setFocus()
            return
        self.pages.setCurrentWidget(self.open_page)
        tz = self.ws.config.tz
        who = f"{state.owner_name} ({session.user_id})" if state.owner_name else session.user_id
        self.owner.setText(self.tr("Open · teller %1").replace("%1", who))
        self.opened.setText(self.tr("Opened %1 · business day %2")
                            .replace("%1", session.opened_at.astimezone(tz).strftime("%d.%m.%Y %H:%M"))
                            .replace("%2", session.business_date.strftime("%d.%m.%Y")))
        self.figures["float"].setText(money.format_amount(state.opening_float, CURRENCY))
        self.figures["received"].setText(signed(state.received, "+"))
        self.figures["change"].setText(signed(state.change, MINUS))
        self.figures["handovers"].setText(signed(state.handovers, MINUS))
        self.figures["refunds"].setText(signed(state.refunds, MINUS))
        self.expected.setText(money.format_amount(state.expected, CURRENCY))
        may = self.user.role == "supervisor" or (self.user.can("teller")
                                                 and session.user_id == self.user.user_id)
        warning = ""
        if not self.user.can("teller", "supervisor"):
            warning = self.tr("Only a teller or a supervisor handles the cash.")
        elif not may:
            warning = self.tr("This session belongs to %1: only they or a supervisor can hand "
                              "cash over or close it.").replace("%1", who)
        elif session.business_date != state.today:
            warning = messages.describe_code("session_other_day",
                                             {"business_date": session.business_date.strftime("%d.%m.%Y")})
        self.session_warning.setText(warning)
        self.session_warning.setVisible(bool(warning))
        self.handover_box.setEnabled(may)
        self.close_box.setEnabled(may)
        self._update_difference()
        if may:
            self.handover_amount.setFocus()

    # --- opening -------------------------------------------------------------------------
    def open_session(self) -> None:
        if self.busy:
            return
        value = self._parse(self.float_edit, self.float_error,
                            self.tr("Type the float counted in the drawer (0 if it is empty)."))
        if value is None:
            return
        user = self.user
        self._start(self.open_button, self.tr("Opening the session…"))
        Op(self, lambda ws: drawer.open_drawer(ws, user, value), changes=Changes.SESSION,
           name="open_session") \
            .success(lambda state: self._opened(state, value)) \
            .failure(lambda exc: self._failed(exc, self.float_edit, self.float_error)) \
            .finally_(self._stop).run()

    def _opened(self, state: drawer.DrawerState, value: int) -> None:
        self.float_edit.clear()
        self._notice(self.tr("The cash session is open with a float of %1.")
                     .replace("%1", money.format_amount(value, CURRENCY)))
        self.show_state(state)
        self.session_changed.emit()

    # --- handing over --------------------------------------------------------------------
    def _handover_amount_entered(self) -> None:
        if self._parse(self.handover_amount, self.handover_error, self._handover_empty(),
                       positive=True) is not None:
            self.handover_note.setFocus()

    def _handover_empty(self) -> str:
        return self.tr("Type the amount taken to the vault.")

    def hand_over(self) -> None:
        if self.busy or not self.handover_box.isEnabled():
            return
        amount = self._parse(self.handover_amount, self.handover_error, self._handover_empty(),
                             positive=True)
        if amount is None:
            return
        user, note = self.user, self.handover_note.text().strip()
        self._start(self.handover_button, self.tr("Recording the handover…"))
        Op(self, lambda ws: drawer.hand_over(ws, user, amount, note), changes=Changes.SESSION,
           name="handover") \
            .success(lambda state: self._handed_over(state, amount)) \
            .failure(lambda exc: self._failed(exc, self.handover_amount, self.handover_error)) \
            .finally_(self._stop).run()

    def _handed_over(self, state: drawer.DrawerState, amount: int) -> None:
        self.handover_amount.clear()
        self.handover_note.clear()
        self._notice(self.tr("%1 handed over to the vault.")
                     .replace("%1", money.format_amount(amount, CURRENCY)))
        self.show_state(state)
        self.session_changed.emit()

    # --- closing -------------------------------------------------------------------------
    def counted_value(self) -> int | None:
        try:
            return money.parse_amount(self.counted.text(), "counted")
        except ValidationError:
            return None

    def _update_difference(self) -> None:
        if self.state is None or self.state.session is None:
            return
        text = self.counted.text().strip()
        counted = self.counted_value()
        self._clear_error(self.counted, self.counted_error)
        if not text:
            self.difference.hide()
        elif counted is None:
            self.difference.setText(self.tr("Not an amount yet: type digits, a comma before the tiyn."))
            self._color(self.difference, ERROR)
            self.difference.show()
        else:
            diff = counted - self.state.expected
            amount = money.format_amount(abs(diff), CURRENCY)
            if diff > 0:
                self.difference.setText(self.tr("Over by %1: say why in the note.").replace("%1", amount))
                self._color(self.difference, WARNING)
            elif diff < 0:
                self.difference.setText(self.tr("Short by %1: say why in the note.").replace("%1", amount))
                self._color(self.difference, ERROR)
            else:
                self.difference.setText(self.tr("Matches the expected cash."))
                self._color(self.difference, OK)
            self.difference.show()
        self._update_close_button()

    def _difference(self) -> int | None:
        counted = self.counted_value()
        if counted is None or self.state is None:
            return None
        return counted - self.state.expected

    def _update_close_button(self) -> None:
        diff = self._difference()
        needs_note = bool(diff)
        self.note_caption.setText(self.tr("Note (required: why the count differs)") if needs_note
                                  else self.tr("Note (needed when the count differs)"))
        self.close_session_button.setEnabled(
            not self.busy and diff is not None and (diff == 0 or bool(self.close_note.text().strip())))

    def _counted_entered(self) -> None:
        if self.close_session_button.isEnabled():
            self.close_session()
            return
        if self._parse(self.counted, self.counted_error,
                       self.tr("Type the cash counted in the drawer.")) is None:
            return
        self.close_note.setFocus()   # the difference above says why a note is needed

    def _note_needed_text(self) -> str:
        diff = self._difference() or 0
        amount = money.format_amount(abs(diff), CURRENCY)
        if diff > 0:
            return self.tr("The cash is over by %1: write why before closing.").replace("%1", amount)
        return self.tr("The cash is short by %1: write why before closing.").replace("%1", amount)

    def close_session(self) -> None:
        if self.busy or not self.close_box.isEnabled():
            return
        counted = self._parse(self.counted, self.counted_error,
                              self.tr("Type the cash counted in the drawer."))
        if counted is None:
            return
        note = self.close_note.text().strip()
        if self._difference() and not note:
            self._field_error(self.close_note, self.note_error, self._note_needed_text())
            self.close_note.setFocus()
            return
        user = self.user
        self._start(self.close_session_button, self.tr("Closing the session…"))
        Op(self, lambda ws: drawer.close_drawer(ws, user, counted, note), changes=Changes.SESSION,
           name="close_session") \
            .success(self._closed).failure(self._close_failed).finally_(self._stop).run()

    def _close_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "note_required":   # the expected cash moved meanwhile
            difference = (getattr(exc, "params", {}) or {}).get("difference", "")
            self._field_error(self.close_note, self.note_error,
                              self.tr("The count differs from the expected cash by %1: write why "
                                      "in the note.").replace("%1", difference))
            self.close_note.setFocus()
            self.refresh()
            return
        self._failed(exc, self.counted, self.counted_error)

    def _closed(self, result: tuple[drawer.Session, drawer.DrawerState]) -> None:
        closed, state = result
        self.counted.clear()
        self.close_note.clear()
        diff = closed.difference or 0
        if diff > 0:
            outcome = self.tr("over by %1").replace("%1", money.format_amount(diff, CURRENCY))
        elif diff < 0:
            outcome = self.tr("short by %1").replace("%1", money.format_amount(-diff, CURRENCY))
        else:
            outcome = self.tr("no difference")
        self._notice(self.tr("The session is closed: counted %1, expected %2, %3.")
                     .replace("%1", money.format_amount(closed.counted or 0, CURRENCY))
                     .replace("%2", money.format_amount(closed.expected or 0, CURRENCY))
                     .replace("%3", outcome))
        self.show_state(state)
        self.session_changed.emit()

    # --- helpers -------------------------------------------------------------------------
    def _parse(self, edit: QLineEdit, error: QLabel, empty_text: str, *,
               positive: bool = False) -> int | None:
        """The amount typed, or None with the reason shown under the field."""
        try:
            value = money.parse_amount(edit.text(), edit.accessibleName())
        except ValidationError as exc:
            if exc.code == "amount_empty":
                text = empty_text
            elif exc.code == "amount_negative":
                text = self.tr("An amount cannot be negative.")
            else:
                text = messages.describe(exc)
            self._field_error(edit, error, text)
            edit.setFocus()
            edit.selectAll()
            return None
        if positive and value <= 0:
            self._field_error(edit, error, messages.describe_code("amount_not_positive"))
            edit.setFocus()
            edit.selectAll()
            return None
        self._clear_error(edit, error)
        return value

    def _start(self, button: QPushButton, text: str) -> None:
        self.busy = True
        button.setEnabled(False)
        self.form_error.hide()
        self._notice(text, kind="hint")

    def _stop(self) -> None:
        self.busy = False
        self.open_button.setEnabled(self.user.can("teller", "supervisor"))
        self.handover_button.setEnabled(True)
        if self.notice.objectName() == "hint":
            self.notice.hide()
        self._update_close_button()

    def _failed(self, exc: BaseException, edit: QLineEdit | None = None, label: QLabel | None = None) -> None:
        field = getattr(exc, "field", None)
        if edit is not None and label is not None and field in ("amount", "float", "counted"):
            self._field_error(edit, label, messages.describe(exc))
            edit.setFocus()
            edit.selectAll()
        else:
            self._form_error(messages.describe(exc))
        if isinstance(exc, CashierError) and exc.code in ("no_open_session", "session_already_open",
                                                          "session_of_another_user", "session_not_found"):
            self.refresh()   # someone else changed the drawer meanwhile: show how it is now

    def _form_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()

    def _notice(self, text: str, kind: str = "ok") -> None:
        self.notice.setText(text)
        self.notice.setObjectName("hint" if kind == "hint" else "notice")
        self.notice.setStyleSheet("" if kind == "hint" else f"color: {OK}; font-weight: bold;")
        repolish(self.notice)
        self.notice.setVisible(bool(text))

    @staticmethod
    def _color(label: QLabel, color: str) -> None:
        label.setStyleSheet(f"color: {color}; font-weight: bold;")

    _field_error = staticmethod(show_field_error)
    _clear_error = staticmethod(clear_field_error)
