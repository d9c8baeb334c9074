"""The cash drawer: a teller's session and every movement of cash in it.

A session opens with a counted float and closes with a counted total. Between
the two, every tenge that enters or leaves the drawer is a row in
cash_movements, signed (+ into the drawer, - out of it), so the expected cash
is one SUM and nothing is ever recomputed from payments after the fact:

    expected = float + payments received - change given - handovers ± voids

One workstation has at most one open session at a time (a partial unique
index, so even two processes cannot open two).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from cashier import days, money
from cashier.identity import audit
from cashier.storage import db
from cashier.errors import NotFoundError, RuleError, ValidationError
from cashier.identity.users import User, require

KINDS = ("float", "payment", "change", "handover", "void_refund")


@dataclass(frozen=True)
class Session:
    session_id: str
    workstation_id: str
    user_id: str
    business_date: date
    state: str
    opening_float: int
    opened_at: datetime
    counted: int | None = None
    expected: int | None = None
    difference: int | None = None


def _row(row: sqlite3.Row) -> Session:
    return Session(row["session_id"], row["workstation_id"], row["user_id"],
                   date.fromisoformat(row["business_date"]), row["state"], row["opening_float"],
                   datetime.fromisoformat(row["opened_at"]), row["counted"], row["expected"],
                   row["difference"])


def open_session(conn: sqlite3.Connection, now: datetime, actor: User, workstation_id: str,
                 business_date: date, opening_float: int) -> Session:
    require(actor, "teller", "supervisor")
    if opening_float < 0:
        raise ValidationError("amount_negative", "The float cannot be negative.", "float")
    session_id = str(uuid.uuid4())
    with db.atomic(conn):
        days.check_clock(business_date, now.date())
        days.refuse_if_closed(conn, business_date, "no cash session can be opened for it.")
        current = conn.execute("SELECT user_id FROM teller_sessions WHERE workstation_id = ? "
                               "AND state = 'open'", (workstation_id,)).fetchone()
        if current is not None:
            raise RuleError("session_already_open",
                            f"A cash session is already open on this workstation (by {current[0]}); "
                            "close it with a cash count first.", None, {"user_id": current[0]})
        conn.execute("INSERT INTO teller_sessions(session_id, workstation_id, user_id, business_date, "
                     "state, opened_at, opening_float) VALUES (?, ?, ?, ?, 'open', ?, ?)",
                     (session_id, workstation_id, actor.user_id, business_date.isoformat(),
                      db.stamp(now), opening_float))
        _move(conn, now, session_id, "float", opening_float, actor.user_id, note="opening float")
        audit.record(conn, now, actor.user_id, "session.opened", session_id,
                     {"session_id": session_id, "teller_id": actor.user_id,
                      "business_date": business_date.isoformat(),
                      "float": money.to_wire(opening_float)})
    return get(conn, session_id)


def get(conn: sqlite3.Connection, session_id: str) -> Session:
    row = conn.execute("SELECT * FROM teller_sessions WHERE session_id = ?", (session_id,)).fetchone()
    if row is None:
        raise NotFoundError("session_not_found", "No such cash session.")
    return _row(row)


def current(conn: sqlite3.Connection, workstation_id: str) -> Session | None:
    row = conn.execute("SELECT * FROM teller_sessions WHERE workstation_id = ? AND state = 'open'",
                       (workstation_id,)).fetchone()
    return _row(row) if row else None


def require_open(conn: sqlite3.Connection, workstation_id: str, user: User) -> Session:
    """The session a payment must go into: open, and the signed-in teller's own."""
    session = current(conn, workstation_id)
    if session is None:
        raise RuleError("no_open_session", "Open a cash session (count the float) before taking payments.")
    if session.user_id != user.user_id:
        raise RuleError("session_of_another_user",
                        f"The open cash session belongs to {session.user_id}; they must close it "
                        "with a cash count before you can take payments.", None,
                        {"user_id": session.user_id})
    return session


def _move(conn: sqlite3.Connection, now: datetime, session_id: str, kind: str, amount: int,
          actor: str, payment_id: str | None = None, note: str = "") -> None:
    db.require_transaction(conn)
    if kind not in KINDS:
        raise ValueError(f"unknown cash movement {kind}")
    conn.execute("INSERT INTO cash_movements(session_id, kind, amount, payment_id, at, actor, note) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (session_id, kind, amount, payment_id, db.stamp(now), actor, note))


def record_payment(conn: sqlite3.Connection, now: datetime, session_id: str, actor: str,
                   payment_id: str, tendered: int, change: int) -> None:
    """Cash in and change out for one payment; call inside the payment's transaction."""
    db.require_transaction(conn)
    at = db.stamp(now)
    conn.executemany("INSERT INTO cash_movements(session_id, kind, amount, payment_id, at, actor, "
                     "note) VALUES (?, ?, ?, ?, ?, ?, '')",
                     [(session_id, kind, amount, payment_id, at, actor)
                      for kind, amount in (("payment", tendered), ("change", -change))
                      if kind == "payment" or change])


def record_void_refund(conn: sqlite3.Connection, now: datetime, session_id: str, actor: str,
                       payment_id: str, amount: int) -> None:
    """The payer gets their money back from the drawer; call inside the void's transaction."""
    _move(conn, now, session_id, "void_refund", -amount, actor, payment_id)


def handover(conn: sqlite3.Connection, now: datetime, actor: User, workstation_id: str,
             amount: int, note: str = "") -> None:
    """Cash taken from the drawer to the vault during the day."""
    require(actor, "teller", "supervisor")
    if amount <= 0:
        raise ValidationError("amount_not_positive", "Hand over a positive amount.", "amount")
    with db.atomic(conn):
        session = require_open(conn, workstation_id, actor) if actor.role == "teller" else \
            current(conn, workstation_id)
        if session is None:
            raise RuleError("no_open_session", "No cash session is open on this workstation.")
        if amount > expected_cash(conn, session.session_id):
            raise RuleError("handover_exceeds_cash",
                            "The drawer does not hold that much cash by the records.", "amount")
        _move(conn, now, session.session_id, "handover", -amount, actor.user_id, note=note)
        audit.record(conn, now, actor.user_id, "session.handover", session.session_id,
                     {"session_id": session.session_id, "amount": money.to_wire(amount),
                      "note": note})


def expected_cash(conn: sqlite3.Connection, session_id: str) -> int:
    return conn.execute("SELECT COALESCE(SUM(amount), 0) FROM cash_movements WHERE session_id = ?",
                        (session_id,)).fetchone()[0]


def movements(conn: sqlite3.Connection, session_id: str) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT kind, amount, payment_id, at, actor, note FROM cash_movements WHERE session_id = ? "
        "ORDER BY id", (session_id,))]


def close_session(conn: sqlite3.Connection, now: datetime, actor: User, workstation_id: str,
                  counted: int, note: str = "", *, approved_by: str | None = None,
                  count: dict | None = None) -> Session:
    """Close with a count. Over or short needs a note saying why. The journal entry names who
    approved a difference (`approved_by`) and the recorded count it closes with (`count`:
    attempt and blind, cashier/drawer/counts.py); the use case (closing.py) checks both."""
    require(actor, "teller", "supervisor")
    with db.atomic(conn):
        session = current(conn, workstation_id)
        if session is None:
            raise RuleError("no_open_session", "No cash session is open on this workstation.")
        if actor.role == "teller" and session.user_id != actor.user_id:
            raise RuleError("session_of_another_user", "Only its teller or a supervisor can close this session.")
        expected = expected_cash(conn, session.session_id)
        difference = counted - expected
        if difference and not note.strip():
            raise ValidationError("note_required",
                                  f"The count differs from the expected cash by "
                                  f"{money.format_amount(difference)}: say why in a note.", "note",
                                  {"difference": money.format_amount(difference)})
        conn.execute("UPDATE teller_sessions SET state = 'closed', closed_at = ?, counted = ?, "
                     "expected = ?, difference = ?, note = ? WHERE session_id = ?",
                     (db.stamp(now), counted, expected, difference, note, session.session_id))
        audit.record(conn, now, actor.user_id, "session.closed", session.session_id,
                     {"session_id": session.session_id, "counted": money.to_wire(counted),
                      "expected": money.to_wire(expected),
                      "difference": money.to_wire(difference), "note": note,
                      "approved_by": approved_by, **({"count": count} if count else {})})
    return get(conn, session.session_id)
