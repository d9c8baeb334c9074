"""Printing receipts through a real CUPS: the CashierPDF queue (cups-pdf) that ./run sets up.

Nothing here is mocked: a payment is accepted, its receipt goes through lp to
cupsd, cups-pdf writes what the printer would have printed, and the test reads
that file back with pypdf and zbarimg. When CUPS or the queue is not there the
tests FAIL with the reason (./run test starts cupsd and creates the queue; CI
installs everything, so a skip would only hide a broken setup).
"""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from cashier import documents, payments
from cashier.storage.records import load_payment
from cashier.documents import receipt_archive, receipt_code
from cashier.adapters import printing
from cashier.config import Config
from cashier.errors import CashierError, RuleError
from cashier.model import Account
from cashier.workstation import Workstation
from tests.unit.conftest import ACCOUNT_BODY
from tests.support.staffing import TELLER_ID, TELLER_PASSWORD, teller_of

ROOT = Path(__file__).resolve().parents[2]
QUEUE = "CashierPDF"
KEY = bytes(range(32))
JOB_TIMEOUT = 90.0
FILE_TIMEOUT = 30.0


def _cups_problem() -> str | None:
    for tool in ("lp", "lpstat"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian: cups-client, cups-bsd)"
    if not printing.scheduler_running():
        return "the CUPS scheduler is not running (`lpstat -r`)"
    names = [p.name for p in printing.list_printers()]
    if QUEUE not in names:
        return f"the queue {QUEUE} does not exist (CUPS knows {names or 'no printer'})"
    if not next(p for p in printing.list_printers() if p.name == QUEUE).accepting:
        return f"the queue {QUEUE} does not accept jobs"
    return None


@pytest.fixture(scope="module")
def cups():
    problem = _cups_problem()
    if problem:
        pytest.fail(f"CUPS is not set up for the printing tests: {problem}. `./run test` starts cupsd "
                    f"and creates {QUEUE} (see setup_cups in ./run); packages: cups cups-client "
                    "cups-bsd printer-driver-cups-pdf.", pytrace=False)
    ids: list[str] = []
    yield ids
    # Leave no printed test receipts behind: wait (bounded) for the queue, then remove ours.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and subprocess.run(
            ["lpstat", "-o", QUEUE], capture_output=True, text=True, timeout=10).stdout.strip():
        time.sleep(0.2)
    for folder in cups_pdf_dirs():
        for ws_id in ids:
            for pdf in folder.glob(f"*{ws_id}*.pdf") if folder.is_dir() else []:
                pdf.unlink(missing_ok=True)


@pytest.fixture
def ws(tmp_path, monkeypatch, cups):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    # A unique workstation id makes receipt numbers (and cups-pdf's files) unique per test.
    ws_id = f"T{os.getpid() % 10000:04d}-{time.monotonic_ns() % 10**8:08d}"
    cups.append(ws_id)
    cfg = Config(home=tmp_path / "home", workstation_id=ws_id, teller_id="t.print",
                 spc_url="http://127.0.0.1:9/", printer=QUEUE)
    with Workstation(cfg, token="t") as w:
        yield w


def accept(ws):
    account = Account.from_wire(ACCOUNT_BODY)
    return payments.accept_payment(ws, payments.build_draft(account, None, {"ELEC": "12400"}, "5000"), teller_of(ws))


def cups_pdf_dirs() -> list[Path]:
    """Where cups-pdf writes: its Out directive (per user) and the anonymous folder."""
    user = pwd.getpwuid(os.getuid())
    out, anon = "/var/spool/cups-pdf/${USER}", "/var/spool/cups-pdf/ANONYMOUS"
    try:
        for line in Path("/etc/cups/cups-pdf.conf").read_text().splitlines():
            m = re.match(r"\s*(Out|AnonDirName)\s+(\S+)", line)
            if m and m[1] == "Out":
                out = m[2]
            elif m:
                anon = m[2]
    except OSError:
        pass
    out = out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
    return [Path(out), Path(anon), Path(user.pw_dir) / "PDF"]


def wait_printed(ws, payment_id: str, job_id: str) -> None:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        record = next(r for r in documents.receipt_prints(ws, payment_id) if r.job_id == job_id)
        if record.state != "queued":
            assert record.state == "printed", record
            return
        time.sleep(0.25)
    pytest.fail(f"CUPS did not finish job {job_id} within {JOB_TIMEOUT:.0f} s "
                f"(state {printing.job_state(job_id)}); see /var/log/cups/error_log")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_output(marker: str, since: float, also: str = "") -> tuple[Path, str]:
    """The cups-pdf output whose text has `marker` (the receipt number) and `also`.

    Spaces are ignored: text that went through a printer driver keeps its letters,
    not always its word gaps."""
    deadline = time.monotonic() + FILE_TIMEOUT
    seen: set[Path] = set()
    while time.monotonic() < deadline:
        for folder in cups_pdf_dirs():
            for pdf in folder.glob("*.pdf") if folder.is_dir() else []:
                if pdf in seen or pdf.stat().st_mtime < since - 1:
                    continue
                try:
                    text = "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
                except Exception:  # noqa: BLE001 - still being written
                    continue
                if marker in text and _squeeze(also) in _squeeze(text):
                    return pdf, text
                seen.add(pdf)
        time.sleep(0.25)
    pytest.fail(f"no cups-pdf output with {marker} in {[str(d) for d in cups_pdf_dirs()]} "
                f"(looked at {len(seen)} new files). If files are there but have no text, the queue "
                "needs `lpadmin -p CashierPDF -o pdftops-renderer-default=pdftocairo` (./run does it).")


def zbar(pdf: Path, tmp_path: Path) -> list[str]:
    assert shutil.which("zbarimg"), "zbarimg missing: Debian package zbar-tools"
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "printed")],
                   check=True, timeout=60)
    png = sorted(tmp_path.glob("printed*.png"))[0]
    done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                          capture_output=True, text=True, timeout=60)
    return done.stdout.split()


def test_a_receipt_goes_through_cups_and_comes_out_whole(ws, tmp_path):
    paid = accept(ws)
    since = time.time()
    record = documents.print_receipt(ws, paid.payment_id)
    assert (record.state, record.printer, record.copy) == ("queued", QUEUE, False)
    assert record.job_id and record.job_id.startswith(QUEUE + "-")
    assert record.pdf_path == paid.receipt_pdf

    wait_printed(ws, paid.payment_id, record.job_id)
    out, text = find_output(paid.receipt_no, since)
    assert len(PdfReader(out).pages) == 1
    assert text.count(paid.receipt_no) >= 2  # the bank's copy and the payer's
    assert "3 796,01" in text.replace("\u00a0", " ")
    # The QR codes survived the print path and still verify.
    codes = zbar(out, tmp_path)
    assert len(codes) == 2 and all(receipt_code.verify(c, KEY).ok for c in codes)
    out.unlink()

    (stored,) = documents.receipt_prints(ws, paid.payment_id)
    assert stored.state == "printed" and stored.job_id == record.job_id
    audit_rows = ws.conn.execute("SELECT action, details FROM audit_log WHERE subject = ? "
                                 "ORDER BY id", (paid.payment_id,)).fetchall()
    assert [r["action"] for r in audit_rows] == ["payment.accepted", "receipt.printed"]
    assert json.loads(audit_rows[1]["details"])["job_id"] == record.job_id
    assert documents.last_print_failed(ws) == []


def test_a_second_print_is_a_marked_copy_kept_beside_the_original(ws):
    paid = accept(ws)
    original = Path(paid.receipt_pdf).read_bytes()
    first = documents.print_receipt(ws, paid.payment_id)
    with pytest.raises(RuleError) as info:
        documents.print_receipt(ws, paid.payment_id)
    assert info.value.code == "receipt_already_printed"
    since = time.time()
    copy = documents.print_receipt(ws, paid.payment_id, copy=True, by=teller_of(ws))
    assert copy.copy and copy.copy_no == 1 and copy.state == "queued"
    assert copy.pdf_path.endswith(f"{paid.receipt_no}-copy-1.pdf")
    assert Path(paid.receipt_pdf).read_bytes() == original
    wait_printed(ws, paid.payment_id, first.job_id)
    wait_printed(ws, paid.payment_id, copy.job_id)
    out, _ = find_output(paid.receipt_no, since, also="КОПИЯ / КӨШІРМЕ / COPY")
    out.unlink()
    assert [(r.copy, r.state) for r in documents.receipt_prints(ws, paid.payment_id)] == \
        [(False, "printed"), (True, "printed")]


def test_a_missing_printer_fails_cleanly_and_the_payment_stands(ws):
    paid = accept(ws)
    with pytest.raises(CashierError) as info:
        documents.print_receipt(ws, paid.payment_id, printer="NoSuchPrinter-Cashier")
    exc = info.value
    assert exc.code == "print_unknown_printer" and "NoSuchPrinter-Cashier" in exc.message
    assert exc.record.state == "failed" and exc.record.error_code == "print_unknown_printer"
    assert exc.record.job_id is None
    # The payment is accepted and still waits to be sent; the failure is stored and offered.
    assert load_payment(ws, paid.payment_id).status == "accepted"
    assert ws.conn.execute("SELECT state FROM outbox WHERE payment_id = ?",
                           (paid.payment_id,)).fetchone()[0] == "waiting"
    (stored,) = documents.receipt_prints(ws, paid.payment_id)
    assert (stored.state, stored.printer) == ("failed", "NoSuchPrinter-Cashier")
    assert [r.payment_id for r in documents.last_print_failed(ws)] == [paid.payment_id]
    assert ws.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.print_failed' "
                           "AND subject = ?", (paid.payment_id,)).fetchone()[0] == 1
    # The original was never printed, so it may still be printed as the original.
    record = documents.print_receipt(ws, paid.payment_id)
    assert record.state == "queued" and not record.copy
    assert documents.last_print_failed(ws) == []


def test_cups_down_and_no_default_printer_are_told_apart(ws, monkeypatch):
    paid = accept(ws)
    # The default destination (CUPS honours LPDEST) is used when the settings name none.
    ws.config.printer = ""
    monkeypatch.setenv("LPDEST", QUEUE)
    assert documents.print_receipt(ws, paid.payment_id).printer == QUEUE
    # CUPS unreachable: the client is pointed at a socket nobody listens on.
    monkeypatch.setenv("CUPS_SERVER", str(ws.config.home / "no-cupsd.sock"))
    with pytest.raises(CashierError) as info:
        documents.print_receipt(ws, paid.payment_id, copy=True, printer=QUEUE, by=teller_of(ws))
    assert info.value.code == "print_cups_down"
    with pytest.raises(CashierError) as info:
        documents.print_receipt(ws, paid.payment_id, copy=True, by=teller_of(ws))
    assert info.value.code == "print_cups_down"
    monkeypatch.delenv("CUPS_SERVER")
    records = documents.receipt_prints(ws, paid.payment_id)
    assert [r.state for r in records][1:] == ["failed", "failed"]
    assert {r.error_code for r in records[1:]} == {"print_cups_down"}


def test_a_canceled_job_is_recorded_as_failed(ws):
    paid = accept(ws)
    entry = receipt_archive.archive(ws, paid)
    done = subprocess.run(["lp", "-d", QUEUE, "-H", "hold", "-t", "held receipt", entry.path],
                          capture_output=True, text=True, timeout=30, env={**os.environ, "LC_ALL": "C"})
    job_id = re.search(r"request id is (\S+)", done.stdout)[1]
    assert printing.job_state(job_id) == "held"
    receipt_archive.record_print(ws, paid, entry, printer=QUEUE,
                                 job=printing.PrintJob(job_id, QUEUE))
    subprocess.run(["cancel", job_id], check=True, timeout=30)
    deadline = time.monotonic() + 20
    while printing.job_state(job_id) != "canceled" and time.monotonic() < deadline:
        time.sleep(0.1)
    (failed,) = documents.last_print_failed(ws)
    assert failed.job_id == job_id and failed.error_code == "print_canceled"


def test_cli_lists_printers_and_prints(ws):
    paid = accept(ws)
    env = {**os.environ, "CASHIER_HOME": str(ws.config.home), "CASHIER_RECEIPT_KEY": KEY.hex(),
           "CASHIER_WORKSTATION_ID": ws.config.workstation_id, "CASHIER_PRINTER": QUEUE,
           "CASHIER_SPC_URL": "http://127.0.0.1:9/", "CASHIER_SPC_TOKEN": "t"}

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "cashier", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr

    code, out, _ = cli("printers")
    assert code == 0 and QUEUE in [p["name"] for p in out["printers"]]
    assert out["configured"] == QUEUE and out["receipts_go_to"] == QUEUE
    code, out, _ = cli("receipt", "print", paid.receipt_no)
    assert code == 0 and out["state"] == "queued" and out["printer"] == QUEUE
    nobody = subprocess.run([sys.executable, "-m", "cashier", "receipt", "print", paid.receipt_no,
                             "--copy"], env={k: v for k, v in env.items() if k != "CASHIER_USER"},
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert nobody.returncode == 64 and json.loads(nobody.stderr)["error"]["field"] == "actor"
    env.update(CASHIER_USER=TELLER_ID, CASHIER_PASSWORD=TELLER_PASSWORD)  # a copy names who made it
    code, out, err = cli("receipt", "print", paid.receipt_no, "--copy", "--printer", "NoSuchPrinter")
    assert code == 1 and out["state"] == "failed" and out["copy"]
    assert json.loads(err)["error"]["code"] == "print_unknown_printer"
