"""Several accounts and a card part at the window, against the real SPC: F7 puts an account
aside and the next is typed; one total, one tender, F9 takes them all in one go; a chip's ✕
takes an account out; Esc with no account brings the last one back with its amounts; F2
empties the basket; Ctrl+K takes part of the money by card, which never enters the drawer.
Screenshots in artifacts/."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cashier import drawer
from tests.ui.desk import look_up, make_ws, open_desk, payments
from tests.ui.helpers import press, replace_text, type_text
from tests.ui.test_screenshot_xvfb import artifacts_dir

A, B, C = "1002003001", "1002003004", "1002003005"


def _load(qtbot, desk, number: str, amount: str) -> None:
    look_up(qtbot, desk, number)
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    first = True
    for service in desk.account.services:
        editor = desk.table.editor_for(f"amount:{service.code}")
        if editor is not None:
            replace_text(editor, amount if first else "")
            first = False


def _cash(ws) -> int:
    session = drawer.current(ws.conn, ws.config.workstation_id)
    return drawer.expected_cash(ws.conn, session.session_id)


def test_three_accounts_one_tender(desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path, auto_print=False, overpay_confirm_ratio=0)
    desk = open_desk(qtbot, ws)
    try:
        panel = desk.payment_panel
        _load(qtbot, desk, A, "1000")
        press(desk, Qt.Key.Key_F7)
        assert panel.basket_strip.isVisible() and len(desk.entry.basket) == 1
        assert desk.account is None and desk.account_bar.edit.hasFocus()
        _load(qtbot, desk, B, "2000")
        press(desk, Qt.Key.Key_F7)
        _load(qtbot, desk, C, "3000")
        assert len(panel.basket_strip.chips) == 2
        assert panel.total.text().startswith("6") and "000,00" in panel.total.text()
        press(desk, Qt.Key.Key_F7)               # C aside too
        # an account already aside is refused a second time
        _load(qtbot, desk, A, "500")
        press(desk, Qt.Key.Key_F7)
        assert "уже есть" in panel.message.text() and len(desk.entry.basket) == 3
        _load(qtbot, desk, C, "3000")
        assert len(desk.entry.basket) == 3   # A, B, C aside; C is on screen again too
        panel.basket_strip.chips[2].click()  # ✕ on C's chip: C is only on screen now
        assert len(desk.entry.basket) == 2
        qtbot.wait(100)   # the layout shows new chips when the event loop turns
        assert [c.isVisible() for c in panel.basket_strip.findChildren(type(
            panel.basket_strip.chips[0]))].count(True) == 2   # the removed chip is gone
        type_text(panel.tendered, "7000")
        desk.grab().save(str(artifacts_dir() / "basket.png"))
        before = _cash(ws)
        press(panel.tendered, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(payments(ws)) == 3, timeout=15000)
        rows = payments(ws)
        assert [r["account"] for r in rows] == [A, B, C]
        assert len({r["basket_id"] for r in rows}) == 1 and rows[0]["basket_id"]
        assert _cash(ws) == before + 600000 + sum(r["fee"] for r in rows)
        qtbot.waitUntil(lambda: not panel.basket_strip.isVisible(), timeout=5000)
    finally:
        desk.shutdown()
        ws.close()


def test_esc_brings_the_last_account_back_and_f2_empties(desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path, auto_print=False, overpay_confirm_ratio=0)
    desk = open_desk(qtbot, ws)
    try:
        _load(qtbot, desk, A, "1234,50")
        press(desk, Qt.Key.Key_F7)
        assert desk.account is None
        press(desk, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: desk.account is not None, timeout=10000)
        assert desk.account.account == A and len(desk.entry.basket) == 0
        code = desk.account.services[0].code
        assert desk.table.editor_for(f"amount:{code}").text() == "1234,50"
        press(desk, Qt.Key.Key_F7)
        _load(qtbot, desk, B, "100")
        press(desk, Qt.Key.Key_F2)
        assert len(desk.entry.basket) == 0 and not desk.payment_panel.basket_strip.isVisible()
        assert payments(ws) == []
    finally:
        desk.shutdown()
        ws.close()


def test_part_by_card_never_enters_the_drawer(desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path, auto_print=False, overpay_confirm_ratio=0, fees={})
    desk = open_desk(qtbot, ws)
    try:
        panel = desk.payment_panel
        _load(qtbot, desk, A, "5000")
        press(desk, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert panel.card.isVisible() and panel.card.amount.hasFocus()
        type_text(panel.card.amount, "3000")
        type_text(panel.card.auth, "a1b2")
        type_text(panel.card.rrn, "123456789012")
        replace_text(panel.tendered, "2000")
        assert not panel.accept_button.isEnabled() and panel.card.error.isVisible()
        assert payments(ws) == []
        replace_text(panel.card.auth, "A1B2C3")
        assert panel.accept_button.isEnabled(), panel.message.text()
        desk.grab().save(str(artifacts_dir() / "card-split.png"))
        before = _cash(ws)
        press(panel.tendered, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: len(payments(ws)) == 1, timeout=15000)
        row = payments(ws)[0]
        assert (row["card_amount"], row["card_auth"], row["card_rrn"]) == \
            (300000, "A1B2C3", "123456789012")
        assert _cash(ws) == before + 200000
    finally:
        desk.shutdown()
        ws.close()
