"""Signing in, the idle lock and what it keeps: the real window against the real SPC."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cashier.identity import users
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, TELLER_PASSWORD,
                            staff_desk)
from tests.ui.desk import look_up, make_ws, open_desk, payments, wait_loaded
from tests.ui.helpers import press, replace_text, type_text


@pytest.fixture
def ws(spc_server, tmp_path):
    w = make_ws(spc_server, tmp_path, idle_lock_seconds=1)
    staff_desk(w)
    yield w
    w.close()


def _sign_in(qtbot, desk, user_id: str, password: str) -> None:
    gate = desk.gate
    if not gate.user_id.isReadOnly():
        replace_text(gate.user_id, user_id)
        press(gate.user_id, Qt.Key.Key_Return)
    assert gate.password.hasFocus()
    type_text(gate.password, password)
    press(gate.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not gate.busy, timeout=10000)


def _on_desk(desk) -> bool:
    return desk.pages.currentWidget() is desk.desk_page


def test_the_window_opens_on_sign_in_and_a_wrong_password_keeps_it_closed(desk_app, qtbot, ws):
    desk = open_desk(qtbot, ws, user=None)
    try:
        assert not _on_desk(desk) and desk.user is None
        press(desk.gate.user_id, Qt.Key.Key_F9)  # desk keys do nothing behind the sign-in screen
        assert payments(ws) == []
        _sign_in(qtbot, desk, TELLER_ID, "not-my-password")
        assert not _on_desk(desk)
        assert desk.gate.error.isVisible() and desk.gate.error.text()
        assert desk.gate.password.text() == "" and desk.gate.password.hasFocus()
        _sign_in(qtbot, desk, TELLER_ID, TELLER_PASSWORD)
        qtbot.waitUntil(lambda: _on_desk(desk), timeout=5000)
        assert desk.user.user_id == TELLER_ID
        assert TELLER_ID in desk.status.who.text()
        qtbot.waitUntil(lambda: desk.account_bar.edit.hasFocus(), timeout=3000)
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log WHERE subject = ?",
                                                  (TELLER_ID,))]
        assert "sign_in.failed" in actions and "sign_in.ok" in actions, actions
    finally:
        desk.shutdown()


def test_idle_lock_keeps_the_unfinished_payment_for_the_same_teller(desk_app, qtbot, ws):
    teller = users.get(ws.conn, TELLER_ID)
    desk = open_desk(qtbot, ws, user=teller)
    try:
        look_up(qtbot, desk, "1002003001")
        wait_loaded(qtbot, desk)
        replace_text(desk.payment_panel.tendered, "20000")
        # Nobody touches the desk for idle_lock_seconds: it locks by itself.
        qtbot.waitUntil(lambda: not _on_desk(desk), timeout=5000)
        assert desk.gate.mode == "locked" and desk.gate.user_id.text() == TELLER_ID
        press(desk.gate.password, Qt.Key.Key_F9)  # no payment can be taken behind the lock
        assert payments(ws) == []
        _sign_in(qtbot, desk, TELLER_ID, TELLER_PASSWORD)
        qtbot.waitUntil(lambda: _on_desk(desk), timeout=5000)
        assert desk.account.account == "1002003001"
        assert desk.payment_panel.tendered.text() == "20000"
        assert desk.payment_panel.tendered.hasFocus()  # back where the teller left off
        press(desk.payment_panel.tendered, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(payments(ws)) == 1, timeout=10000)
        assert payments(ws)[0]["teller_id"] == TELLER_ID
    finally:
        desk.shutdown()


def test_another_user_at_the_lock_gets_an_empty_desk(desk_app, qtbot, ws):
    teller = users.get(ws.conn, TELLER_ID)
    desk = open_desk(qtbot, ws, user=teller)
    try:
        look_up(qtbot, desk, "1002003001")
        wait_loaded(qtbot, desk)
        replace_text(desk.payment_panel.tendered, "20000")
        desk.lock()
        assert not _on_desk(desk)
        desk.gate.other_user.click()
        _sign_in(qtbot, desk, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
        qtbot.waitUntil(lambda: _on_desk(desk), timeout=5000)
        assert desk.user.user_id == SUPERVISOR_ID
        assert desk.account is None and desk.payment_panel.tendered.text() == ""
    finally:
        desk.shutdown()
