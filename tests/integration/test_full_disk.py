"""A real full disk (a small tmpfs the test mounts) and a real SIGKILL after the commit.

The payment is either not accepted at all (the database could not grow) and the
teller and the CLI are told `disk_full` in words, or it is accepted and its receipt
is owed: made as soon as it can be, shown until then, and the day close waits for it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import accounts, dayclose, payments, sync
from cashier.storage.records import load_payment
from cashier.documents import receipts_owed
from cashier.config import Config
from cashier.errors import RuleError, StorageError
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.fullfs import fill, small_tmpfs
from tests.support.staffing import TELLER_ID, TELLER_PASSWORD, staff_desk

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-01-W01"
TABLES = ("payments", "payment_lines", "outbox", "receipt_counters", "audit_log", "cash_movements")


def counts(ws) -> dict:
    return {t: ws.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def cli(home: Path, spc, *args: str, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
            "CASHIER_SPC_TOKEN": spc.token_for(WS_ID), "CASHIER_WORKSTATION_ID": WS_ID,
            "CASHIER_RECEIPT_KEY": "cd" * 32, **env}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def desk(home: Path, spc) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id=WS_ID)
    return Workstation(cfg, token=spc.token_for(WS_ID))


def draft(ws, tendered: str = "20000"):
    account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
    return payments.build_draft(account, None, {}, tendered)


@pytest.mark.timeout(120)
def test_a_full_disk_refuses_the_payment_whole_and_the_next_one_has_no_gap(tmp_path, fresh_spc):
    with small_tmpfs(tmp_path / "disk", 3072) as home:
        with desk(home, fresh_spc) as ws:
            staff = staff_desk(ws)
            d = draft(ws)
            ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = counts(ws)
            filler = fill(home)
            with pytest.raises(StorageError) as info:
                payments.accept_payment(ws, d, staff.teller)
            assert info.value.code == "disk_full"
            assert "disk is full" in info.value.message
            assert not ws.conn.in_transaction
            assert counts(ws) == before
            filler.unlink()
            payment = payments.accept_payment(ws, d, staff.teller)
            assert payment.receipt_no.endswith("-00001")
            assert payment.receipt_pdf and Path(payment.receipt_pdf).is_file()


@pytest.mark.timeout(120)
def test_the_cli_on_a_full_disk_says_disk_full_in_json_and_no_traceback(tmp_path, fresh_spc):
    with small_tmpfs(tmp_path / "disk", 3072) as home:
        with desk(home, fresh_spc) as ws:
            staff_desk(ws)
            accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
            ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        fill(home)
        done = cli(home, fresh_spc, "pay", "--as", TELLER_ID, "--account",
                   DEMO_ACCOUNTS["typical"], "--tendered", "20000", CASHIER_PASSWORD=TELLER_PASSWORD)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        error = json.loads(done.stderr.strip().splitlines()[-1])["error"]
        assert error["code"] == "disk_full", done.stderr


@pytest.mark.timeout(180)
def test_a_receipt_the_full_disk_could_not_take_is_owed_shown_and_made_later(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    with desk(home, fresh_spc) as ws:
        staff = staff_desk(ws)
        d = draft(ws)
        with small_tmpfs(home / "receipts", 256) as receipts:
            filler = fill(receipts)
            payment = payments.accept_payment(ws, d, staff.teller)
            # The payment stands (it is durable and on its way to the SPC); its receipt is owed.
            assert load_payment(ws, payment.payment_id).status == "accepted"
            assert payment.receipt_pdf is None and payment.receipt_problem == "disk_full"
            assert sync.queue_status(ws).extra["receipts_owed"] == 1
            status = cli(home, fresh_spc, "status", "--json")
            assert status.returncode == 0, status.stderr
            shown = json.loads(status.stdout)
            assert shown["receipts_owed"] == 1
            assert [(i["receipt_no"], i["error_code"]) for i in shown["receipts_owed_items"]] == \
                [(payment.receipt_no, "disk_full")]
            assert "still owed" in status.stderr
            # The close waits for it, and says why.
            sync.sync_once(ws)
            with pytest.raises(RuleError) as info:
                dayclose.close_day(ws, staff.supervisor, payment.business_date, ["20000=1"], "x")
            assert info.value.code == "day_has_receipts_owed"
            filler.unlink()
            # Space is back: the next start of the command makes it.
            status = cli(home, fresh_spc, "status", "--json")
            assert json.loads(status.stdout)["receipts_owed"] == 0, status.stderr
            assert payment.receipt_no in status.stderr  # "receipts owed ... were made"
            made = load_payment(ws, payment.payment_id)
            assert made.receipt_pdf and Path(made.receipt_pdf).read_bytes().startswith(b"%PDF")
            assert receipts_owed.owed(ws.conn) == []


@pytest.mark.timeout(180)
def test_a_process_killed_right_after_the_commit_leaves_a_receipt_the_next_start_makes(
        tmp_path, fresh_spc):
    """SIGKILL between the commit and the PDF (23 of 49 kills landed there in a campaign)."""
    home = tmp_path / "ws"
    with desk(home, fresh_spc) as ws:
        staff_desk(ws)
    script = (
        "import os, signal, sys\n"
        "from cashier import accounts, payments\n"
        "from cashier.config import Config\n"
        "from cashier.workstation import Workstation\n"
        "from cashier.identity.users import get\n"
        f"cfg = Config(home=__import__('pathlib').Path({str(home)!r}), spc_url={fresh_spc.url!r}, "
        f"workstation_id={WS_ID!r})\n"
        f"ws = Workstation(cfg, token={fresh_spc.token_for(WS_ID)!r})\n"
        f"account = accounts.find_account(ws, {DEMO_ACCOUNTS['typical']!r})\n"
        "d = payments.build_draft(account, None, {}, '20000')\n"
        f"p = payments.accept_payment(ws, d, get(ws.conn, {TELLER_ID!r}), write_pdf=False)\n"
        "print(p.receipt_no, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)  # committed; the PDF was next\n")
    killed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    receipt_no = killed.stdout.strip()
    with desk(home, fresh_spc) as ws:
        assert [o.receipt_no for o in receipts_owed.owed(ws.conn)] == [receipt_no]
    status = cli(home, fresh_spc, "status", "--json")  # any teller-facing start makes it
    assert json.loads(status.stdout)["receipts_owed"] == 0, status.stderr
    with desk(home, fresh_spc) as ws:
        assert receipts_owed.owed(ws.conn) == []
        row = ws.conn.execute("SELECT path, sha256 FROM receipt_archive").fetchone()
        import hashlib
        assert hashlib.sha256(Path(row["path"]).read_bytes()).hexdigest() == row["sha256"]
