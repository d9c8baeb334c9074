"""Roll receipts on a network ESC/POS printer, against a local TCP listener that plays the
printer: it keeps every byte the desk sends and answers DLE EOT status queries as a real
printer does (one byte each). Nothing in the desk is mocked: the payment is accepted, its
roll receipt rendered, rasterised with pdftoppm and sent by python-escpos over a socket.

The bytes are read back as a printer reads them: initialise (ESC @), raster images (GS v 0,
put back together into the picture that would have come out and scanned for its QR code),
cuts (GS V), the drawer pulse (ESC p) only after a cash payment's first print.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from cashier import documents, payments
from cashier.adapters import escpos
from cashier.config import Config
from cashier.documents import drawer_opening, receipt_code
from cashier.model import Account
from cashier.storage.records import load_payment
from cashier.workstation import Workstation
from tests.support.staffing import teller_of
from tests.unit.conftest import ACCOUNT_BODY

KEY = bytes(range(32))
READY = {1: 0x12, 2: 0x12, 4: 0x12}
PAPER_OUT = {1: 0x1A, 2: 0x32, 4: 0x72}      # offline, stopped at paper end, sensor: no paper
COVER_OPEN = {1: 0x1A, 2: 0x16, 4: 0x12}
OFFLINE = {1: 0x1A, 2: 0x12, 4: 0x12}


# -- the printer on a socket ------------------------------------------------------------------

def tokens(data: bytes) -> tuple[list[tuple], int]:
    """The ESC/POS commands in `data` as a printer reads them, and how far they are whole:
    ("init",), ("status", n), ("raster", width_bytes, height, bits), ("feed", n), ("cut", m),
    ("drawer", pin, on, off), ("byte", b)."""
    out, pos, n = [], 0, len(data)
    while pos < n:
        b = data[pos:pos + 2]
        if len(b) < 2 and data[pos] in (0x1B, 0x1D, 0x10):
            break
        if b == b"\x1b@":
            out.append(("init",))
            pos += 2
        elif b == b"\x10\x04":
            if pos + 3 > n:
                break
            out.append(("status", data[pos + 2]))
            pos += 3
        elif data[pos:pos + 3] == b"\x1dv0":
            if pos + 8 > n:
                break
            x = data[pos + 4] + 256 * data[pos + 5]
            y = data[pos + 6] + 256 * data[pos + 7]
            end = pos + 8 + x * y
            if end > n:
                break
            out.append(("raster", x, y, data[pos + 8:end]))
            pos = end
        elif b == b"\x1bd":
            if pos + 3 > n:
                break
            out.append(("feed", data[pos + 2]))
            pos += 3
        elif b == b"\x1dV":
            if pos + 3 > n:
                break
            m = data[pos + 2]
            out.append(("cut", m))
            pos += 4 if m in (65, 66) else 3
        elif b == b"\x1bp":
            if pos + 5 > n:
                break
            out.append(("drawer", data[pos + 2], data[pos + 3], data[pos + 4]))
            pos += 5
        else:
            out.append(("byte", data[pos]))
            pos += 1
    return out, pos


class EscposListener:
    """A TCP listener on 127.0.0.1 that keeps what each connection sent and answers status
    queries from `status` ({n: byte}; None: never answers, like a printer without them)."""

    def __init__(self, status: dict | None = None):
        self.status = dict(READY) if status is None else status
        self.connections: list[bytearray] = []
        self._active = 0
        self._last = time.monotonic()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self._server.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                continue
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn: socket.socket) -> None:
        self._active += 1
        try:
            self._read(conn)
        finally:
            self._active -= 1
            self._last = time.monotonic()

    def _read(self, conn: socket.socket) -> None:
        got = bytearray()
        self.connections.append(got)
        parsed = 0
        conn.settimeout(5)
        with conn:
            while True:
                try:
                    data = conn.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                self._last = time.monotonic()
                got += data
                found, whole = tokens(bytes(got[parsed:]))
                parsed += whole
                for token in found:
                    if token[0] == "status" and self.status is not None:
                        conn.sendall(bytes((self.status.get(token[1], 0x12),)))

    def settle(self, quiet: float = 0.4, timeout: float = 10.0) -> None:
        """Wait until every connection the desk opened was read to its end."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._active == 0 and time.monotonic() - self._last >= quiet:
                return
            time.sleep(0.05)

    def commands(self, which: int | None = None) -> list[tuple]:
        self.settle()
        data = [self.connections[which]] if which is not None else self.connections
        return [t for chunk in data for t in tokens(bytes(chunk))[0]]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._server.close()


def names(commands: list[tuple]) -> list[str]:
    return [c[0] for c in commands if c[0] != "byte"]


def pictures(commands: list[tuple]) -> list[Image.Image]:
    """What came out between the cuts: the raster fragments of each stacked into one image."""
    out, current = [], []
    for c in commands:
        if c[0] == "raster":
            _, x, y, bits = c
            current.append(Image.frombytes("1", (x * 8, y), bits).point(lambda v: 255 - v))
        elif c[0] == "cut" and current:
            page = Image.new("L", (current[0].width, sum(i.height for i in current)), 255)
            top = 0
            for part in current:
                page.paste(part.convert("L"), (0, top))
                top += part.height
            out.append(page)
            current = []
    return out


@pytest.fixture
def printer():
    listener = EscposListener()
    yield listener
    listener.close()


@pytest.fixture
def ws(tmp_path, monkeypatch, printer):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    monkeypatch.setattr(escpos, "STATUS_TIMEOUT", 0.5)
    cfg = Config(home=tmp_path / "home", workstation_id="ALM-01-W07", teller_id="t.roll",
                 spc_url="http://127.0.0.1:9/", printer_kind="roll80",
                 escpos_printer=printer.address)
    with Workstation(cfg, token="t") as w:
        yield w


def accept(ws, tendered: str = "5000"):
    account = Account.from_wire(ACCOUNT_BODY)
    draft = payments.build_draft(account, None, {"ELEC": "12400"}, tendered)
    return payments.accept_payment(ws, draft, teller_of(ws))


def audit(ws, payment_id: str) -> list[tuple[str, dict]]:
    return [(r["action"], json.loads(r["details"])) for r in ws.conn.execute(
        "SELECT action, details FROM audit_log WHERE subject = ? ORDER BY id", (payment_id,))]


# -- tests ------------------------------------------------------------------------------------

def test_a_cash_payment_prints_as_raster_images_cut_then_opens_the_drawer(ws, printer, tmp_path):
    paid = accept(ws)
    a4 = Path(paid.receipt_pdf).read_bytes()
    record = documents.print_receipt(ws, paid.payment_id)
    assert (record.state, record.copy, record.job_id) == ("printed", False, None)
    assert record.printer == "escpos://" + printer.address and record.drawer == "opened"
    assert record.pdf_path.endswith(f"{paid.receipt_no}-roll.pdf")

    sent = printer.commands()
    flow = [n for n in names(sent) if n not in ("status",)]
    assert flow[0] == "init"
    # Two copies (the bank's, the payer's), each rasters then a cut; the pulse after both.
    assert flow[-1] == "drawer" and flow.count("cut") == 2 and flow.count("drawer") == 1
    assert flow.index("drawer") > max(i for i, n in enumerate(flow) if n == "cut")
    rasters = [c for c in sent if c[0] == "raster"]
    assert rasters and {c[1] for c in rasters} == {escpos.DOTS // 8}   # 576 dots: 72 mm
    assert [c[1:] for c in sent if c[0] == "drawer"] == [(0, 50, 50)]  # pin 2, 100 ms
    assert ("status", 1) in sent and ("status", 4) in sent              # asked before printing

    # What came out is the receipt: two copies 72 mm wide whose QR codes verify.
    images = pictures(sent)
    assert len(images) == 2 and all(i.width == 576 and i.height > 1000 for i in images)
    assert shutil.which("zbarimg"), "zbarimg missing: Debian package zbar-tools"
    for n, image in enumerate(images):
        png = tmp_path / f"printed-{n}.png"
        image.save(png)
        done = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                              text=True, timeout=60)
        (code,) = done.stdout.split()
        assert receipt_code.verify(code, KEY).ok

    # The legal receipt is the A4 original, untouched; the roll file is archived beside it.
    assert Path(load_payment(ws, paid.payment_id).receipt_pdf).read_bytes() == a4
    actions = [a for a, _ in audit(ws, paid.payment_id)]
    assert actions == ["payment.accepted", "receipt_roll.written", "receipt_roll.printed",
                       "cash_drawer.opened"]
    opened = audit(ws, paid.payment_id)[-1][1]
    assert opened["how"] == "escpos" and opened["cash"] == "5000.00"


def test_a_reprint_is_a_marked_copy_and_never_opens_the_drawer(ws, printer):
    paid = accept(ws)
    documents.print_receipt(ws, paid.payment_id)
    printer.settle()
    before = len(printer.connections)
    copy = documents.print_or_reprint(ws, paid.payment_id, reprint=True, by=teller_of(ws))
    assert copy.copy and copy.copy_no == 1 and copy.state == "printed" and copy.drawer is None
    assert copy.pdf_path.endswith(f"{paid.receipt_no}-roll-copy-1.pdf")
    printer.settle()
    later = [c for i in range(before, len(printer.connections)) for c in printer.commands(i)]
    assert "drawer" not in names(later) and names(later).count("cut") == 2
    assert [a for a, _ in audit(ws, paid.payment_id)].count("cash_drawer.opened") == 1


def test_no_cash_no_drawer(ws, printer):
    paid = accept(ws)
    assert drawer_opening.open_cash_drawer(ws, replace(paid, tendered=0)) is None
    assert drawer_opening.open_cash_drawer(ws, replace(paid, status="voided")) is None
    printer.settle()
    assert printer.connections == []


def test_paper_out_is_explained_and_the_payment_stands(ws, printer):
    printer.status = dict(PAPER_OUT)
    paid = accept(ws)
    with pytest.raises(documents.PrintFailed) as info:
        documents.print_receipt(ws, paid.payment_id)
    exc = info.value
    assert exc.code == "print_paper_out" and "paper ran out" in exc.message
    assert exc.record.state == "failed" and exc.record.error_code == "print_paper_out"
    # Nothing was printed; the drawer still opened (the change is owed).
    assert "raster" not in names(printer.commands()) and exc.record.drawer == "opened"
    assert load_payment(ws, paid.payment_id).status == "accepted"
    assert [r.payment_id for r in documents.last_print_failed(ws)] == [paid.payment_id]
    problem = documents.printer_problem(ws)
    assert problem.code == "print_paper_out" and problem.printer == "escpos://" + printer.address
    assert documents.print_problem(ws, exc.record).code == "print_paper_out"

    printer.status = dict(READY)       # the teller puts a new roll in
    assert documents.printer_problem(ws) is None
    again = documents.print_or_reprint(ws, paid.payment_id, reprint=True, by=teller_of(ws))
    assert (again.copy, again.state, again.drawer) == (False, "printed", None)  # the original
    assert documents.last_print_failed(ws) == []
    assert [a for a, _ in audit(ws, paid.payment_id)].count("cash_drawer.opened") == 1


@pytest.mark.parametrize("status, code", [(COVER_OPEN, "print_cover_open"),
                                          (OFFLINE, "print_printer_offline")])
def test_cover_open_and_offline_are_told_apart(ws, printer, status, code):
    printer.status = dict(status)
    paid = accept(ws)
    with pytest.raises(documents.PrintFailed) as info:
        documents.print_receipt(ws, paid.payment_id)
    assert info.value.code == code
    assert documents.printer_problem(ws).code == code


def test_a_printer_that_does_not_answer_status_still_prints(ws, printer):
    printer.status = None
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id)
    assert record.state == "printed" and names(printer.commands()).count("cut") == 2


def test_an_unreachable_printer_fails_cleanly_and_reports_the_drawer(ws, printer):
    with socket.create_server(("127.0.0.1", 0)) as s:
        closed = f"127.0.0.1:{s.getsockname()[1]}"
    ws.config.escpos_printer = closed
    paid = accept(ws)
    started = time.monotonic()
    with pytest.raises(documents.PrintFailed) as info:
        documents.print_receipt(ws, paid.payment_id)
    assert time.monotonic() - started < 2 * escpos.CONNECT_TIMEOUT + 5
    assert info.value.code == "print_escpos_unreachable"
    assert info.value.record.printer == "escpos://" + closed
    assert info.value.record.drawer == "print_escpos_unreachable"
    failed = audit(ws, paid.payment_id)[-1]
    assert failed[0] == "cash_drawer.open_failed"
    assert failed[1]["error_code"] == "print_escpos_unreachable"
    assert load_payment(ws, paid.payment_id).status == "accepted"
    assert documents.printer_problem(ws).code == "print_escpos_unreachable"


def test_the_status_reply_is_read_as_a_printer_means_it():
    assert escpos.Status(True).problem is None
    assert escpos.Status(True, offline=True, paper_out=True).problem == "paper_out"
    assert escpos.Status(True, offline=True, cover_open=True).problem == "cover_open"
    assert escpos.Status(False).problem is None
    assert escpos.parse_address("10.0.0.5:9100") == ("10.0.0.5", 9100)
    assert escpos.parse_address("printer.branch") == ("printer.branch", 9100)
