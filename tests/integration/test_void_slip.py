"""The void slip through a real CUPS (the CashierPDF queue, cups-pdf) and `cashier void`.

As in test_printing.py nothing is mocked: the slip goes through lp to cupsd, cups-pdf
writes what the printer would have printed, and the test reads it back. Without
CUPS or the queue these tests FAIL with the reason (./run test sets them up).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cashier import payments
from cashier.storage.records import load_payment
from cashier.documents import receipt_code, void_slip
from cashier.config import Config
from cashier.errors import RuleError
from cashier.model import Account
from cashier.documents.void_slip_layout import TITLE
from cashier.workstation import Workstation
from tests.integration import test_printing
from tests.integration.test_printing import KEY, QUEUE, ROOT, find_output
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, TELLER_PASSWORD, staff_desk
from tests.unit.conftest import ACCOUNT_BODY
from tests.unit.test_void_slip import REASON, take_and_void

JOB_TIMEOUT = 90.0

# test_printing's module fixture: it fails with the reason when CUPS or the queue is missing,
# and removes the cups-pdf output of the workstations appended to it.
cups = test_printing.cups


@pytest.fixture
def ws(tmp_path, monkeypatch, cups):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    ws_id = f"V{os.getpid() % 10000:04d}-{time.monotonic_ns() % 10**8:08d}"
    cups.append(ws_id)  # its cups-pdf output is removed after the module
    cfg = Config(home=tmp_path / "home", workstation_id=ws_id, teller_id=TELLER_ID,
                 spc_url="http://127.0.0.1:9/", printer=QUEUE)
    with Workstation(cfg, token="t") as w:
        yield w


def wait_printed(ws, payment_id: str, job_id: str) -> None:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        record = next(r for r in void_slip.void_slip_prints(ws, payment_id) if r.job_id == job_id)
        if record.state != "queued":
            assert record.state == "printed", record
            return
        time.sleep(0.25)
    pytest.fail(f"CUPS did not finish job {job_id} within {JOB_TIMEOUT:.0f} s")


def test_the_slip_goes_through_cups_and_comes_out_whole(ws):
    voided, staff = take_and_void(ws, Account.from_wire(ACCOUNT_BODY))
    since = time.time()
    path = void_slip.print_void_slip(ws, voided.payment_id)
    assert path == void_slip.void_slip_path(ws, voided) and path.is_file()
    (record,) = void_slip.void_slip_prints(ws, voided.payment_id)
    assert (record.state, record.printer, record.copy_no) in {("queued", QUEUE, 0), ("printed", QUEUE, 0)}
    assert record.job_id.startswith(QUEUE + "-") and record.pdf_path == str(path)
    wait_printed(ws, voided.payment_id, record.job_id)
    out, text = find_output(voided.receipt_no, since, also=TITLE)
    squeezed = "".join(text.split())
    for needle in (TITLE, "3 796,01", REASON, TELLER_ID, SUPERVISOR_ID, staff.supervisor.name):
        assert "".join(needle.split()) in squeezed.replace("\u00a0", ""), needle
    out.unlink()
    # The original went out once; what follows is a marked copy beside it.
    with pytest.raises(RuleError) as info:
        void_slip.print_void_slip(ws, voided.payment_id)
    assert info.value.code == "void_slip_already_printed"
    copy = void_slip.print_void_slip(ws, voided.payment_id, copy=True, by=staff.teller)
    assert copy.name == f"{voided.receipt_no}-void-copy-1.pdf"
    records = void_slip.void_slip_prints(ws, voided.payment_id)
    assert [r.copy_no for r in records] == [0, 1]
    wait_printed(ws, voided.payment_id, records[1].job_id)
    out, _ = find_output(voided.receipt_no, since, also="КОПИЯ / КӨШІРМЕ / COPY")
    out.unlink()


def test_cashier_void_writes_the_slip_and_prints_it_when_asked(ws):
    staff = staff_desk(ws, 1_000_000)
    account = Account.from_wire(ACCOUNT_BODY)
    paid = [payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), staff.teller,
                                    write_pdf=False) for _ in range(3)]
    env = {**os.environ, "CASHIER_HOME": str(ws.config.home), "CASHIER_RECEIPT_KEY": KEY.hex(),
           "CASHIER_WORKSTATION_ID": ws.config.workstation_id, "CASHIER_PRINTER": QUEUE,
           "CASHIER_SPC_URL": "http://127.0.0.1:9/", "CASHIER_SPC_TOKEN": "t",
           "CASHIER_PASSWORD": TELLER_PASSWORD, "CASHIER_SUPERVISOR_PASSWORD": SUPERVISOR_PASSWORD}

    def void(payment, *flags, **extra):
        done = subprocess.run([sys.executable, "-m", "cashier", "void", payment.receipt_no,
                               "--reason", REASON, "--as", TELLER_ID, "--supervisor", SUPERVISOR_ID,
                               *flags], env={**env, **extra}, cwd=ROOT, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr

    out, _ = void(paid[0], "--print")
    assert out["supervisor_id"] == SUPERVISOR_ID and out["teller_id"] == TELLER_ID
    assert Path(out["void_slip_pdf"]) == void_slip.void_slip_path(ws, paid[0])
    assert out["void_slip_print"]["state"] in {"queued", "printed"}
    assert out["void_slip_print"]["printer"] == QUEUE
    wait_printed(ws, paid[0].payment_id, out["void_slip_print"]["job_id"])

    out, _ = void(paid[1], "--no-print")
    assert Path(out["void_slip_pdf"]).is_file() and "void_slip_print" not in out
    assert void_slip.void_slip_prints(ws, paid[1].payment_id) == []

    # A printer that does not exist: the void stands, the failure is told and stored.
    out, err = void(paid[2], "--print", CASHIER_PRINTER="NoSuchPrinter-Cashier")
    assert out["void_slip_error"]["code"] == "print_unknown_printer"
    assert out["void_slip_print"]["state"] == "failed" and "void slip" in err
    assert load_payment(ws, paid[2].payment_id).status == "voided"
    (failed,) = void_slip.void_slip_prints(ws, paid[2].payment_id)
    assert failed.error_code == "print_unknown_printer"
    for p in paid:
        (entry,) = void_slip.slip_entries(ws, p.payment_id)
        assert entry.sha256 == hashlib.sha256(entry.path.read_bytes()).hexdigest()
