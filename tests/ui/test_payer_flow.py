"""The bank's controls at the window, against the real SPC: F9 on a large payment asks for
the payer (a wrong IIN is refused beside the field, a right one is shown masked), a
returning payer is one field, a larger one asks a supervisor too, and a listed payer
stops the payment with a message the teller cannot miss. Screenshots in artifacts/."""

from __future__ import annotations

import json
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cashier.controls.iin import valid_iin_for
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD
from tests.ui.desk import look_up, make_ws, open_desk, payments
from tests.ui.helpers import press, replace_text, type_text
from tests.ui.test_screenshot_xvfb import artifacts_dir
from ui.dialogs.approved_act import ApprovedActDialog
from ui.dialogs.payer import PayerDialog

IIN = valid_iin_for(date(1985, 3, 14), "male", 1234)
LISTED = valid_iin_for(date(1979, 11, 2), "female", 4321)


@pytest.fixture
def desk(desk_app, qtbot, spc_server, tmp_path):
    sanctions = tmp_path / "sanctions.csv"
    sanctions.write_text(f"iin;name;birth_date\n{LISTED};Сидорова Анна;1979-11-02\n",
                         encoding="utf-8")
    ws = make_ws(spc_server, tmp_path, identify_payer_above=500_000_00,
                 supervisor_approval_above=800_000_00, overpay_confirm_ratio=0,
                 auto_print=False, sanctions_list=str(sanctions))
    window = open_desk(qtbot, ws)
    yield window
    window.shutdown()
    ws.close()


def _load(qtbot, desk, number: str, amount: str, code: str | None = None) -> None:
    """The account on screen with `amount` on one service (`code`, else its first), the
    other services left at nothing."""
    desk.activateWindow()   # a closed dialog gives the window back (the window manager's job)
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    look_up(qtbot, desk, number)
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    code = code or desk.account.services[0].code
    for service in desk.account.services:
        editor = desk.table.editor_for(f"amount:{service.code}")
        if editor is not None:
            replace_text(editor, amount if service.code == code else "")


def _pay(qtbot, desk, amount: str) -> None:
    _load(qtbot, desk, "1002003001", amount, "HEAT")
    replace_text(desk.payment_panel.tendered, str(int(amount) + 5000))   # the fee, and change
    press(desk.payment_panel.tendered, Qt.Key.Key_F9)


def _identify(dialog, iin: str = IIN, name: str = "Ахметов Ерлан", doc: str = "043256789",
              issued: str = "15.03.2019") -> None:
    """The payer's details typed as the teller does, then Enter."""
    type_text(dialog.iin, iin)
    type_text(dialog.name, name)
    type_text(dialog.doc_number, doc)
    type_text(dialog.doc_issued, issued)
    press(dialog.doc_issued, Qt.Key.Key_Return)


def _approve(approve, password: str = SUPERVISOR_PASSWORD) -> None:
    """The supervisor's id, Enter, their password, Enter."""
    type_text(approve.supervisor_id, SUPERVISOR_ID)
    press(approve.supervisor_id, Qt.Key.Key_Return)
    type_text(approve.password, password)
    press(approve.password, Qt.Key.Key_Return)


def _dialog(qtbot, desk, kind):
    qtbot.waitUntil(lambda: isinstance(desk.entry.controls.dialog, kind)
                    and shiboken6.isValid(desk.entry.controls.dialog)
                    and desk.entry.controls.dialog.isVisible(), timeout=10000)
    return desk.entry.controls.dialog


def _shot(widget, name: str) -> None:
    widget.grab().save(str(artifacts_dir() / name))


def test_a_large_payment_asks_for_the_payer_then_is_taken(desk, qtbot):
    _pay(qtbot, desk, "600000")
    dialog = _dialog(qtbot, desk, PayerDialog)
    assert payments(desk.ws) == []
    type_text(dialog.iin, IIN[:11] + str((int(IIN[11]) + 1) % 10))   # one digit wrong
    qtbot.waitUntil(lambda: dialog.errors["payer_iin"].isVisible(), timeout=3000)
    assert "ИИН" in dialog.errors["payer_iin"].text() or "IIN" in dialog.errors["payer_iin"].text()
    _shot(dialog, "payer-wrong-iin.png")
    replace_text(dialog.iin, IIN)
    qtbot.waitUntil(lambda: dialog.iin_shown.isVisible(), timeout=3000)
    assert dialog.iin_shown.text() == IIN[:4] + "******" + IIN[10:] and IIN not in \
        dialog.iin_shown.text()
    type_text(dialog.name, "Ахметов Ерлан Серикович")
    type_text(dialog.doc_number, "043256789")
    type_text(dialog.doc_issued, "31.02.2019")
    press(dialog.doc_issued, Qt.Key.Key_Return)
    assert dialog.errors["payer_doc_issued"].isVisible() and payments(desk.ws) == []
    replace_text(dialog.doc_issued, "15.03.2019")
    _shot(dialog, "payer-identify.png")
    press(dialog.doc_issued, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(payments(desk.ws)) == 1, timeout=10000)
    row = payments(desk.ws)[0]
    assert row["payer_iin"] == IIN and json.loads(row["payer"])["doc_issued"] == "2019-03-15"

    # the same payer again: the IIN alone brings the rest back
    qtbot.waitUntil(lambda: desk.mode == "receipt", timeout=5000)
    _pay(qtbot, desk, "600000")
    dialog = _dialog(qtbot, desk, PayerDialog)
    type_text(dialog.iin, IIN)
    qtbot.waitUntil(lambda: dialog.name.text() == "Ахметов Ерлан Серикович", timeout=5000)
    assert dialog.known.isVisible() and dialog.doc_number.text() == "043256789"
    press(dialog.doc_issued, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(payments(desk.ws)) == 2, timeout=10000)
    assert desk.ws.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = "
                                "'payer.recalled'").fetchone()[0] == 1


def test_a_larger_one_needs_a_supervisor_too(desk, qtbot):
    _pay(qtbot, desk, "900000")
    _identify(_dialog(qtbot, desk, PayerDialog))
    approve = _dialog(qtbot, desk, ApprovedActDialog)
    assert payments(desk.ws) == []
    _approve(approve, "wrong-password")
    qtbot.waitUntil(lambda: approve.password_error.isVisible(), timeout=10000)
    assert payments(desk.ws) == []
    _shot(approve, "payer-approval.png")
    type_text(approve.password, SUPERVISOR_PASSWORD)
    press(approve.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(payments(desk.ws)) == 1, timeout=10000)
    assert payments(desk.ws)[0]["approved_by"] == SUPERVISOR_ID
    qtbot.waitUntil(lambda: desk.mode == "receipt", timeout=5000)


def test_a_listed_payer_stops_the_payment(desk, qtbot):
    _pay(qtbot, desk, "600000")
    _identify(_dialog(qtbot, desk, PayerDialog), LISTED, "Другая Фамилия", "N12345678",
              "01.02.2015")
    box = _dialog(qtbot, desk, QMessageBox)
    assert "комплаенс" in box.text().lower() or "compliance" in box.text().lower()
    _shot(desk, "payer-sanctions.png")
    _shot(box, "payer-sanctions-box.png")
    assert payments(desk.ws) == []
    assert desk.ws.conn.execute("SELECT COUNT(*) FROM aml_events").fetchone()[0] == 1
    box.close()
    QApplication.processEvents()


def test_a_basket_above_the_approval_is_approved_and_taken_whole(desk, qtbot):
    """Two accounts of one customer, 450 000 ₸ each: the customer is identified and a
    supervisor approves the whole basket, which is taken in one go with its card part."""
    _load(qtbot, desk, "1002003001", "450000")
    press(desk, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(desk.entry.basket) == 1, timeout=3000)
    _load(qtbot, desk, "1002003004", "450000")
    panel = desk.payment_panel
    press(desk, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(panel.card.amount, "100000")
    type_text(panel.card.auth, "A1B2C3")
    type_text(panel.card.rrn, "123456789012")
    replace_text(panel.tendered, "900000")      # the rest and the agents' fees, in cash
    assert panel.accept_button.isEnabled(), panel.message.text()
    press(panel.tendered, Qt.Key.Key_F9)
    _identify(_dialog(qtbot, desk, PayerDialog))
    _approve(_dialog(qtbot, desk, ApprovedActDialog))
    qtbot.waitUntil(lambda: len(payments(desk.ws)) == 2, timeout=10000)
    rows = payments(desk.ws)
    assert {r["approved_by"] for r in rows} == {SUPERVISOR_ID}
    assert len({r["basket_id"] for r in rows}) == 1 and {r["payer_iin"] for r in rows} == {IIN}
    assert sum(r["card_amount"] for r in rows) == 100000_00
