"""`cashier audit verify` finds data that disagrees with the journal, with no back office.

One real day (payments with lines and a meter reading, a void, a day close, user
changes, a password rehashed at a sign-in through the real CLI) makes a pristine
database. Each case edits a copy of it with sqlite3, as someone with the file
would, leaving the audit chain untouched; the cross-check names the row.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from cashier.documents import receipt_code
from cashier.identity import audit, audit_check
from cashier.storage import db
from cashier.config import Config
from cashier.workstation import Workstation
from tests.conftest import SpcProcess
from tests.support.busy_day import RECEIPT_KEY, run_day
from tests.support.staffing import ADMIN_ID, ADMIN_PASSWORD, TELLER_ID

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-02-W07"


def cli(home: Path, *args: str, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": "http://127.0.0.1:9/",
            "CASHIER_SPC_TOKEN": "x", "CASHIER_WORKSTATION_ID": WS_ID, **env}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """(database file, facts) of one untouched day; every case edits a copy."""
    work = tmp_path_factory.mktemp("journal")
    spc = SpcProcess(work / "spc", demo_accounts=50)
    spc.workdir.mkdir()
    spc.start()
    home = work / "ws"
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
            cfg = Config(home=home, spc_url=spc.url, workstation_id=WS_ID)
            with Workstation(cfg, token=spc.token_for(WS_ID)) as ws:
                day = run_day(ws)
    finally:
        spc.stop()
    # The CLI hashes at the production cost: signing the admin in there rehashes the
    # password the tests stored at a low cost, and the journal must follow.
    done = cli(home, "users", "--as", ADMIN_ID, "enable", "t.extra", CASHIER_PASSWORD=ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    facts = {"paid": [p.payment_id for p in day.paid], "voided": day.voided.payment_id,
             "receipts": [p.receipt_no for p in day.paid], "day": day.closed.business_date}
    return home / "cashier.db", facts


def copy_of(src: Path, dst_dir: Path) -> Path:
    dst_dir.mkdir()
    s, d = sqlite3.connect(src), sqlite3.connect(dst_dir / "cashier.db")
    s.backup(d)
    s.close()
    d.close()
    return dst_dir / "cashier.db"


def tamper(path: Path, *statements: tuple) -> None:
    """Edit the file as someone with sqlite3 would: foreign keys off, the chain untouched."""
    conn = sqlite3.connect(path)
    for sql, *args in statements:
        conn.execute(sql, args)
    conn.commit()
    conn.close()


def check(path: Path) -> tuple[list, list[dict]]:
    conn = db.connect(path)
    try:
        return audit.verify(conn), [p.to_json() for p in audit_check.check(conn)]
    finally:
        conn.close()


def test_an_untouched_day_verifies_clean(pristine):
    path, facts = pristine
    chain, data = check(path)
    assert chain == [] and data == []
    conn = db.connect(path)
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log")]
    rehashed = [json.loads(r[0]) for r in conn.execute(
        "SELECT details FROM audit_log WHERE action = 'sign_in.ok' AND subject = ?", (ADMIN_ID,))]
    conn.close()
    for action in ("payment.accepted", "payment.voided", "day.closed", "user.added",
                   "user.disabled", "user.enabled", "user.password_set", "user.role_set"):
        assert action in actions, action
    assert any(d.get("rehashed") for d in rehashed), "the CLI sign-in did not rehash"
    home = path.parent
    out = cli(home, "audit", "verify")
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["intact"] is True and report["consistent"] is True
    assert report["problems"] == [] and report["data_problems"] == []


def _hash(password: str) -> str:
    return PasswordHasher().hash(password)


# name: (statements, [(kind, subject key, field)]) - subject keys name facts or are literal ids.
CASES = {
    "payment total": ([("UPDATE payments SET total = total + 100000 WHERE payment_id = ?", "P0")],
                      [("payment_differs", "P0", "total")]),
    "line amount": ([("UPDATE payment_lines SET amount = amount - 10000 WHERE payment_id = ? "
                      "AND line_no = 1", "P0")],
                    [("payment_differs", "P0", "lines[1].amount")]),
    "line reading": ([("UPDATE payment_lines SET reading = reading + 1000 WHERE payment_id = ? "
                       "AND service_code = 'ELEC'", "P0")],
                     [("payment_differs", "P0", "lines[1].reading")]),
    "line service": ([("UPDATE payment_lines SET service_code = 'SEW' WHERE payment_id = ? "
                       "AND line_no = 2", "P1")],
                     [("payment_differs", "P1", "lines[2].service_code")]),
    "line deleted": ([("DELETE FROM payment_lines WHERE payment_id = ? AND line_no = 2", "P1")],
                     [("payment_differs", "P1", "lines")]),
    "account": ([("UPDATE payments SET account = '1002003005' WHERE payment_id = ?", "P1")],
                [("payment_differs", "P1", "account")]),
    "fee": ([("UPDATE payments SET fee = fee + 5000 WHERE payment_id = ?", "P1")],
            [("payment_differs", "P1", "fee")]),
    "tendered and change": ([("UPDATE payments SET tendered = tendered + 100000, "
                              "change_given = change_given + 100000 WHERE payment_id = ?", "P0")],
                            [("payment_differs", "P0", "tendered"),
                             ("payment_differs", "P0", "change")]),
    "period": ([("UPDATE payments SET period = '2020-01' WHERE payment_id = ?", "P0")],
               [("payment_differs", "P0", "period")]),
    "business date": ([("UPDATE payments SET business_date = '2020-01-01' WHERE payment_id = ?",
                        "P0")],
                      [("payment_differs", "P0", "business_date"),
                       ("receipt_number_wrong", "P0", "receipt_no")]),
    "payment deleted": ([("DELETE FROM payments WHERE payment_id = ?", "P1")],
                        [("payment_missing", "P1", None), ("receipt_gap", "DAY", "seq")]),
    "receipt renumbered": ([("UPDATE payments SET receipt_no = replace(receipt_no, '-00002', "
                             "'-00009'), seq = 9 WHERE payment_id = ?", "P1")],
                           [("payment_differs", "P1", "receipt_no"), ("receipt_gap", "DAY", "seq"),
                            ("receipt_counter_wrong", "DAY", "last_seq")]),
    "receipt number only": ([("UPDATE payments SET receipt_no = receipt_no || 'A' "
                              "WHERE payment_id = ?", "P0")],
                            [("payment_differs", "P0", "receipt_no"),
                             ("receipt_number_wrong", "P0", "receipt_no")]),
    "counter wound back": ([("UPDATE receipt_counters SET last_seq = 1",)],
                           [("receipt_counter_wrong", "DAY", "last_seq")]),
    "payment slipped in": ([("INSERT INTO payments(payment_id, receipt_no, seq, workstation_id, "
                             "teller_id, business_date, accepted_at, account, holder, address, "
                             "period, currency, fee, total, tendered, change_given, status, body) "
                             "SELECT 'forged-1', replace(receipt_no, '-00001', "
                             "'-00004'), 4, workstation_id, teller_id, business_date, accepted_at, "
                             "account, holder, address, period, currency, fee, total, tendered, "
                             "change_given, status, body FROM payments WHERE payment_id = ?",
                             "P0"),
                            ("UPDATE receipt_counters SET last_seq = 4",)],
                           [("payment_unrecorded", "forged-1", None)]),
    "body sent to another account": (
        [("UPDATE payments SET body = json_set(body, '$.account', '9999999999') "
          "WHERE payment_id = ?", "P0")], [("payment_differs", "P0", "body.account")]),
    "queued body sent to another account": (
        [("UPDATE outbox SET body = json_set(body, '$.account', '9999999999') "
          "WHERE payment_id = ? AND kind = 'payment'", "P0")],
        [("payment_differs", "P0", "outbox.body.account")]),
    "queued line raised": (
        [("UPDATE outbox SET body = json_set(body, '$.lines[0].amount', '99999.00') "
          "WHERE payment_id = ? AND kind = 'payment'", "P0")],
        [("payment_differs", "P0", "outbox.body.lines[1].amount")]),
    "body made unreadable": ([("UPDATE payments SET body = 'garbage' WHERE payment_id = ?", "P1")],
                             [("payment_differs", "P1", "body")]),
    "teller swapped": ([("UPDATE payments SET teller_id = 't.gone' WHERE payment_id = ?", "P0")],
                       [("payment_differs", "P0", "teller_id")]),
    "time moved": ([("UPDATE payments SET accepted_at = '2020-01-01T10:00:00+05:00' "
                     "WHERE payment_id = ?", "P0")], [("payment_differs", "P0", "accepted_at")]),
    "cash made card": ([("UPDATE payments SET card_amount = 100 WHERE payment_id = ?", "P0")],
                       [("payment_differs", "P0", "card_amount")]),
    "void undone": ([("UPDATE payments SET status = 'accepted' WHERE payment_id = ?", "V")],
                    [("void_missing", "V", "status")]),
    "void made up": ([("UPDATE payments SET status = 'voided' WHERE payment_id = ?", "P0")],
                     [("void_unrecorded", "P0", None)]),
    "role raised": ([(f"UPDATE users SET role = 'supervisor' WHERE user_id = '{TELLER_ID}'",)],
                    [("user_differs", TELLER_ID, "role")]),
    "name changed": ([(f"UPDATE users SET name = 'Someone Else' WHERE user_id = '{TELLER_ID}'",)],
                     [("user_differs", TELLER_ID, "name")]),
    "password hash swapped": ([("UPDATE users SET password_hash = ? WHERE user_id = ?",
                                _hash("known-to-me-1"), TELLER_ID)],
                              [("user_differs", TELLER_ID, "password")]),
    "admin's hash copied": ([(f"UPDATE users SET password_hash = (SELECT password_hash FROM users "
                              f"WHERE user_id = '{ADMIN_ID}') WHERE user_id = '{TELLER_ID}'",)],
                            [("user_differs", TELLER_ID, "password")]),
    "rehashed admin swapped": ([("UPDATE users SET password_hash = ? WHERE user_id = ?",
                                 _hash("known-to-me-2"), ADMIN_ID)],
                               [("user_differs", ADMIN_ID, "password")]),
    "disabled user re-enabled": ([("UPDATE users SET disabled = 0 WHERE user_id = 't.gone'",)],
                                 [("user_differs", "t.gone", "disabled")]),
    "user slipped in": ([("INSERT INTO users SELECT 'x.ghost', name, 'admin', password_hash, 0, 0, "
                          "NULL, created_at, updated_at FROM users WHERE user_id = ?", ADMIN_ID)],
                        [("user_unrecorded", "x.ghost", None)]),
    "user deleted": ([("DELETE FROM users WHERE user_id = 't.gone'",)],
                     [("user_missing", "t.gone", None)]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_edit_of_the_data_is_caught(pristine, tmp_path, name):
    path, facts = pristine
    names = {"P0": facts["paid"][0], "P1": facts["paid"][1], "V": facts["voided"],
             "DAY": f"{WS_ID}/{facts['day'].isoformat()}"}
    statements, expected = CASES[name]
    case = copy_of(path, tmp_path / "case")
    tamper(case, *[(sql, *[names.get(a, a) for a in args]) for sql, *args in statements])
    chain, data = check(case)
    assert chain == [], "the chain itself was not touched"
    found = {(p["kind"], p["subject"], p.get("field")) for p in data}
    want = {(kind, names.get(subject, subject), field) for kind, subject, field in expected}
    assert want <= found, data
    assert all(p["message"] for p in data)


# The drawer's books and the days: (statements, (kind, field) that must be among the problems).
BOOKS = {
    "a payment's cash deleted": (
        "DELETE FROM cash_movements WHERE id = (SELECT MAX(id) FROM cash_movements "
        "WHERE kind = 'payment')", ("cash_differs", "payment")),
    "less change recorded": (
        "UPDATE cash_movements SET amount = amount + 100 WHERE id = (SELECT MIN(id) FROM "
        "cash_movements WHERE kind = 'change')", ("cash_differs", "change")),
    "a handover slipped in": (
        "INSERT INTO cash_movements(session_id, kind, amount, payment_id, at, actor, note) "
        "SELECT session_id, 'handover', -100000, NULL, at, actor, '' FROM cash_movements LIMIT 1",
        ("cash_differs", "handover")),
    "a void's refund deleted": ("DELETE FROM cash_movements WHERE kind = 'void_refund'",
                                ("cash_differs", "void_refund")),
    "the float raised": ("UPDATE teller_sessions SET opening_float = opening_float + 100000",
                         ("session_differs", "opening_float")),
    "a session given to another": ("UPDATE teller_sessions SET user_id = 't.gone'",
                                   ("session_differs", "user_id")),
    "the session's count changed": ("UPDATE teller_sessions SET counted = counted + 500000",
                                    ("session_differs", "counted")),
    "a payment taken off the queue": (
        "DELETE FROM outbox WHERE kind = 'payment' AND id = (SELECT MIN(id) FROM outbox)",
        ("payment_unqueued", "outbox")),
    "the closed day reopened": ("UPDATE business_days SET state = 'open'", ("day_differs", "state")),
    "the close's count changed": ("UPDATE day_closes SET counted = counted + 100, "
                                  "difference = difference + 100", ("day_differs", "counted")),
    "a day closed that nobody closed": (
        "INSERT INTO business_days VALUES ('2020-01-01', 'closed', 'x', 'y')",
        ("day_differs", "state")),
}


@pytest.mark.parametrize("name", list(BOOKS))
def test_each_edit_of_the_drawers_books_and_the_days_is_caught(pristine, tmp_path, name):
    path, _facts = pristine
    sql, (kind, field) = BOOKS[name]
    case = copy_of(path, tmp_path / "case")
    tamper(case, (sql,))
    chain, data = check(case)
    assert chain == [], "the chain itself was not touched"
    assert (kind, field) in {(p["kind"], p.get("field")) for p in data}, data
    assert all(p["message"] for p in data)


def test_the_cli_reports_both_checks_and_fails(pristine, tmp_path):
    path, facts = pristine
    case = copy_of(path, tmp_path / "ws")
    tamper(case, ("UPDATE payments SET total = total + 100 WHERE payment_id = ?", facts["paid"][0]),
           ("UPDATE audit_log SET actor = 'someone.else' WHERE id = 2",))
    out = cli(case.parent, "audit", "verify")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert report["intact"] is False and [p["row"] for p in report["problems"]] == [2]
    assert report["consistent"] is False
    (problem,) = report["data_problems"]
    assert (problem["kind"], problem["subject"], problem["field"]) == \
        ("payment_differs", facts["paid"][0], "total")
    assert problem["found"] != problem["expected"] and problem["audit_row"] > 0
    assert facts["receipts"][0] in problem["message"]
