"""Voids: four eyes at the desk, the refund from the drawer, a cancel through the outbox."""
from __future__ import annotations

import pytest

from cashier import audit, drawer, services, sync, users, voids
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
        account = services.find_account(ws, DEMO_ACCOUNTS["typical"])
        payment = services.accept_payment(ws, services.build_draft(account, None, {}, "10000"),
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
    assert services.load_payment(ws, payment.payment_id).status == "accepted"


def test_void_before_and_after_sending_reaches_the_spc_as_a_cancel(desk):
    ws, teller, payment, spc = desk
    result = voids.void_payment(ws, teller, payment.receipt_no, "s.s", "super-pass-1", "wrong account typed")
    assert result["supervisor_id"] == "s.s" and result["teller_id"] == "t.t"
    assert services.load_payment(ws, payment.payment_id).status == "voided"
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
    assert services.queue_status(ws).extra["cancels_waiting"] == 1
    spc.start()
    ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    assert sync.sync_once(ws).accepted == 1
    assert _spc_status(spc, payment.payment_id) == "cancelled"
