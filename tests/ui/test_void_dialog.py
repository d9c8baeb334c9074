"""The void dialog against a real SQLite workstation and the real reference SPC.

The payment is looked up at the SPC and accepted through the core as the desk
does; then the teller and the supervisor type into the dialog as they would.
Texts are checked in Russian where the translation has them; the dialog's own new
strings are checked through the widgets that show them.
"""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cashier import accounts, drawer, payments, sync
from cashier.storage.records import load_payment
from cashier.documents import void_slip
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, TELLER_PASSWORD, staff_desk
from tests.ui.desk import make_ws
from tests.ui.helpers import press, show_active, type_text
from ui import messages
from ui.common.operations import TaskRunner
from ui.dialogs.void import VoidDialog

FLOAT = 1_000_000
REASON = "Ошибка в номере лицевого счёта"


@pytest.fixture
def ws(spc_server, tmp_path):
    w = make_ws(spc_server, tmp_path, auto_print=False)
    yield w
    w.close()


@pytest.fixture
def staff(ws):
    return staff_desk(ws, FLOAT)


@pytest.fixture
def paid(ws, staff):
    account = accounts.find_account(ws, "1002003001")
    draft = payments.build_draft(account, None, {}, "10000")
    return payments.accept_payment(ws, draft, staff.teller, write_pdf=False)


@pytest.fixture
def host(desk_app, qtbot, ws):
    """What the desk gives a dialog: a parent with the task runner its ops run on."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws, widget)
    yield widget
    widget.task_runner.shutdown(10_000)


def open_dialog(qtbot, host, ws, teller, payment) -> VoidDialog:
    return show_active(qtbot, VoidDialog(host, ws, teller, payment))


def fill(dialog: VoidDialog, reason: str, supervisor_id: str, password: str) -> None:
    """Type as people do: the reason, Enter, the supervisor's id, Enter, the password, Enter."""
    dialog.reason.setFocus()
    type_text(dialog.reason, reason)
    press(dialog.reason, Qt.Key.Key_Return)
    assert dialog.supervisor_id.hasFocus()
    type_text(dialog.supervisor_id, supervisor_id)
    press(dialog.supervisor_id, Qt.Key.Key_Return)
    type_text(dialog.password, password)
    press(dialog.password, Qt.Key.Key_Return)


def wait_idle(qtbot, host, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and host.task_runner.is_idle(), timeout=15_000)


def status(ws, payment_id) -> str:
    return load_payment(ws, payment_id).status


def refunds(ws) -> list[dict]:
    session = drawer.current(ws.conn, ws.config.workstation_id)
    return [m for m in drawer.movements(ws.conn, session.session_id) if m["kind"] == "void_refund"]


def test_wrong_supervisor_password_is_refused_beside_the_password(qtbot, host, ws, staff, paid):
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    assert dialog.values["receipt_no"].text() == paid.receipt_no
    assert dialog.values["account"].text() == "1002003001"
    assert dialog.reason.hasFocus()
    fill(dialog, REASON, SUPERVISOR_ID, "not-the-password")
    # Argon2 runs in the background: the button says so and cannot be pressed twice.
    assert not dialog.void_button.isEnabled()
    assert dialog.void_button.text() == dialog.tr("Checking…")
    assert dialog.progress.isVisible()
    wait_idle(qtbot, host, dialog)
    assert dialog.password_error.isVisible()
    assert dialog.password_error.text() == messages.describe_code("approval_failed", {"left": 4})
    assert not dialog.supervisor_error.isVisible() and not dialog.reason_error.isVisible()
    # Only the password goes; the rest stays as typed, and the payment is untouched.
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert dialog.reason.text() == REASON and dialog.supervisor_id.text() == SUPERVISOR_ID
    assert dialog.void_button.isEnabled() and dialog.result_info is None
    assert status(ws, paid.payment_id) == "accepted"
    assert refunds(ws) == []
    # Typing the right password now voids it: nothing else had to be typed again.
    type_text(dialog.password, SUPERVISOR_PASSWORD)
    assert not dialog.password_error.isVisible()
    press(dialog.password, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    assert status(ws, paid.payment_id) == "voided"


def test_the_tellers_own_credentials_are_no_second_pair_of_eyes(qtbot, host, ws, staff, paid):
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    fill(dialog, REASON, TELLER_ID, TELLER_PASSWORD)
    wait_idle(qtbot, host, dialog)
    assert dialog.supervisor_error.isVisible()
    assert dialog.supervisor_error.text() == messages.describe_code("four_eyes")
    assert dialog.password.text() == "" and dialog.supervisor_id.hasFocus()
    assert status(ws, paid.payment_id) == "accepted" and refunds(ws) == []


def test_a_supervisor_at_the_desk_cannot_approve_their_own_void(qtbot, host, ws, staff, paid):
    dialog = open_dialog(qtbot, host, ws, staff.supervisor, paid)   # the core says four_eyes itself
    fill(dialog, REASON, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
    wait_idle(qtbot, host, dialog)
    assert dialog.supervisor_error.text() == messages.describe_code("four_eyes")
    assert status(ws, paid.payment_id) == "accepted"


def test_a_reason_is_required_before_anything_is_checked(qtbot, host, ws, staff, paid):
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    type_text(dialog.reason, "ой")
    press(dialog.reason, Qt.Key.Key_Return)
    assert dialog.reason_error.isVisible() and dialog.reason.hasFocus()
    # a reason too short is told so, with the length it needs (not "write a reason")
    assert dialog.reason_error.text() == messages.describe_code("reason_too_short", {"min": 5})
    assert "5" in dialog.reason_error.text()
    dialog.supervisor_id.setText(SUPERVISOR_ID)
    dialog.password.setText(SUPERVISOR_PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    assert not dialog.busy and host.task_runner.is_idle()   # nothing was started
    assert dialog.reason_error.isVisible() and dialog.password.text() == SUPERVISOR_PASSWORD
    audits = ws.conn.execute("SELECT COUNT(*) FROM audit_log "
                             "WHERE action LIKE 'void_approval%'").fetchone()[0]
    assert audits == 0 and status(ws, paid.payment_id) == "accepted"


def test_the_right_supervisor_voids_writes_the_slip_and_refunds_from_the_drawer(qtbot, host, ws, staff,
                                                                                  paid):
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    with qtbot.waitSignal(dialog.voided, timeout=15_000) as signal:
        fill(dialog, REASON, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
        assert dialog.void_button.text() == dialog.tr("Checking…")
        press(dialog, Qt.Key.Key_Escape)   # no way out while the void is being written
        assert dialog.isVisible()
    info = signal.args[0]
    wait_idle(qtbot, host, dialog)
    assert info["receipt_no"] == paid.receipt_no and info["payment_id"] == paid.payment_id
    assert info["supervisor_id"] == SUPERVISOR_ID and info["teller_id"] == TELLER_ID
    assert info["total"] == paid.total and info["slip_printed"] is False and info["slip_error"] is None
    assert status(ws, paid.payment_id) == "voided"
    # The refund left the drawer: the session holds its float again.
    assert [m["amount"] for m in refunds(ws)] == [-paid.total]
    session = drawer.current(ws.conn, ws.config.workstation_id)
    assert drawer.expected_cash(ws.conn, session.session_id) == FLOAT
    # The slip is in the archive; automatic printing is off, so it was only written.
    path = void_slip.void_slip_path(ws, load_payment(ws, paid.payment_id))
    assert info["slip_path"] == str(path) and path.is_file()
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert paid.receipt_no in text
    assert dialog.done_box.isVisible() and paid.receipt_no in dialog.done_text.text()
    assert path.name in dialog.slip_text.text().replace("\u200b", "")
    assert dialog.spc_note.isVisible() and dialog.print_button.isVisible()
    assert not dialog.void_button.isVisible() and dialog.password.text() == ""
    # The cancel waits in the outbox and reaches the SPC after its payment.
    assert ws.conn.execute("SELECT state FROM outbox WHERE kind = 'cancel'").fetchone()[0] == "waiting"
    assert sync.sync_once(ws).accepted == 2
    assert ws.conn.execute("SELECT state FROM outbox WHERE kind = 'cancel'").fetchone()[0] == "accepted"
    # Esc (or Enter on Close) leaves.
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_no_payment_given_the_teller_types_its_receipt_number(qtbot, host, ws, staff, paid):
    dialog = open_dialog(qtbot, host, ws, staff.teller, None)
    assert dialog.receipt_edit.hasFocus() and not dialog.card.isVisible()
    assert not dialog.void_button.isEnabled()
    type_text(dialog.receipt_edit, "99")
    press(dialog.receipt_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    assert dialog.receipt_error.isVisible() and "99" in dialog.receipt_error.text()
    assert dialog.payment is None and not dialog.void_button.isEnabled()
    dialog.receipt_edit.selectAll()
    type_text(dialog.receipt_edit, "1")   # today's first receipt of this workstation
    press(dialog.receipt_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, host, dialog)
    assert dialog.payment is not None and dialog.payment.payment_id == paid.payment_id
    assert dialog.receipt_edit.text() == paid.receipt_no and not dialog.receipt_error.isVisible()
    assert dialog.values["total"].text().replace("\u00a0", " ").startswith(
        f"{paid.total // 100:,}".replace(",", " "))
    assert dialog.reason.hasFocus() and dialog.void_button.isEnabled()
    with qtbot.waitSignal(dialog.voided, timeout=15_000):
        fill(dialog, REASON, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
    assert status(ws, paid.payment_id) == "voided"


def test_an_already_voided_payment_cannot_be_voided_again(qtbot, host, ws, staff, paid):
    from cashier.payments import voids
    voids.void_payment(ws, staff.teller, paid.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD, REASON)
    dialog = open_dialog(qtbot, host, ws, staff.teller, load_payment(ws, paid.payment_id))
    assert dialog.payment_state.isVisible()
    assert dialog.payment_state.text() == messages.describe_code("already_voided")
    assert not dialog.void_button.isEnabled() and not dialog.reason.isEnabled()


def test_a_failed_print_leaves_the_void_and_the_slip_and_offers_to_print_again(qtbot, host, ws, staff,
                                                                              paid):
    ws.config.auto_print = True
    ws.config.printer = "NoSuchPrinterHere"
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    with qtbot.waitSignal(dialog.voided, timeout=30_000) as signal:
        fill(dialog, REASON, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
    wait_idle(qtbot, host, dialog)
    info = signal.args[0]
    assert info["slip_printed"] is False and info["slip_error"].startswith("print_")
    assert status(ws, paid.payment_id) == "voided"
    assert info["slip_path"] and void_slip.void_slip_path(
        ws, load_payment(ws, paid.payment_id)).is_file()
    assert dialog.slip_text.objectName() == "formError"
    assert dialog.print_button.isVisible() and dialog.print_button.isEnabled()
    assert dialog.print_button.text() == dialog.tr("Print the slip")
    records = void_slip.void_slip_prints(ws, paid.payment_id)
    assert [r.state for r in records] == ["failed"]


def test_with_automatic_printing_the_slip_goes_to_the_real_printer(qtbot, host, ws, staff, paid):
    from tests.ui.test_teller_desk import QUEUE, cups_problem
    problem = cups_problem()
    if problem:
        pytest.fail(f"CUPS is not set up for printing: {problem}. `./run test` starts cupsd and "
                    f"creates {QUEUE}.", pytrace=False)
    ws.config.auto_print = True
    ws.config.printer = QUEUE
    dialog = open_dialog(qtbot, host, ws, staff.teller, paid)
    with qtbot.waitSignal(dialog.voided, timeout=60_000) as signal:
        fill(dialog, REASON, SUPERVISOR_ID, SUPERVISOR_PASSWORD)
    wait_idle(qtbot, host, dialog)
    assert signal.args[0]["slip_printed"] is True and signal.args[0]["slip_error"] is None
    assert dialog.slip_text.objectName() != "formError"
    assert [r.printer for r in void_slip.void_slip_prints(ws, paid.payment_id)] == [QUEUE]
    # Once the original went to the printer, the button prints a marked copy.
    assert dialog.print_button.text() == dialog.tr("Print a copy of the slip")
    dialog.print_button.click()
    wait_idle(qtbot, host, dialog)
    assert len(void_slip.void_slip_prints(ws, paid.payment_id)) == 2
    copy = void_slip.void_slip_path(ws, load_payment(ws, paid.payment_id), 1)
    assert copy.is_file() and dialog.print_button.isEnabled()
