"""The void and cash drawer dialogs rendered offscreen with realistic data, saved as PNGs.

For people to look at (artifacts/dialog-*.png, or $CASHIER_ARTIFACTS), in English
and in Russian, with the shipped translation (Russian runs longer than English, which
is what the layout must survive).

Besides the pictures, each state is checked for text that does not fit: a label or
button narrower than its text, or a word-wrapped label shorter than its lines.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from cashier import drawer, payments
from cashier.payments import voids
from cashier.config import Config
from cashier.model import Account
from cashier.workstation import Workstation
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk
from tests.ui.helpers import ACCOUNT_BODY, press, show_active, type_text
from ui.dialogs.drawer import DrawerDialog
from ui.common.operations import TaskRunner
from ui.screenshot import distinct_colors
from ui.common.style import STYLESHEET
from ui.dialogs.void import VoidDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["en", "ru"])
def language(request, desk_app):
    from ui.app import install_translators
    install_translators(desk_app, request.param)
    yield request.param
    install_translators(desk_app, "ru")


@pytest.fixture
def ws(tmp_path):
    cfg = Config(home=tmp_path / "ws", workstation_id="ALM-01-W03", teller_id="t.test",
                 spc_url="http://127.0.0.1:9/", auto_print=False)
    with Workstation(cfg, token="t") as w:
        yield w


@pytest.fixture
def host(desk_app, qtbot, ws):
    widget = QWidget()
    widget.setStyleSheet(STYLESHEET)   # as the desk window does: its dialogs inherit it
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws, widget)
    yield widget
    widget.task_runner.shutdown(10_000)


def artifacts_dir() -> Path:
    path = Path(os.environ.get("CASHIER_ARTIFACTS") or ROOT / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


show = show_active


def settle(qtbot, host, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and host.task_runner.is_idle(), timeout=15_000)
    QApplication.processEvents()   # the layout requests the dialogs grow on


def not_fitting(dialog: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit in the room they got."""
    problems = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(f"wrapped label cut: {widget.text()[:60]!r} "
                                    f"({widget.width()}x{widget.height()})")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"label too narrow: {widget.text()[:60]!r} "
                                f"({widget.width()} < {widget.minimumSizeHint().width()})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"button too narrow: {widget.text()!r}")
    return problems


def save(dialog: QWidget, name: str, language: str) -> Path:
    QApplication.processEvents()   # what the teller's key did is laid out before the picture
    path = artifacts_dir() / f"dialog-{name}-{language}.png"
    assert dialog.grab().save(str(path)), path
    image = QImage(str(path))
    assert not image.isNull() and distinct_colors(image, step=2) >= 8, "the picture is blank"
    return path


def take_payment(ws, staff, tendered: str = "5000"):
    account = Account.from_wire(ACCOUNT_BODY)
    draft = payments.build_draft(account, None, {}, tendered)
    return payments.accept_payment(ws, draft, staff.teller, write_pdf=False)


def test_void_dialog_states(qtbot, host, ws, language):
    staff = staff_desk(ws, 20_000_00)
    paid = take_payment(ws, staff)
    # A wrong password, as the teller sees it.
    dialog = VoidDialog(host, ws, staff.teller, paid)
    show(qtbot, dialog)
    type_text(dialog.reason, "Ошибка в номере лицевого счёта, деньги возвращены")
    press(dialog.reason, Qt.Key.Key_Return)
    type_text(dialog.supervisor_id, SUPERVISOR_ID)
    press(dialog.supervisor_id, Qt.Key.Key_Return)
    type_text(dialog.password, "wrong-password")
    press(dialog.password, Qt.Key.Key_Return)
    settle(qtbot, host, dialog)
    assert dialog.password_error.isVisible()
    save(dialog, "void-wrong-password", language)
    assert not_fitting(dialog) == []
    # Voided: the slip written, the SPC note.
    type_text(dialog.password, SUPERVISOR_PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_info is not None and "slip_path" in dialog.result_info,
                    timeout=15_000)
    settle(qtbot, host, dialog)
    save(dialog, "void-done", language)
    assert not_fitting(dialog) == []
    dialog.close()
    # No payment given: the receipt number is typed.
    other = take_payment(ws, staff, "4000")
    lookup = VoidDialog(host, ws, staff.teller, None)
    show(qtbot, lookup)
    type_text(lookup.receipt_edit, other.receipt_no.rsplit("-", 1)[1].lstrip("0"))
    press(lookup.receipt_edit, Qt.Key.Key_Return)
    settle(qtbot, host, lookup)
    assert lookup.payment is not None
    type_text(lookup.reason, "ой")
    press(lookup.reason, Qt.Key.Key_Return)
    save(lookup, "void-lookup", language)
    assert not_fitting(lookup) == []
    lookup.close()


def test_drawer_dialog_states(qtbot, host, ws, language):
    staff = staff_desk(ws, open_session=False)
    closed = DrawerDialog(host, ws, staff.teller)
    show(qtbot, closed)
    settle(qtbot, host, closed)
    type_text(closed.float_edit, "двадцать")
    press(closed.float_edit, Qt.Key.Key_Return)
    save(closed, "drawer-no-session", language)
    assert not_fitting(closed) == []
    closed.close()

    drawer.open_session(ws.conn, ws.now(), staff.teller, ws.config.workstation_id, ws.now().date(),
                        20_000_00)
    take_payment(ws, staff, "5000")
    undone = take_payment(ws, staff, "10000")
    voids.void_payment(ws, staff.teller, undone.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "ошибка в сумме")
    drawer.handover(ws.conn, ws.now(), staff.teller, ws.config.workstation_id, 15_000_00,
                    "сумка 0412")
    dialog = DrawerDialog(host, ws, staff.teller)
    show(qtbot, dialog)
    settle(qtbot, host, dialog)
    type_text(dialog.handover_amount, "100000")
    press(dialog.handover_amount, Qt.Key.Key_Return)
    press(dialog.handover_note, Qt.Key.Key_Return)
    settle(qtbot, host, dialog)
    assert dialog.handover_error.isVisible()
    dialog.counted.setFocus()
    type_text(dialog.counted, "8 700")
    press(dialog.counted, Qt.Key.Key_Return)
    settle(qtbot, host, dialog)
    assert dialog.close_note.hasFocus() and dialog.difference.isVisible()
    save(dialog, "drawer-open", language)
    assert not_fitting(dialog) == []
    dialog.close()

    other = DrawerDialog(host, ws, staff_desk(ws, teller_id="t.other", open_session=False).teller)
    show(qtbot, other)
    settle(qtbot, host, other)
    save(other, "drawer-other-teller", language)
    assert not_fitting(other) == []
    other.close()


# -- the bank's cash controls (issue 13) -------------------------------------------------------------

def test_drawer_dialog_above_the_warning_level(qtbot, tmp_path, desk_app, language):
    """The drawer above its warning level, the handover filled in, a large difference typed:
    a supervisor's approval asked for below the forms."""
    cfg = Config(home=tmp_path / "limits", workstation_id="ALM-01-W04", teller_id="t.test",
                 spc_url="http://127.0.0.1:9/", auto_print=False,
                 drawer_warning_level=100_000_00, drawer_hard_limit=150_000_00,
                 close_difference_approval_above=1_000_00)
    with Workstation(cfg, token="t") as ws:
        widget = QWidget()
        widget.setStyleSheet(STYLESHEET)
        qtbot.addWidget(widget)
        widget.task_runner = TaskRunner(ws, widget)
        try:
            staff = staff_desk(ws, 98_000_00)
            take_payment(ws, staff, "10000")
            take_payment(ws, staff, "5000")
            dialog = DrawerDialog(widget, ws, staff.teller)
            show(qtbot, dialog)
            settle(qtbot, widget, dialog)
            assert dialog.limit_panel.isVisible() and dialog.handover_amount.text()
            save(dialog, "drawer-warning", language)
            assert not_fitting(dialog) == []
            dialog.counted.setFocus()
            type_text(dialog.counted, "100000")
            type_text(dialog.close_note, "пересчитано дважды")
            assert dialog.approval.isVisible()
            save(dialog, "drawer-approval", language)
            assert not_fitting(dialog) == []
            dialog.close()
        finally:
            widget.task_runner.shutdown(10_000)


def test_blind_day_close_before_and_after_the_count(qtbot, fresh_spc, tmp_path, desk_app, language):
    from cashier import accounts, sync
    from spc.demo import DEMO_ACCOUNTS
    from tests.ui.desk import make_ws
    from ui.dialogs.day_close import DayCloseDialog
    ws = make_ws(fresh_spc, tmp_path, blind_count=True)
    widget = QWidget()
    widget.setStyleSheet(STYLESHEET)
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws, widget)
    try:
        staff = staff_desk(ws, 50_000_00)
        account = accounts.find_account(ws, DEMO_ACCOUNTS["no_meters"])
        code = next(s.code for s in account.services if s.amount_due > 0)
        payments.accept_payment(ws, payments.build_draft(account, {code: "1000"}, {}, "1000"),
                                staff.teller, write_pdf=False)
        sync.sync_once(ws)
        dialog = DayCloseDialog(widget, ws, staff.supervisor)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.status is not None and dialog.reconciliation is not None,
                        timeout=15_000)
        for key, pieces in (("note_20000", "2"), ("note_5000", "1"), ("note_1000", "5")):
            type_text(dialog.count_edits[key], pieces)
        save(dialog, "day-close-blind-before", language)
        assert not_fitting(dialog) == []
        dialog.totals.submit_button.click()
        qtbot.waitUntil(lambda: dialog.count_record is not None, timeout=10_000)
        save(dialog, "day-close-blind-after", language)
        assert not_fitting(dialog) == []
        dialog.close()
    finally:
        widget.task_runner.shutdown(10_000)
        ws.close()


def test_drawer_dialog_counting_blind(qtbot, tmp_path, desk_app, language):
    cfg = Config(home=tmp_path / "blind", workstation_id="ALM-01-W04", teller_id="t.test",
                 spc_url="http://127.0.0.1:9/", auto_print=False, blind_count=True,
                 drawer_warning_level=100_000_00, drawer_hard_limit=150_000_00)
    with Workstation(cfg, token="t") as ws:
        widget = QWidget()
        widget.setStyleSheet(STYLESHEET)
        qtbot.addWidget(widget)
        widget.task_runner = TaskRunner(ws, widget)
        try:
            staff = staff_desk(ws, 30_000_00)
            take_payment(ws, staff, "5000")
            dialog = DrawerDialog(widget, ws, staff.teller)
            show(qtbot, dialog)
            settle(qtbot, widget, dialog)
            dialog.counted.setFocus()
            type_text(dialog.counted, "33 000")
            save(dialog, "drawer-blind-before", language)
            assert not_fitting(dialog) == []
            press(dialog.counted, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.revealed is not None, timeout=10_000)
            settle(qtbot, widget, dialog)
            save(dialog, "drawer-blind-after", language)
            assert not_fitting(dialog) == []
            dialog.close()
        finally:
            widget.task_runner.shutdown(10_000)
