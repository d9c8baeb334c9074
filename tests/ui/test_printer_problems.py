"""Printer problems explained at the desk, against the real SPC and real printers: a network
ESC/POS printer played by a TCP listener that answers status queries (out of paper, then a
new roll), and a real CUPS queue that is paused and then resumed. The receipt panel says
which problem in the teller's words, keeps asking the printer, says when it is ready again
and offers Reprint; the cash drawer's outcome is said too. Screenshots in
artifacts/printer-*.png.
"""

from __future__ import annotations

import subprocess
import time

import pytest
import shiboken6
from PySide6.QtCore import Qt

from cashier import documents
from tests.integration.test_escpos import PAPER_OUT, READY, EscposListener, names
from tests.ui.desk import look_up, make_ws, open_desk, payments
from tests.ui.helpers import press, type_text
from tests.ui.test_screenshot_xvfb import artifacts_dir
from ui import messages
from ui.common import printing as ui_printing
from ui.desk import receipt_panel
from ui.desk.window import RECEIPT

PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


@pytest.fixture
def listener():
    printer = EscposListener(dict(PAPER_OUT))
    yield printer
    printer.close()


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    monkeypatch.setattr(receipt_panel, "WATCH_MS", 200)
    monkeypatch.setattr(receipt_panel, "POLL_MS", 200)


def _pay(qtbot, desk) -> None:
    look_up(qtbot, desk, "1002003005")
    qtbot.waitUntil(desk.is_ready, timeout=15000)
    type_text(desk.payment_panel.tendered, "20000")
    press(desk, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: desk.mode == RECEIPT, timeout=15000)


def _shot(widget, name: str) -> None:
    widget.grab().save(str(artifacts_dir() / name))


def test_paper_out_is_said_and_reprint_is_offered_once_a_new_roll_is_in(desk_app, qtbot, spc_server,
                                                                        tmp_path, listener):
    ws = make_ws(spc_server, tmp_path, printer_kind="roll80", escpos_printer=listener.address)
    desk = open_desk(qtbot, ws)
    try:
        panel = desk.receipt_panel
        _pay(qtbot, desk)          # printing at once is on: the roll goes to the ESC/POS printer
        qtbot.waitUntil(lambda: panel.print_state == "failed", timeout=20000)
        assert panel.problem == "print_paper_out"
        assert panel.printer.text() == messages.describe_code("print_paper_out")
        assert panel.printer.objectName() == "formError" and panel.print_button.isEnabled()
        # The payment stands and the drawer opened for its cash: the change is owed.
        (row,) = payments(ws)
        assert row["status"] == "accepted"
        assert "raster" not in names(listener.commands())
        assert names(listener.commands()).count("drawer") == 1
        assert panel.status.objectName() == "hint" and panel.status.text() == panel.tr(
            "The cash drawer is open: give the customer the change and the receipt.")
        _shot(panel, "printer-paper-out.png")

        listener.status = dict(READY)                      # a new roll goes in
        qtbot.waitUntil(lambda: panel.ready_again, timeout=10000)
        assert panel.problem is None and panel.printer.objectName() == "hint"
        assert panel.printer.text() == panel.tr(
            "The printer is ready again: press Reprint (Ctrl+P) to print the receipt.")
        assert panel.print_button.objectName() == "primary"
        _shot(panel, "printer-ready-again.png")

        press(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.print_state == "printed", timeout=20000)
        assert not panel.ready_again and panel.print_button.objectName() == ""
        prints = documents.receipt_prints(ws, row["payment_id"])
        assert [(p.copy, p.state) for p in prints] == [(False, "failed"), (False, "printed")]
        sent = names(listener.commands())
        assert sent.count("cut") == 2 and sent.count("drawer") == 1   # no second pulse
    finally:
        desk.shutdown()
        ws.close()


@pytest.fixture
def paused_queue():
    name = f"CashierPaused{time.monotonic_ns() % 10**9}"
    done = subprocess.run(["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", PPD],
                          capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        pytest.fail(f"lpadmin could not create a test queue: {done.stderr.strip()} (./run test "
                    "starts cupsd; the printing tests run as root)", pytrace=False)
    subprocess.run(["cupsdisable", name], check=True, timeout=30)
    yield name
    subprocess.run(["cancel", "-a", name], capture_output=True, timeout=30)
    subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30)


def test_a_receipt_waiting_at_a_paused_printer_says_why_and_prints_once_resumed(
        desk_app, qtbot, spc_server, tmp_path, paused_queue):
    ws = make_ws(spc_server, tmp_path, printer=paused_queue,
                 drawer_command="/nonexistent/drawer-kick")
    desk = open_desk(qtbot, ws)
    try:
        panel = desk.receipt_panel
        _pay(qtbot, desk)
        qtbot.waitUntil(lambda: panel.problem == "print_printer_paused", timeout=20000)
        assert panel.print_state == "sent"
        words = ui_printing.problem_words("print_printer_paused")
        assert words in panel.printer.text() and panel.printer.objectName() == "formError"
        # The drawer command failed: said, and the payment stands.
        assert panel.status.objectName() == "formError" and panel.status.text() == panel.tr(
            "The cash drawer did not open: open it with its key and give the customer the "
            "change.")
        (row,) = payments(ws)
        assert row["status"] == "accepted"
        _shot(panel, "printer-paused.png")

        subprocess.run(["cupsenable", paused_queue], check=True, timeout=30)
        qtbot.waitUntil(lambda: panel.print_state == "printed", timeout=60000)
        assert panel.problem is None and panel.printer.objectName() == "hint"
        assert panel.printer.text() == panel.tr("The receipt is printed.")
    finally:
        desk.shutdown()
        ws.close()


def test_the_roll_printer_and_the_drawer_are_set_in_settings(desk_app, qtbot, spc_server,
                                                            tmp_path):
    import json
    import tomllib

    from PySide6.QtWidgets import QApplication

    from cashier import config as config_mod
    from tests.ui.helpers import replace_text

    from tests.support.staffing import staff_desk
    printer = EscposListener(dict(READY))
    ws = make_ws(spc_server, tmp_path)
    config_mod.save(ws.config)
    # the drawer's command runs a program here: a supervisor sets it (a teller is refused)
    desk = open_desk(qtbot, ws, user=staff_desk(ws).supervisor)
    try:
        press(desk, Qt.Key.Key_F10)
        dialog = desk.settings_dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language, timeout=3000)
        assert not dialog.escpos.isEnabled()                       # A4: no ESC/POS printer
        dialog.printer_kind.setFocus()
        press(dialog.printer_kind, Qt.Key.Key_Down)                # A4 -> 80 mm roll
        assert dialog.printer_kind.currentData() == "roll80" and dialog.escpos.isEnabled()
        replace_text(dialog.escpos, "printer:0")                   # not an address
        press(dialog.escpos, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
        assert dialog.escpos.hasFocus() and dialog.error.text() == dialog.tr(
            "Type the ESC/POS printer's address as host:port, for example 192.168.1.50:9100, or "
            "leave it empty.")
        assert tomllib.loads((ws.config.home / "config.toml").read_text())["printer_kind"] == "a4"

        replace_text(dialog.escpos, printer.address)
        dialog.check_button.click()                                # asks the printer as typed
        qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=10000)
        assert dialog.check_note.text() == dialog.tr("The printer is ready.")
        assert dialog.check_note.objectName() == "hint"
        assert any(c == ("status", 1) for c in printer.commands())   # it really asked
        _shot(dialog, "printer-settings-roll.png")
        replace_text(dialog.drawer_command, "lp -d Drawer -o raw /etc/cashier/kick.bin")
        press(dialog.drawer_command, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                        timeout=10000)

        saved = tomllib.loads((ws.config.home / "config.toml").read_text())
        assert (saved["printer_kind"], saved["escpos_printer"]) == ("roll80", printer.address)
        assert saved["drawer_command"] == "lp -d Drawer -o raw /etc/cashier/kick.bin"
        assert ws.config.printer_kind == "roll80" and ws.config.escpos_printer == printer.address
        (entry,) = ws.conn.execute("SELECT details FROM audit_log WHERE action = 'settings.changed'")
        changed = json.loads(entry["details"])
        assert changed["printer_kind"] == ["a4", "roll80"]
        assert changed["escpos_printer"] == ["", printer.address]
    finally:
        desk.shutdown()
        ws.close()
        printer.close()
