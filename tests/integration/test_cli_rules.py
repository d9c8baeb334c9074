"""Rules at the command line: a supervisor resolves or retries a refused payment; bad
arguments get the message that fits them and change nothing."""
from __future__ import annotations

import json

from cashier.storage.records import load_payment
from cashier.config import Config
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.integration.test_payment_flow import cashier, status
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD

TYPICAL = DEMO_ACCOUNTS["typical"]


def _refused_payment(home, spc) -> dict:
    """Two payments whose second reading is below the first: the SPC refuses the second."""
    account = spc.api().get(f"v1/accounts/{TYPICAL}").json()
    metered = next(s for s in account["services"] if s["meter"])
    prev = int(metered["meter"]["previous_reading"].split(".")[0])
    code = metered["code"]
    cashier(home, spc, "pay", "--account", TYPICAL, "--amount", f"{code}=10",
            "--reading", f"{code}={prev + 100}", "--tendered", "10")
    bad = json.loads(cashier(home, spc, "pay", "--account", TYPICAL, "--amount", f"{code}=10",
                             "--reading", f"{code}={prev + 1}", "--tendered", "10").stdout)
    cashier(home, spc, "sync", "--once")
    assert status(home, spc)["rejected"] == 1
    return bad


def test_resolving_a_refused_payment_needs_a_supervisor(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    bad = _refused_payment(home, fresh_spc)
    args = ("queue", "resolve", bad["receipt_no"], "--note", "refunded the payer")
    teller = cashier(home, fresh_spc, *args, check=False)  # as the teller t.test
    assert teller.returncode == 1
    assert json.loads(teller.stderr)["error"]["code"] == "role_required"
    assert status(home, fresh_spc)["rejected"] == 1
    done = cashier(home, fresh_spc, *args, "--as", SUPERVISOR_ID, password=SUPERVISOR_PASSWORD)
    assert json.loads(done.stdout) == {"resolved": bad["payment_id"], "by": SUPERVISOR_ID}
    assert status(home, fresh_spc)["rejected"] == 0
    again = cashier(home, fresh_spc, *args, "--as", SUPERVISOR_ID, password=SUPERVISOR_PASSWORD,
                    check=False)
    assert json.loads(again.stderr)["error"]["code"] == "not_rejected"


def test_retrying_a_refused_payment_needs_a_supervisor_and_sends_the_same_body(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    bad = _refused_payment(home, fresh_spc)
    with Workstation(Config(home=home, spc_url=fresh_spc.url, workstation_id="ALM-01-W01"),
                     token=fresh_spc.token_for("ALM-01-W01")) as ws:
        body = ws.conn.execute("SELECT body FROM outbox WHERE payment_id = ?",
                               (bad["payment_id"],)).fetchone()[0]
    teller = cashier(home, fresh_spc, "queue", "retry", bad["payment_id"], check=False)
    assert json.loads(teller.stderr)["error"]["code"] == "role_required"
    done = cashier(home, fresh_spc, "queue", "--as", SUPERVISOR_ID, "retry", bad["payment_id"],
                   password=SUPERVISOR_PASSWORD)
    out = json.loads(done.stdout)
    assert out["retried"] == bad["payment_id"] and out["sent"]["rejected"] == 1  # same refusal
    with Workstation(Config(home=home, spc_url=fresh_spc.url, workstation_id="ALM-01-W01"),
                     token=fresh_spc.token_for("ALM-01-W01")) as ws:
        row = ws.conn.execute("SELECT body, state, attempts FROM outbox WHERE payment_id = ?",
                              (bad["payment_id"],)).fetchone()
        assert row["body"] == body and row["state"] == "rejected" and row["attempts"] == 2
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log")]
        assert "payment.rejection_retried" in actions


def test_a_repeated_amount_an_empty_tendered_and_a_short_reason_are_refused_in_words(
        tmp_path, fresh_spc, monkeypatch):
    home = tmp_path / "ws"
    repeated = cashier(home, fresh_spc, "pay", "--account", TYPICAL, "--amount", "ELEC=100",
                       "--amount", "elec=1000", "--tendered", "5000", check=False)
    error = json.loads(repeated.stderr)["error"]
    assert (repeated.returncode, error["code"], error["field"]) == (1, "amount_repeated", "amount:ELEC")
    empty = cashier(home, fresh_spc, "pay", "--account", TYPICAL, "--tendered", " ", check=False)
    assert json.loads(empty.stderr)["error"]["code"] == "tendered_empty"
    assert status(home, fresh_spc)["accepted"] == 0 and status(home, fresh_spc)["waiting"] == 0
    paid = json.loads(cashier(home, fresh_spc, "pay", "--account", TYPICAL, "--tendered",
                              "100000").stdout)
    monkeypatch.setenv("CASHIER_SUPERVISOR_PASSWORD", SUPERVISOR_PASSWORD)
    short = cashier(home, fresh_spc, "void", paid["receipt_no"], "--reason", "oops",
                    "--supervisor", SUPERVISOR_ID, check=False)
    error = json.loads(short.stderr)["error"]
    assert (error["code"], error["field"]) == ("reason_too_short", "reason")
    with Workstation(Config(home=home, spc_url=fresh_spc.url, workstation_id="ALM-01-W01"),
                     token="x") as ws:
        assert load_payment(ws, paid["payment_id"]).status == "accepted"


def test_an_amount_far_above_its_due_needs_confirm_over_due(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    account = fresh_spc.api().get(f"v1/accounts/{TYPICAL}").json()
    line = next(s for s in account["services"] if float(s["amount_due"]) > 1 and not s["meter"])
    ten_times = f"{float(line['amount_due']) * 10:.2f}"
    args = ("pay", "--account", TYPICAL, "--amount", f"{line['code']}={ten_times}",
            "--tendered", "1000000")
    refused = cashier(home, fresh_spc, *args, check=False)
    error = json.loads(refused.stderr)["error"]
    assert (refused.returncode, error["code"], error["field"]) == \
        (1, "amount_far_above_due", f"amount:{line['code']}")
    held = status(home, fresh_spc)
    assert held["waiting"] + held["accepted"] == 0
    paid = json.loads(cashier(home, fresh_spc, *args, "--confirm-over-due").stdout)
    held = status(home, fresh_spc)
    assert paid["receipt_no"] and held["waiting"] + held["accepted"] == 1


def test_a_wrong_argument_is_one_json_error_and_a_closed_pipe_no_traceback(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    for args in (("pay", "--account", TYPICAL, "--no-print"),
                 ("users", "add", "x.w", "--name", "W", "--role", "god"),
                 ("day", "close", "--counted", "1")):
        done = cashier(home, fresh_spc, *args, check=False)
        assert done.returncode == 64 and "Traceback" not in done.stderr, done.stderr
        error = json.loads(done.stderr)["error"]
        assert error["code"] == "usage" and "usage: cashier" in error["message"]
    import os
    import subprocess
    import sys
    from tests.integration.test_payment_flow import ROOT
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": fresh_spc.url,
           "CASHIER_SPC_TOKEN": fresh_spc.token_for("ALM-01-W01"),
           "CASHIER_WORKSTATION_ID": "ALM-01-W01"}
    read_end, write_end = os.pipe()
    os.close(read_end)   # the reader went away before the first line (`| head`, a closed viewer)
    try:
        done = subprocess.run([sys.executable, "-m", "cashier", "status", "--json"], cwd=ROOT,
                              env=env, stdout=write_end, stderr=subprocess.PIPE, text=True,
                              timeout=60)
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
