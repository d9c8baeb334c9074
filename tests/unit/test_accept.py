"""Accepting a payment: one durable transaction with everything the day needs."""
import json
import sqlite3
from datetime import timedelta

import pytest

from cashier import drawer, payments, sync
from cashier.storage.records import load_payment
from cashier.identity import audit, users
from cashier.storage import db
from cashier.errors import RuleError, StorageError, ValidationError
from tests.support.staffing import TELLER_ID, staff_desk, teller_of


def _pay(ws, account, tendered="5000", teller=None):
    draft = payments.build_draft(account, None, {"ELEC": "12410.5"}, tendered)
    return payments.accept_payment(ws, draft, teller or teller_of(ws), write_pdf=False)


def _count(ws, table):
    return ws.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


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
        "payment_id": p.payment_id, "workstation_id": "ALM-01-W03", "teller_id": "t.test",
        "receipt_no": "ALM-01-W03-20261122-00001", "accepted_at": "2026-11-22T10:15:03+05:00",
        "business_date": "2026-11-22", "account": "1002003001", "period": "2026-10",
        "lines": [{"service_code": "ELEC", "amount": "1272.26", "reading": "12410.500"},
                  {"service_code": "HEAT", "amount": "2523.75", "reading": None}],
        "fee": "0.00", "total": "3796.01"}
    (entry,) = conn.execute("SELECT actor, subject, details FROM audit_log "
                            "WHERE action = 'payment.accepted'")
    assert tuple(entry)[:2] == (TELLER_ID, p.payment_id)
    # The journal entry carries the whole fact (backoffice-protocol.md), not a pointer to it.
    session_id = conn.execute("SELECT session_id FROM teller_sessions").fetchone()[0]
    assert json.loads(entry["details"]) == {
        "payment_id": p.payment_id, "receipt_no": "ALM-01-W03-20261122-00001",
        "business_date": "2026-11-22", "account": "1002003001", "period": "2026-10",
        "session_id": session_id,
        "lines": [{"service_code": "ELEC", "provider_id": "AES", "amount": "1272.26",
                   "reading": "12410.500"},
                  {"service_code": "HEAT", "provider_id": "ATS", "amount": "2523.75",
                   "reading": None}],
        "fee": "0.00", "total": "3796.01", "tendered": "5000.00", "change": "1203.99"}
    assert audit.verify(conn) == []


def test_receipt_numbers_are_gapless_and_restart_each_day(ws, account, clock):
    nos = [_pay(ws, account).receipt_no for _ in range(3)]
    assert nos == [f"ALM-01-W03-20261122-0000{i}" for i in (1, 2, 3)]
    clock.when += timedelta(days=1)
    staff = staff_desk(ws)
    drawer.close_session(ws.conn, ws.now(), staff.teller, ws.config.workstation_id,
                         drawer.expected_cash(ws.conn, staff.session.session_id))
    assert _pay(ws, account).receipt_no == "ALM-01-W03-20261123-00001"


def test_a_failure_inside_the_transaction_leaves_nothing(ws, account, monkeypatch):
    teller = teller_of(ws)
    before = {t: _count(ws, t) for t in ("payments", "payment_lines", "outbox", "receipt_counters",
                                         "audit_log", "cash_movements")}

    def boom(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(audit, "record", boom)
    with pytest.raises(StorageError) as info:  # a disk error reaches people as one they can act on
        _pay(ws, account, teller=teller)
    assert info.value.code == "storage_failed"
    assert {t: _count(ws, t) for t in before} == before
    monkeypatch.undo()
    assert _pay(ws, account, teller=teller).receipt_no.endswith("-00001")  # no gap left by the failure


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
    again = load_payment(ws, p.receipt_no)
    assert again.lines == p.lines and again.total == p.total and again.accepted_at == p.accepted_at


def test_queue_status_counts_waiting(ws, account):
    _pay(ws, account)
    _pay(ws, account)
    st = sync.queue_status(ws)
    assert st.waiting == 2 and st.waiting_amount == 2 * 379601
    assert st.oldest_waiting_at is not None and st.last_contact_at is None


# -- the cash session a payment needs (issue 5) ------------------------------------

def test_cash_in_and_change_out_go_into_the_tellers_drawer_with_the_payment(ws, account):
    staff = staff_desk(ws, opening_float=2_000_000)
    p = _pay(ws, account, tendered="5000", teller=staff.teller)
    moves = [(m["kind"], m["amount"], m["payment_id"]) for m in drawer.movements(ws.conn, staff.session.session_id)]
    assert moves == [("float", 2_000_000, None), ("payment", 500_000, p.payment_id),
                     ("change", -120_399, p.payment_id)]
    assert drawer.expected_cash(ws.conn, staff.session.session_id) == 2_000_000 + p.total


def test_no_open_session_refuses_and_changes_nothing(ws, account):
    teller = staff_desk(ws, open_session=False).teller
    with pytest.raises(RuleError) as info:
        _pay(ws, account, teller=teller)
    assert info.value.code == "no_open_session"
    assert _count(ws, "payments") == 0 and _count(ws, "receipt_counters") == 0


def test_another_tellers_open_session_refuses(ws, account):
    staff = staff_desk(ws)
    other = users.add(ws.conn, ws.now(), staff.admin, "t.other", "Другой Кассир", "teller", "other-pass-1")
    with pytest.raises(RuleError) as info:
        _pay(ws, account, teller=other)
    assert info.value.code == "session_of_another_user"
    assert _count(ws, "payments") == 0


def test_an_admin_cannot_take_cash_and_a_disabled_teller_is_stopped(ws, account):
    staff = staff_desk(ws)
    with pytest.raises(RuleError) as info:
        _pay(ws, account, teller=staff.admin)
    assert info.value.code == "role_required"
    users.set_disabled(ws.conn, ws.now(), staff.admin, TELLER_ID, True)
    with pytest.raises(users.AuthError) as info:  # signed in before being disabled: still refused
        _pay(ws, account, teller=staff.teller)
    assert info.value.code == "user_disabled"
    assert _count(ws, "payments") == 0


def test_a_session_left_open_from_yesterday_must_be_closed_first(ws, account, clock):
    teller = teller_of(ws)
    clock.when += timedelta(days=1)
    with pytest.raises(RuleError) as info:
        _pay(ws, account, teller=teller)
    assert info.value.code == "session_other_day"
    assert _count(ws, "payments") == 0


def test_a_line_more_than_three_times_its_due_is_refused_until_confirmed(ws, account):
    """The typo guard in the core (the window and the CLI both go through it): 1272,26 due,
    3 816,78 (exactly three times) is taken, 3 816,79 asks for confirmation first."""
    teller = teller_of(ws)
    exactly = payments.build_draft(account, {"ELEC": "3816.78", "HEAT": "0"}, {}, "5000")
    assert payments.accept_payment(ws, exactly, teller, write_pdf=False).total == 3816_78
    before = (_count(ws, "payments"), _count(ws, "outbox"), _count(ws, "audit_log"))
    above = payments.build_draft(account, {"ELEC": "3816.79", "HEAT": "0"}, {}, "5000")
    with pytest.raises(RuleError) as info:
        payments.accept_payment(ws, above, teller, write_pdf=False)
    assert info.value.code == "amount_far_above_due" and info.value.field == "amount:ELEC"
    assert info.value.params["due"].replace("\u00a0", " ").startswith("1 272,26")
    assert (_count(ws, "payments"), _count(ws, "outbox"), _count(ws, "audit_log")) == before
    taken = payments.accept_payment(ws, above, teller, write_pdf=False, confirmed_over_due=True)
    assert taken.total == 3816_79
