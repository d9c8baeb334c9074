"""A supervisor's approval typed at a teller's desk: a void, a refused payment resolved.

The supervisor types their own password at someone else's keyboard, often with
the teller and the customer watching. Wrong passwords typed here are counted
at this desk only (table approval_attempts), not against the supervisor's own
sign-in: a teller guessing at one desk must not lock the supervisor out of
their own desk and every other. After MAX_FAILURES wrong tries, approvals by
that supervisor are paused at this desk for LOCKOUT, and the message says so
and what to do meanwhile. Every outcome is audited.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from cashier.identity import audit, users
from cashier.storage import db
from cashier.identity.users import AuthError, User

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


def approve(conn: sqlite3.Connection, now: datetime, user_id: str, password: str, purpose: str,
            *roles: str) -> User:
    """The approving user, checked against their password and their role (default supervisor)."""
    from argon2.exceptions import InvalidHashError, VerificationError
    roles = roles or ("supervisor",)
    user_id = (user_id or "").strip()
    locked_until = _locked_until(conn, user_id)
    if locked_until is not None and locked_until > now:
        minutes = max(1, -(-int((locked_until - now).total_seconds()) // 60))
        raise AuthError("approval_locked_here",
                        f"Too many wrong passwords for {user_id} at this desk: approvals by "
                        f"{user_id} are paused here for {minutes} min. {user_id} can still sign "
                        "in, and another supervisor can approve meanwhile.", "password",
                        {"user_id": user_id, "minutes": minutes})
    row = conn.execute("SELECT * FROM users WHERE user_id = ?", (user_id,)).fetchone()
    if row is None:
        users._hasher().hash("timing-equaliser")  # an unknown user costs as much as a known one
        raise _failed(conn, now, user_id, purpose, "unknown user")
    users.refuse_unusable(conn, now, row, purpose)
    try:
        users._hasher().verify(row["password_hash"], password or "")
    except (VerificationError, InvalidHashError):
        raise _failed(conn, now, user_id, purpose, "wrong password") from None
    with db.atomic(conn):
        conn.execute("DELETE FROM approval_attempts WHERE user_id = ?", (user_id,))
        audit.record(conn, now, user_id, f"{purpose}.ok", user_id, {})
    return users.require(users._row_to_user(row), *roles)


def _locked_until(conn: sqlite3.Connection, user_id: str) -> datetime | None:
    row = conn.execute("SELECT locked_until FROM approval_attempts WHERE user_id = ?",
                       (user_id,)).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def _failed(conn: sqlite3.Connection, now: datetime, user_id: str, purpose: str,
            reason: str) -> AuthError:
    """Count one wrong try at this desk (in its own transaction) and say how many are left."""
    with db.atomic(conn):
        row = conn.execute("SELECT failures FROM approval_attempts WHERE user_id = ?",
                           (user_id,)).fetchone()
        failures = (row[0] if row else 0) + 1
        locked = failures >= MAX_FAILURES
        conn.execute("INSERT INTO approval_attempts(user_id, failures, locked_until) "
                     "VALUES (?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                     "failures = excluded.failures, locked_until = excluded.locked_until",
                     (user_id, 0 if locked else failures,
                      db.stamp(now + LOCKOUT) if locked else None))
        audit.record(conn, now, user_id or "?", f"{purpose}.failed", user_id,
                     {"reason": reason, "at_this_desk": failures, "paused_here": locked})
    if locked:
        minutes = int(LOCKOUT.total_seconds() // 60)
        return AuthError("approval_locked_here",
                         f"Too many wrong passwords for {user_id} at this desk: approvals by "
                         f"{user_id} are paused here for {minutes} min. {user_id} can still sign "
                         "in, and another supervisor can approve meanwhile.", "password",
                         {"user_id": user_id, "minutes": minutes})
    left = MAX_FAILURES - failures
    return AuthError("approval_failed",
                     f"Wrong user or password. {left} more wrong tries at this desk pause "
                     "approvals by this user here for a few minutes.", "password",
                     {"left": left})
