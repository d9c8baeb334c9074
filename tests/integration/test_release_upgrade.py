"""A desk upgraded from the previous release: the day it ran (tests/fixtures/release_day, made by
that release's own code, see make_fixture.py) opened with today's code.

Every receipt, copy, void slip, report and print record the release kept is found again,
verified intact, and printable again through a real CUPS under the same rules (the original
once, then marked copies); the receipt it owed is made; `cashier audit verify` stays clean.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from cashier import dayclose, documents
from cashier.config import Config
from cashier.documents import archive, receipt_archive, receipt_code, receipts_owed, void_slip
from cashier.errors import RuleError
from cashier.identity import audit, users
from cashier.storage.records import load_payment
from cashier.workstation import Workstation
from tests.integration import test_printing
from tests.integration.test_printing import QUEUE, ROOT, find_output
from tests.support.release_day import KEY, release_day
from tests.support.staffing import TELLER_ID

JOB_TIMEOUT = 90.0

# test_printing's module fixture: it fails with the reason when CUPS or the queue is missing.
cups = test_printing.cups


@pytest.fixture
def upgraded(tmp_path, monkeypatch, cups):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    day = release_day(tmp_path)
    cups.append(day.manifest["workstation_id"])  # its cups-pdf output is removed after the module
    cfg = Config(home=day.home, workstation_id=day.manifest["workstation_id"], teller_id=TELLER_ID,
                 spc_url="http://127.0.0.1:9/", printer=QUEUE)
    with Workstation(cfg, token="t") as ws:
        yield ws, day


def wait_printed(prints, ws, payment_id: str, job_id: str) -> None:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        record = next(r for r in prints(ws, payment_id) if r.job_id == job_id)
        if record.state != "queued":
            assert record.state == "printed", record
            return
        time.sleep(0.25)
    pytest.fail(f"CUPS did not finish job {job_id} within {JOB_TIMEOUT:.0f} s")


def test_what_the_release_kept_is_found_and_intact(upgraded):
    ws, day = upgraded
    a, b, c, d = (day.payment(n) for n in "ABCD")
    folder = day.home / "receipts" / day.manifest["business_date"]
    # Receipts: the originals and A's two copies, each file as it was written.
    assert [(e.copy_no, e.path.name) for e in receipt_archive.entries(ws.conn, a)] == \
        [(0, "REL-01-W01-20261127-00001.pdf"), (1, "REL-01-W01-20261127-00001-copy-1.pdf"),
         (2, "REL-01-W01-20261127-00001-copy-2.pdf")]
    for pid in (a, b, c, d):
        entries = receipt_archive.entries(ws.conn, pid)
        assert entries and all(e.path.parent == folder for e in entries)
        for e in entries:
            archive.check_intact(e)
        original = entries[0].path
        inode = original.stat().st_ino, original.stat().st_mtime_ns
        payment = load_payment(ws, pid)
        assert payment.receipt_pdf == str(original)
        assert documents.ensure_receipt(ws, payment).receipt_pdf == str(original)  # not rewritten
        assert (original.stat().st_ino, original.stat().st_mtime_ns) == inode
    # The receipts' print log, as the release left it.
    assert [(r.copy, r.copy_no, r.state, r.printer) for r in documents.receipt_prints(ws, a)] == \
        [(False, 0, "printed", QUEUE), (True, 1, "printed", QUEUE)]
    (failed,) = documents.receipt_prints(ws, b)
    assert (failed.state, failed.error_code, failed.job_id) == ("failed", "print_unknown_printer", None)
    assert [r.payment_id for r in documents.last_print_failed(
        ws, date.fromisoformat(day.manifest["business_date"]))] == [b]
    # Void slips: C's original printed and a copy that failed, D's original that failed.
    assert [(e.copy_no, e.path.name) for e in void_slip.slip_entries(ws, c)] == \
        [(0, "REL-01-W01-20261127-00003-void.pdf"), (1, "REL-01-W01-20261127-00003-void-copy-1.pdf")]
    for pid in (c, d):
        for e in void_slip.slip_entries(ws, pid):
            archive.check_intact(e)
    assert void_slip.write_void_slip(ws, d) == folder / "REL-01-W01-20261127-00004-void.pdf"
    assert [(r.copy_no, r.state) for r in void_slip.void_slip_prints(ws, c)] == \
        [(0, "printed"), (1, "failed")]
    assert [(r.copy_no, r.state, r.receipt_no) for r in void_slip.void_slip_prints(ws, d)] == \
        [(0, "failed", "REL-01-W01-20261127-00004")]
    # The day's close and its reports.
    closed = dayclose.closed_day(ws, date.fromisoformat(day.manifest["business_date"]))
    assert sorted(r.kind for r in closed.reports) == ["register_csv", "register_pdf", "z_report"]
    assert all(r.intact() and r.path.parent == day.home / "reports" / day.manifest["business_date"]
               for r in closed.reports)
    entry = ws.conn.execute("SELECT details FROM audit_log WHERE action = 'day.closed'").fetchone()
    assert json.loads(entry["details"])["reports"] == {r.kind: r.sha256 for r in closed.reports}
    assert audit.verify(ws.conn) == []


def test_what_the_release_kept_prints_again_under_the_same_rules(upgraded):
    ws, day = upgraded
    a, b, c, d, e = (day.payment(n) for n in "ABCDE")
    teller = users.get(ws.conn, TELLER_ID)
    since = time.time()
    # A's original went out under the release: now only a copy, numbered after its two.
    with pytest.raises(RuleError) as info:
        documents.print_receipt(ws, a)
    assert info.value.code == "receipt_already_printed"
    copy = documents.print_or_reprint(ws, a, reprint=True, by=teller)
    assert copy.copy and copy.copy_no == 3 and copy.pdf_path.endswith("-00001-copy-3.pdf")
    wait_printed(documents.receipt_prints, ws, a, copy.job_id)
    find_output("REL-01-W01-20261127-00001", since, also="КОПИЯ / КӨШІРМЕ / COPY")[0].unlink()
    # B's original never reached a printer: it prints as the original, from the release's file.
    original = documents.print_receipt(ws, b)
    assert not original.copy and original.pdf_path == load_payment(ws, b).receipt_pdf
    wait_printed(documents.receipt_prints, ws, b, original.job_id)
    assert documents.last_print_failed(ws, date.fromisoformat(day.manifest["business_date"])) == []
    # Void slips: C's original went out, so a copy (-void-copy-2 after the failed -1); D's
    # original never did, so it prints now.
    with pytest.raises(RuleError) as info:
        void_slip.print_void_slip(ws, c)
    assert info.value.code == "void_slip_already_printed"
    assert void_slip.print_void_slip(ws, c, copy=True, by=teller).name == "REL-01-W01-20261127-00003-void-copy-2.pdf"
    assert void_slip.print_void_slip(ws, d).name == "REL-01-W01-20261127-00004-void.pdf"
    for pid in (c, d):
        wait_printed(void_slip.void_slip_prints, ws, pid, void_slip.void_slip_prints(ws, pid)[-1].job_id)
    # The receipt the release owed (E, of the next day) is made into the same archive.
    assert [o.payment_id for o in receipts_owed.owed(ws.conn)] == [e]
    assert receipts_owed.make_owed(ws).made == [load_payment(ws, e).receipt_no]
    (made,) = receipt_archive.entries(ws.conn, e)
    assert load_payment(ws, e).receipt_pdf == str(made.path) and made.qr_payload
    assert audit.verify(ws.conn) == []


def test_cashier_audit_verify_stays_clean_after_the_upgrade(upgraded):
    ws, day = upgraded
    documents.print_receipt(ws, day.payment("A"), copy=True, by=users.get(ws.conn, TELLER_ID))
    env = {**os.environ, "CASHIER_HOME": str(day.home), "CASHIER_SPC_URL": "http://127.0.0.1:9/",
           "CASHIER_SPC_TOKEN": "t", "CASHIER_WORKSTATION_ID": day.manifest["workstation_id"],
           "CASHIER_RECEIPT_KEY": KEY.hex()}
    env.pop("CASHIER_BACKOFFICE_URL", None)
    done = subprocess.run([sys.executable, "-m", "cashier", "audit", "verify"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["intact"] and report["consistent"], report
    report = subprocess.run([sys.executable, "-m", "cashier", "day", "report", "--date",
                             day.manifest["business_date"]], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert report.returncode == 0, report.stderr
    files = json.loads(report.stdout)
    assert all(files[kind]["intact"] for kind in ("register_pdf", "register_csv", "z_report"))
    assert Path(files["z_report"]["path"]).is_file()
