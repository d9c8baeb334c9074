"""Users, roles and the cash drawer: rules enforced in the core, not by buttons."""
from datetime import date, timedelta

import pytest
from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cashier import drawer
from cashier.identity import audit, users
from cashier.storage import db
from cashier.errors import RuleError, ValidationError

WS = "ALM-01-W03"
DAY = date(2026, 11, 22)


@pytest.fixture
def people(ws, clock):
    conn = ws.conn
    admin = users.add(conn, clock(), None, "a.admin", "Админ", "admin", "admin-pass-1")
    teller = users.add(conn, clock(), admin, "t.sadykova", "Садыкова Т.", "teller", "teller-pass-1")
    sup = users.add(conn, clock(), admin, "s.omarov", "Омаров С.", "supervisor", "super-pass-1")
    return admin, teller, sup


def test_first_user_must_be_admin_and_only_admins_add(ws, clock):
    with pytest.raises(RuleError):
        users.add(ws.conn, clock(), None, "t.x", "X", "teller", "password-1")
    admin = users.add(ws.conn, clock(), None, "a.admin", "A", "admin", "password-1")
    teller = users.add(ws.conn, clock(), admin, "t.x", "X", "teller", "password-1")
    with pytest.raises(RuleError) as info:
        users.add(ws.conn, clock(), teller, "t.y", "Y", "teller", "password-1")
    assert info.value.code == "role_required"


def test_passwords_are_hashed_and_never_stored_in_clear(ws, people):
    row = ws.conn.execute("SELECT password_hash FROM users WHERE user_id='t.sadykova'").fetchone()
    assert row[0].startswith("$argon2id$") and "teller-pass-1" not in row[0]
    dump = "\n".join(ws.conn.iterdump())
    assert "teller-pass-1" not in dump


@pytest.mark.parametrize("uid,pw,code", [("BAD ID", "password-1", "user_id_invalid"),
                                         ("t.new", "short", "password_too_short")])
def test_bad_user_input(ws, clock, people, uid, pw, code):
    with pytest.raises(ValidationError) as info:
        users.add(ws.conn, clock(), people[0], uid, "N", "teller", pw)
    assert info.value.code == code


def test_sign_in_lockout_and_audit(ws, clock, people):
    conn = ws.conn
    assert users.authenticate(conn, clock(), "t.sadykova", "teller-pass-1").role == "teller"
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(users.AuthError) as info:
            users.authenticate(conn, clock(), "t.sadykova", "wrong-password")
        assert info.value.code == "auth_failed"
    with pytest.raises(users.AuthError) as info:
        users.authenticate(conn, clock(), "t.sadykova", "teller-pass-1")
    assert info.value.code == "user_locked"
    clock.when += users.LOCKOUT + timedelta(seconds=1)
    users.authenticate(conn, clock(), "t.sadykova", "teller-pass-1")
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log")]
    assert actions.count("sign_in.failed") == users.MAX_FAILURES and actions.count("sign_in.ok") == 2
    assert audit.verify(conn) == []


def test_disabled_user_cannot_sign_in(ws, clock, people):
    admin = people[0]
    users.set_disabled(ws.conn, clock(), admin, "t.sadykova")
    with pytest.raises(users.AuthError) as info:
        users.authenticate(ws.conn, clock(), "t.sadykova", "teller-pass-1")
    assert info.value.code == "user_disabled"


def test_one_open_session_per_workstation(ws, clock, people):
    _, teller, sup = people
    drawer.open_session(ws.conn, clock(), teller, WS, DAY, 2_000_000)
    with pytest.raises(RuleError) as info:
        drawer.open_session(ws.conn, clock(), sup, WS, DAY, 0)
    assert info.value.code == "session_already_open"


def test_admin_takes_no_cash(ws, clock, people):
    with pytest.raises(RuleError):
        drawer.open_session(ws.conn, clock(), people[0], WS, DAY, 0)


def test_close_with_difference_needs_a_note(ws, clock, people):
    _, teller, _ = people
    s = drawer.open_session(ws.conn, clock(), teller, WS, DAY, 1_000_000)
    with pytest.raises(ValidationError) as info:
        drawer.close_session(ws.conn, clock(), teller, WS, 999_000)
    assert info.value.code == "note_required"
    closed = drawer.close_session(ws.conn, clock(), teller, WS, 999_000, "short 10.00, found nothing")
    assert (closed.expected, closed.difference, closed.state) == (1_000_000, -1000, "closed")
    assert drawer.current(ws.conn, WS) is None
    assert s.session_id == closed.session_id


class DrawerMachine(RuleBasedStateMachine):
    """At every step the expected cash equals float + received - change - handovers - refunds."""

    def __init__(self):
        super().__init__()
        import tempfile
        from datetime import datetime
        from zoneinfo import ZoneInfo
        from pathlib import Path
        self.tmp = tempfile.TemporaryDirectory()
        self.conn = db.connect(Path(self.tmp.name) / "d.db")
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=ZoneInfo("Asia/Almaty"))
        # The machine tests the drawer, not password hashing: one teller row, no Argon2 per example.
        with db.atomic(self.conn):
            self.conn.execute("INSERT INTO users(user_id, name, role, password_hash, created_at, updated_at) "
                              "VALUES ('t.t', 'T', 'teller', 'x', 'x', 'x')")
        self.teller = users.get(self.conn, "t.t")
        self.session = None
        self.model = 0
        self.paid: list[tuple[str, int]] = []
        self.voided = 0

    def teardown(self):
        self.conn.close()
        self.tmp.cleanup()

    @precondition(lambda self: self.session is None)
    @rule(float_=st.integers(0, 10**8))
    def open(self, float_):
        self.session = drawer.open_session(self.conn, self.now, self.teller, WS, DAY, float_)
        self.model = float_

    @precondition(lambda self: self.session is not None)
    @rule(total=st.integers(1, 10**7), extra=st.integers(0, 10**6))
    def payment(self, total, extra):
        import uuid
        pid = str(uuid.uuid4())
        with db.atomic(self.conn):
            # A payments row for the foreign key, as accept_payment writes it.
            self.conn.execute(
                "INSERT INTO payments(payment_id, receipt_no, seq, workstation_id, teller_id, business_date, "
                "accepted_at, account, holder, address, period, currency, fee, total, tendered, "
                "change_given, body) VALUES (?, ?, ?, ?, 't.t', ?, 'x', '1234', 'h', 'a', '2026-10', 'KZT', "
                "0, ?, ?, ?, '{}')", (pid, pid, len(self.paid) + 1 + self.voided, WS, DAY.isoformat(),
                                      total, total + extra, extra))
            drawer.record_payment(self.conn, self.now, self.session.session_id, "t.t", pid,
                                  total + extra, extra)
        self.model += total
        self.paid.append((pid, total))

    @precondition(lambda self: self.session is not None and self.paid)
    @rule(data=st.data())
    def void(self, data):
        pid, total = self.paid.pop(data.draw(st.integers(0, len(self.paid) - 1)))
        with db.atomic(self.conn):
            drawer.record_void_refund(self.conn, self.now, self.session.session_id, "t.t", pid, total)
        self.model -= total
        self.voided += 1

    @precondition(lambda self: self.session is not None)
    @rule(amount=st.integers(1, 10**8))
    def handover(self, amount):
        if amount > self.model:
            with pytest.raises(RuleError):
                drawer.handover(self.conn, self.now, self.teller, WS, amount)
        else:
            drawer.handover(self.conn, self.now, self.teller, WS, amount, "to vault")
            self.model -= amount

    @precondition(lambda self: self.session is not None)
    @rule(delta=st.integers(-1000, 1000))
    def close(self, delta):
        closed = drawer.close_session(self.conn, self.now, self.teller, WS, self.model + delta,
                                      "count differs" if delta else "")
        assert closed.expected == self.model and closed.difference == delta
        self.session = None

    @invariant()
    def expected_matches_model(self):
        if self.session is not None:
            assert drawer.expected_cash(self.conn, self.session.session_id) == self.model

    @invariant()
    def audit_chain_holds(self):
        assert audit.verify(self.conn) == []


TestDrawer = DrawerMachine.TestCase
TestDrawer.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
