"""The desk's background work as a teller meets it: a hanging SPC does not hold a payment, and
what an op changed reaches the window through its one handler (DeskWindow.on_changes)."""

from __future__ import annotations

import time
from types import SimpleNamespace

from PySide6.QtCore import Qt

from tests.support.faultproxy import DELAY, PASS, Fault, FaultProxy
from tests.ui.desk import look_up, make_ws, open_desk, payments
from tests.ui.helpers import press, type_text
from ui.desk.window import RECEIPT
from ui.desk.invoice_view import InvoiceView
from ui.common.operations import NETWORK

ACCOUNT = "1002003005"
HANG_SECONDS = 60


def test_accept_commits_while_the_invoice_lookup_hangs(desk_app, qtbot, spc_server, tmp_path):
    """The account answers, its invoice never does: the teller takes the cash and presses
    Enter, and the payment is saved at once while the invoice request still hangs."""
    proxy = FaultProxy(spc_server.url, only_paths=(f"/v1/accounts/{ACCOUNT}",)).start()
    proxy.script(PASS, Fault(DELAY, delay=HANG_SECONDS))   # the account, then its invoice
    ws = make_ws(SimpleNamespace(url=proxy.url, token_for=spc_server.token_for), tmp_path,
                 auto_print=False, read_timeout=HANG_SECONDS + 30)
    desk = open_desk(qtbot, ws)
    try:
        look_up(qtbot, desk, ACCOUNT)
        assert desk.account is not None and desk.invoice.state == InvoiceView.LOADING
        qtbot.waitUntil(lambda: any(path.endswith("/invoice") for _k, _m, path in proxy.events),
                        timeout=10_000)
        hung_from = time.perf_counter()
        qtbot.wait(500)   # the invoice has been hanging a while
        type_text(desk.payment_panel.tendered, "20000")
        assert desk.payment_panel.accept_button.isEnabled()
        pressed = time.perf_counter()
        press(desk.payment_panel.tendered, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=10_000)
        took = time.perf_counter() - pressed
        print(f"\naccept took {took * 1000:.0f} ms (key press to receipt shown) while the invoice "
              f"lookup had hung for {time.perf_counter() - hung_from:.1f} s of its {HANG_SECONDS} s")
        assert took < 5.0
        assert len(payments(ws)) == 1
        assert "fetch_invoice" in desk.task_runner.in_flight(NETWORK), "the invoice lookup still hangs"
        assert proxy.counters()["delay"] == 1
    finally:
        proxy.stop()   # the hanging request fails now
        desk.shutdown()
        ws.close()


def test_closing_the_cash_session_reaches_the_desk_through_its_changes(desk_app, qtbot, spc_server, tmp_path):
    """The drawer dialog's close declares Changes.SESSION; the window re-reads the session
    (nobody connects the dialog's signals to a refresh)."""
    ws = make_ws(spc_server, tmp_path)
    desk = open_desk(qtbot, ws)
    try:
        qtbot.waitUntil(lambda: desk.session is not None and desk.task_runner.is_idle(), timeout=10_000)
        press(desk, Qt.Key.Key_F11)
        dialog = desk.drawer_dialog
        qtbot.waitUntil(lambda: dialog.state is not None and dialog.state.session is not None, timeout=10_000)
        dialog.counted.setFocus()
        type_text(dialog.counted, "0")
        assert dialog.close_session_button.isEnabled()
        press(dialog.counted, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.session is None, timeout=10_000)
    finally:
        desk.shutdown()
        ws.close()
