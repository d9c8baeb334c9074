"""The bank's cash controls at the desk's window (issue 13), on a real SQLite workstation:

- F11 shows the drawer against its warning level and hard limit and fills in the handover;
- counting blind: no expected figure nor running difference before the count is submitted
  (F11 and F12), the difference after, a recount recorded as such;
- a large difference: a supervisor's user id and password at the teller's desk (four eyes);
- the status bar's drawer indicator and the branch view's cash cell.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cashier import accounts, drawer, money, payments, sync
from cashier.config import Config
from cashier.model import Account
from cashier.sync.branch_view import BranchView, DeskRow, DeskSession
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, staff_desk)
from tests.ui.desk import make_ws
from tests.ui.helpers import ACCOUNT_BODY, press, replace_text, show_active, type_text, wait_drawer_idle
from ui.common.operations import TaskRunner
from ui.common.style import ERROR, WARNING
from ui.desk.status_bar import DeskStatusBar
from ui.dialogs.branch_view import COL_CASH, BranchDialog
from ui.dialogs.day_close import DayCloseDialog
from ui.dialogs.drawer import DrawerDialog

WS_ID = "ALM-01-W06"


def shown(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2009", " ")


def amount(minor: int) -> str:
    return shown(money.format_amount(minor, "KZT"))


def workstation(tmp_path, **settings) -> Workstation:
    cfg = Config(home=tmp_path / "ws", workstation_id=WS_ID, teller_id=TELLER_ID,
                 spc_url="http://127.0.0.1:9/", auto_print=False, **settings)
    return Workstation(cfg, token="t")


@pytest.fixture
def host(desk_app, qtbot):
    made = []

    def make(ws):
        widget = QWidget()
        qtbot.addWidget(widget)
        widget.task_runner = TaskRunner(ws, widget)
        made.append(widget)
        return widget
    yield make
    for widget in made:
        widget.task_runner.shutdown(10_000)


def drawer_dialog(qtbot, widget, ws, user) -> DrawerDialog:
    dialog = show_active(qtbot, DrawerDialog(widget, ws, user))
    idle(qtbot, widget, dialog)
    return dialog


idle = wait_drawer_idle


def take(ws, teller, tendered: str = "5000"):
    draft = payments.build_draft(Account.from_wire(ACCOUNT_BODY), None, {}, tendered)
    return payments.accept_payment(ws, draft, teller, write_pdf=False)


# -- cash limits -------------------------------------------------------------------------------

def test_above_the_warning_level_the_dialog_fills_in_the_handover(qtbot, host, tmp_path):
    with workstation(tmp_path, drawer_warning_level=100_000_00, drawer_hard_limit=150_000_00) as ws:
        widget = host(ws)
        staff = staff_desk(ws, 100_000_00)
        take(ws, staff.teller)
        surplus = drawer.drawer_state(ws).expected - 100_000_00
        dialog = drawer_dialog(qtbot, widget, ws, staff.teller)
        panel = dialog.limit_panel
        assert panel.isVisible()
        assert amount(surplus) in shown(panel.level.text())
        assert WARNING in panel.level.styleSheet()
        assert amount(100_000_00) in shown(panel.limits.text())
        assert amount(150_000_00) in shown(panel.limits.text())
        assert money.parse_amount(dialog.handover_amount.text()) == surplus   # filled in
        assert dialog.handover_amount.hasFocus()
        with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
            press(dialog.handover_amount, Qt.Key.Key_Return)
            type_text(dialog.handover_note, "bag 0412")
            press(dialog.handover_note, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert drawer.drawer_state(ws).level == "ok"
        assert dialog.handover_amount.text() == ""          # nothing to hand over any more
        assert panel.level.text() == dialog.limit_panel.tr("Within the bank's cash limits.")


def test_above_the_hard_limit_the_dialog_says_so_in_red(qtbot, host, tmp_path):
    with workstation(tmp_path, drawer_warning_level=10_000_00, drawer_hard_limit=20_000_00) as ws:
        widget = host(ws)
        staff = staff_desk(ws, 25_000_00)
        dialog = drawer_dialog(qtbot, widget, ws, staff.teller)
        assert ERROR in dialog.limit_panel.level.styleSheet()
        assert amount(15_000_00) in shown(dialog.limit_panel.level.text())
        assert money.parse_amount(dialog.handover_amount.text()) == 15_000_00


def test_no_limits_no_panel(qtbot, host, tmp_path):
    with workstation(tmp_path) as ws:
        widget = host(ws)
        dialog = drawer_dialog(qtbot, widget, ws, staff_desk(ws, 1_000_000_00).teller)
        assert not dialog.limit_panel.isVisible() and dialog.handover_amount.text() == ""


def test_the_status_bar_shows_the_drawers_level(desk_app, qtbot):
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_drawer_level("ok")
    assert not bar.drawer.isVisible()
    bar.set_drawer_level("warning")
    assert bar.drawer.isVisible() and WARNING in bar.drawer.styleSheet()
    assert "F11" in bar.drawer.text()
    bar.set_drawer_level("over")
    assert bar.drawer.isVisible() and ERROR in bar.drawer.styleSheet()
    assert "₸" not in bar.drawer.text() + bar.drawer.toolTip()   # no amount: blind counts
    bar.set_drawer_level("ok")
    assert not bar.drawer.isVisible()


def test_the_branch_views_cash_cell_is_coloured_by_this_desks_limits(qtbot, host, tmp_path):
    with workstation(tmp_path, drawer_warning_level=100_000_00,
                     drawer_hard_limit=150_000_00) as ws:
        widget = host(ws)
        staff = staff_desk(ws)
        dialog = BranchDialog(widget, ws, staff.supervisor)
        qtbot.addWidget(dialog)
        now = datetime.now(timezone.utc)

        def desk(ws_id: str, cash: int) -> DeskRow:
            return DeskRow(ws_id, now, "t.x", 1, "open",
                           DeskSession("s-" + ws_id, "t.x", now, 0, cash, 0, 0, 0, cash),
                           0, 0, 0, 0, None)
        dialog.view = BranchView("ALM-01", now.date(), now,
                                 [desk("W1", 50_000_00), desk("W2", 120_000_00),
                                  desk("W3", 160_000_00)])
        dialog._render()
        cells = [dialog.table.item(row, COL_CASH) for row in range(3)]
        colours = [cell.foreground().color().name() for cell in cells]
        assert colours[1] == WARNING and colours[2] == ERROR and colours[0] not in (WARNING, ERROR)
        assert all(amount(100_000_00) in shown(cell.toolTip()) for cell in cells)
        assert all(amount(150_000_00) in shown(cell.toolTip()) for cell in cells)


# -- counting blind at F11 -------------------------------------------------------------------------

def test_a_blind_count_hides_the_expected_until_submitted_and_a_recount_is_recorded(
        qtbot, host, tmp_path):
    with workstation(tmp_path, blind_count=True) as ws:
        widget = host(ws)
        staff = staff_desk(ws, 30_000_00)
        dialog = drawer_dialog(qtbot, widget, ws, staff.teller)
        # Nothing on screen tells the expected cash.
        assert not dialog.card.isVisible() and dialog.blind_note.isVisible()
        visible = " ".join(shown(w.text()) for w in dialog.findChildren(type(dialog.owner))
                           if w.isVisible())
        assert amount(30_000_00) not in visible
        dialog.counted.setFocus()
        type_text(dialog.counted, "29000")
        assert not dialog.difference.isVisible()                 # no running difference
        assert dialog.close_session_button.isEnabled()
        assert dialog.close_session_button.text() == dialog.tr("Submit the count")
        press(dialog.counted, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.revealed is not None, timeout=10_000)
        idle(qtbot, widget, dialog)
        # Shown now: the expected cash and the difference; the count stands as typed.
        assert dialog.card.isVisible() and not dialog.blind_note.isVisible()
        assert dialog.difference.isVisible() and amount(30_000_00) in shown(dialog.difference.text())
        assert amount(1_000_00) in shown(dialog.difference.text())
        assert dialog.counted.isReadOnly() and dialog.recount_button.isVisible()
        assert dialog.close_note.hasFocus() and not dialog.close_session_button.isEnabled()
        assert drawer.current(ws.conn, ws.config.workstation_id) is not None
        # Recount: hidden again, the next attempt.
        dialog.recount_button.click()
        idle(qtbot, widget, dialog)
        assert not dialog.card.isVisible() and dialog.counted.text() == ""
        assert dialog.counted.hasFocus() and not dialog.counted.isReadOnly()
        type_text(dialog.counted, "29500")
        press(dialog.counted, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.revealed is not None, timeout=10_000)
        idle(qtbot, widget, dialog)
        assert dialog.revealed.attempt == 2 and dialog.revealed.recount
        type_text(dialog.close_note, "не хватает 500, пересчитано")
        with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
            press(dialog.close_note, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert drawer.current(ws.conn, ws.config.workstation_id) is None
        counted = [json.loads(r[0]) for r in ws.conn.execute(
            "SELECT details FROM audit_log WHERE action = 'cash.counted' ORDER BY id")]
        assert [(d["attempt"], d["counted"], d["blind"], d["recount"]) for d in counted] == \
            [(1, "29000.00", True, False), (2, "29500.00", True, True)]


def test_an_exact_blind_count_closes_at_once(qtbot, host, tmp_path):
    with workstation(tmp_path, blind_count=True) as ws:
        widget = host(ws)
        dialog = drawer_dialog(qtbot, widget, ws, staff_desk(ws, 3_000_00).teller)
        dialog.counted.setFocus()
        type_text(dialog.counted, "3000")
        with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
            press(dialog.counted, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert dialog.pages.currentWidget() is dialog.closed_page
        assert amount(3_000_00) in shown(dialog.notice.text())
        assert ws.conn.execute("SELECT COUNT(*) FROM cash_counts").fetchone()[0] == 1


# -- a supervisor approves a large difference at F11 --------------------------------------------------

def test_a_large_difference_asks_for_another_supervisor(qtbot, host, tmp_path):
    with workstation(tmp_path, close_difference_approval_above=500_00) as ws:
        widget = host(ws)
        staff = staff_desk(ws, 10_000_00)
        dialog = drawer_dialog(qtbot, widget, ws, staff.teller)
        dialog.counted.setFocus()
        type_text(dialog.counted, "9600")                 # short by 400: no approval
        assert not dialog.approval.isVisible()
        replace_text(dialog.counted, "9000")              # short by 1 000: a supervisor
        assert dialog.approval.isVisible()
        assert amount(500_00) in shown(dialog.approval.reason.text())
        type_text(dialog.close_note, "не хватает 1000")
        press(dialog.close_note, Qt.Key.Key_Return)       # not closed: the supervisor is next
        assert dialog.approval.user_id.hasFocus()
        assert drawer.current(ws.conn, ws.config.workstation_id) is not None
        # The teller's own id: refused, four eyes.
        type_text(dialog.approval.user_id, TELLER_ID)
        press(dialog.approval.user_id, Qt.Key.Key_Return)
        type_text(dialog.approval.password, "teller-pass-1")
        press(dialog.approval.password, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert dialog.approval.fields.user_id_error.isVisible()
        # A wrong password: beside the password, counted at this desk.
        replace_text(dialog.approval.user_id, SUPERVISOR_ID)
        type_text(dialog.approval.password, "wrong-password")
        press(dialog.approval.password, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert dialog.approval.fields.password_error.isVisible()
        assert dialog.approval.password.text() == ""
        assert ws.conn.execute("SELECT failures FROM approval_attempts WHERE user_id = ?",
                               (SUPERVISOR_ID,)).fetchone()[0] == 1
        type_text(dialog.approval.password, SUPERVISOR_PASSWORD)
        with qtbot.waitSignal(dialog.session_changed, timeout=10_000):
            press(dialog.approval.password, Qt.Key.Key_Return)
        idle(qtbot, widget, dialog)
        assert dialog.pages.currentWidget() is dialog.closed_page
        assert not dialog.approval.isVisible()
        actor, details = ws.conn.execute("SELECT actor, details FROM audit_log WHERE "
                                         "action = 'session.closed'").fetchone()
        assert (actor, json.loads(details)["approved_by"]) == (TELLER_ID, SUPERVISOR_ID)


# -- counting blind at F12 ------------------------------------------------------------------------

@pytest.fixture
def day_ws(fresh_spc, tmp_path):
    w = make_ws(fresh_spc, tmp_path, blind_count=True)
    staff = staff_desk(w, 50_000_00)
    account = accounts.find_account(w, DEMO_ACCOUNTS["no_meters"])
    code = next(s.code for s in account.services if s.amount_due > 0)
    payments.accept_payment(w, payments.build_draft(account, {code: "1000"}, {}, "1000"),
                            staff.teller, write_pdf=False)
    sync.sync_once(w)
    yield w, staff
    w.close()


def test_a_blind_day_close_shows_the_expected_only_after_the_count(qtbot, host, day_ws):
    ws, staff = day_ws
    widget = host(ws)
    dialog = DayCloseDialog(widget, ws, staff.supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status is not None and dialog.reconciliation is not None,
                    timeout=15_000)
    assert amount(51_000_00) not in shown(dialog.expected.text())
    assert not dialog.breakdown.isVisible() and dialog.difference.text() == "—"
    assert dialog.totals.submit_button.isVisible() and not dialog.close_button.isEnabled()
    type_text(dialog.count_edits["note_20000"], "2")
    type_text(dialog.count_edits["note_10000"], "1")
    assert dialog.difference.text() == "—"                   # no running difference
    dialog.totals.submit_button.click()
    qtbot.waitUntil(lambda: dialog.count_record is not None, timeout=10_000)
    assert shown(dialog.expected.text()) == amount(51_000_00)
    assert amount(1_000_00) in shown(dialog.difference.text())
    assert dialog.breakdown.isVisible() and dialog.totals.recount_button.isVisible()
    assert not dialog.close_button.isEnabled()               # a difference needs a note
    # Recount: the expected hidden again, the grid empty.
    dialog.totals.recount_button.click()
    assert amount(51_000_00) not in shown(dialog.expected.text())
    assert all(e.text() == "" for e in dialog.count_edits.values())
    for key, pieces in (("note_20000", "2"), ("note_10000", "1"), ("note_1000", "1")):
        type_text(dialog.count_edits[key], pieces)
    dialog.totals.submit_button.click()
    qtbot.waitUntil(lambda: dialog.count_record is not None, timeout=10_000)
    assert dialog.count_record.attempt == 2 and dialog.count_record.difference == 0
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=5_000)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15_000)
    rows = ws.conn.execute("SELECT attempt, counted, blind FROM cash_counts WHERE scope = 'day' "
                           "ORDER BY attempt").fetchall()
    assert [tuple(r) for r in rows] == [(1, 50_000_00, 1), (2, 51_000_00, 1)]


def test_the_desk_window_shows_the_drawer_above_its_warning_level(qtbot, desk_app, spc_server,
                                                                   tmp_path):
    from tests.ui.desk import open_desk
    from ui.common.operations import Changes
    ws = make_ws(spc_server, tmp_path, drawer_warning_level=10_000_00, drawer_hard_limit=20_000_00)
    staff = staff_desk(ws, 15_000_00)
    desk = open_desk(qtbot, ws, user=staff.teller, start_sender=False)
    try:
        qtbot.waitUntil(lambda: desk.status.drawer.isVisible(), timeout=10_000)
        assert WARNING in desk.status.drawer.styleSheet()
        drawer.hand_over(ws, staff.teller, 5_000_00)
        desk.on_changes(Changes.SESSION)
        qtbot.waitUntil(lambda: not desk.status.drawer.isVisible(), timeout=10_000)
        take(ws, staff.teller, "5000")               # a payment's cash: the window reads again
        desk.on_changes(Changes.QUEUE)
        qtbot.waitUntil(lambda: desk.status.drawer.isVisible(), timeout=10_000)
    finally:
        desk.shutdown()
        ws.close()
