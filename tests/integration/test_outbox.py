"""The outbox state machine against the real SPC: batches, crash recovery, limits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cashier import accounts, payments, sync
from cashier.config import Config
from cashier.errors import RuleError, ValidationError
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import staff_desk, teller_of

TYPICAL = DEMO_ACCOUNTS["typical"]


class Clock:
    def __init__(self):
        from datetime import datetime
        from zoneinfo import ZoneInfo
        self.when = datetime.now(ZoneInfo("Asia/Almaty")).replace(microsecond=0)

    def __call__(self):
        return self.when


def _ws(home, spc, clock=None, **cfg) -> Workstation:
    config = Config(home=home, spc_url=spc.url, workstation_id="ALM-01-W01", teller_id="t.test", **cfg)
    return Workstation(config, token=spc.token_for("ALM-01-W01"), clock=clock)


def _pay(ws, account, amounts=None, readings=None):
    return payments.accept_payment(ws, payments.build_draft(account, amounts, readings or {}, "1000000"), teller_of(ws),
                                   write_pdf=False)


def test_many_waiting_go_in_batches_with_per_item_results(tmp_path, fresh_spc):
    with _ws(tmp_path / "ws", fresh_spc, batch_size=7) as ws:
        account = accounts.find_account(ws, TYPICAL)
        metered = next(s for s in account.services if s.meter)
        prev = metered.meter.previous_reading // 1000
        good = [_pay(ws, account) for _ in range(20)]
        # Accepted here against the cached previous reading, refused there once
        # the first one moved the meter: one bad item in the middle of a batch.
        _pay(ws, account, {metered.code: "10"}, {metered.code: str(prev + 100)})
        bad = _pay(ws, account, {metered.code: "10"}, {metered.code: str(prev + 1)})
        more = [_pay(ws, account) for _ in range(5)]
        report = sync.sync_once(ws)
        assert (report.sent, report.accepted, report.rejected) == (27, 26, 1)
        states = dict(ws.conn.execute("SELECT payment_id, state FROM outbox").fetchall())
        assert states[bad.payment_id] == "rejected"
        assert all(states[p.payment_id] == "accepted" for p in good + more)
    reg = fresh_spc.api().get(f"v1/registers/{good[0].business_date}",
                              params={"workstation_id": "ALM-01-W01"}).json()
    assert reg["count"] == 26


def test_a_sender_killed_mid_request_leaves_rows_that_the_next_one_finishes(tmp_path, fresh_spc):
    with _ws(tmp_path / "ws", fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)
        payments = [_pay(ws, account) for _ in range(3)]
        rows = sync.sender._claim(ws, 10)  # in flight ...
        ws.client.post_batch([r["body"].encode() for r in rows[:2]])  # ... two reached the SPC ...
        # ... and the process died before it wrote anything down.
        assert {r[0] for r in ws.conn.execute("SELECT state FROM outbox")} == {"sending"}
        report = sync.sync_once(ws)
        assert report.accepted == 3
        replayed = dict(ws.conn.execute("SELECT payment_id, replayed FROM outbox").fetchall())
        assert [replayed[p.payment_id] for p in payments] == [1, 1, 0]
    reg = fresh_spc.api().get(f"v1/registers/{payments[0].business_date}",
                              params={"workstation_id": "ALM-01-W01"}).json()
    assert reg["count"] == 3


def test_offline_too_long_blocks_new_payments_and_says_who_can_lift_it(tmp_path, fresh_spc):
    clock = Clock()
    with _ws(tmp_path / "ws", fresh_spc, clock, offline_warn_seconds=3600,
             offline_block_seconds=86400) as ws:
        account = accounts.find_account(ws, TYPICAL)
        _pay(ws, account)
        assert sync.offline_state(ws) == ("ok", None)
        clock.when += timedelta(hours=2)
        assert sync.offline_state(ws) == ("warn", "offline_warning")
        _pay(ws, account)  # a warning does not stop the teller
        clock.when += timedelta(hours=23)
        with pytest.raises(RuleError) as info:
            _pay(ws, account)
        assert info.value.code == "offline_too_long" and "IT person" in info.value.message
        assert "offline limit in the settings" in info.value.message  # who can, and where
        assert sync.queue_status(ws).waiting == 2
        sync.sync_once(ws)  # the connection is back: the queue drains and the desk opens
        _pay(ws, account)


def test_waiting_amount_limit(tmp_path, fresh_spc):
    with _ws(tmp_path / "ws", fresh_spc, offline_max_waiting_amount=1_000_000) as ws:
        account = accounts.find_account(ws, TYPICAL)
        _pay(ws, account)  # 5843.51
        with pytest.raises(RuleError) as info:
            _pay(ws, account)
        assert info.value.code == "offline_amount_exceeded"


def test_a_rejected_payment_stays_until_a_supervisor_resolves_it(tmp_path, fresh_spc):
    with _ws(tmp_path / "ws", fresh_spc) as ws:
        account = accounts.find_account(ws, TYPICAL)
        metered = next(s for s in account.services if s.meter)
        prev = metered.meter.previous_reading // 1000
        _pay(ws, account, {metered.code: "10"}, {metered.code: str(prev + 100)})
        bad = _pay(ws, account, {metered.code: "10"}, {metered.code: str(prev + 1)})
        sync.sync_once(ws)
        assert sync.queue_status(ws).rejected == 1
        staff = staff_desk(ws)
        with pytest.raises(RuleError) as info:  # it unblocks the day close: a supervisor's call
            sync.resolve_rejected(ws, bad.payment_id, staff.teller, "Refunded 10.00")
        assert info.value.code == "role_required"
        with pytest.raises(ValidationError):
            sync.resolve_rejected(ws, bad.payment_id, staff.supervisor, "  ")
        sync.resolve_rejected(ws, bad.payment_id, staff.supervisor, "Refunded 10.00 to the payer")
        assert sync.queue_status(ws).rejected == 0
        row = ws.conn.execute("SELECT state, resolved_by FROM outbox WHERE payment_id=?",
                              (bad.payment_id,)).fetchone()
        assert tuple(row) == ("rejected", staff.supervisor.user_id)  # kept, never dropped
