"""Offline-first at the desk (issue 3): what the teller sees while the SPC comes and goes.

Against the real reference SPC on loopback (`fresh_spc`, stopped and started
again on the same port), the real outbox sender and cache refresher threads,
a real SQLite file. Texts are checked in Russian, as the teller reads them.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cashier import accounts, payments
from cashier.model import QueueStatus
from tests.ui.desk import Clock, look_up, make_ws, open_desk
from tests.ui.desk import payments as stored_payments
from tests.ui.helpers import press, type_text
from ui.desk.window import RECEIPT
from ui.demo import seed_refused
from ui.desk.status_bar import DeskStatusBar
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, TELLER_PASSWORD,
                                    teller_of)

FAST = {"sender_interval": 0.2, "probe_interval": 0.3}


@pytest.fixture
def fresh_ws(fresh_spc, tmp_path):
    w = make_ws(fresh_spc, tmp_path, connect_timeout=1.0, read_timeout=3.0)
    yield w
    w.close()


def test_the_status_bar_goes_online_offline_online(desk_app, qtbot, fresh_spc, fresh_ws):
    desk = open_desk(qtbot, fresh_ws, **FAST)
    try:
        qtbot.waitUntil(lambda: desk.status.state == "online", timeout=15000)
        assert desk.status.spc.text() == "Расчётный центр: на связи"
        assert desk.status.spc.objectName() == "spcOk"
        assert desk.status.queue.text() == "Все платежи отправлены"
        assert "Последняя успешная связь: " in desk.status.spc.toolTip()

        fresh_spc.stop()
        qtbot.waitUntil(lambda: desk.status.state == "offline", timeout=15000)
        text = desk.status.spc.text()
        assert text.startswith("Расчётный центр: нет связи с "), text
        assert "Последняя успешная связь: " in desk.status.spc.toolTip()
        assert desk.status.spc.objectName() == "spcDown"
        assert not desk.banner.isVisible()  # nothing waits: no offline warning yet

        fresh_spc.start()
        qtbot.waitUntil(lambda: desk.status.state == "online", timeout=15000)
        assert desk.status.spc.text() == "Расчётный центр: на связи"
    finally:
        desk.shutdown()


def test_a_refused_payment_stays_in_the_panel_until_resolved(desk_app, qtbot, fresh_ws):
    ws = fresh_ws
    seed_refused(ws, "1002003001", teller_of(ws))  # the second reading is below the first: the SPC refuses it
    desk = open_desk(qtbot, ws, **FAST)
    try:
        qtbot.waitUntil(lambda: desk.snapshot is not None and desk.snapshot.status.rejected == 1,
                        timeout=20000)
        assert desk.status.rejected.isVisible()
        assert desk.status.rejected.text() == "1 отклонён: нужен старший кассир"

        press(desk, Qt.Key.Key_F6)
        panel = desk.queue_dialog
        assert panel is not None and panel.isVisible()
        qtbot.waitUntil(lambda: panel.loaded and panel.table.rowCount() == 1, timeout=10000)
        assert panel.table.item(0, 0).text() == "Отклонён"
        assert panel.table.item(0, 6).text() == "Показание счётчика меньше того, что уже есть в расчётном центре."
        assert "1 отклонён" in panel.summary.text()

        # Enter on the row asks for a note; an empty one is refused with a reason
        panel.table.setFocus()
        panel.table.selectRow(0)
        press(panel.table, Qt.Key.Key_Return)
        ask = panel.resolve_dialog
        qtbot.waitUntil(ask.isVisible, timeout=3000)
        ask.activateWindow()  # offscreen has no window manager to do it
        qtbot.waitUntil(ask.isActiveWindow, timeout=3000)
        assert ask.note.hasFocus()
        press(ask.note, Qt.Key.Key_Return)
        assert ask.isVisible() and ask.error.isVisible()
        assert "Напишите, что сделано" in ask.error.text()
        type_text(ask.note, "Вернули 5 843,51 ₸ клиенту")
        press(ask.note, Qt.Key.Key_Return)
        # It unblocks the day close: a supervisor approves at this desk, as for a void.
        assert ask.isVisible() and ask.supervisor_id.hasFocus()
        assert ask.password.text() == ""   # it was the wrong person's: typing again starts clean
        type_text(ask.supervisor_id, SUPERVISOR_ID)
        press(ask.supervisor_id, Qt.Key.Key_Return)
        type_text(ask.password, "not-the-password")
        press(ask.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ask.password_error.isVisible(), timeout=10000)
        assert ask.isVisible() and ask.password.text() == ""
        type_text(ask.password, SUPERVISOR_PASSWORD)
        press(ask.password, Qt.Key.Key_Return)
        import shiboken6
        qtbot.waitUntil(lambda: not shiboken6.isValid(ask) or not ask.isVisible(), timeout=10000)

        qtbot.waitUntil(lambda: desk.snapshot.status.rejected == 0, timeout=10000)
        qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=10000)
        assert panel.empty.isVisible()
        assert "разобрана" in panel.message.text()
        assert not desk.status.rejected.isVisible()
        row = ws.conn.execute("SELECT state, resolved_by FROM outbox WHERE resolved_at IS NOT NULL").fetchone()
        assert tuple(row) == ("rejected", SUPERVISOR_ID)  # kept, never dropped; who resolved it
    finally:
        desk.shutdown()


def test_a_refused_payment_is_sent_again_only_with_a_supervisors_password(desk_app, qtbot, fresh_ws):
    """Send again (after the cause was fixed at the SPC): the same body, the SPC decides again.
    It unblocks the day close, so a supervisor approves it at this desk; a teller cannot."""
    ws = fresh_ws
    seed_refused(ws, "1002003001", teller_of(ws))
    desk = open_desk(qtbot, ws, **FAST)
    try:
        qtbot.waitUntil(lambda: desk.snapshot is not None and desk.snapshot.status.rejected == 1,
                        timeout=20000)
        refused_id, attempts = ws.conn.execute("SELECT id, attempts FROM outbox "
                                               "WHERE state = 'rejected'").fetchone()
        press(desk, Qt.Key.Key_F6)
        panel = desk.queue_dialog
        qtbot.waitUntil(lambda: panel.loaded and panel.table.rowCount() == 1, timeout=10000)
        panel.table.selectRow(0)
        assert panel.send_again_button.isEnabled()
        panel.send_again_button.click()
        ask = panel.resolve_dialog
        qtbot.waitUntil(ask.isVisible, timeout=3000)
        ask.activateWindow()
        qtbot.waitUntil(ask.isActiveWindow, timeout=3000)
        assert ask.supervisor_id.hasFocus()   # no note to write for sending again
        # The teller's own password does not approve it.
        type_text(ask.supervisor_id, TELLER_ID)
        press(ask.supervisor_id, Qt.Key.Key_Return)
        type_text(ask.password, TELLER_PASSWORD)
        press(ask.password, Qt.Key.Key_Return)
        qtbot.waitUntil(ask.supervisor_error.isVisible, timeout=10000)
        assert "старш" in ask.supervisor_error.text(), ask.supervisor_error.text()
        assert ask.isVisible() and ask.supervisor_id.hasFocus()
        assert ask.password.text() == ""   # it was the wrong person's: typing again starts clean
        assert ws.conn.execute("SELECT state FROM outbox WHERE id = ?", (refused_id,)).fetchone()[0] \
            == "rejected"
        type_text(ask.supervisor_id, SUPERVISOR_ID)   # over the selected teller's id
        press(ask.supervisor_id, Qt.Key.Key_Return)
        type_text(ask.password, SUPERVISOR_PASSWORD)
        press(ask.password, Qt.Key.Key_Return)
        import shiboken6
        qtbot.waitUntil(lambda: not shiboken6.isValid(ask) or not ask.isVisible(), timeout=10000)
        # Sent again with the same key; the SPC still refuses the reading, so it is back.
        qtbot.waitUntil(lambda: ws.conn.execute("SELECT attempts FROM outbox WHERE id = ?",
                                                (refused_id,)).fetchone()[0] > attempts, timeout=15000)
        qtbot.waitUntil(lambda: desk.snapshot.status.rejected == 1, timeout=10000)
        entry = ws.conn.execute("SELECT actor, details FROM audit_log "
                                "WHERE action = 'payment.rejection_retried'").fetchone()
        assert entry["actor"] == SUPERVISOR_ID
    finally:
        desk.shutdown()


def test_a_wrong_token_shows_the_credentials_state(desk_app, qtbot, fresh_spc, tmp_path):
    good = make_ws(fresh_spc, tmp_path, workstation_id="ALM-09-W70")
    account = accounts.find_account(good, "1002003005")
    payments.accept_payment(good, payments.build_draft(account, None, {}, "20000"), teller_of(good), write_pdf=False)
    good.close()
    bad = make_ws(fresh_spc, tmp_path, workstation_id="ALM-09-W70", token="not-the-token")
    desk = open_desk(qtbot, bad, **FAST)
    try:
        qtbot.waitUntil(lambda: desk.status.state == "credentials", timeout=15000)
        assert desk.status.spc.text() == "Расчётный центр: учётные данные отклонены, позвоните в ИТ"
        assert desk.status.spc.objectName() == "spcAuth"
        assert desk.status.rejected.text() == "1 платёж приостановлен до исправления учётных данных"

        desk.open_queue()
        panel = desk.queue_dialog
        qtbot.waitUntil(lambda: panel.loaded and panel.table.rowCount() == 1, timeout=10000)
        assert panel.table.item(0, 0).text() == "Приостановлен: учётные данные"
        assert "учётные данные рабочего места" in panel.table.item(0, 6).text()
        assert panel.retry_button.isEnabled() and not panel.resolve_button.isEnabled()
        panel.retry_button.click()   # IT says it is fixed: the payment goes back in line...
        qtbot.waitUntil(lambda: "снова поставлен в очередь" in panel.message.text(), timeout=10000)
        # ...and, the token still being wrong, is parked again: nothing is lost.
        qtbot.waitUntil(lambda: tuple(bad.conn.execute("SELECT attempts >= 2, state FROM outbox").fetchone())
                        == (1, "attention"), timeout=15000)
        qtbot.waitUntil(lambda: desk.status.state == "credentials", timeout=15000)
    finally:
        desk.shutdown()
        bad.close()


def test_offline_too_long_warns_then_blocks_accept_with_the_reason(desk_app, qtbot, fresh_spc, tmp_path):
    clock = Clock()
    ws = make_ws(fresh_spc, tmp_path, clock=clock, connect_timeout=1.0, read_timeout=3.0,
                 offline_warn_seconds=3600, offline_block_seconds=86400)
    desk = open_desk(qtbot, ws, **FAST)
    try:
        look_up(qtbot, desk, "1002003005")          # online: now in the offline copy too
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        fresh_spc.stop()
        type_text(desk.payment_panel.tendered, "20000")
        press(desk.payment_panel.tendered, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)
        qtbot.waitUntil(lambda: desk.snapshot.status.waiting == 1 and desk.status.state == "offline",
                        timeout=15000)

        clock.when += timedelta(hours=2)             # a warning: prominent, not blocking
        qtbot.waitUntil(lambda: desk.snapshot.offline == "warn", timeout=10000)
        assert desk.banner.isVisible() and desk.banner.objectName() == "bannerWarn"
        assert "Продолжайте принимать платежи" in desk.banner.text.text()
        press(desk, Qt.Key.Key_F2)
        look_up(qtbot, desk, "1002003005")          # from the offline copy
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        assert desk.account.cached_at is not None
        type_text(desk.payment_panel.tendered, "20000")
        assert desk.payment_panel.accept_button.isEnabled()

        clock.when += timedelta(hours=23)            # over a day: new payments stop
        qtbot.waitUntil(lambda: desk.snapshot.offline == "block", timeout=10000)
        assert desk.banner.objectName() == "bannerBlock"
        reason = desk.banner.text.text()
        assert "Приём новых платежей остановлен" in reason and "больше 24 ч" in reason
        assert "ИТ-специалист филиала" in reason and "лимит работы без связи в настройках" in reason
        assert not desk.payment_panel.accept_button.isEnabled()
        assert "Приём новых платежей остановлен" in desk.payment_panel.message.text()
        press(desk.payment_panel.tendered, Qt.Key.Key_Return)
        press(desk, Qt.Key.Key_F9)
        qtbot.waitUntil(desk.task_runner.is_idle, timeout=5000)
        assert desk.mode != RECEIPT and len(stored_payments(ws)) == 1

        fresh_spc.start()                            # the queue drains and the desk opens again
        clock.when += timedelta(minutes=10)          # (this clock stands still: let the backoff pass)
        desk.sender_bridge.wake()
        qtbot.waitUntil(lambda: desk.snapshot.status.waiting == 0 and desk.snapshot.offline == "ok",
                        timeout=30000)
        assert not desk.banner.isVisible()
        assert desk.payment_panel.accept_button.isEnabled()
    finally:
        desk.shutdown()
        ws.close()


def test_the_refresher_fills_the_offline_copy_and_a_cached_account_is_marked(desk_app, qtbot, fresh_spc,
                                                                              fresh_ws):
    desk = open_desk(qtbot, fresh_ws, start_cache=True, **FAST)
    try:
        assert desk.cache_bridge.running
        qtbot.waitUntil(lambda: desk.cache_news is not None and desk.cache_news.report is not None
                        and (desk.cache_news.info or {}).get("count", 0) > 0, timeout=20000)
        count = desk.cache_news.info["count"]
        assert f"Сохранённая копия лицевых счетов: {count}" in desk.status.spc.toolTip()
        fresh_spc.stop()
        look_up(qtbot, desk, "1002003004")          # never looked up here: it came with the copy
        qtbot.waitUntil(desk.is_ready, timeout=15000)
        assert desk.account is not None and desk.account.cached_at is not None
        source = desk.account_bar.source
        assert source.isVisible() and source.objectName() == "source_cached"
        stamp = desk.account.cached_at.astimezone(fresh_ws.config.tz).strftime("%d.%m %H:%M")
        assert source.text().startswith(f"⚠ Сохранённые данные от {stamp} ("), source.text()
        assert QApplication.focusWidget() is desk.payment_panel.tendered

        desk.open_queue()
        assert "Сохранённая копия лицевых счетов:" in desk.queue_dialog.cache.text()
    finally:
        desk.shutdown()
    assert not desk.cache_bridge.running and not desk.sender_bridge.running


def test_a_clock_far_off_the_spc_is_pointed_out(desk_app, qtbot):
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.show()

    def status(skew):
        return QueueStatus(0, 0, 0, 0, None, None, True, None, {"clock_skew_seconds": skew})

    bar.set_queue_status(status(30.0))
    assert not bar.clock.isVisible()
    bar.set_queue_status(status(300.0))
    assert bar.clock.isVisible()
    assert bar.clock.text() == "⚠ Часы спешат на 5 мин"
    assert bar.clock.toolTip() == "Часы этого компьютера спешат относительно расчётного центра на 5 минут: позвоните в ИТ"
    bar.set_queue_status(status(-125.0))
    assert bar.clock.text() == "⚠ Часы отстают на 2 мин"
    assert "отстают от часов расчётного центра на 2 минуты" in bar.clock.toolTip()
