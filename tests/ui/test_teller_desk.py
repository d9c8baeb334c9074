"""The teller's desk (issue 4): keyboard first, from the account to the printed receipt.

Against the real reference SPC on loopback and, for printing, the real CUPS
queue CashierPDF that ./run sets up (cups-pdf keeps what would have been
printed). Texts are checked in Russian, as the teller reads them.
"""

from __future__ import annotations

import json

import tomllib

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cashier import config as config_mod
from cashier import documents
from cashier.documents import invoice_barcode
from cashier.adapters import printing
from tests.ui.desk import NBSP, look_up, make_ws, money_text, open_desk, payments
from tests.ui.helpers import press, replace_text, sample_pdf, type_text
from ui.desk.invoice_view import InvoiceView
from ui.desk.window import RECEIPT

QUEUE = "CashierPDF"


def cups_problem() -> str | None:
    try:
        if not printing.scheduler_running():
            return "the CUPS scheduler is not running"
        queue = next((p for p in printing.list_printers() if p.name == QUEUE), None)
    except Exception as exc:  # noqa: BLE001 - the reason goes into the failure
        return str(exc)
    if queue is None or not queue.accepting:
        return f"the CUPS queue {QUEUE} is missing or does not accept jobs"
    return None


@pytest.fixture
def cups():
    problem = cups_problem()
    if problem:
        pytest.fail(f"CUPS is not set up for printing: {problem}. `./run test` starts cupsd and "
                    f"creates {QUEUE}.", pytrace=False)


@pytest.fixture
def ws(spc_server, tmp_path):
    w = make_ws(spc_server, tmp_path, printer=QUEUE)
    yield w
    w.close()


@pytest.fixture
def desk(desk_app, qtbot, ws):
    window = open_desk(qtbot, ws)
    yield window
    window.shutdown()


def closed(dialog) -> bool:
    """Closed (the desk's dialogs delete themselves on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


class Keyboard:
    """Every key goes where the focus is, and is counted."""

    def __init__(self):
        self.presses = 0

    def type(self, text: str) -> None:
        for ch in text:
            QTest.keyClick(QApplication.focusWidget(), ch)
            self.presses += 1

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self.presses += 1


# --- keyboard first ----------------------------------------------------------------------

def test_account_enter_cash_enter_accepts_and_prints(desk, qtbot, ws, cups):
    keys = Keyboard()
    account, cash = "1002003005", "20000"     # paid as billed: four services, no meters
    assert QApplication.focusWidget() is desk.account_bar.edit
    keys.type(account)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.account is not None and desk.payment_panel.tendered.hasFocus(),
                    timeout=15000)
    keys.type(cash)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
    qtbot.waitUntil(lambda: desk.receipt_panel.print_state in ("sent", "printed"), timeout=30000)

    assert keys.presses == len(account) + 1 + len(cash) + 1 == 17
    rows = payments(ws)
    assert len(rows) == 1 and rows[0]["account"] == account and rows[0]["tendered"] == 2_000_000
    prints = documents.receipt_prints(ws, rows[0]["payment_id"])
    assert len(prints) == 1 and prints[0].printer == QUEUE and not prints[0].copy
    assert "Квитанция отправлена на CashierPDF" in desk.receipt_panel.printer.text()
    # the receipt is previewed where the invoice was, and the next customer can be typed at once
    assert desk.invoice.kind == "receipt"
    assert QApplication.focusWidget() is desk.account_bar.edit

    # Ctrl+P reprints: the original went to the printer, so the core prints a marked copy
    press(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(documents.receipt_prints(ws, rows[0]["payment_id"])) == 2, timeout=30000)
    assert documents.receipt_prints(ws, rows[0]["payment_id"])[-1].copy
    copied_by = ws.conn.execute("SELECT actor FROM audit_log WHERE action = 'receipt.copy_written'"
                                ).fetchone()[0]
    assert copied_by == desk.user.user_id  # the signed-in teller, recorded
    qtbot.waitUntil(lambda: desk.receipt_panel.print_state in ("sent", "printed"), timeout=30000)
    assert "Копия отправлена на CashierPDF" in desk.receipt_panel.printer.text() or \
        desk.receipt_panel.printer.text() == "Копия напечатана."


def test_the_keys_are_shown_on_the_desk(desk):
    from PySide6.QtGui import QTextDocument
    shown = QTextDocument()
    shown.setHtml(desk.key_strip.text())   # as the teller reads it: no-break spaces are spaces
    strip = shown.toPlainText().replace("\u00a0", " ")
    for key, what in (("F2", "следующий клиент"), ("F3", "поиск по адресу"), ("F9", "принять"),
                      ("Esc", "сбросить"), ("F6", "очередь"), ("F5", "без сдачи"), ("F10", "настройки")):
        assert key in strip and what in strip
    assert desk.key_strip.isVisible()
    assert "F9" in desk.payment_panel.accept_button.text()


def test_enter_walks_the_amounts_then_lands_in_the_cash_field(desk, qtbot):
    look_up(qtbot, desk, "1002003001")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    press(desk, Qt.Key.Key_F4)
    editors = desk.table.editors()
    assert QApplication.focusWidget() is editors[0]
    for expected in editors[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert QApplication.focusWidget() is expected
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is desk.payment_panel.tendered


# --- scanner input ------------------------------------------------------------------------

def test_a_damaged_scan_changes_nothing(desk, qtbot):
    look_up(qtbot, desk, "1002003001")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    before = (desk.account, dict(desk.table.amounts()), desk.table.rowCount())
    good = invoice_barcode.encode("1002003005", "2026-10", 1540020)
    damaged = good[:-1] + str((int(good[-1]) + 1) % 10)
    edit = desk.account_bar.edit
    replace_text(edit, damaged)
    press(edit, Qt.Key.Key_Return)
    assert "Штрихкод" in desk.account_bar.error.text() or "штрихкод" in desk.account_bar.error.text()
    assert (desk.account, dict(desk.table.amounts()), desk.table.rowCount()) == before
    replace_text(edit, "ST00012|Name=ТОО ЕРЦ|PersAcc=12")
    press(edit, Qt.Key.Key_Return)
    assert "не от 4 до 20 цифр" in desk.account_bar.error.text() or desk.account_bar.error.isVisible()
    assert desk.account is before[0]
    replace_text(edit, "ST0001")
    press(edit, Qt.Key.Key_Return)
    assert "QR-код считался не полностью" in desk.account_bar.error.text()
    assert desk.account is before[0]


# --- find by address ----------------------------------------------------------------------

def test_f3_finds_an_account_by_address_and_enter_loads_it(desk, qtbot):
    press(desk, Qt.Key.Key_F3)
    dialog = desk.address_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field, timeout=3000)
    press(dialog.field, Qt.Key.Key_Return)                   # nothing typed: say what to type
    assert "Введите часть адреса" in dialog.status.text()
    type_text(dialog.field, "Жандосова 140")
    qtbot.waitUntil(lambda: dialog.searched_text == "Жандосова 140", timeout=10000)
    accounts = [dialog.results.item(r, 0).text() for r in range(dialog.results.rowCount())]
    assert "1002003005" in accounts
    assert dialog.results.item(accounts.index("1002003005"), 3).text() == "расчётный центр"
    for _ in range(accounts.index("1002003005")):
        press(dialog.field, Qt.Key.Key_Down)
    press(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.account is not None, timeout=15000)
    assert closed(dialog)
    assert desk.account.account == "1002003005"
    assert desk.account_bar.edit.text() == "1002003005"


def test_address_search_offline_uses_the_copy_and_says_so(desk_app, qtbot, fresh_spc, tmp_path):
    ws = make_ws(fresh_spc, tmp_path, connect_timeout=1.0, read_timeout=3.0)
    desk = open_desk(qtbot, ws, start_cache=True)
    try:
        qtbot.waitUntil(lambda: (desk.cache_news and desk.cache_news.report is not None), timeout=20000)
        fresh_spc.stop()
        desk.open_address_search()
        dialog = desk.address_dialog
        type_text(dialog.field, "абая")
        press(dialog.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.searched_text == "абая", timeout=15000)
        assert dialog.results.rowCount() >= 1
        assert dialog.results.item(0, 3).text().startswith("сохранённая копия от ")
        type_text(dialog.field, "несуществующая")
        press(dialog.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.searched_text == "абаянесуществующая", timeout=15000)
        assert dialog.results.rowCount() == 0
        assert "Нет лицевых счетов" in dialog.status.text()
        press(dialog.field, Qt.Key.Key_Escape)
        assert closed(dialog)
    finally:
        desk.shutdown()
        ws.close()


# --- the invoice image ----------------------------------------------------------------------

def test_invoice_zoom_fit_and_pages(desk_app, qtbot):
    view = InvoiceView()
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    assert not view.zoom_in_button.isVisible()          # nothing to zoom yet
    view.set_pdf(sample_pdf(pages=2))
    qtbot.waitUntil(lambda: view.state == InvoiceView.READY, timeout=5000)
    assert view.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert view.zoom_label.text() == "по ширине" and view.page_label.text() == "1 / 2"
    before = view.effective_zoom()
    view.zoom_in()
    assert view.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.view.zoomFactor() > before
    assert view.zoom_label.text().endswith(" %")
    view.zoom_out()
    view.zoom_out()
    assert view.view.zoomFactor() < before
    view.fit_page()
    assert view.view.zoomMode() == QPdfView.ZoomMode.FitInView and view.zoom_label.text() == "страница"
    assert view.prev_button.isEnabled() is False and view.next_button.isEnabled()
    view.next_page()
    assert view.current_page == 1 and view.page_label.text() == "2 / 2"
    assert not view.next_button.isEnabled()
    view.previous_page()
    assert view.current_page == 0
    view.fit_width()
    assert view.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_invoice_keys_work_from_the_entry_fields(desk, qtbot):
    look_up(qtbot, desk, "1002003001")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    focus = QApplication.focusWidget()
    press(focus, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert desk.invoice.view.zoomMode() == QPdfView.ZoomMode.Custom
    press(focus, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert desk.invoice.view.zoomMode() == QPdfView.ZoomMode.FitInView
    press(focus, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert desk.invoice.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert QApplication.focusWidget() is focus       # the cursor stays where it was


# --- amounts, readings, limit, fee, cash ------------------------------------------------------

def test_part_payment_advance_and_consumption(desk, qtbot):
    look_up(qtbot, desk, "1002003001")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    panel = desk.payment_panel
    assert panel.versus_due.text() == "Оплачивается всё начисленное"
    replace_text(desk.table.editor_for("amount:HEAT"), "1000")
    assert panel.versus_due.text() == "Частичная оплата: на " + money_text("1 523,75") + " меньше начисленного"
    replace_text(desk.table.editor_for("amount:HEAT"), "3000")
    assert panel.versus_due.text() == "Аванс: на " + money_text("476,25") + " больше начисленного"
    assert desk.draft.total == 584351 + 47625
    previous = desk.account.service("ELEC").meter.previous_reading // 1000
    replace_text(desk.table.editor_for("reading:ELEC"), str(previous + 55))
    assert desk.table.item(0, 6).text() == "55 kWh"
    replace_text(desk.table.editor_for("amount:SEW"), "0")     # a zero line is skipped
    assert "SEW" not in {line.service_code for line in desk.draft.lines}


def test_the_payment_limit_is_shown_and_enforced(desk_app, qtbot, spc_server, tmp_path):
    ws = make_ws(spc_server, tmp_path, max_payment=500_000)
    desk = open_desk(qtbot, ws)
    try:
        look_up(qtbot, desk, "1002003001")
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        panel = desk.payment_panel
        assert panel.limit.isVisible()
        assert panel.limit.text() == "Один платёж — не более " + money_text("5 000,00")
        type_text(panel.tendered, "10000")
        assert not panel.accept_button.isEnabled()
        assert "Один платёж не может превышать 5" in panel.message.text()
        press(panel.tendered, Qt.Key.Key_Return)
        replace_text(desk.table.editor_for("amount:HEAT"), "")   # 5 843,51 - 2 523,75 = 3 319,76
        assert panel.accept_button.isEnabled()
        assert payments(ws) == []
    finally:
        desk.shutdown()
        ws.close()


def test_banknote_keys_and_exact_amount(desk, qtbot):
    look_up(qtbot, desk, "1002003001")                  # 5 843,51 due
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    panel = desk.payment_panel
    tendered = panel.tendered
    press(tendered, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)      # +20 000
    assert tendered.text() == "20000" and panel.accept_button.isEnabled()
    assert panel.change.text() == money_text("14 156,49")
    press(tendered, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)      # +1 000
    assert tendered.text() == "21000"
    replace_text(tendered, "5000")
    assert not panel.accept_button.isEnabled()                              # below the total
    press(tendered, Qt.Key.Key_F5)                                          # exact
    assert tendered.text() == "5843,51" and panel.change.text() == money_text("0,00")
    assert panel.accept_button.isEnabled()
    panel.banknote_buttons[2].click()                                       # +5 000 by mouse too
    assert tendered.text() == "10843,51"
    assert QApplication.focusWidget() is tendered


def test_banknote_keys_do_nothing_without_an_account(desk):
    press(desk.account_bar.edit, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    press(desk.account_bar.edit, Qt.Key.Key_F5)
    assert desk.payment_panel.tendered.text() == ""
    assert not desk.payment_panel.exact_button.isEnabled()


# --- settings ---------------------------------------------------------------------------------

def test_settings_by_keyboard_are_saved_without_secrets(desk_app, qtbot, spc_server, tmp_path, monkeypatch):
    ws = make_ws(spc_server, tmp_path)
    config_mod.save(ws.config)                            # the file the workstation was set up with
    monkeypatch.setenv("CASHIER_SPC_URL", "http://override.invalid/")
    desk = open_desk(qtbot, ws)
    try:
        press(desk, Qt.Key.Key_F10)
        dialog = desk.settings_dialog
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language, timeout=3000)
        qtbot.waitUntil(lambda: "Ищем" not in dialog.printers_note.text(), timeout=15000)
        press(dialog.language, Qt.Key.Key_Down)                      # Русский -> Қазақша
        assert dialog.language.currentData() == "kk"
        press(dialog.language, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in (dialog.printer, dialog.printer.lineEdit())
        type_text(QApplication.focusWidget(), QUEUE)
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.auto_print
        press(dialog.auto_print, Qt.Key.Key_Space)                   # automatic printing off
        assert not dialog.auto_print.isChecked()
        press(dialog.auto_print, Qt.Key.Key_Return)                  # Save
        qtbot.waitUntil(lambda: closed(dialog), timeout=10000)

        text = (ws.config.home / "config.toml").read_text()
        saved = tomllib.loads(text)
        assert saved["language"] == "kk" and saved["printer"] == QUEUE and saved["auto_print"] is False
        assert saved["spc_url"] == spc_server.url                     # no override written to the file
        assert ws.token not in text and "token =" not in text
        assert ws.config.printer == QUEUE and ws.config.language == "ru"   # printer now, language at restart
        assert desk.language_on_restart == "kk"
        assert "следующем запуске" in desk.status.currentMessage()
        (entry,) = ws.conn.execute("SELECT actor, details FROM audit_log WHERE action = 'settings.changed'")
        changed = json.loads(entry["details"])
        assert entry["actor"] == "t.test"
        assert changed["language"] == ["ru", "kk"] and changed["auto_print"] == [True, False]

        look_up(qtbot, desk, "1002003005")                            # automatic printing is off now
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        type_text(desk.payment_panel.tendered, "20000")
        press(desk.payment_panel.tendered, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
        qtbot.waitUntil(desk.task_runner.is_idle, timeout=10000)
        assert desk.receipt_panel.print_requests == []
        assert documents.receipt_prints(ws, payments(ws)[0]["payment_id"]) == []
    finally:
        desk.shutdown()
        ws.close()


def test_money_text_helper_uses_no_break_spaces():
    assert money_text("1 000,00") == f"1{NBSP}000,00{NBSP}₸"
