"""F12 at the desk: the supervisor counts the drawer and closes the day, against the real SPC."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from cashier import accounts, dayclose, days, payments, sync
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import staff_desk
from tests.ui.desk import make_ws, open_desk
from tests.ui.helpers import press, type_text

FLOAT = 50_000_00


@pytest.fixture
def ws(fresh_spc, tmp_path):
    w = make_ws(fresh_spc, tmp_path)
    staff = staff_desk(w, FLOAT)
    account = accounts.find_account(w, DEMO_ACCOUNTS["no_meters"])
    code = next(s.code for s in account.services if s.amount_due > 0)
    # Whole tenge and exact cash: the drawer then holds float + 1 000 ₸ to the tiyn.
    payments.accept_payment(w, payments.build_draft(account, {code: "1000"}, {}, "1000"),
                            staff.teller, write_pdf=False)
    yield w
    w.close()


def _dialog(qtbot, desk):
    press(desk, Qt.Key.Key_F12)
    dialog = desk.day_close_dialog
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=10000)
    return dialog


def test_the_supervisor_counts_and_closes_the_day(desk_app, qtbot, ws):
    sync.sync_once(ws)
    desk = open_desk(qtbot, ws, user=staff_desk(ws).supervisor, start_sender=False)
    try:
        dialog = _dialog(qtbot, desk)
        qtbot.waitUntil(lambda: dialog.reconciliation is not None, timeout=15000)
        assert dialog.reconciliation.ok and "✓" in dialog.unsent.text()
        assert dialog.expected.text().replace("\u00a0", " ") == "51 000,00 ₸"
        type_text(dialog.count_edits["note_20000"], "2")
        type_text(dialog.count_edits["note_10000"], "1")
        assert "short" in dialog.difference.text() or "недостача" in dialog.difference.text()
        assert not dialog.close_button.isEnabled()  # a difference needs a note first
        type_text(dialog.count_edits["note_1000"], "1")
        assert dialog.counted.text().replace("\u00a0", " ") == "51 000,00 ₸"
        assert dialog.close_button.isEnabled()
        dialog.close_button.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
        day = ws.now().date()
        assert dayclose.day_state(ws, day) == "closed"
        assert {r.kind for r in dialog.result.reports} == {"register_pdf", "register_csv", "z_report"}
        assert all(r.intact() for r in dialog.result.reports)
        assert dialog.done_text.isVisible() and not dialog.close_button.isVisible()
        # The evening desk goes on: the supervisor opens the next business day at once.
        assert dialog.open_next_button.isVisible()
        dialog.open_next_button.click()
        qtbot.waitUntil(lambda: not dialog.open_next_button.isVisible(), timeout=10000)
        next_day = day + timedelta(days=1)
        assert days.business_date(ws) == next_day
        assert next_day.strftime("%d.%m.%Y") in dialog.done_text.text()
        qtbot.waitUntil(lambda: next_day.strftime("%d.%m.%Y") in desk.status.business_day.text(),
                        timeout=10000)
    finally:
        desk.shutdown()


def test_unsent_payments_are_listed_and_a_teller_cannot_close(desk_app, qtbot, ws):
    desk = open_desk(qtbot, ws, start_sender=False)  # the teller; the payment never left
    try:
        dialog = _dialog(qtbot, desk)
        receipt_no = ws.conn.execute("SELECT receipt_no FROM payments").fetchone()[0]
        assert receipt_no in dialog.unsent.text()
        assert dialog.role_note.isVisible()
        type_text(dialog.count_edits["note_20000"], "2")
        type_text(dialog.count_edits["note_10000"], "1")
        type_text(dialog.count_edits["note_1000"], "1")
        assert not dialog.close_button.isEnabled()
        assert dayclose.day_state(ws, ws.now().date()) == "open"
    finally:
        desk.shutdown()


def test_the_days_card_payments_are_shown_beside_the_cash(desk_app, qtbot, ws):
    from cashier.payments.tender import Tender
    account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
    draft = payments.build_draft(account, {account.services[0].code: "700"}, {}, "")
    payments.accept_payment(ws, draft, staff_desk(ws).teller, write_pdf=False,
                            tender=Tender(200_00, 500_00, "AUTH01", "000000000001"))
    desk = open_desk(qtbot, ws, user=staff_desk(ws).supervisor, start_sender=False)
    try:
        dialog = _dialog(qtbot, desk)
        line = dialog.takings.text().replace("\u00a0", " ")
        assert dialog.takings.isVisible()
        assert "2" in line and "1 200,00 ₸" in line and "500,00 ₸" in line   # cash, card
        assert dialog.expected.text().replace("\u00a0", " ") == "51 200,00 ₸"   # cash only
    finally:
        desk.shutdown()


def test_a_day_nobody_closed_is_shown_and_f12_closes_it_first(desk_app, qtbot, fresh_spc, tmp_path):
    """Yesterday's close was forgotten (its session still open): the status bar says so on
    every desk, F12 closes yesterday first, and only then today's day."""
    from tests.ui.desk import Clock
    clock = Clock()
    clock.when -= timedelta(days=1)
    ws = make_ws(fresh_spc, tmp_path, clock=clock)
    try:
        staff = staff_desk(ws, FLOAT)
        account = accounts.find_account(ws, DEMO_ACCOUNTS["no_meters"])
        code = next(s.code for s in account.services if s.amount_due > 0)
        payments.accept_payment(ws, payments.build_draft(account, {code: "1000"}, {}, "1000"),
                                staff.teller, write_pdf=False)
        sync.sync_once(ws)
        yesterday, today = clock.when.date(), (clock.when + timedelta(days=1)).date()
        clock.when += timedelta(days=1)
        desk = open_desk(qtbot, ws, user=staff.supervisor, start_sender=False)
        try:
            shown = yesterday.strftime("%d.%m.%Y")
            qtbot.waitUntil(lambda: shown in desk.status.business_day.text(), timeout=10000)
            assert "не закрыт" in desk.status.business_day.text()
            assert today.strftime("%d.%m.%Y") in desk.status.business_day.text()
            dialog = _dialog(qtbot, desk)
            assert dialog.day == yesterday and shown in dialog.windowTitle()
            assert dialog.role_note.isVisible() and shown in dialog.role_note.text()
            qtbot.waitUntil(lambda: dialog.reconciliation is not None, timeout=15000)
            assert dialog.reconciliation.ok
            type_text(dialog.count_edits["note_20000"], "2")
            type_text(dialog.count_edits["note_10000"], "1")
            type_text(dialog.count_edits["note_1000"], "1")
            dialog.close_button.click()
            qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
            assert dayclose.day_state(ws, yesterday) == "closed"
            assert dialog.result.counted == FLOAT + 1000_00
            assert not dialog.open_next_button.isVisible()   # today is already the business day
            dialog.close()
            qtbot.waitUntil(lambda: "не закрыт" not in desk.status.business_day.text(),
                            timeout=10000)
            desk.activateWindow()   # offscreen has no window manager to hand it back
            qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
            again = _dialog(qtbot, desk)
            assert again.day == today and not again.role_note.isVisible()
        finally:
            desk.shutdown()
    finally:
        ws.close()
