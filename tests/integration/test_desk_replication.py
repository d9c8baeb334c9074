"""The desk's journal at the back office: replicated by the desk's own replicator, against a
real back office on SQLite and on PostgreSQL; tampering a copy of the desk's database the
way someone with the file would, and `cashier audit verify` catching it off the desk."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import accounts, drawer, money, payments
from cashier.config import Config
from cashier.identity import audit
from cashier.sync import replicator
from cashier.workstation import Workstation
from tests.support.backoffice_server import backoffice, unique_ws  # noqa: F401
from tests.support.desk_journal import open_day
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                     TELLER_PASSWORD, staff_desk)

ROOT = Path(__file__).resolve().parents[2]


def desk_ws(home: Path, spc, bo, ws_id: str) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id=ws_id, backoffice_url=bo.url)
    return Workstation(cfg, token=spc.token_for(ws_id), backoffice_token=bo.token_for(ws_id))


def cli(home: Path, spc, bo, ws_id: str, *args: str, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
            "CASHIER_SPC_TOKEN": spc.token_for(ws_id), "CASHIER_WORKSTATION_ID": ws_id,
            "CASHIER_BACKOFFICE_URL": bo.url, "CASHIER_BACKOFFICE_TOKEN": bo.token_for(ws_id),
            **env}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def day(tmp_path, spc_server, backoffice):  # noqa: F811
    ws_id = unique_ws()
    home = tmp_path / "ws"
    open_day(home, spc_server, ws_id, payments=5)
    return home, ws_id


def test_the_journal_reaches_the_back_office_once_and_a_resend_is_harmless(day, spc_server,
                                                                           backoffice):  # noqa: F811
    home, ws_id = day
    with desk_ws(home, spc_server, backoffice, ws_id) as ws:
        last = ws.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        report = replicator.replicate_once(ws)
        assert (report.pending, report.accepted_through) == (0, last["id"]) and report.heartbeat
        assert backoffice.api(ws_id).get(f"v1/anchors/{ws_id}").json()["hash"] == last["hash"]
        ws.conn.execute("UPDATE state SET value = '0' WHERE key = ?", (replicator.K_SENT,))
        again = replicator.replicate_once(ws)  # the cursor lost: everything again, skipped there
        assert again.sent == last["id"] and again.alarm is None
        status = replicator.backoffice_status(ws)
        assert status["pending"] == 0 and status["last_contact_ok"] is True
        # the branch sees the desk, its open session and the cash it should hold
        desks = ws.backoffice.branch_desks(ws.config.branch, ws.now().date().isoformat())
        mine = next(d for d in desks if d["workstation_id"] == ws_id)
        session = drawer.current(ws.conn, ws_id)
        assert mine["session"]["expected_cash"] == money.to_wire(
            drawer.expected_cash(ws.conn, session.session_id))


def test_deleting_the_newest_rows_is_caught_by_audit_verify(day, spc_server, backoffice):  # noqa: F811
    home, ws_id = day
    with desk_ws(home, spc_server, backoffice, ws_id) as ws:
        replicator.replicate_once(ws)
    clean = cli(home, spc_server, backoffice, ws_id, "audit", "verify")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    conn = sqlite3.connect(home / "cashier.db")
    top = conn.execute("SELECT MAX(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id > ?", (top - 3,))  # the chain still checks out
    conn.commit()
    conn.close()
    caught = cli(home, spc_server, backoffice, ws_id, "audit", "verify")
    out = json.loads(caught.stdout)
    assert caught.returncode == 1
    assert [p["kind"] for p in out["backoffice"]] == ["journal_shorter_than_backoffice"]
    assert out["backoffice"][0]["row"] == top


def _rewrite_total(db_path: Path) -> str:
    """Change a payment's total in its row AND its journal entry, recompute the whole chain:
    every check on the desk passes afterwards; only the back office's copy disagrees."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT id, details FROM audit_log WHERE action = 'payment.accepted' "
                       "ORDER BY id LIMIT 1").fetchone()
    details = json.loads(row["details"])
    details["total"] = "1.00"
    conn.execute("UPDATE audit_log SET details = ? WHERE id = ?",
                 (json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                  row["id"]))
    conn.execute("UPDATE payments SET total = 100 WHERE payment_id = ?", (details["payment_id"],))
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (row["id"] - 1,)).fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    for r in conn.execute("SELECT * FROM audit_log WHERE id >= ? ORDER BY id", (row["id"],)).fetchall():
        digest = audit._digest(prev_hash, r["at"], r["actor"], r["action"], r["subject"], r["details"])
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     (prev_hash, digest, r["id"]))
        prev_hash = digest
    conn.commit()
    conn.close()
    return details["payment_id"]


def test_a_recomputed_chain_is_caught_and_the_desk_raises_an_alarm_and_keeps_serving(
        day, spc_server, backoffice, tmp_path):  # noqa: F811
    home, ws_id = day
    with desk_ws(home, spc_server, backoffice, ws_id) as ws:
        replicator.replicate_once(ws)
    _rewrite_total(home / "cashier.db")
    with desk_ws(home, spc_server, backoffice, ws_id) as ws:
        assert audit.verify(ws.conn) == []  # the chain itself is consistent again
        assert [p["kind"] for p in replicator.check_anchor(ws)] == ["journal_differs_from_backoffice"]
        # The desk goes on: a payment, then the replicator meets the rewritten history.
        staff = staff_desk(ws)
        paid = payments.accept_payment(ws, payments.build_draft(
            accounts.find_account(ws, "1002003005"), None, {}, "20000"), staff.teller)
        report = replicator.replicate_once(ws)
        # The desk knows before it sends (the anchor), and sends all the same so that the back
        # office records the conflict as the branch's alarm.
        assert report.alarm is not None
        assert report.alarm["code"] == "journal_differs_from_backoffice"
        assert replicator.backoffice_status(ws)["alarm"]["code"] == report.alarm["code"]
        alarms = backoffice.api(ws_id).get(f"v1/branches/{ws.config.branch}/desks",
                                           params={"business_date": paid.business_date.isoformat()})
        mine = next(d for d in alarms.json()["desks"] if d["workstation_id"] == ws_id)
        assert [a["code"] for a in mine["alarms"]] == ["chain_conflict"], mine
        # a supervisor acknowledges it (a journal entry); the desk still takes payments
        acked = replicator.acknowledge_alarm(ws, staff.supervisor, "IT called, ticket 4711")
        assert acked["acknowledged_by"] == SUPERVISOR_ID
        # One incident: the next passes (the anchor again, the send's chain_conflict) do not
        # raise it again over the acknowledgement.
        for _ in range(2):
            assert replicator.replicate_once(ws).alarm["acknowledged_by"] == SUPERVISOR_ID
        assert payments.accept_payment(ws, payments.build_draft(
            accounts.find_account(ws, "1002003005"), None, {}, "20000"), staff.teller).receipt_no
    verified = cli(home, spc_server, backoffice, ws_id, "audit", "verify")
    assert verified.returncode == 1
    assert json.loads(verified.stdout)["backoffice"][0]["kind"] == "journal_differs_from_backoffice"


def test_the_cli_syncs_and_reports(day, spc_server, backoffice):  # noqa: F811
    home, ws_id = day
    done = cli(home, spc_server, backoffice, ws_id, "backoffice", "sync", "--once")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["pending"] == 0 and out["status"]["sent_seq"] == out["status"]["journal_seq"]
    status = json.loads(cli(home, spc_server, backoffice, ws_id, "backoffice", "status").stdout)
    assert status["configured"] and status["alarm"] is None
    refused = cli(home, spc_server, backoffice, ws_id, "branch", "--json", "--as", TELLER_ID,
                  CASHIER_PASSWORD=TELLER_PASSWORD)
    assert refused.returncode != 0 and json.loads(refused.stderr)["error"]["code"] == "role_required"
    branch = cli(home, spc_server, backoffice, ws_id, "branch", "--json", "--as", SUPERVISOR_ID,
                 CASHIER_PASSWORD=SUPERVISOR_PASSWORD)
    assert branch.returncode == 0, branch.stderr
    view = json.loads(branch.stdout)
    mine = next(d for d in view["desks"] if d["workstation_id"] == ws_id)
    # The CLI's figures are the branch view's typed ones: minor units, the session's cash.
    assert mine["payments_count"] == 7 and mine["voids_count"] == 1
    assert mine["session"]["expected_cash"] > 0 and mine["day"] == "open"


def test_a_typed_user_id_with_control_characters_does_not_stop_the_journal(day, spc_server,
                                                                           backoffice):  # noqa: F811
    """The sign-in records what was typed; the back office refuses control characters and
    names over 200 characters in actor and subject, which would block the journal for good."""
    from cashier.identity import users
    from cashier.storage import db
    home, ws_id = day
    with desk_ws(home, spc_server, backoffice, ws_id) as ws:
        for typed in ("t.te\x01st\x85", "x" * 250, "evil\u2028line"):
            with pytest.raises(users.AuthError):
                users.authenticate(ws.conn, ws.now(), typed, "whatever-1")
        with db.atomic(ws.conn):
            audit.record(ws.conn, ws.now(), "\ud800lone", "test.note", None, {})
        report = replicator.replicate_once(ws)
        assert report.alarm is None and report.pending == 0, report
        rows = ws.conn.execute("SELECT actor, details FROM audit_log WHERE action = "
                               "'sign_in.failed' ORDER BY id DESC LIMIT 3").fetchall()
        assert {len(r["actor"]) <= 200 and "\x01" not in r["actor"] for r in rows} == {True}
        assert json.loads(rows[-1]["details"])["typed"]["actor"] == "t.te\x01st\x85"
    verified = cli(home, spc_server, backoffice, ws_id, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
