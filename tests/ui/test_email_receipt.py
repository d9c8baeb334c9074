"""E-mailing the receipt from the window, against the real SPC and a real SMTP server on
loopback: Ctrl+E on the receipt opens the dialog, a wrong address is refused beside the
field and stores nothing, Enter queues a right one (an IDN domain) and the line under the
receipt goes from "queued" to "sent" as the window's sender hands it to the server; a 550
shows as refused with the server's words. Screenshots in artifacts/email-receipt*.png."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.integration.test_mailed_receipts import SENDER, Inbox, free_port, smtp_server
from tests.ui.desk import look_up, make_ws, open_desk, payments
from tests.ui.helpers import press, replace_text, type_text
from tests.ui.test_screenshot_xvfb import artifacts_dir
from ui.desk.window import RECEIPT
from ui.dialogs.email_receipt import EmailReceiptDialog


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def desk(desk_app, qtbot, spc_server, tmp_path, port):
    ws = make_ws(spc_server, tmp_path, auto_print=False, smtp_host="127.0.0.1", smtp_port=port,
                 smtp_tls="none", smtp_sender=SENDER, retry_base_seconds=0.2,
                 retry_cap_seconds=1.0)
    window = open_desk(qtbot, ws)
    yield window
    window.shutdown()
    ws.close()


def _take_payment(qtbot, desk) -> None:
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    type_text(desk.payment_panel.tendered, "20000")
    press(desk, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)


def _open_dialog(qtbot, desk) -> EmailReceiptDialog:
    press(desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    link = desk.receipt_panel.email
    qtbot.waitUntil(lambda: link.dialog is not None and shiboken6.isValid(link.dialog)
                    and link.dialog.isVisible(), timeout=5000)
    link.dialog.activateWindow()   # the window manager's job; offscreen there is none
    qtbot.waitUntil(link.dialog.address.hasFocus, timeout=3000)
    return link.dialog


def _shot(widget, name: str) -> Path:
    from PySide6.QtWidgets import QApplication
    for _ in range(3):   # the dialog fits its height to a new message on the next layout pass
        QApplication.processEvents()
    path = artifacts_dir() / name
    widget.grab().save(str(path))
    return path


def _mail_rows(desk) -> list:
    return desk.ws.conn.execute("SELECT * FROM mail_outbox ORDER BY id").fetchall()


def test_ctrl_e_queues_the_receipt_and_the_panel_says_when_it_is_sent(desk, qtbot, port):
    _take_payment(qtbot, desk)
    [paid] = payments(desk.ws)
    with smtp_server(port) as inbox:
        dialog = _open_dialog(qtbot, desk)
        from PySide6.QtWidgets import QLabel
        assert any(paid["receipt_no"] in label.text() for label in dialog.findChildren(QLabel))
        type_text(dialog.address, "айгерим@mail.kz")   # the keyboard left in Russian
        press(dialog.address, Qt.Key.Key_Return)
        assert dialog.error.isVisible() and dialog.isVisible()
        assert "латин" in dialog.error.text().lower() or "Latin" in dialog.error.text()
        assert _mail_rows(desk) == []   # nothing stored
        _shot(dialog, "email-receipt.png")

        replace_text(dialog.address, "aigerim@почта.қаз")
        assert not dialog.error.isVisible()   # typing again clears the message
        _shot(dialog, "email-receipt-typed.png")
        press(dialog.address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                        timeout=5000)
        line = desk.receipt_panel.email.line
        assert line.isVisible()
        qtbot.waitUntil(lambda: "✓" in line.text(), timeout=15000)   # the window's sender sent it
        assert "aigerim@почта.қаз" in line.text()
        _shot(desk, "email-receipt-sent.png")
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["aigerim@xn--80a1acny.xn--80ao21a"]
    attachment = next(inbox.parsed().iter_attachments())
    kept = desk.ws.conn.execute("SELECT path, sha256 FROM document_archive WHERE payment_id = ? "
                                "AND kind = 'receipt' AND copy_no = 0",
                                (paid["payment_id"],)).fetchone()
    assert attachment.get_content() == Path(kept["path"]).read_bytes()
    assert hashlib.sha256(attachment.get_content()).hexdigest() == kept["sha256"]
    assert desk.ws.conn.execute("SELECT email FROM payments").fetchone()[0] == "aigerim@почта.қаз"

    # the next customer: the line goes
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    press(desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=3000)


def test_a_refused_address_shows_the_servers_reason_and_esc_queues_nothing(desk, qtbot, port):
    _take_payment(qtbot, desk)
    dialog = _open_dialog(qtbot, desk)
    press(dialog.address, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=3000)
    assert _mail_rows(desk) == []
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)

    inbox = Inbox()
    inbox.refuse["nobody@mail.kz"] = "550 5.1.1 <nobody@mail.kz>: Recipient address rejected"
    with smtp_server(port, inbox):
        dialog = _open_dialog(qtbot, desk)
        type_text(dialog.address, "nobody@mail.kz")
        press(dialog.address, Qt.Key.Key_Return)
        line = desk.receipt_panel.email.line
        qtbot.waitUntil(lambda: "550 5.1.1" in line.text(), timeout=15000)
    assert line.objectName() == "formError"
    assert [r["state"] for r in _mail_rows(desk)] == ["failed"]
    _shot(desk.receipt_panel, "email-receipt-refused.png")
    # Ctrl+E again offers the same address to correct
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=3000)
    dialog = _open_dialog(qtbot, desk)
    assert dialog.address.text() == "nobody@mail.kz"
    press(dialog.address, Qt.Key.Key_Escape)
