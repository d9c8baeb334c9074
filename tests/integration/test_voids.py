"""Voids: four eyes at the desk, the refund from the drawer, a cancel through the outbox."""
from __future__ import annotations

import pytest

from cashier import accounts, documents, drawer, payments, sync
from cashier.storage.records import load_payment
from cashier.payments import voids
from cashier.identity import audit, users
from cashier.config import Config
from cashier.errors import RuleError, ValidationError
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS

WS_ID = "ALM-01-W01"


@pytest.fixture
def desk(tmp_path, fresh_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id=WS_ID, teller_id="t.t")
    with Workstation(cfg, token=fresh_spc.token_for(WS_ID)) as ws:
        now = ws.now()
        admin = users.add(ws.conn, now, None, "a.admin", "A", "admin", "admin-pass-1")
        teller = users.add(ws.conn, now, admin, "t.t", "Teller", "teller", "teller-pass-1")
        users.add(ws.conn, now, admin, "s.s", "Super", "supervisor", "super-pass-1")
        drawer.open_session(ws.conn, now, teller, WS_ID, now.date(), 1_000_000)
        account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
        payment = payments.accept_payment(ws, payments.build_draft(account, None, {}, "10000"),
                                          teller, write_pdf=False)
        yield ws, teller, payment, fresh_spc


def _spc_status(spc, payment_id):
    return spc.api(WS_ID).get(f"v1/payments/{payment_id}").json()["status"]


def test_void_needs_a_supervisors_password_and_a_reason(desk):
    ws, teller, payment, _ = desk
    with pytest.raises(users.AuthError):
        voids.void_payment(ws, teller, payment.payment_id, "s.s", "wrong-password", "customer changed mind")
    with pytest.raises(RuleError) as info:  # a teller's own credentials are not a second pair of eyes
        voids.void_payment(ws, teller, payment.payment_id, "t.t", "teller-pass-1", "customer changed mind")
    assert info.value.code == "role_required"
    with pytest.raises(ValidationError):
        voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", "")
    assert load_payment(ws, payment.payment_id).status == "accepted"


def test_void_before_and_after_sending_reaches_the_spc_as_a_cancel(desk):
    ws, teller, payment, spc = desk
    result = voids.void_payment(ws, teller, payment.receipt_no, "s.s", "super-pass-1", "wrong account typed")
    assert result["supervisor_id"] == "s.s" and result["teller_id"] == "t.t"
    assert load_payment(ws, payment.payment_id).status == "voided"
    session = drawer.current(ws.conn, WS_ID)
    assert drawer.expected_cash(ws.conn, session.session_id) == 1_000_000  # in with the payment, out with the void
    report = sync.sync_once(ws)  # the payment goes first, then its cancel
    assert report.accepted == 2
    assert _spc_status(spc, payment.payment_id) == "cancelled"
    kinds = dict(ws.conn.execute("SELECT kind, state FROM outbox").fetchall())
    assert kinds == {"payment": "accepted", "cancel": "accepted"}
    entry = [r for r in ws.conn.execute("SELECT action, details FROM audit_log") if r[0] == "payment.voided"]
    assert len(entry) == 1 and '"supervisor_id":"s.s"' in entry[0][1]
    assert audit.verify(ws.conn) == []
    with pytest.raises(RuleError) as info:
        voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", "again please")
    assert info.value.code == "already_voided"


def test_offline_void_waits_in_the_queue(desk):
    ws, teller, payment, spc = desk
    sync.sync_once(ws)
    spc.stop()
    voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", "duplicate payment")
    assert sync.sync_once(ws).accepted == 0
    assert sync.queue_status(ws).extra["cancels_waiting"] == 1
    spc.start()
    ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    assert sync.sync_once(ws).accepted == 1
    assert _spc_status(spc, payment.payment_id) == "cancelled"


def _snapshot(ws):
    conn = ws.conn
    return ([tuple(r) for r in conn.execute("SELECT payment_id, status FROM payments")],
            [tuple(r) for r in conn.execute("SELECT * FROM cash_movements")],
            conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


def test_a_supervisor_cannot_approve_the_void_of_their_own_payment(desk):
    ws, teller, _, _ = desk
    conn, now = ws.conn, ws.now()
    sup = users.get(conn, "s.s")
    drawer.close_session(conn, now, teller, WS_ID, drawer.expected_cash(
        conn, drawer.current(conn, WS_ID).session_id))
    drawer.open_session(conn, now, sup, WS_ID, now.date(), 0)
    account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
    own = payments.accept_payment(ws, payments.build_draft(account, None, {}, "10000"), sup,
                                  write_pdf=False)
    admin = users.get(conn, "a.admin")
    users.add(conn, now, admin, "s.two", "Second", "supervisor", "super-pass-2")
    before = _snapshot(ws)
    # The teller asks, and the supervisor who took the payment types their own password.
    with pytest.raises(RuleError) as info:
        voids.void_payment(ws, teller, own.payment_id, "s.s", "super-pass-1", "wrong account typed")
    assert info.value.code == "four_eyes_own_payment"
    assert _snapshot(ws) == before
    # Another supervisor may; the refund comes out of the drawer of whoever voids (s.s's here).
    voids.void_payment(ws, sup, own.payment_id, "s.two", "super-pass-2", "wrong account typed")
    assert load_payment(ws, own.payment_id).status == "voided"


def test_the_refund_comes_out_of_the_voiding_tellers_own_session(desk):
    ws, teller, payment, _ = desk
    conn, now = ws.conn, ws.now()
    admin = users.get(conn, "a.admin")
    other = users.add(conn, now, admin, "t.other", "Other", "teller", "teller-pass-2")
    # t.t's session is open on this desk; t.other asks for the void.
    before = _snapshot(ws)
    with pytest.raises(RuleError) as info:
        voids.void_payment(ws, other, payment.payment_id, "s.s", "super-pass-1", "customer changed mind")
    assert info.value.code == "session_of_another_user"
    assert _snapshot(ws) == before
    voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", "customer changed mind")
    (refund,) = conn.execute("SELECT session_id, actor, amount FROM cash_movements "
                             "WHERE kind = 'void_refund'")
    assert refund["session_id"] == drawer.current(conn, WS_ID).session_id
    assert (refund["actor"], refund["amount"]) == ("t.t", -payment.total)


def test_a_voided_receipt_keeps_no_valid_qr_text_and_does_not_verify(desk, monkeypatch):
    import json
    import subprocess
    import sys
    from pathlib import Path
    ws, teller, payment, spc = desk
    monkeypatch.setenv("CASHIER_RECEIPT_KEY", "ab" * 32)
    documents.ensure_receipt(ws, payment)
    (qr,) = ws.conn.execute("SELECT qr_payload FROM receipt_archive WHERE payment_id = ?",
                            (payment.payment_id,)).fetchone()
    assert qr and qr.startswith("RCPT1|")
    root = Path(__file__).resolve().parents[2]
    env = {**__import__("os").environ, "CASHIER_HOME": str(ws.config.home),
           "CASHIER_SPC_URL": spc.url, "CASHIER_SPC_TOKEN": spc.token_for(WS_ID),
           "CASHIER_WORKSTATION_ID": WS_ID}

    def verify():
        done = subprocess.run([sys.executable, "-m", "cashier", "receipt", "verify", qr], cwd=root,
                              env=env, capture_output=True, text=True, timeout=60)
        return done.returncode, json.loads(done.stdout)

    code, out = verify()
    assert code == 0 and out["local_status"] == "accepted"
    voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", "customer changed mind")
    assert ws.conn.execute("SELECT COUNT(*) FROM receipt_archive WHERE qr_payload IS NOT NULL "
                           "AND payment_id = ?", (payment.payment_id,)).fetchone()[0] == 0
    code, out = verify()  # the paper original still carries the code: it must not pass
    assert code == 1
    assert out["local_status"] == "voided" and "voided" in out["reason"]
    # A copy rendered from the payment as it was before the void (a reprint that raced it)
    # and recorded after it keeps no QR text either.
    from cashier.documents import receipt_archive
    stale = payment   # status 'accepted': rendered with its code
    copy = receipt_archive.archive(ws, stale, copy=True, actor=teller.user_id)
    assert copy.copy_no == 1
    assert ws.conn.execute("SELECT COUNT(*) FROM receipt_archive WHERE qr_payload IS NOT NULL "
                           "AND payment_id = ?", (payment.payment_id,)).fetchone()[0] == 0


@pytest.mark.parametrize("reason", ["wrong\taccount typed", "x" * 201, "line one\nline two"])
def test_a_reason_the_spc_would_refuse_is_refused_before_the_cash_goes_back(desk, reason):
    """The SPC refuses a cancel with control characters or over 200 characters for good
    (400): by then the refund would be out of the drawer."""
    ws, teller, payment, _ = desk
    before = _snapshot(ws)
    with pytest.raises(ValidationError) as info:
        voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", reason)
    assert (info.value.code, info.value.field) == ("reason_invalid", "reason")
    assert _snapshot(ws) == before


@pytest.mark.parametrize("reason", ["Клиент \u202eотказался\u202c от оплаты", "строка\u2028вторая строка"])
def test_a_reason_the_spc_would_refuse_is_refused_before_the_refund(desk, reason):
    """The SPC refuses a cancel whose reason holds a bidi override or a line separator: taken
    here, the cash would be refunded and the SPC would go on counting the payment as paid."""
    ws, teller, payment, spc = desk
    with pytest.raises(ValidationError) as info:
        voids.void_payment(ws, teller, payment.payment_id, "s.s", "super-pass-1", reason)
    assert info.value.code == "reason_invalid" and info.value.field == "reason"
    assert load_payment(ws, payment.payment_id).status == "accepted"
    assert ws.conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'cancel'").fetchone()[0] == 0
