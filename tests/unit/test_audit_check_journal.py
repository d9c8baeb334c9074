"""The journal cross-check on desks with history: entries written by older versions,
several days, and the users' fingerprints kept up by every change (cashier/identity/audit_check.py)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from cashier import payments
from cashier.payments import voids
from cashier.identity import audit, audit_check, users
from cashier.storage import db
from cashier.errors import RuleError
from tests.support.staffing import (ADMIN_ID, SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                            TELLER_PASSWORD, staff_desk, teller_of)


def _pay(ws, account, elec="1272.26"):
    draft = payments.build_draft(account, {"ELEC": elec, "HEAT": "2523.75"}, {"ELEC": "12410.5"},
                                 "5000")
    return payments.accept_payment(ws, draft, teller_of(ws), write_pdf=False)


def _kinds(conn) -> set[tuple]:
    return {(p.kind, p.subject, p.field) for p in audit_check.check(conn)}


# What the journal's entries looked like before they carried the whole fact.
OLD_SHAPES = {
    "payment.accepted": ("receipt_no", "account", "total"),
    "user.added": ("role", "name"),
    "user.password_set": (),
    "user.disabled": (),
    "user.enabled": (),
    "sign_in.ok": (),
}


def _as_an_older_version_wrote_it(conn) -> None:
    """Rewrite the journal, chain and all, with the entries' older, thinner details."""
    rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    with db.atomic(conn):
        conn.execute("DELETE FROM audit_log")
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'audit_log'")
        for r in rows:
            details = json.loads(r["details"])
            if r["action"] in OLD_SHAPES:
                details = {k: details[k] for k in OLD_SHAPES[r["action"]]}
            audit.record(conn, datetime.fromisoformat(r["at"]), r["actor"], r["action"],
                         r["subject"], details)


def test_older_entries_verify_clean_and_are_checked_on_what_they_carry(ws, account):
    staff = staff_desk(ws)
    paid = [_pay(ws, account), _pay(ws, account, "100.00")]
    voids.void_payment(ws, staff.teller, paid[1].payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "wrong account")
    users.set_password(ws.conn, ws.now(), staff.admin, TELLER_ID, "teller-pass-2")
    conn = ws.conn
    _as_an_older_version_wrote_it(conn)
    assert audit.verify(conn) == []
    assert audit_check.check(conn) == []

    def edited(sql, *args):
        sp = "tamper"
        conn.execute(f"SAVEPOINT {sp}")
        try:
            conn.execute(sql, args)
            return _kinds(conn)
        finally:
            conn.execute(f"ROLLBACK TO {sp}")
            conn.execute(f"RELEASE {sp}")

    pid = paid[0].payment_id
    assert ("payment_differs", pid, "total") in \
        edited("UPDATE payments SET total = total + 1 WHERE payment_id = ?", pid)
    assert ("payment_differs", pid, "account") in \
        edited("UPDATE payments SET account = 'X' WHERE payment_id = ?", pid)
    assert ("user_differs", TELLER_ID, "role") in \
        edited("UPDATE users SET role = 'admin' WHERE user_id = ?", TELLER_ID)
    # What an older entry does not carry cannot be checked against it: no false alarm either.
    assert edited("UPDATE payments SET fee = fee + 1 WHERE payment_id = ?", pid) == set()
    assert edited("UPDATE users SET password_hash = 'x' WHERE user_id = ?", TELLER_ID) == set()


def test_receipt_numbers_of_several_days_and_a_new_fingerprint_after_each_change(ws, account,
                                                                                 clock):
    staff = staff_desk(ws)
    _pay(ws, account)
    clock.when += timedelta(days=1)
    _pay(ws, account)
    _pay(ws, account)
    conn, now = ws.conn, ws.now()
    users.set_password(conn, now, staff.teller, TELLER_ID, "teller-pass-2")
    users.set_role(conn, now, staff.admin, TELLER_ID, "supervisor")
    users.set_role(conn, now, staff.admin, TELLER_ID, "teller")
    users.set_disabled(conn, now, staff.admin, SUPERVISOR_ID)
    assert audit_check.check(conn) == []
    entries = {r["action"]: json.loads(r["details"]) for r in conn.execute(
        "SELECT action, details FROM audit_log WHERE subject = ? ORDER BY id", (TELLER_ID,))}
    fingerprint = users.password_fingerprint(conn.execute(
        "SELECT password_hash FROM users WHERE user_id = ?", (TELLER_ID,)).fetchone()[0])
    assert entries["user.password_set"] == {"password_fp": fingerprint}
    assert entries["user.role_set"] == {"role": "teller", "previous_role": "supervisor"}
    assert set(entries["user.added"]) == {"role", "name", "disabled", "password_fp"}
    conn.execute("PRAGMA foreign_keys = OFF")  # as sqlite3 opens the file by default
    conn.execute("DELETE FROM payments WHERE business_date = '2026-11-22'")
    found = _kinds(conn)
    assert ("receipt_gap", "ALM-01-W03/2026-11-22", "seq") in found
    assert not [k for k in found if k[1] == "ALM-01-W03/2026-11-23"]


def test_a_silent_rehash_at_sign_in_moves_the_fingerprint(ws, monkeypatch):
    from argon2 import PasswordHasher
    staff_desk(ws, open_session=False)
    conn = ws.conn
    # The desk's hashing cost goes up (a newer argon2-cffi, a settings change): the next
    # sign-in stores a new hash of the same password, and the journal follows.
    monkeypatch.setattr(users, "_hasher", lambda: PasswordHasher(time_cost=2, memory_cost=8192,
                                                                 parallelism=1))
    before = conn.execute("SELECT password_hash FROM users WHERE user_id = ?", (TELLER_ID,)
                          ).fetchone()[0]
    users.authenticate(conn, ws.now(), TELLER_ID, TELLER_PASSWORD)
    after = conn.execute("SELECT password_hash FROM users WHERE user_id = ?", (TELLER_ID,)
                         ).fetchone()[0]
    assert after != before
    (details,) = [json.loads(r[0]) for r in conn.execute(
        "SELECT details FROM audit_log WHERE action = 'sign_in.ok' AND subject = ?", (TELLER_ID,))]
    assert details == {"rehashed": True, "password_fp": users.password_fingerprint(after)}
    assert audit_check.check(conn) == []
    conn.execute("UPDATE users SET password_hash = ? WHERE user_id = ?", (before, TELLER_ID))
    assert ("user_differs", TELLER_ID, "password") in _kinds(conn)


def test_only_an_admin_changes_a_role_and_not_their_own(ws):
    staff = staff_desk(ws, open_session=False)
    conn, now = ws.conn, ws.now()
    with pytest.raises(RuleError) as info:
        users.set_role(conn, now, staff.supervisor, TELLER_ID, "supervisor")
    assert info.value.code == "role_required"
    with pytest.raises(RuleError) as info:
        users.set_role(conn, now, staff.admin, ADMIN_ID, "teller")
    assert info.value.code == "cannot_change_own_role"
    assert users.get(conn, TELLER_ID).role == "teller"
