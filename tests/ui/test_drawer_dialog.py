"""The cash drawer dialog against a real SQLite workstation: open, hand over, close.

The teller types into the money fields as at the desk; every write goes through
cashier.drawer in a background op, and the test reads the database back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cashier import drawer, payments
from cashier.payments import voids
from cashier.identity import users
from cashier.config import Config
from cashier.model import Account
from cashier.workstation import Workstation
from tests.support.staffing import ADMIN_ID, SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk
from tests.ui.helpers import ACCOUNT_BODY, press, replace_text, show_active, type_text, wait_drawer_idle
from ui import messages
from ui.dialogs.drawer import DrawerDialog
from ui.common.operations import TaskRunner

NBSP = "\u00a0"


def shown(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u2009", " ")


@pytest.fixture
def ws(tmp_path):
    cfg = Config(home=tmp_path / "ws", workstation_id="ALM-07-W01", teller_id="t.test",
                 spc_url="http://127.0.0.1:9/")
    with Workstation(cfg, token="t") as w:
        yield w


@pytest.fixture
def host(desk_app, qtbot, ws):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws, widget)
    yield widget
    widget.task_runner.shutdown(10_000)


def open_dialog(qtbot, host, ws, user) -> DrawerDialog:
    dialog = show_active(qtbot, DrawerDialog(host, ws, user))
    wait_idle(qtbot, host, dialog)
    return dialog


wait_idle = wait_drawer_idle


def session(ws):
    return drawer.current(ws.conn, ws.config.workstation_id)


def test_no_session_the_teller_opens_one_with_the_counted_float(qtbot, host, ws):
    teller = staff_desk(ws, open_session=False).teller
    dialog = open_dialog(qtbot, host, ws, teller)
    assert dialog.pages.currentWidget() is dialog.closed_page
    assert dialog.float_edit.hasFocus()
    type_text(dialog.float_edit, "12,5")
    press(dialog.float_edit, Qt.Key.Key_Return)   # a comma before the tiyn: 12,50
    wait_idle(qtbot, host, dialog)
    assert session(ws).opening_float == 12_50
    drawer.close_session(ws.conn, ws.now(), teller, ws.config.workstation_id, 12_50)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.closed_page, timeout=5000)

    replace_text(dialog.float_edit, "много")
    press(dialog.float_edit, Qt.Key.Key_Return)
    assert dialog.float_error.isVisible() and session(ws) is None
    assert dialog.float_error.text() == messages.describe_code("amount_not_a_number")
    replace_text(dialog.float_edit, "")
    press(dialog.float_edit, Qt.Key.Key_Return)
    assert dialog.float_error.isVisible() and session(ws) is None

    with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
        replace_text(dialog.float_edit, "50 000")
        assert not dialog.float_error.isVisible()
        press(dialog.float_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    opened = session(ws)
    assert opened.opening_float == 5_000_000 and opened.user_id == teller.user_id
    assert dialog.pages.currentWidget() is dialog.open_page
    assert shown(dialog.expected.text()) == "50 000,00 ₸"
    assert shown(dialog.figures["float"].text()) == "50 000,00 ₸"
    assert teller.name in dialog.owner.text() and teller.user_id in dialog.owner.text()
    assert dialog.notice.isVisible() and "50 000,00" in shown(dialog.notice.text())
    assert dialog.handover_amount.hasFocus()


def test_a_handover_over_the_expected_cash_is_refused_beside_the_amount(qtbot, host, ws):
    teller = staff_desk(ws, 5_000_00).teller
    dialog = open_dialog(qtbot, host, ws, teller)
    assert dialog.pages.currentWidget() is dialog.open_page
    type_text(dialog.handover_amount, "6000")
    press(dialog.handover_amount, Qt.Key.Key_Return)
    assert dialog.handover_note.hasFocus()                 # Enter in the amount goes to the note
    type_text(dialog.handover_note, "сумка 0412")
    press(dialog.handover_note, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    assert dialog.handover_error.isVisible()
    assert dialog.handover_error.text() == messages.describe_code("handover_exceeds_cash")
    assert [m["kind"] for m in drawer.movements(ws.conn, session(ws).session_id)] == ["float"]
    assert dialog.handover_note.text() == "сумка 0412"      # nothing typed is lost

    replace_text(dialog.handover_amount, "0")
    press(dialog.handover_amount, Qt.Key.Key_Return)
    assert dialog.handover_error.text() == messages.describe_code("amount_not_positive")

    with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
        replace_text(dialog.handover_amount, "2000")
        press(dialog.handover_amount, Qt.Key.Key_Return)
        press(dialog.handover_note, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    moves = drawer.movements(ws.conn, session(ws).session_id)
    assert [(m["kind"], m["amount"], m["note"]) for m in moves][-1] == ("handover", -2_000_00, "сумка 0412")
    assert shown(dialog.figures["handovers"].text()) == "\u2212 2 000,00 ₸"
    assert shown(dialog.expected.text()) == "3 000,00 ₸"
    assert dialog.handover_amount.text() == "" and dialog.handover_note.text() == ""


def test_a_count_that_differs_needs_a_note_before_close(qtbot, host, ws):
    teller = staff_desk(ws, 3_000_00).teller
    dialog = open_dialog(qtbot, host, ws, teller)
    dialog.counted.setFocus()
    type_text(dialog.counted, "2999")
    assert dialog.difference.isVisible()
    assert shown(dialog.difference.text()) == shown(dialog.tr("Short by %1: say why in the note.")
                                                    .replace("%1", "1,00 ₸"))
    assert not dialog.close_session_button.isEnabled()
    press(dialog.counted, Qt.Key.Key_Return)   # not closed: the note is next
    assert dialog.close_note.hasFocus() and session(ws) is not None
    # Over, live as the teller types.
    replace_text(dialog.counted, "3000,50")
    assert shown(dialog.difference.text()) == shown(dialog.tr("Over by %1: say why in the note.")
                                                    .replace("%1", "0,50 ₸"))
    assert not dialog.close_session_button.isEnabled()
    replace_text(dialog.counted, "2999")
    type_text(dialog.close_note, "не хватает 1 тенге, пересчитано дважды")
    assert dialog.close_session_button.isEnabled()
    with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
        press(dialog.close_note, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    assert session(ws) is None
    row = ws.conn.execute("SELECT state, counted, expected, difference, note FROM teller_sessions").fetchone()
    assert tuple(row) == ("closed", 2_999_00, 3_000_00, -1_00, "не хватает 1 тенге, пересчитано дважды")
    assert dialog.pages.currentWidget() is dialog.closed_page
    assert "1,00 ₸" in shown(dialog.notice.text())


def test_an_exact_count_closes_at_once(qtbot, host, ws):
    teller = staff_desk(ws, 3_000_00).teller
    dialog = open_dialog(qtbot, host, ws, teller)
    dialog.counted.setFocus()
    type_text(dialog.counted, "3 000")
    assert dialog.difference.text() == dialog.tr("Matches the expected cash.")
    assert dialog.close_session_button.isEnabled()
    with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
        press(dialog.counted, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    row = ws.conn.execute("SELECT state, counted, difference, note FROM teller_sessions").fetchone()
    assert tuple(row) == ("closed", 3_000_00, 0, "")
    assert dialog.pages.currentWidget() is dialog.closed_page
    assert dialog.float_edit.hasFocus()


def test_the_figures_are_the_sessions_movements(qtbot, host, ws):
    staff = staff_desk(ws, 10_000_00)
    account = Account.from_wire(ACCOUNT_BODY)
    draft = payments.build_draft(account, None, {}, "5000")            # 1 272,26 + 2 523,75
    kept = payments.accept_payment(ws, draft, staff.teller, write_pdf=False)
    undone = payments.accept_payment(ws, payments.build_draft(account, None, {}, "4000"),
                                     staff.teller, write_pdf=False)
    voids.void_payment(ws, staff.teller, undone.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "ошибка в сумме")
    drawer.handover(ws.conn, ws.now(), staff.teller, ws.config.workstation_id, 1_000_00, "")
    dialog = open_dialog(qtbot, host, ws, staff.teller)
    figures = {key: shown(label.text()) for key, label in dialog.figures.items()}
    assert figures == {"float": "10 000,00 ₸", "received": "+ 9 000,00 ₸",
                       "change": "\u2212 " + shown(services_money(kept.change + undone.change)),
                       "handovers": "\u2212 1 000,00 ₸",
                       "refunds": "\u2212 " + shown(services_money(undone.total))}
    expected = drawer.expected_cash(ws.conn, session(ws).session_id)
    assert expected == 10_000_00 + kept.total - 1_000_00
    assert shown(dialog.expected.text()) == shown(services_money(expected))


def services_money(minor: int) -> str:
    from cashier import money
    return money.format_amount(minor, "KZT")


def test_another_tellers_session_is_shown_but_not_touched(qtbot, host, ws):
    staff = staff_desk(ws, 1_000_00)
    other = users.add(ws.conn, ws.now(), users.get(ws.conn, ADMIN_ID), "t.other", "Другой Кассир",
                      "teller", "other-pass-1")
    dialog = open_dialog(qtbot, host, ws, other)
    assert dialog.session_warning.isVisible() and staff.teller.user_id in dialog.session_warning.text()
    assert not dialog.handover_box.isEnabled() and not dialog.close_box.isEnabled()
    # A supervisor may close it.
    supervisor_view = open_dialog(qtbot, host, ws, staff.supervisor)
    assert not supervisor_view.session_warning.isVisible() and supervisor_view.close_box.isEnabled()


def test_card_takings_are_shown_beside_the_cash_not_in_it(qtbot, host, ws):
    from cashier.payments.tender import Tender
    staff = staff_desk(ws, 10_000_00)
    account = Account.from_wire(ACCOUNT_BODY)
    draft = payments.build_draft(account, None, {}, "")                  # 3 796,01
    split = payments.accept_payment(ws, draft, staff.teller, write_pdf=False,
                                    tender=Tender(3_000_00, 796_01, "AUTH01", "000000000001"))
    carded = payments.accept_payment(ws, draft, staff.teller, write_pdf=False,
                                     tender=Tender(0, 3_796_01, "AUTH02", "000000000002"))
    voids.void_payment(ws, staff.teller, carded.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "ошибка в сумме")
    dialog = open_dialog(qtbot, host, ws, staff.teller)
    assert shown(dialog.figures["received"].text()) == "+ 3 000,00 ₸"
    assert shown(dialog.expected.text()) == "13 000,00 ₸" and split.card_amount == 796_01
    card = {key: shown(label.text()) for key, label in dialog.card.card_figures.items()}
    assert card == {"card": "2 · 4 592,02 ₸", "card_refunds": "1 · 3 796,01 ₸"}
    assert all(label.isVisible() for label in dialog.card.card_figures.values())
