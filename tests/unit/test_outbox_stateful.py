"""The outbox as a state machine, against a simple model and a scripted fake SPC client.

This is the one place a test double is right: the outcomes to script (a timeout
after the SPC committed, a 503 with Retry-After, garbage) are faults the real
SPC cannot produce on demand, and hypothesis needs thousands of them quickly.
The fake behaves like the protocol's SPC where the protocol is clear: a key it
holds is replayed, never stored twice, never refused afterwards.

Invariants after every step:
- every accepted payment is in the outbox exactly once, its body frozen;
- a payment is 'accepted' locally only if the fake SPC holds it; 'rejected' only
  if the SPC refused it and does not hold it;
- the fake never holds two payments with one id, and every body it received
  for a key is byte-identical to the stored one;
- nothing is ever deleted; rejected stays rejected;
- no row is left 'sending' by a pass that returned; every waiting row has a
  next_attempt_at, and a deferred one is due within the backoff cap (or the
  Retry-After the SPC asked for, bounded by RETRY_AFTER_CAP).
"""

from __future__ import annotations

import collections
import json
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cashier import payments, sync
from cashier.config import Config
from cashier.model import Account
from cashier.adapters.spc_client import SpcAuthError, SpcProtocolError, SpcRejected, SpcUnavailable
from cashier.workstation import Workstation
from tests.unit.conftest import ACCOUNT_BODY
from tests.support.staffing import teller_of

pytestmark = pytest.mark.timeout(280)

ALMATY = ZoneInfo("Asia/Almaty")
CAP = 8.0
BASE = 0.5

ACCEPTED = "accepted"
REPLAYED = "replayed"              # the SPC already had it (an earlier answer was lost)
REJECTED = "rejected"              # 422 for a key the SPC does not hold
REJECTED_ENVELOPE = "rejected_envelope"  # 400 for a whole batch envelope
UNAUTHORIZED = "401"
BUSY = "503"
TIMEOUT_AFTER_COMMIT = "timeout_after_commit"
GARBAGE = "garbage"                # the SPC committed, the answer is not what the protocol promises
GARBAGE_ITEMS = "garbage_items"    # a well-formed list whose items name other payments

OUTCOMES = [ACCEPTED, REPLAYED, REJECTED, REJECTED_ENVELOPE, UNAUTHORIZED, BUSY,
            TIMEOUT_AFTER_COMMIT, GARBAGE, GARBAGE_ITEMS]


class Clock:
    def __init__(self, when: datetime):
        self.when = when

    def __call__(self) -> datetime:
        return self.when


class FakeSpc:
    """Stands in for SpcClient: post_payment / post_batch / health, outcomes from a script."""

    def __init__(self) -> None:
        self.held: dict[str, bytes] = {}          # payment_id -> body as first committed
        self.inserts: list[str] = []              # every insert, to catch a double
        self.received: dict[str, list[bytes]] = collections.defaultdict(list)
        self.refused: set[str] = set()
        self.script: collections.deque = collections.deque()
        self.last_contact = None
        self.calls = 0
        self.last_retry_after: float | None = None
        self.saw_401 = False

    # -- what the SPC does with one item -----------------------------------------------

    def _receive(self, body: bytes) -> str:
        pid = json.loads(body)["payment_id"]
        self.received[pid].append(body)
        return pid

    def _commit(self, pid: str, body: bytes) -> bool:
        """Store if new; True when it was already held (a replay)."""
        if pid in self.held:
            return True
        self.held[pid] = body
        self.inserts.append(pid)
        return False

    def _result(self, pid: str, replayed: bool) -> dict:
        return {"payment_id": pid, "status": "accepted", "spc_txn_id": f"SPC-{self.inserts.index(pid)}",
                "registered_at": "2026-11-22T10:00:00+05:00", "replayed": replayed}

    def _next(self):
        self.calls += 1
        return self.script.popleft() if self.script else (ACCEPTED, None)

    # -- the client API sync.py uses ------------------------------------------------------

    def post_payment(self, payment_id: str, body: bytes) -> dict:
        outcome, arg = self._next()
        pid = self._receive(body)
        assert pid == payment_id, "Idempotency-Key differs from the body's payment_id"
        if outcome == REJECTED_ENVELOPE:
            outcome = REJECTED
        if outcome == GARBAGE_ITEMS:
            outcome = GARBAGE
        return self._single(pid, body, outcome, arg)

    def _single(self, pid: str, body: bytes, outcome: str, arg) -> dict:
        if outcome == UNAUTHORIZED:
            self.saw_401 = True
            raise SpcAuthError("unauthorized", "A valid bearer token is required.", 401)
        if outcome == BUSY:
            self.last_retry_after = arg
            raise SpcUnavailable("busy", status=503, retry_after=arg)
        if outcome == REJECTED and pid not in self.held:
            self.refused.add(pid)
            raise SpcRejected("invalid_amount", "refused", "total", 422)
        if outcome == REPLAYED:
            self._commit(pid, body)
        replayed = self._commit(pid, body)
        if outcome == TIMEOUT_AFTER_COMMIT:
            raise SpcUnavailable("The SPC did not answer: ReadTimeout")
        if outcome == GARBAGE:
            raise SpcProtocolError("The SPC's answer is not JSON", 200)
        return self._result(pid, replayed)

    def post_batch(self, bodies: list[bytes]) -> list[dict]:
        outcome, arg = self._next()
        pids = [self._receive(b) for b in bodies]
        if outcome == UNAUTHORIZED:
            self.saw_401 = True
            raise SpcAuthError("unauthorized", "A valid bearer token is required.", 401)
        if outcome == BUSY:
            self.last_retry_after = arg
            raise SpcUnavailable("busy", status=503, retry_after=arg)
        if outcome == REJECTED_ENVELOPE:
            raise SpcRejected("invalid_request", "payments must be an array", "payments", 400)
        results = []
        refuse = None
        if outcome == REJECTED:  # one item (the first the SPC does not hold) is refused
            refuse = next((p for p in pids if p not in self.held), None)
        for pid, body in zip(pids, bodies):
            if pid == refuse:
                self.refused.add(pid)
                results.append({"payment_id": pid, "status": "rejected", "replayed": False,
                                "error": {"code": "invalid_amount", "message": "refused",
                                          "field": "total"}})
                continue
            if outcome == REPLAYED:
                self._commit(pid, body)
            results.append(self._result(pid, self._commit(pid, body)))
        if outcome == TIMEOUT_AFTER_COMMIT:
            raise SpcUnavailable("The SPC did not answer: ReadTimeout")
        if outcome == GARBAGE:
            raise SpcProtocolError("The SPC's answer is not JSON", 200)
        if outcome == GARBAGE_ITEMS:
            return [{**r, "payment_id": "someone-else-" + r["payment_id"]} for r in results]
        return results

    def health(self) -> dict:
        return {"status": "ok"}

    def close(self) -> None:
        pass


outcome_st = st.one_of(
    st.sampled_from([o for o in OUTCOMES if o != BUSY]).map(lambda o: (o, None)),
    st.tuples(st.just(BUSY), st.one_of(st.none(), st.integers(0, 7200).map(float))),
)


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="outbox-sm-"))
        self.clock = Clock(datetime(2026, 11, 22, 10, 15, 3, tzinfo=ALMATY))
        cfg = Config(home=self.dir, workstation_id="ALM-01-W03", teller_id="t.sadykova",
                     spc_url="http://127.0.0.1:9/", retry_base_seconds=BASE, retry_cap_seconds=CAP,
                     batch_size=3, offline_block_seconds=0, offline_warn_seconds=0)
        self.ws = Workstation(cfg, token="token-0", clock=self.clock)
        self.fake = FakeSpc()
        self.ws._local.client = self.fake
        self.account = Account.from_wire(ACCOUNT_BODY)
        # the model
        self.bodies: dict[str, bytes] = {}
        self.ever_rejected: set[str] = set()
        self.tokens = 0
        self.latest = self.clock.when  # the latest the clock has shown
        self.counts = {"payments": 0, "payment_lines": 0, "outbox": 0, "audit_log": 0}

    def teardown(self) -> None:
        self.ws.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- rules ----------------------------------------------------------------------------

    @rule(heat=st.integers(1, 500_000), elec=st.integers(0, 300_000), fee=st.integers(0, 5_000))
    def accept(self, heat, elec, fee):
        amounts = {"HEAT": f"{heat // 100}.{heat % 100:02d}"}
        if elec:
            amounts["ELEC"] = f"{elec // 100}.{elec % 100:02d}"
        draft = payments.build_draft(self.account, amounts, {}, "100000000", fee=fee)
        p = payments.accept_payment(self.ws, draft, teller_of(self.ws), write_pdf=False)
        assert p.payment_id not in self.bodies
        body = self.ws.conn.execute("SELECT body FROM payments WHERE payment_id = ?",
                                    (p.payment_id,)).fetchone()[0].encode()
        self.bodies[p.payment_id] = body

    @rule(outcomes=st.lists(outcome_st, max_size=5))
    def sync_pass(self, outcomes):
        self.fake.script.clear()
        self.fake.script.extend(outcomes)
        self.fake.last_retry_after = None
        before = self._attempts()
        sync.sync_once(self.ws)
        # After a pass that returned, nothing is in flight.
        n = self.ws.conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'sending'").fetchone()[0]
        assert n == 0, f"{n} rows left in 'sending' by a pass that returned"
        # What this pass tried and put back in line is due within the backoff cap,
        # or within the Retry-After the SPC asked for (bounded).
        retry_after = self.fake.last_retry_after
        for r in self.ws.conn.execute("SELECT payment_id, attempts, next_attempt_at, "
                                      "last_http_status FROM outbox WHERE state = 'waiting'"):
            if r["attempts"] == before.get(r["payment_id"]):
                continue
            delay = (datetime.fromisoformat(r["next_attempt_at"]) - self.clock.when).total_seconds()
            limit = CAP
            if r["last_http_status"] == 503 and retry_after is not None:
                limit = max(CAP, min(retry_after, sync.RETRY_AFTER_CAP))
            assert 0 <= delay <= limit + 1e-6, f"deferred {delay:.3f} s, allowed {limit:.1f} s"

    def _attempts(self) -> dict[str, int]:
        return dict(self.ws.conn.execute("SELECT payment_id, attempts FROM outbox").fetchall())

    @rule(seconds=st.one_of(st.floats(0, 2 * CAP), st.integers(0, 7300).map(float)))
    def advance_clock(self, seconds):
        self.clock.when += timedelta(seconds=seconds)

    @rule(seconds=st.integers(1, 3 * 3600))
    def set_clock_back(self, seconds):
        """Someone sets the workstation's clock back (or NTP corrects it)."""
        self.latest = max(self.latest, self.clock.when)
        self.clock.when -= timedelta(seconds=seconds)

    @rule(k=st.integers(1, 5), reached=st.integers(0, 5))
    def crash_mid_send(self, k, reached):
        """A sender claimed rows, maybe some reached the SPC, then the process died."""
        rows = sync.sender._claim(self.ws, k)
        for r in rows[:reached]:
            body = r["body"].encode()
            self.fake._commit(self.fake._receive(body), body)

    @rule()
    def change_token(self):
        self.tokens += 1
        self.ws.token = f"token-{self.tokens}"

    @precondition(lambda self: self.bodies)
    @rule()
    def heal_and_drain(self):
        """SPC healthy, everything due, credentials fixed: the queue must empty."""
        self.change_token()
        # Past every due time ever written, even one written before a clock was set back.
        self.clock.when = max(self.clock.when, self.latest) + \
            timedelta(seconds=sync.RETRY_AFTER_CAP + CAP + 1)
        self.fake.script.clear()
        sync.sync_once(self.ws)
        left = dict(self.ws.conn.execute(
            "SELECT state, COUNT(*) FROM outbox WHERE state NOT IN ('accepted', 'rejected') "
            "GROUP BY state").fetchall())
        assert not left, f"a healthy SPC and a good token left {left} undelivered"

    # -- invariants -----------------------------------------------------------------------

    @invariant()
    def each_payment_in_the_outbox_once_with_its_frozen_body(self):
        rows = self.ws.conn.execute("SELECT payment_id, body FROM outbox").fetchall()
        assert len(rows) == len(self.bodies)
        seen = collections.Counter(r["payment_id"] for r in rows)
        assert all(n == 1 for n in seen.values())
        for r in rows:
            assert r["body"].encode() == self.bodies[r["payment_id"]]
        for pid, body in self.ws.conn.execute("SELECT payment_id, body FROM payments"):
            assert body.encode() == self.bodies[pid]

    @invariant()
    def local_states_agree_with_the_spc(self):
        for r in self.ws.conn.execute("SELECT payment_id, state, spc_txn_id FROM outbox"):
            pid, state = r["payment_id"], r["state"]
            if state == "accepted":
                assert pid in self.fake.held, f"{pid} marked accepted but the SPC never got it"
                assert r["spc_txn_id"] == f"SPC-{self.fake.inserts.index(pid)}"
            if state == "rejected":
                assert pid in self.fake.refused and pid not in self.fake.held
                self.ever_rejected.add(pid)
            elif pid in self.ever_rejected:
                raise AssertionError(f"{pid} was rejected and is now {state}")
            if state == "attention":
                assert self.fake.saw_401

    @invariant()
    def the_spc_never_holds_a_payment_twice_and_always_got_the_same_bytes(self):
        assert len(self.fake.inserts) == len(set(self.fake.inserts))
        for pid, bodies in self.fake.received.items():
            assert pid in self.bodies, "the SPC got a payment this workstation never took"
            assert all(b == self.bodies[pid] for b in bodies), f"{pid} was sent with another body"
        for pid, body in self.fake.held.items():
            assert body == self.bodies[pid]

    @invariant()
    def nothing_is_ever_deleted(self):
        for table, before in self.counts.items():
            now = self.ws.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert now >= before, f"{table} shrank from {before} to {now}"
            self.counts[table] = now
        assert self.counts["payments"] == len(self.bodies)

    @invariant()
    def waiting_rows_have_a_due_time(self):
        for r in self.ws.conn.execute("SELECT next_attempt_at FROM outbox WHERE state = 'waiting'"):
            assert r["next_attempt_at"], "a waiting row without next_attempt_at waits forever"
            assert datetime.fromisoformat(r["next_attempt_at"]).tzinfo is not None


OutboxMachine.TestCase.settings = settings(
    max_examples=300, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_outbox_state_machine = OutboxMachine.TestCase


# -- defects the machine's fake makes easy to show ------------------------------------------

@pytest.fixture
def fake_ws(tmp_path):
    def make(timezone: str = "Asia/Almaty", when: datetime | None = None, **cfg):
        clock = Clock(when or datetime(2026, 11, 22, 10, 15, 3, tzinfo=ALMATY))
        config = Config(home=tmp_path / "ws", workstation_id="ALM-01-W03", teller_id="t.sadykova",
                        spc_url="http://127.0.0.1:9/", timezone=timezone, offline_block_seconds=0,
                        **cfg)
        ws = Workstation(config, token="t", clock=clock)
        fake = FakeSpc()
        ws._local.client = fake
        made.append(ws)
        return ws, fake, clock
    made: list[Workstation] = []
    yield make
    for ws in made:
        ws.close()


def _accept(ws, n: int = 1) -> list:
    account = Account.from_wire(ACCOUNT_BODY)
    return [payments.accept_payment(ws, payments.build_draft(account, {"HEAT": f"{10 + i}.01"}, {},
                                                             "100000"), teller_of(ws), write_pdf=False)
            for i in range(n)]


class GarbageTypes(FakeSpc):
    """Commits, then answers with the right shape but wrong types inside."""

    def __init__(self, mangle):
        super().__init__()
        self.mangle = mangle

    def post_payment(self, payment_id, body):
        return self.mangle(super().post_payment(payment_id, body))

    def post_batch(self, bodies):
        return [self.mangle(r) for r in super().post_batch(bodies)]


@pytest.mark.parametrize("n,mangle", [
    (1, lambda r: {**r, "registered_at": {"at": r["registered_at"]}}),
    (3, lambda r: {**r, "registered_at": {"at": r["registered_at"]}}),
    # (A single answer naming another payment is caught by SpcClient.post_payment;
    # batch items are not checked there.)
    (3, lambda r: {**r, "payment_id": [r["payment_id"]]}),
], ids=["single-registered_at_object", "batch-registered_at_object", "batch-payment_id_list"])
def test_garbage_inside_a_well_formed_answer_is_an_unknown_outcome_not_a_crash(fake_ws, n, mangle):
    """An answer 'not what the protocol promises' must be deferred with backoff (SpcProtocolError).

    Regression (fixed in ec5d6ac): a wrong JSON type inside an otherwise well-formed
    answer escaped sync_once as TypeError / sqlite3.ProgrammingError: `cashier sync
    --once` died with a traceback, the rows stayed 'sending', and the next pass
    resent at once without any backoff.
    """
    ws, _, clock = fake_ws(batch_size=3, retry_base_seconds=1, retry_cap_seconds=4)
    garbage = GarbageTypes(mangle)
    ws._local.client = garbage
    _accept(ws, n)
    report = sync.sync_once(ws)
    rows = ws.conn.execute("SELECT state, next_attempt_at, spc_txn_id FROM outbox").fetchall()
    assert report.deferred == n and report.accepted == 0, report
    assert all(r["state"] == "waiting" for r in rows)
    assert all(datetime.fromisoformat(r["next_attempt_at"]) > clock.when for r in rows)
    assert sync.queue_status(ws).last_contact_ok is False


def test_a_deferred_payment_is_due_at_its_real_time_when_the_clocks_go_back(fake_ws):
    """Regression (fixed in ec5d6ac by UTC stamps): due times were local wall-clock text
    compared as text.

    Europe/Berlin, 2026-10-25: 03:00 CEST becomes 02:00 CET. A payment deferred at
    02:50 CEST for at most 4 s is due by 00:50:04 UTC. At 02:10 CET (01:10 UTC,
    twenty minutes later) the text '02:50:0x+02:00' <= '02:10:00+01:00' was false,
    so the sender skipped it for up to another hour.
    """
    berlin = ZoneInfo("Europe/Berlin")
    ws, fake, clock = fake_ws(timezone="Europe/Berlin", retry_base_seconds=2, retry_cap_seconds=4,
                              when=datetime(2026, 10, 25, 2, 50, 0, tzinfo=berlin, fold=0))
    _accept(ws)
    fake.script.append((BUSY, None))
    assert sync.sync_once(ws).deferred == 1
    due = datetime.fromisoformat(ws.conn.execute("SELECT next_attempt_at FROM outbox").fetchone()[0])
    clock.when = datetime(2026, 10, 25, 2, 10, 0, tzinfo=berlin, fold=1)
    assert clock.when.utcoffset() == timedelta(hours=1)
    assert (clock.when - due).total_seconds() > 1000  # long overdue in real time
    assert sync.sync_once(ws).accepted == 1


def test_the_backoff_never_exceeds_the_cap_in_real_seconds_across_a_clock_change(fake_ws):
    """Regression (fixed in ec5d6ac): `now + timedelta` on a zoned datetime is wall-clock
    arithmetic; a retry deferred 1 to 2 s at 02:59:59.5 CEST landed at 03:00:0x CET,
    an hour later."""
    berlin = ZoneInfo("Europe/Berlin")
    ws, fake, clock = fake_ws(timezone="Europe/Berlin", retry_base_seconds=2, retry_cap_seconds=4,
                              when=datetime(2026, 10, 25, 2, 59, 59, 500000, tzinfo=berlin, fold=0))
    _accept(ws)
    fake.script.append((BUSY, None))
    sync.sync_once(ws)
    due = datetime.fromisoformat(ws.conn.execute("SELECT next_attempt_at FROM outbox").fetchone()[0])
    assert 1.0 <= (due - clock.when).total_seconds() <= 4.0, due


def test_background_sender_stops_cleanly(fake_ws):
    """Regression: an Event kept in `self._stop` shadowed threading.Thread._stop(), so once
    the thread had ended join() (and so stop() and is_alive()) raised TypeError."""
    ws, _, _ = fake_ws()
    sender = sync.BackgroundSender(ws, interval=0.05, probe_interval=60)
    sender.start()
    import time
    time.sleep(0.2)
    sender.stop(timeout=10)
    assert not sender.is_alive()


def _vm_steps(conn, fn) -> int:
    """SQLite virtual-machine work done by fn(), in units of 100 opcodes: a clock-free cost."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        fn()
    finally:
        conn.set_progress_handler(None, 100)
    return steps[0]


def test_taking_a_payment_does_not_get_slower_with_months_of_delivered_history(fake_ws):
    """Regression (fixed in ec5d6ac): accept_payment -> check_offline_limits -> queue_status
    aggregated the WHOLE outbox joined with payments (accepted rows included) on every
    payment: 0.8 ms per payment on a new database, ~64 ms with 25,600 delivered
    payments of history and nothing waiting. Counted in SQLite opcodes, not seconds."""
    ws, _, _ = fake_ws()
    account = Account.from_wire(ACCOUNT_BODY)
    draft = payments.build_draft(account, {"HEAT": "10.00"}, {}, "100")
    teller = teller_of(ws)
    payments.accept_payment(ws, draft, teller, write_pdf=False)  # the day is open, statements cached
    fresh = _vm_steps(ws.conn, lambda: payments.accept_payment(ws, draft, teller, write_pdf=False))
    from cashier.storage import db
    with db.atomic(ws.conn):  # 20,000 payments of an earlier day, all delivered long ago
        ws.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO payments(payment_id, receipt_no, seq, workstation_id, teller_id, "
            "business_date, accepted_at, account, holder, address, period, currency, fee, total, "
            "tendered, change_given, status, body) SELECT 'old-' || i, 'ALM-01-W03-20260101-' || i, "
            "i, 'ALM-01-W03', 't', '2026-01-01', '2026-01-01T10:00:00+05:00', '1002003001', 'h', "
            "'a', '2025-12', 'KZT', 0, 1000, 1000, 0, 'accepted', '{}' FROM n")
        ws.conn.execute(
            "INSERT INTO outbox(kind, payment_id, body, state, created_at, next_attempt_at, attempts) "
            "SELECT 'payment', payment_id, body, 'accepted', accepted_at, accepted_at, 1 "
            "FROM payments WHERE business_date = '2026-01-01'")
    later = _vm_steps(ws.conn, lambda: payments.accept_payment(ws, draft, teller, write_pdf=False))
    assert later <= 3 * fresh + 50, f"SQLite work per payment: {fresh} -> {later} (x100 opcodes)"
