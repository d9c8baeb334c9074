"""The whole desk against the real reference SPC on loopback: a teller's turn, keys only.

Every test gets its own workstation (own SQLite file, own id and token) so
receipt numbers and queues never mix. Amounts are checked as the teller sees
them: the labels' text in Russian.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cashier.config import Config
from cashier.workstation import Workstation
from tests.ui.desk import NBSP, look_up, make_ws, money_text, open_desk, payments, wait_loaded
from tests.ui.helpers import press, replace_text, type_text
from ui.desk.invoice_view import InvoiceView
from ui.desk.window import RECEIPT


@pytest.fixture
def ws(spc_server, tmp_path):
    """A workstation of its own against the session's SPC (whose meter readings move on)."""
    w = make_ws(spc_server, tmp_path)
    yield w
    w.close()


@pytest.fixture
def fresh_ws(fresh_spc, tmp_path):
    """Against an SPC of its own: the demo data exactly as seeded."""
    w = make_ws(fresh_spc, tmp_path)
    yield w
    w.close()


@pytest.fixture
def desk(desk_app, qtbot, ws):
    window = open_desk(qtbot, ws)
    yield window
    window.shutdown()


def test_a_teller_takes_a_payment_with_keys_only(desk_app, qtbot, fresh_ws):
    ws = fresh_ws
    desk = open_desk(qtbot, ws)
    try:
        _teller_turn(desk, qtbot, ws)
    finally:
        desk.shutdown()


def _teller_turn(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003001")
    wait_loaded(qtbot, desk)
    assert desk.account_bar.holder.text() == "Ива*** И. И."
    assert "10.2026" in desk.account_bar.details.text()
    assert desk.table.rowCount() == 5
    # the amounts due are prefilled; the cursor waits in the cash field, F4 goes to the amounts
    assert desk.table.amounts()["ELEC"] == "1272,26"
    assert QApplication.focusWidget() is desk.payment_panel.tendered
    assert desk.payment_panel.total.text() == money_text("5 843,51")
    press(desk, Qt.Key.Key_F4)
    assert QApplication.focusWidget() is desk.table.editor_for("amount:ELEC")

    replace_text(desk.table.editor_for("amount:ELEC"), "1000,50")
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the ELEC reading
    assert QApplication.focusWidget() is desk.table.editor_for("reading:ELEC")
    type_text(QApplication.focusWidget(), "12410,5")
    assert desk.table.item(0, 6).text() == "65,5 kWh"
    assert desk.payment_panel.total.text() == money_text("5 571,75")
    assert not desk.payment_panel.accept_button.isEnabled()  # no cash typed yet

    type_text(desk.payment_panel.tendered, "6000")
    assert desk.payment_panel.change.text() == money_text("428,25")
    assert desk.payment_panel.accept_button.isEnabled()

    press(desk, Qt.Key.Key_F9)
    press(desk, Qt.Key.Key_F9)  # a second press while saving must not make a second payment
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    press(desk, Qt.Key.Key_F9)
    assert desk.receipt_panel.isVisible()
    rows = payments(ws)
    assert len(rows) == 1
    assert rows[0]["total"] == 557175 and rows[0]["tendered"] == 600000 and rows[0]["change_given"] == 42825
    lines = {r["service_code"]: r for r in ws.conn.execute("SELECT * FROM payment_lines")}
    assert lines["ELEC"]["amount"] == 100050 and lines["ELEC"]["reading"] == 12410500
    assert rows[0]["receipt_no"] in desk.receipt_panel.receipt_no.text()
    assert desk.receipt_panel.change.text() == money_text("428,25")
    assert desk.last_payment.receipt_pdf and open(desk.last_payment.receipt_pdf, "rb").read(4) == b"%PDF"

    # the sender, woken after the accept, delivers it to the SPC
    qtbot.waitUntil(lambda: ws.conn.execute("SELECT state FROM outbox").fetchone()[0] == "accepted",
                    timeout=15000)
    qtbot.waitUntil(lambda: desk.status.status is not None and desk.status.status.waiting == 0
                    and desk.status.status.last_contact_ok, timeout=15000)
    assert desk.status.spc.text() == "Расчётный центр: на связи"

    # Enter in the empty account field starts the next customer
    assert QApplication.focusWidget() is desk.account_bar.edit
    press(desk.account_bar.edit, Qt.Key.Key_Return)
    assert desk.mode != RECEIPT and desk.account is None and desk.table.rowCount() == 0
    assert desk.invoice.state == InvoiceView.EMPTY
    assert QApplication.focusWidget() is desk.account_bar.edit


def test_enter_in_the_cash_field_accepts_and_f2_starts_the_next_customer(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    total = desk.draft.total
    type_text(desk.payment_panel.tendered, "20000")
    press(desk.payment_panel.tendered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    assert payments(ws)[0]["total"] == total
    press(desk, Qt.Key.Key_F2)
    assert desk.account is None and QApplication.focusWidget() is desk.account_bar.edit


def test_ctrl_enter_accepts_from_any_field(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    type_text(desk.payment_panel.tendered, "20000")
    editor = desk.table.editor_for("amount:HEAT")
    editor.setFocus()
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    assert len(payments(ws)) == 1


@pytest.mark.parametrize("field, text, expected", [
    ("amount:ELEC", "12a", "Это не сумма"),
    ("amount:ELEC", "12,345", "Слишком много цифр после запятой"),
    ("amount:ELEC", "-5", "не может быть отрицательной"),
    ("reading:ELEC", "100", "Показание меньше предыдущего ("),
    ("reading:CWS", "1,2345", "не больше трёх"),
])
def test_bad_input_is_shown_beside_the_field_and_nothing_is_saved(desk, qtbot, ws, field, text, expected):
    look_up(qtbot, desk, "1002003001")
    wait_loaded(qtbot, desk)
    type_text(desk.payment_panel.tendered, "100000")
    assert desk.payment_panel.accept_button.isEnabled()
    editor = desk.table.editor_for(field)
    replace_text(editor, text)
    assert editor.property("invalid") is True
    assert desk.form_error.isVisible()
    assert expected.replace(" ", NBSP) in desk.form_error.text().replace(" ", NBSP)
    assert not desk.payment_panel.accept_button.isEnabled()
    assert desk.payment_panel.total.text() == "—"
    press(desk, Qt.Key.Key_F9)
    press(desk.payment_panel.tendered, Qt.Key.Key_Return)
    assert desk.mode != RECEIPT
    qtbot.waitUntil(desk.task_runner.is_idle, timeout=5000)
    assert payments(ws) == []
    # fixing the field clears the message and enables Accept again
    replace_text(editor, "")
    assert editor.property("invalid") is False
    assert not desk.form_error.isVisible()
    assert desk.payment_panel.accept_button.isEnabled()


def test_cash_in_letters_and_too_little_cash(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003001")
    wait_loaded(qtbot, desk)
    tendered = desk.payment_panel.tendered
    type_text(tendered, "сто")  # Cyrillic, typed key by key
    assert tendered.text() == "сто"
    assert tendered.property("invalid") is True
    assert "Это не сумма" in desk.payment_panel.message.text()
    assert not desk.payment_panel.accept_button.isEnabled()
    replace_text(tendered, "5000")
    assert tendered.property("invalid") is True
    assert "не хватает 843,51" in desk.payment_panel.message.text().replace(NBSP, " ")
    assert desk.payment_panel.change.text() == "—"
    press(tendered, Qt.Key.Key_Return)
    assert payments(ws) == []


def test_nothing_to_pay(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003003")  # every amount due is zero
    wait_loaded(qtbot, desk)
    assert set(desk.table.amounts().values()) == {""}
    type_text(desk.payment_panel.tendered, "100")
    assert "Нечего оплачивать" in desk.form_error.text()
    assert not desk.payment_panel.accept_button.isEnabled()


def test_unknown_and_malformed_accounts(desk, qtbot, ws):
    edit = desk.account_bar.edit
    type_text(edit, "12ab34")  # the field takes digits only
    assert edit.text() == "1234" or edit.text() == "12"
    look_up(qtbot, desk, "99999999")
    assert desk.account is None
    assert desk.account_bar.error.isVisible()
    assert "не найден" in desk.account_bar.error.text()
    assert edit.property("invalid") is True
    assert not desk.payment_panel.accept_button.isEnabled()
    replace_text(edit, "12")
    press(edit, Qt.Key.Key_Return)
    assert "от 4 до 20 цифр" in desk.account_bar.error.text().replace("4–20", "от 4 до 20")
    press(desk, Qt.Key.Key_F9)
    assert payments(ws) == []


def test_a_new_lookup_replaces_the_old_account(desk, qtbot, ws):
    edit = desk.account_bar.edit
    replace_text(edit, "1002003001")
    press(edit, Qt.Key.Key_Return)
    replace_text(edit, "1002003004")  # typed before the first answer may have come back
    press(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    assert desk.account.account == "1002003004"
    assert desk.table.rowCount() == 7


def test_escape_restores_the_amounts_due(desk, qtbot, ws):
    look_up(qtbot, desk, "1002003001")
    wait_loaded(qtbot, desk)
    replace_text(desk.table.editor_for("amount:ELEC"), "1")
    type_text(desk.payment_panel.tendered, "9")
    press(desk, Qt.Key.Key_Escape)
    assert desk.table.amounts()["ELEC"] == "1272,26"
    assert desk.payment_panel.tendered.text() == ""
    assert desk.account.account == "1002003001"
    press(desk, Qt.Key.Key_Escape)  # the account stays until F2
    assert desk.account is not None


def test_print_without_lp_says_so_and_keeps_the_payment(desk, qtbot, ws, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    type_text(desk.payment_panel.tendered, "20000")
    press(desk, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    # automatic printing tried at once and said why it could not print
    qtbot.waitUntil(lambda: desk.receipt_panel.print_state == "failed", timeout=10000)
    assert "На этом компьютере не настроена печать" in desk.receipt_panel.printer.text()
    assert desk.receipt_panel.print_button.isEnabled()
    assert "Напечатать снова" in desk.receipt_panel.print_button.text()
    desk.receipt_panel.print_button.click()   # Reprint: the same clear answer, nothing lost
    qtbot.waitUntil(lambda: desk.receipt_panel.print_state == "failed"
                    and len(desk.receipt_panel.print_requests) == 2, timeout=10000)
    assert desk.receipt_panel.print_requests[-1][1] is True
    assert len(payments(ws)) == 1


def test_spc_down_and_nothing_cached(desk_app, qtbot, tmp_path):
    cfg = Config(home=tmp_path / "ws", spc_url="http://127.0.0.1:9/", workstation_id="ALM-09-W99",
                 connect_timeout=1.0, read_timeout=1.0)
    with Workstation(cfg, token="nope") as ws:
        desk = open_desk(qtbot, ws)
        try:
            look_up(qtbot, desk, "1002003001")
            assert "Нет связи с расчётным центром" in desk.account_bar.error.text()
            assert "сохранённой копии нет" in desk.account_bar.error.text()
            qtbot.waitUntil(lambda: desk.status.spc.text().startswith("Расчётный центр: нет связи"),
                            timeout=15000)
            assert desk.status.state == "offline"
        finally:
            desk.shutdown()


def test_offline_the_desk_uses_the_copy_and_the_queue_catches_up(desk_app, qtbot, fresh_spc, tmp_path):
    ws = make_ws(fresh_spc, tmp_path)
    ws.config.connect_timeout = 1.0
    ws.config.read_timeout = 2.0
    desk = open_desk(qtbot, ws)
    try:
        look_up(qtbot, desk, "1002003005")  # seen once online: now in the offline cache
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        assert desk.account_bar.source.text() == "Актуальные данные расчётного центра"
        fresh_spc.stop()
        press(desk, Qt.Key.Key_F2)
        look_up(qtbot, desk, "1002003005")
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        assert desk.account is not None and desk.account.cached_at is not None
        assert desk.account_bar.source.text().startswith("⚠ Сохранённые данные от ")
        assert desk.invoice.state in (InvoiceView.READY, InvoiceView.UNAVAILABLE)
        type_text(desk.payment_panel.tendered, "20000")
        press(desk, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
        qtbot.waitUntil(lambda: desk.status.status is not None and desk.status.status.waiting == 1
                        and desk.status.status.last_contact_ok is False, timeout=20000)
        assert desk.status.spc.text().startswith("Расчётный центр: нет связи")
        assert desk.status.queue.text().startswith("1 платёж ждёт отправки")
        fresh_spc.start()
        desk.sender_bridge.wake()
        qtbot.waitUntil(lambda: desk.status.status.waiting == 0 and desk.status.status.last_contact_ok,
                        timeout=30000)
        assert desk.status.queue.text() == "Все платежи отправлены"
    finally:
        desk.shutdown()
        ws.close()


def test_the_agent_fee_is_in_the_total_and_shown(desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path)
    ws.config.fees = {"AES": {"percent": "0.5", "minimum": "50.00"}, "TBO": {"fixed": "30.00"}}
    desk = open_desk(qtbot, ws)
    try:
        look_up(qtbot, desk, "1002003001")
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        assert desk.draft.fee == 8000
        assert desk.payment_panel.total.text() == money_text("5 923,51")
        assert desk.payment_panel.fee.isVisible()
        assert desk.payment_panel.fee.text() == ("в т. ч. комиссия агента " + money_text("80,00") + ": АлматыЭнергоСбыт "
                                                 + money_text("50,00") + "; Тартып " + money_text("30,00"))
        replace_text(desk.table.editor_for("amount:WASTE"), "")  # no TBO line: no fixed fee
        assert desk.payment_panel.total.text() == money_text("5 203,51")
    finally:
        desk.shutdown()
        ws.close()


def test_a_scanned_invoice_barcode_finds_the_account(desk, qtbot, ws):
    from cashier.documents import invoice_barcode
    code = invoice_barcode.encode("1002003005", "2026-10", 1540020)
    edit = desk.account_bar.edit
    edit.setFocus()
    type_text(edit, code)  # a keyboard-wedge scanner types digits, then Enter
    press(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    assert desk.account.account == "1002003005"
    assert edit.text() == "1002003005"


def test_a_scanned_qr_code_fills_the_readings_and_flags_an_old_period(desk, qtbot, ws):
    qr = "ST00012|Name=ТОО ЕРЦ|PersAcc=1002003004|Sum=100|PaymPeriod=092026|CounterId=E-902211|CounterVal=99999,5"
    edit = desk.account_bar.edit
    edit.setFocus()
    type_text(edit, qr)
    assert edit.text() == qr
    press(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    assert desk.account.account == "1002003004"
    assert desk.table.readings()["ELEC"] == "99999,5"
    assert "09.2026" in desk.account_bar.source.text() and "10.2026" in desk.account_bar.source.text()


def test_letters_cannot_be_typed_into_the_account_field_and_a_bad_qr_is_explained(desk, qtbot, ws):
    edit = desk.account_bar.edit
    edit.setFocus()
    type_text(edit, "абв12")
    assert edit.text() == "12"
    replace_text(edit, "ST00012|Name=X")
    press(edit, Qt.Key.Key_Return)
    assert "В QR-коде нет лицевого счёта" in desk.account_bar.error.text()
    assert desk.account is None


def test_an_amount_far_above_what_is_due_asks_before_it_is_accepted(desk, qtbot, ws):
    """The typo guard: 12720 typed for 1272 ₸ due. Enter answers "correct the amount"."""
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    service = next(s for s in desk.account.services if s.amount_due > 0)
    editor = desk.table.editor_for(f"amount:{service.code}")
    replace_text(editor, str(service.amount_due * 10 // 100))
    type_text(desk.payment_panel.tendered, "1000000")
    assert desk.form_error.isVisible() and "больше" in desk.form_error.text()
    press(desk.payment_panel.tendered, Qt.Key.Key_Return)
    box = desk.overpay_box
    assert box is not None and box.isVisible() and not payments(ws)
    press(box, Qt.Key.Key_Return)  # the default: back to the amount
    qtbot.waitUntil(lambda: desk.overpay_box is None, timeout=3000)
    assert not payments(ws) and desk.mode != RECEIPT
    assert QApplication.focusWidget() is editor
    press(desk.payment_panel.tendered, Qt.Key.Key_Return)
    box = desk.overpay_box
    accept = next(b for b in box.buttons() if b.text() == "Принять всё равно")
    accept.click()
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    (row,) = payments(ws)
    assert row["total"] >= service.amount_due * 10 // 100 * 100
