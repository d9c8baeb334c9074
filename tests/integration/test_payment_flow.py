"""A payment from the `cashier` command to the SPC's register, against the real SPC."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import accounts, payments, sync
from cashier.storage.records import load_payment
from cashier.storage import db
from cashier.config import Config
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import TELLER_ID, TELLER_PASSWORD, staff_desk, teller_of

ROOT = Path(__file__).resolve().parents[2]
TYPICAL = DEMO_ACCOUNTS["typical"]


def cashier(home: Path, spc, *args: str, ws_id: str = "ALM-01-W01", token: str | None = None,
            check: bool = True, user: str | None = TELLER_ID,
            password: str = TELLER_PASSWORD) -> subprocess.CompletedProcess:
    """`cashier ARGS` as the teller t.test, whose cash session is open at `home`."""
    with Workstation(Config(home=home, spc_url=spc.url, workstation_id=ws_id), token="x") as ws:
        staff_desk(ws)
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
           "CASHIER_SPC_TOKEN": token if token is not None else spc.token_for(ws_id),
           "CASHIER_WORKSTATION_ID": ws_id, "CASHIER_PASSWORD": password}
    env.pop("CASHIER_USER", None)
    if user:
        env["CASHIER_USER"] = user
    out = subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    if check and out.returncode not in (0, 2):
        raise AssertionError(f"cashier {args} failed ({out.returncode}): {out.stderr}")
    return out


def status(home, spc, **kw) -> dict:
    return json.loads(cashier(home, spc, "status", "--json", **kw).stdout)


def register(spc, day: str, ws_id: str = "ALM-01-W01") -> dict:
    resp = spc.api(ws_id).get(f"v1/registers/{day}", params={"workstation_id": ws_id})
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_pay_prints_the_payment_and_sync_delivers_it_once(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    out = cashier(home, fresh_spc, "pay", "--account", TYPICAL, "--tendered", "100000")
    paid = json.loads(out.stdout)
    assert set(paid) >= {"payment_id", "receipt_no", "receipt_pdf", "total", "change"}
    assert paid["receipt_no"].startswith("ALM-01-W01-") and paid["receipt_no"].endswith("-00001")
    assert Path(paid["receipt_pdf"]).read_bytes().startswith(b"%PDF")
    assert status(home, fresh_spc)["waiting"] == 1

    sent = cashier(home, fresh_spc, "sync", "--once")
    assert sent.returncode == 0, sent.stdout
    st = status(home, fresh_spc)
    assert st["waiting"] == 0 and st["last_contact_ok"] is True and st["last_contact_at"]

    reg = register(fresh_spc, paid["business_date"])
    assert [(p["payment_id"], p["receipt_no"], p["total"]) for p in reg["payments"]] == \
        [(paid["payment_id"], paid["receipt_no"], paid["total"])]
    # A second pass sends nothing and changes nothing.
    assert json.loads(cashier(home, fresh_spc, "sync", "--once").stdout)["sent"] == 0
    assert register(fresh_spc, paid["business_date"])["count"] == 1


def test_pay_needs_the_tellers_password_and_saves_nothing_without_it(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    args = ("pay", "--account", TYPICAL, "--tendered", "100000")
    nobody = cashier(home, fresh_spc, *args, user=None, check=False)
    assert nobody.returncode == 64 and json.loads(nobody.stderr)["error"]["field"] == "actor"
    wrong = cashier(home, fresh_spc, *args, password="not-my-password", check=False)
    assert wrong.returncode == 1 and json.loads(wrong.stderr)["error"]["code"] == "auth_failed"
    assert status(home, fresh_spc)["accepted"] == 0 and status(home, fresh_spc)["waiting"] == 0
    paid = json.loads(cashier(home, fresh_spc, *args).stdout)  # the teller's own password
    session = json.loads(cashier(home, fresh_spc, "session", "status").stdout)
    assert session["user_id"] == TELLER_ID and session["expected"] == paid["total"]


def test_amounts_and_readings_from_the_command_line(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    account = fresh_spc.api().get(f"v1/accounts/{TYPICAL}").json()
    metered = next(s for s in account["services"] if s["meter"])
    prev = metered["meter"]["previous_reading"]
    new_reading = str(int(prev.split(".")[0]) + 42)
    out = cashier(home, fresh_spc, "pay", "--account", TYPICAL, "--amount", f"{metered['code']}=500,50",
                  "--reading", f"{metered['code']}={new_reading}", "--tendered", "1000")
    paid = json.loads(out.stdout)
    assert (paid["total"], paid["change"]) == ("500.50", "499.50")
    assert cashier(home, fresh_spc, "sync", "--once").returncode == 0
    stored = fresh_spc.api().get(f"v1/accounts/{TYPICAL}").json()
    after = next(s for s in stored["services"] if s["code"] == metered["code"])
    assert after["meter"]["previous_reading"] == f"{new_reading}.000"


@pytest.mark.parametrize("args,code", [
    (["--account", "12ab", "--tendered", "10"], "account_invalid"),
    (["--account", "9999999999", "--tendered", "10"], "account_not_found"),
    (["--account", TYPICAL, "--tendered", "1"], "tendered_insufficient"),
    (["--account", TYPICAL, "--amount", "ELEC=1.234", "--tendered", "99999"], "amount_too_many_decimals"),
    (["--account", TYPICAL, "--amount", "ELEC=-5", "--tendered", "99999"], "amount_negative"),
    (["--account", TYPICAL, "--reading", "ELEC=1", "--tendered", "99999"], "reading_below_previous"),
])
def test_bad_input_is_refused_with_a_code_and_saves_nothing(tmp_path, fresh_spc, args, code):
    home = tmp_path / "ws"
    out = cashier(home, fresh_spc, "pay", *args, check=False)
    assert out.returncode == 1, out.stdout
    err = json.loads(out.stderr)
    assert code in [e["code"] for e in err["errors"]], err
    st = status(home, fresh_spc)
    assert st["waiting"] == 0 and st["accepted"] == 0


def _ws(home: Path, spc, token: str | None = None) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id="ALM-01-W01", teller_id="t.test")
    return Workstation(cfg, token=token or spc.token_for("ALM-01-W01"))


def test_offline_payment_waits_and_goes_out_once_when_the_spc_returns(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    with _ws(home, fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)  # seen once while online: now cached
        fresh_spc.stop()
        offline = accounts.find_account(ws, TYPICAL)
        assert offline.cached_at is not None and offline.services == account.services
        payment = payments.accept_payment(ws, payments.build_draft(offline, None, {}, "100000"), teller_of(ws))
        report = sync.sync_once(ws)
        assert report.unreachable and report.deferred == 1
        st = sync.queue_status(ws)
        assert st.waiting == 1 and st.last_contact_ok is False

        fresh_spc.start()
        # The backoff has pushed the retry into the future; make it due now.
        with db.atomic(ws.conn):
            ws.conn.execute("UPDATE outbox SET next_attempt_at = ?", (ws.now().isoformat(),))
        assert sync.sync_once(ws).accepted == 1
        assert sync.queue_status(ws).waiting == 0
        assert sync.sync_once(ws).sent == 0
    reg = register(fresh_spc, payment.business_date.isoformat())
    assert [p["payment_id"] for p in reg["payments"]] == [payment.payment_id]


def test_a_lost_answer_is_resent_and_the_spc_replays_instead_of_doubling(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    with _ws(home, fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)
        payment = payments.accept_payment(ws, payments.build_draft(account, None, {}, "100000"), teller_of(ws))
        body = ws.conn.execute("SELECT body FROM outbox").fetchone()[0]
        # The SPC got the payment but the workstation never heard back.
        first = ws.client.post_payment(payment.payment_id, body.encode())
        assert first["replayed"] is False
        assert sync.sync_once(ws).accepted == 1
        row = ws.conn.execute("SELECT spc_txn_id, replayed FROM outbox").fetchone()
        assert row["spc_txn_id"] == first["spc_txn_id"] and row["replayed"] == 1
    assert register(fresh_spc, payment.business_date.isoformat())["count"] == 1


def test_a_payment_the_spc_rejects_is_kept_and_shown(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    with _ws(home, fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)
        metered = next(s for s in account.services if s.meter)
        prev = metered.meter.previous_reading // 1000
        # Two payments taken offline from the same invoice; the second carries a
        # lower reading than the first, which the SPC refuses once the first is in.
        high = payments.build_draft(account, {metered.code: "100"}, {metered.code: str(prev + 50)}, "100")
        low = payments.build_draft(account, {metered.code: "100"}, {metered.code: str(prev + 10)}, "100")
        payments.accept_payment(ws, high, teller_of(ws))
        rejected = payments.accept_payment(ws, low, teller_of(ws))
        report = sync.sync_once(ws)
        assert (report.accepted, report.rejected) == (1, 1)
        st = sync.queue_status(ws)
        assert st.rejected == 1 and st.waiting == 0
        [entry] = sync.outbox_entries(ws, ("rejected",))
        assert entry.payment_id == rejected.payment_id
        assert entry.last_error_code == "reading_below_previous"
        # The payment itself is still there with its receipt.
        assert load_payment(ws, rejected.payment_id).receipt_pdf


def test_wrong_credentials_park_the_queue_until_the_token_changes(tmp_path, fresh_spc):
    home = tmp_path / "ws"
    with _ws(home, fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)
        payments.accept_payment(ws, payments.build_draft(account, None, {}, "100000"), teller_of(ws))
        payments.accept_payment(ws, payments.build_draft(account, None, {}, "100000"), teller_of(ws))
    with _ws(home, fresh_spc, token="not-a-valid-token") as ws:
        report = sync.sync_once(ws)
        assert report.auth_problem and report.accepted == 0
        st = sync.queue_status(ws)
        assert st.attention == 2 and st.waiting == 0 and st.last_contact_ok is False
        assert "credentials" in (st.last_error or "")
    with _ws(home, fresh_spc) as ws:  # IT put the right token back
        assert sync.sync_once(ws).accepted == 2
        assert sync.queue_status(ws).attention == 0


def test_one_sender_per_database(tmp_path, fresh_spc):
    with _ws(tmp_path / "ws", fresh_spc) as ws:
        with sync.sender_lock(ws):
            held = subprocess.run([sys.executable, "-m", "cashier", "sync", "--once"], cwd=ROOT,
                                  env={**os.environ, "CASHIER_HOME": str(tmp_path / "ws"),
                                       "CASHIER_SPC_URL": fresh_spc.url, "CASHIER_SPC_TOKEN": "x"},
                                  capture_output=True, text=True, timeout=60)
        assert held.returncode == 1
        assert json.loads(held.stderr)["error"]["code"] == "sender_busy"
