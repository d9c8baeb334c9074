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
  why before Close is enabled. Enter closes when it may. Counting blind (the
  bank's blind_count), a supervisor's approval of a large difference: see
  ui/dialogs/drawer_close.py.

Under the figures, the drawer against the bank's cash limits (a warning level, a
hard limit): above the warning level the amount to hand over to the vault is
filled in (ui/dialogs/drawer_controls.py).

Every read and write runs in a background op; the core enforces the rules
(roles, whose session, a note for a difference) whatever the buttons allow. The
forms themselves (fields and layout) are in ui/dialogs/drawer_forms.py.

    dialog = DrawerDialog(parent, ws, user)
    dialog.session_changed.connect(...)   # opened, handed over, or closed
    dialog.open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from cashier import drawer, money
from cashier.drawer.limits import OK as LEVEL_OK
from cashier.errors import CashierError
from cashier.identity.users import User
from ui import messages
from ui.common.forms import GuardedDialog, clear_field_error, grow_to_fit, show_field_error
from ui.common.operations import READ, Changes, Op
from ui.common.style import OK, repolish
from ui.dialogs.drawer_close import SessionClosing
from ui.dialogs.drawer_controls import BlindNote, LimitPanel
from ui.dialogs.drawer_forms import (CURRENCY, CloseForm, DrawerFigures, HandoverForm, OpeningForm,
                                     read_amount)


class DrawerDialog(SessionClosing, GuardedDialog):
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
        page = OpeningForm()
        self.float_edit, self.float_error, self.open_button = page.float_edit, page.float_error, page.open_button
        self.float_edit.returnPressed.connect(self.open_session)
        self.float_edit.textEdited.connect(lambda _t: self._clear_error(self.float_edit, self.float_error))
        self.open_button.clicked.connect(self.open_session)
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
        self.card = DrawerFigures()
        self.figures, self.expected = self.card.figures, self.card.expected
        self.blind_note = BlindNote()
        self.limit_panel = LimitPanel()

        self.handover_box = HandoverForm()
        self.handover_amount, self.handover_error = self.handover_box.amount, self.handover_box.error
        self.handover_note, self.handover_button = self.handover_box.note, self.handover_box.button
        self.handover_amount.returnPressed.connect(self._handover_amount_entered)
        self.handover_amount.textEdited.connect(
            lambda _t: self._clear_error(self.handover_amount, self.handover_error))
        self.handover_note.returnPressed.connect(self.hand_over)
        self.handover_button.clicked.connect(self.hand_over)

        self.close_box = CloseForm()
        box = self.close_box
        self.counted, self.counted_error, self.difference = box.counted, box.counted_error, box.difference
        self.close_note, self.note_error, self.close_session_button = box.note, box.note_error, box.button
        self.counted.textChanged.connect(self._update_difference)
        self.counted.returnPressed.connect(self._counted_entered)
        self.close_note.textChanged.connect(self._update_close_button)
        self.close_note.textEdited.connect(lambda _t: self._clear_error(self.close_note, self.note_error))
        self.close_note.returnPressed.connect(self.close_session)
        self.close_session_button.clicked.connect(self.close_session)
        self._build_close_controls()

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
        layout.addWidget(self.card)
        layout.addWidget(self.blind_note)
        layout.addWidget(self.limit_panel)
        layout.addSpacing(6)
        layout.addLayout(forms, 1)
        layout.addWidget(self.approval)
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
        self.card.show_state(state)
        self._forget_count()
        hidden = self._blind_entry()     # counting blind: no figure before the count is in
        self.card.setVisible(not hidden)
        self.blind_note.setVisible(hidden)
        self.limit_panel.show_level(state)
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
        if may and state.level != LEVEL_OK and not self.handover_amount.text().strip():
            # Above the warning level: what brings the drawer back under it, ready to hand over.
            self.handover_amount.setText(money.format_amount(state.limits.to_hand_over))
        self._update_difference()
        if may:
            (self.focus_next or self.handover_amount).setFocus()
        self.focus_next = None

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

    # --- helpers -------------------------------------------------------------------------
    _parse = staticmethod(read_amount)

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
