"""A full disk at the teller's window, for real: a small tmpfs the test mounts and fills.

- F9 on a full disk says so in the teller's words (do not take the cash), saves nothing, and
  the same F9 works once space is back;
- a payment whose receipt could not be made is shown in the status bar, and the window
  makes it once the disk has room; a receipt a killed process left unmade is made at start.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cashier import accounts, payments
from cashier.storage.records import load_payment
from spc.demo import DEMO_ACCOUNTS
from tests.support.fullfs import fill, small_tmpfs
from tests.support.staffing import staff_desk
from tests.ui.desk import look_up, make_ws, open_desk
from tests.ui.desk import payments as stored_payments
from tests.ui.helpers import press, type_text
from ui.desk import owed as owed_module
from ui.desk.window import RECEIPT

ACCOUNT = DEMO_ACCOUNTS["typical"]


def take_in_the_core(ws, teller, write_pdf: bool = True):
    draft = payments.build_draft(accounts.find_account(ws, ACCOUNT), None, {}, "20000")
    return payments.accept_payment(ws, draft, teller, write_pdf=write_pdf)


@pytest.mark.timeout(180)
def test_f9_on_a_full_disk_says_so_saves_nothing_and_works_once_space_is_back(
        desk_app, qtbot, spc_server, tmp_path):
    with small_tmpfs(tmp_path / "disk", 4096) as home:
        ws = make_ws(spc_server, tmp_path, home=home)
        desk = open_desk(qtbot, ws)
        try:
            look_up(qtbot, desk, ACCOUNT)
            qtbot.waitUntil(desk.is_ready, timeout=15000)
            panel = desk.payment_panel
            type_text(panel.tendered, "20000")
            ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = stored_payments(ws)
            filler = fill(home)
            press(panel.tendered, Qt.Key.Key_F9)
            qtbot.waitUntil(lambda: "диск" in panel.message.text(), timeout=15000)
            assert "не сохранено" in panel.message.text()
            assert "Не принимайте за это наличные" in panel.message.text()
            assert desk.mode != RECEIPT and stored_payments(ws) == before
            assert panel.accept_button.isEnabled()   # the same F9 once IT has freed space
            filler.unlink()
            press(panel.tendered, Qt.Key.Key_F9)
            qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
            (row,) = stored_payments(ws)
            assert row["receipt_no"].endswith("-00001") and row["receipt_pdf"]
        finally:
            desk.shutdown()
            ws.close()


@pytest.mark.timeout(180)
def test_a_receipt_the_full_disk_refused_is_shown_then_made_once_there_is_room(
        desk_app, qtbot, spc_server, tmp_path, monkeypatch):
    ws = make_ws(spc_server, tmp_path)
    staff = staff_desk(ws)
    with small_tmpfs(ws.config.receipts_dir, 256) as receipts:
        filler = fill(receipts)
        paid = take_in_the_core(ws, staff.teller)
        assert paid.receipt_pdf is None and paid.receipt_problem == "disk_full"
        desk = open_desk(qtbot, ws, user=staff.teller)
        try:
            label = desk.status.receipts
            qtbot.waitUntil(label.isVisible, timeout=15000)
            assert "1 квитанция не сформирована" in label.text()
            assert "диск" in label.toolTip()
            # IT frees the disk; the window tries again on the queue's next news.
            filler.unlink()
            monkeypatch.setattr(owed_module, "RETRY_SECONDS", 0)
            qtbot.waitUntil(lambda: load_payment(ws, paid.payment_id).receipt_pdf is not None,
                            timeout=15000)
            qtbot.waitUntil(lambda: not label.isVisible(), timeout=15000)
            made = load_payment(ws, paid.payment_id).receipt_pdf
            assert open(made, "rb").read(5) == b"%PDF-"
        finally:
            desk.shutdown()
            ws.close()


def test_a_receipt_a_killed_process_left_unmade_is_made_when_the_window_opens(
        desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path)
    staff = staff_desk(ws)
    paid = take_in_the_core(ws, staff.teller, write_pdf=False)  # committed, then killed
    desk = open_desk(qtbot, ws, user=staff.teller)
    try:
        qtbot.waitUntil(lambda: load_payment(ws, paid.payment_id).receipt_pdf is not None,
                        timeout=15000)
        qtbot.waitUntil(lambda: paid.receipt_no in desk.status.currentMessage(), timeout=15000)
        qtbot.waitUntil(lambda: not desk.status.receipts.isVisible(), timeout=15000)
    finally:
        desk.shutdown()
        ws.close()
