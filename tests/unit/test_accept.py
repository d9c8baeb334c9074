"""Accepting a payment: one durable transaction with everything the day needs."""
import json
import sqlite3
from datetime import timedelta

import pytest

from cashier import audit, db, services
from cashier.errors import RuleError, ValidationError


def _pay(ws, account, tendered="5000"):
    return services.accept_payment(ws, services.build_draft(account, None, {"ELEC": "12410.5"}, tendered),
                                   write_pdf=False)


def test_payment_lines_outbox_receipt_no_and_audit_are_stored(ws, account):
    p = _pay(ws, account)
    assert p.receipt_no == "ALM-01-W03-20261122-00001"
    conn = ws.conn
    row = conn.execute("SELECT * FROM payments").fetchone()
    assert (row["total"], row["tendered"], row["change_given"]) == (379601, 500000, 120399)
    assert conn.execute("SELECT COUNT(*) FROM payment_lines WHERE payment_id=?", (p.payment_id,)).fetchone()[0] == 2
    out = conn.execute("SELECT * FROM outbox").fetchone()
    assert out["state"] == "waiting"
    body = json.loads(out["body"])
    assert body == {
        "payment_id": p.payment_id, "workstation_id": "ALM-01-W03", "teller_id": "t.sadykova",
        "receipt_no": "ALM-01-W03-20261122-00001", "accepted_at": "2026-11-22T10:15:03+05:00",
        "business_date": "2026-11-22", "account": "1002003001", "period": "2026-10",
        "lines": [{"service_code": "ELEC", "amount": "1272.26", "reading": "12410.500"},
                  {"service_code": "HEAT", "amount": "2523.75", "reading": None}],
        "fee": "0.00", "total": "3796.01"}
    assert conn.execute("SELECT action, subject FROM audit_log").fetchall()[0][:] == ("payment.accepted", p.payment_id)
    assert audit.verify(conn) == []


def test_receipt_numbers_are_gapless_and_restart_each_day(ws, account, clock):
    nos = [_pay(ws, account).receipt_no for _ in range(3)]
    assert nos == [f"ALM-01-W03-20261122-0000{i}" for i in (1, 2, 3)]
    clock.when += timedelta(days=1)
    assert _pay(ws, account).receipt_no == "ALM-01-W03-20261123-00001"


def test_a_failure_inside_the_transaction_leaves_nothing(ws, account, monkeypatch):
    def boom(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(audit, "record", boom)
    with pytest.raises(sqlite3.OperationalError):
        _pay(ws, account)
    conn = ws.conn
    for table in ("payments", "payment_lines", "outbox", "receipt_counters", "audit_log"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    monkeypatch.undo()
    assert _pay(ws, account).receipt_no.endswith("-00001")  # no gap left by the failure


def test_not_enough_cash_changes_nothing(ws, account):
    with pytest.raises(ValidationError):
        _pay(ws, account, tendered="100")
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0


def test_closed_day_refuses_payments(ws, account):
    conn = ws.conn
    with db.atomic(conn):
        conn.execute("INSERT INTO business_days VALUES ('2026-11-22', 'closed', 'x', 'y')")
    with pytest.raises(RuleError) as info:
        _pay(ws, account)
    assert info.value.code == "day_closed"
    assert conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0


def test_committed_payment_survives_reopening_the_file(ws, account):
    p = _pay(ws, account)
    path = ws.config.db_path
    ws.close()
    conn = db.connect(path)
    assert conn.execute("SELECT receipt_no FROM payments").fetchone()[0] == p.receipt_no
    loaded = conn.execute("SELECT body FROM outbox WHERE payment_id=?", (p.payment_id,)).fetchone()
    assert json.loads(loaded[0])["total"] == "3796.01"


def test_load_payment_round_trips(ws, account):
    p = _pay(ws, account)
    again = services.load_payment(ws, p.receipt_no)
    assert again.lines == p.lines and again.total == p.total and again.accepted_at == p.accepted_at


def test_queue_status_counts_waiting(ws, account):
    _pay(ws, account)
    _pay(ws, account)
    st = services.queue_status(ws)
    assert st.waiting == 2 and st.waiting_amount == 2 * 379601
    assert st.oldest_waiting_at is not None and st.last_contact_at is None
