"""The bank's cash controls at the desk (issue 13), on a real SQLite file and the real core:

- a drawer's cash limits: its level (ok / warning / over), the refusal of cash above the hard
  limit (check_cash_limit, as the payment calls it), a handover bringing it back, voids and
  handovers never refused;
- every count recorded (cash_counts), blind counts and recounts as such, with `cash.counted`
  in the journal;
- a session's close whose difference is above close_difference_approval_above: a supervisor
  other than the teller approves at the desk, wrong passwords counted at this desk only,
  approved_by in the journal; the day's close (real SPC) approved by its supervisor;
- the command line: `cashier session count/close`, `cashier day count/close`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import accounts, dayclose, drawer, money, payments, sync
from cashier.config import Config
from cashier.dayclose.close import count_day
from cashier.errors import RuleError, ValidationError
from cashier.identity import users
from cashier.model import Account
from cashier.payments import voids
from cashier.storage import db
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                    TELLER_PASSWORD, staff_desk)
from tests.ui.helpers import ACCOUNT_BODY

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-01-W05"
WARNING, HARD = 100_000_00, 150_000_00


def make_ws(home: Path, **settings) -> Workstation:
    cfg = Config(home=home, workstation_id=WS_ID, teller_id=TELLER_ID,
                 spc_url=settings.pop("spc_url", "http://127.0.0.1:9/"), auto_print=False,
                 **settings)
    return Workstation(cfg, token=settings.pop("token", "t"))


@pytest.fixture
def limited(tmp_path):
    with make_ws(tmp_path / "ws", drawer_warning_level=WARNING, drawer_hard_limit=HARD) as ws:
        yield ws


@pytest.fixture
def blind(tmp_path):
    with make_ws(tmp_path / "ws", blind_count=True, close_difference_approval_above=1_000_00) as ws:
        yield ws


def journal(ws, action: str) -> list[tuple[str, dict]]:
    return [(r["actor"], json.loads(r["details"])) for r in ws.conn.execute(
        "SELECT actor, details FROM audit_log WHERE action = ? ORDER BY id", (action,))]


def take(ws, teller, tendered: str = "5000"):
    draft = payments.build_draft(Account.from_wire(ACCOUNT_BODY), None, {}, tendered)
    return payments.accept_payment(ws, draft, teller, write_pdf=False)


def check(ws, incoming: int) -> drawer.DrawerLevel:
    """As the payment calls it: inside its transaction, with the teller's open session."""
    session = drawer.current(ws.conn, WS_ID)
    with db.atomic(ws.conn):
        return drawer.check_cash_limit(ws.conn, ws.config, session, incoming)


# -- cash limits ----------------------------------------------------------------------------------

def test_the_drawers_level_ok_warning_over_and_what_to_hand_over(limited):
    ws = limited
    staff = staff_desk(ws, WARNING)                      # exactly the warning level: still ok
    state = drawer.drawer_state(ws)
    assert (state.level, state.limits.to_hand_over, state.limits.room) == ("ok", 0, HARD - WARNING)
    take(ws, staff.teller)
    state = drawer.drawer_state(ws)
    over_warning = state.expected - WARNING
    assert state.level == "warning" and state.limits.to_hand_over == over_warning > 0
    out = state.to_json()
    assert (out["level"], out["warning_level"], out["hard_limit"], out["to_hand_over"]) == \
        ("warning", "100000.00", "150000.00", money.to_wire(over_warning))
    # The handover the dialog fills in brings it back to the warning level exactly.
    state = drawer.hand_over(ws, staff.teller, state.limits.to_hand_over, "сумка 1")
    assert state.level == "ok" and state.expected == WARNING
    # Above the hard limit (the bank lowered it since): over, and what to hand over.
    ws.config = dataclasses.replace(ws.config, drawer_warning_level=50_000_00,
                                    drawer_hard_limit=90_000_00)
    state = drawer.drawer_state(ws)
    assert state.level == "over" and state.limits.to_hand_over == WARNING - 50_000_00
    # No limits set: always ok, nothing to hand over.
    ws.config = dataclasses.replace(ws.config, drawer_warning_level=0, drawer_hard_limit=0)
    assert drawer.drawer_state(ws).level == "ok" and not drawer.drawer_state(ws).limits.watched


def test_cash_above_the_hard_limit_is_refused_until_a_handover(limited):
    ws = limited
    staff = staff_desk(ws, 140_000_00)
    assert check(ws, HARD - 140_000_00).cash == HARD            # up to the limit itself: taken
    with pytest.raises(RuleError) as info:
        check(ws, HARD - 140_000_00 + 1)
    err = info.value
    assert err.code == "drawer_over_limit"
    assert err.params["cash"] == money.format_amount(HARD + 1, "KZT")
    assert err.params["limit"] == money.format_amount(HARD, "KZT")
    assert err.params["at_least"] == money.format_amount(1, "KZT")
    assert "150 000,00" in err.message.replace("\u00a0", " ") and "handover" in err.message
    assert drawer.expected_cash(ws.conn, staff.session.session_id) == 140_000_00   # nothing moved
    drawer.hand_over(ws, staff.teller, 40_000_00, "в хранилище")
    assert check(ws, 50_000_00).cash == HARD        # taken again, up to the limit
    assert check(ws, 0).cash == 100_000_00         # no cash in: never refused


def test_a_payment_above_the_hard_limit_is_refused_and_nothing_is_written(limited):
    ws = limited
    staff = staff_desk(ws, HARD - 1_000_00)
    before = ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0]
    with pytest.raises(RuleError) as info:
        take(ws, staff.teller)
    assert info.value.code == "drawer_over_limit"
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == before
    drawer.hand_over(ws, staff.teller, 60_000_00)
    assert take(ws, staff.teller).receipt_no


def test_voids_and_handovers_are_never_refused_by_the_limit(limited):
    ws = limited
    staff = staff_desk(ws, 140_000_00)
    paid = take(ws, staff.teller)
    ws.config = dataclasses.replace(ws.config, drawer_warning_level=10_000_00,
                                    drawer_hard_limit=20_000_00)   # the drawer is far over it now
    assert drawer.drawer_state(ws).level == "over"
    voids.void_payment(ws, staff.teller, paid.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "ошибка в номере счёта")
    state = drawer.hand_over(ws, staff.teller, 1_000_00, "часть")   # still over: taken anyway
    assert state.level == "over" and state.expected == 139_000_00
    with pytest.raises(RuleError):
        check(ws, 1)


def test_session_status_says_the_level(limited):
    ws = limited
    staff_desk(ws, 120_000_00)
    out = drawer.drawer_state(ws).to_json()
    assert out["level"] == "warning" and out["to_hand_over"] == "20000.00"
    assert out["expected"] == "120000.00"


# -- counts: blind, recounts ----------------------------------------------------------------------

def test_a_blind_count_is_recorded_then_shown_and_a_recount_is_the_next_attempt(blind):
    ws = blind
    staff = staff_desk(ws, 50_000_00)
    sid = staff.session.session_id
    status = drawer.drawer_state(ws).to_json()          # blind: no expected cash to read before
    assert status["blind_count"] is True and "expected" not in status and "received" not in status
    first = drawer.count_drawer(ws, staff.teller, counts={"20000": 2, "5000": 1, "1000": 4})
    assert (first.attempt, first.counted, first.expected, first.difference, first.blind,
            first.recount) == (1, 49_000_00, 50_000_00, -1_000_00, True, False)
    second = drawer.count_drawer(ws, staff.teller, counts=["20000=2", "5000=2"])
    assert (second.attempt, second.counted, second.difference, second.recount) == \
        (2, 50_000_00, 0, True)
    closed, state = drawer.close_drawer(ws, staff.teller, counts={"20000": 2, "5000": 2})
    assert closed.state == "closed" and closed.difference == 0 and state.session is None
    # The close reused the recount: two counts, not three.
    rows = ws.conn.execute("SELECT attempt, counted, expected, blind, counts, counted_by FROM "
                           "cash_counts WHERE scope = 'session' AND scope_id = ? ORDER BY attempt",
                           (sid,)).fetchall()
    assert [tuple(r) for r in rows] == [
        (1, 49_000_00, 50_000_00, 1, json.dumps({"note_1000": 4, "note_20000": 2, "note_5000": 1}),
         TELLER_ID),
        (2, 50_000_00, 50_000_00, 1, json.dumps({"note_20000": 2, "note_5000": 2}), TELLER_ID)]
    counted = journal(ws, "cash.counted")
    assert [(a, d["attempt"], d["recount"], d["blind"], d["difference"]) for a, d in counted] == \
        [(TELLER_ID, 1, False, True, "-1000.00"), (TELLER_ID, 2, True, True, "0.00")]
    assert {"scope", "scope_id", "attempt", "counted", "expected", "difference", "blind",
            "recount"} <= set(counted[0][1]) and counted[0][1]["scope_id"] == sid
    (_, closed_entry), = journal(ws, "session.closed")
    assert closed_entry["count"] == {"attempt": 2, "blind": True}
    assert closed_entry["approved_by"] is None


def test_a_blind_close_refused_for_want_of_a_note_keeps_its_count_and_says_the_expected(blind):
    ws = blind
    staff = staff_desk(ws, 50_000_00)
    with pytest.raises(ValidationError) as info:
        drawer.close_drawer(ws, staff.teller, 49_500_00)
    assert info.value.code == "note_required" and info.value.field == "note"
    assert info.value.params["expected"] == money.format_amount(50_000_00, "KZT")
    assert drawer.current(ws.conn, WS_ID) is not None
    counts = drawer.counts_of(ws.conn, "session", staff.session.session_id)
    assert [(c.attempt, c.counted, c.blind) for c in counts] == [(1, 49_500_00, True)]
    # The same count again with a note closes: it is not a recount.
    closed, _ = drawer.close_drawer(ws, staff.teller, 49_500_00, "не хватает 500")
    assert closed.difference == -500_00
    assert len(drawer.counts_of(ws.conn, "session", closed.session_id)) == 1


def test_a_close_counted_in_the_open_records_its_count_once(tmp_path):
    with make_ws(tmp_path / "ws") as ws:
        staff = staff_desk(ws, 3_000_00)
        with pytest.raises(ValidationError):
            drawer.close_drawer(ws, staff.teller, 2_999_00)         # no note: nothing recorded
        assert drawer.counts_of(ws.conn, "session", staff.session.session_id) == []
        closed, _ = drawer.close_drawer(ws, staff.teller, 2_999_00, "1 тенге")
        (count,) = drawer.counts_of(ws.conn, "session", closed.session_id)
        assert (count.attempt, count.blind, count.recount, count.counted, count.expected) == \
            (1, False, False, 2_999_00, 3_000_00)
        # the count's entry comes just before the close's
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]
        assert actions[-2:] == ["cash.counted", "session.closed"]


def test_pieces_and_a_total_that_disagree_are_refused(blind):
    staff = staff_desk(blind, 1_000_00)
    with pytest.raises(ValidationError) as info:
        drawer.count_drawer(blind, staff.teller, 2_000_00, {"1000": 1})
    assert info.value.code == "count_total_differs"
    assert drawer.counts_of(blind.conn, "session", staff.session.session_id) == []


# -- a supervisor approves a large difference --------------------------------------------------------

def test_a_large_difference_needs_another_supervisors_password(blind):
    ws = blind
    staff = staff_desk(ws, 50_000_00)
    teller, note = staff.teller, "не хватает, пересчитано дважды"
    # At the threshold itself: no approval.
    drawer.count_drawer(ws, teller, 49_000_00)
    with pytest.raises(RuleError) as info:
        drawer.close_drawer(ws, teller, 48_999_99, note)
    assert info.value.code == "close_needs_approval" and info.value.field == "supervisor"
    assert info.value.params["limit"] == money.format_amount(1_000_00, "KZT")
    with pytest.raises(RuleError) as info:                   # the teller themselves
        drawer.close_drawer(ws, teller, 48_999_99, note, supervisor_id=TELLER_ID,
                            supervisor_password=TELLER_PASSWORD)
    assert info.value.code == "four_eyes_close"
    with pytest.raises(users.AuthError) as info:             # a wrong password, counted here
        drawer.close_drawer(ws, teller, 48_999_99, note, supervisor_id=SUPERVISOR_ID,
                            supervisor_password="wrong-password")
    assert info.value.code == "approval_failed" and info.value.params["left"] == 4
    failures = ws.conn.execute("SELECT failures FROM approval_attempts WHERE user_id = ?",
                               (SUPERVISOR_ID,)).fetchone()[0]
    assert failures == 1
    assert users.authenticate(ws.conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD)  # own sign-in
    assert drawer.current(ws.conn, WS_ID) is not None
    closed, _ = drawer.close_drawer(ws, teller, 48_999_99, note, supervisor_id=SUPERVISOR_ID,
                                    supervisor_password=SUPERVISOR_PASSWORD)
    assert closed.state == "closed" and closed.difference == -1_000_01
    (actor, details), = journal(ws, "session.closed")
    assert (actor, details["approved_by"]) == (TELLER_ID, SUPERVISOR_ID)
    assert [a for a, _ in journal(ws, "close_difference_approval.ok")] == [SUPERVISOR_ID]
    assert len(journal(ws, "close_difference_approval.failed")) == 1
    # One count at 49 000,00, the close's at 48 999,99 a recount.
    assert [(c.attempt, c.counted, c.recount) for c in
            drawer.counts_of(ws.conn, "session", closed.session_id)] == \
        [(1, 49_000_00, False), (2, 48_999_99, True)]


def test_a_supervisor_closing_a_tellers_session_approves_it_and_cannot_approve_their_own(blind):
    ws = blind
    staff = staff_desk(ws, 10_000_00)
    closed, _ = drawer.close_drawer(ws, staff.supervisor, 5_000_00, "учтено старшим")
    (actor, details), = journal(ws, "session.closed")
    assert closed.state == "closed" and (actor, details["approved_by"]) == \
        (SUPERVISOR_ID, SUPERVISOR_ID)
    # The supervisor's own session: a second supervisor, not themselves.
    drawer.open_drawer(ws, staff.supervisor, 10_000_00)
    with pytest.raises(RuleError) as info:
        drawer.close_drawer(ws, staff.supervisor, 5_000_00, "x", supervisor_id=SUPERVISOR_ID,
                            supervisor_password=SUPERVISOR_PASSWORD)
    assert info.value.code == "four_eyes_close"


# -- the day's close (real SPC) ---------------------------------------------------------------------

def test_a_blind_day_close_records_each_count_and_its_supervisor(tmp_path, fresh_spc):
    with Workstation(Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id=WS_ID,
                            blind_count=True, close_difference_approval_above=100_00),
                     token=fresh_spc.token_for(WS_ID)) as ws:
        staff = staff_desk(ws, 50_000_00)
        account = accounts.find_account(ws, DEMO_ACCOUNTS["no_meters"])
        code = next(s.code for s in account.services if s.amount_due > 0)
        payments.accept_payment(ws, payments.build_draft(account, {code: "1000"}, {}, "1000"),
                                staff.teller, write_pdf=False)
        sync.sync_once(ws)
        day = ws.now().date()
        status = dayclose.day_status(ws, day).to_json()
        assert status["blind_count"] is True and "expected" not in status["cash"]
        short = count_day(ws, staff.supervisor, day, ["20000=2", "10000=1"])
        assert (short.attempt, short.expected, short.difference, short.blind) == \
            (1, 51_000_00, -1_000_00, True)
        assert "expected" in dayclose.day_status(ws, day).to_json()["cash"]   # shown once counted
        with pytest.raises(RuleError):
            count_day(ws, staff.teller, day, ["20000=2"])        # a supervisor's count only
        right = ["20000=2", "10000=1", "1000=1"]
        again = count_day(ws, staff.supervisor, day, right)
        assert (again.attempt, again.recount, again.difference) == (2, True, 0)
        closed = dayclose.close_day(ws, staff.supervisor, day, right)
        assert closed.counted == 51_000_00 and closed.difference == 0
        counts = drawer.counts_of(ws.conn, "day", day.isoformat())
        assert [(c.attempt, c.counted, c.recount, c.counted_by) for c in counts] == \
            [(1, 50_000_00, False, SUPERVISOR_ID), (2, 51_000_00, True, SUPERVISOR_ID)]
        (_, day_entry), = journal(ws, "day.closed")
        assert day_entry["approved_by"] == SUPERVISOR_ID
        assert day_entry["count"] == {"attempt": 2, "blind": True}
        (actor, session_entry), = journal(ws, "session.closed")
        assert (actor, session_entry["approved_by"]) == (SUPERVISOR_ID, SUPERVISOR_ID)
        # The back office reads the session's close in the entry just before day.closed.
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]
        assert actions[-2:] == ["session.closed", "day.closed"]


# -- the command line ------------------------------------------------------------------------------

def cashier(home: Path, *args: str, user: str = TELLER_ID, password: str = TELLER_PASSWORD,
            supervisor_password: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": "http://127.0.0.1:9/",
           "CASHIER_SPC_TOKEN": "t", "CASHIER_WORKSTATION_ID": WS_ID, "CASHIER_USER": user,
           "CASHIER_PASSWORD": password}
    env.pop("CASHIER_SUPERVISOR_PASSWORD", None)
    if supervisor_password is not None:
        env["CASHIER_SUPERVISOR_PASSWORD"] = supervisor_password
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def test_the_command_line_counts_blind_recounts_and_closes_with_a_supervisor(tmp_path):
    home = tmp_path / "ws"
    with make_ws(home) as ws:
        staff_desk(ws, 50_000_00)
    (home / "config.toml").write_text(f'workstation_id = "{WS_ID}"\nblind_count = true\n'
                                      'close_difference_approval_above = "1000.00"\n',
                                      encoding="utf-8")
    status = json.loads(cashier(home, "session", "status").stdout)
    assert status["blind_count"] is True and "expected" not in status
    first = cashier(home, "session", "count", "--count", "20000=2", "--count", "5000=1")
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert (out["attempt"], out["counted"], out["expected"], out["difference"], out["recount"]) \
        == (1, "45000.00", "50000.00", "-5000.00", False)
    refused = cashier(home, "session", "close", "--count", "20000=2", "--count", "5000=1",
                      "--note", "не хватает")
    assert refused.returncode == 1
    assert json.loads(refused.stderr)["error"]["code"] == "close_needs_approval"
    wrong = cashier(home, "session", "close", "--counted", "45000", "--note", "не хватает",
                    "--supervisor", SUPERVISOR_ID, supervisor_password="nope-nope")
    assert json.loads(wrong.stderr)["error"]["code"] == "approval_failed"
    no_password = cashier(home, "session", "close", "--counted", "45000", "--note", "x",
                          "--supervisor", SUPERVISOR_ID)     # no terminal, no variable
    assert json.loads(no_password.stderr)["error"]["code"] == "password_required"
    both = cashier(home, "session", "close", "--counted", "45000", "--count", "20000=1")
    assert both.returncode == 64
    done = cashier(home, "session", "close", "--counted", "45000", "--note", "не хватает",
                   "--supervisor", SUPERVISOR_ID, supervisor_password=SUPERVISOR_PASSWORD)
    assert done.returncode == 0, done.stderr
    closed = json.loads(done.stdout)
    assert (closed["state"], closed["difference"]) == ("closed", "-5000.00")
    # --counted 45000 is not the same count as the pieces (no pieces): recorded as a recount.
    assert (closed["count"]["attempt"], closed["count"]["recount"]) == (2, True)
    with Workstation(Config(home=home, workstation_id=WS_ID, spc_url="http://127.0.0.1:9/"),
                     token="t") as ws:
        (actor, details), = journal(ws, "session.closed")
        assert (actor, details["approved_by"]) == (TELLER_ID, SUPERVISOR_ID)
        assert [d["attempt"] for _, d in journal(ws, "cash.counted")] == [1, 2]
    # The day's count: the drawer should hold what the session's close counted.
    teller_day = cashier(home, "day", "count", "--count", "20000=2")
    assert json.loads(teller_day.stderr)["error"]["code"] == "role_required"
    day = cashier(home, "day", "count", "--count", "20000=2", "--count", "5000=1",
                  user=SUPERVISOR_ID, password=SUPERVISOR_PASSWORD)
    assert day.returncode == 0, day.stderr
    out = json.loads(day.stdout)
    assert (out["scope"], out["attempt"], out["expected"], out["difference"], out["blind"]) == \
        ("day", 1, "45000.00", "0.00", True)


def test_the_commands_help_says_how_to_recount():
    for args in (("session", "close"), ("session", "count"), ("day", "count"), ("day", "close")):
        out = subprocess.run([sys.executable, "-m", "cashier", *args, "--help"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60).stdout
        assert "recount" in out.replace("\n", " ") or "count again" in out.replace("\n", " "), args
