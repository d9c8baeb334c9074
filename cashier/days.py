"""The business day: which date a payment is dated to, and whether that day still takes changes.

The business date is explicit, never `date.today()` at the point of use. It is
the calendar date at the workstation, unless the supervisor, after closing a
day, opened the next one at once: an evening desk then dates its payments to
that next day (as a bank's operating day works), and the status bar and every
receipt say so.

    current(conn, today)     the date new payments, sessions and voids belong to
    business_date(ws)        the same for a workstation, now
The supervisor opens the day after a closed one with dayclose.open_next_day.

A day opens by itself with its first payment and is locked by the supervisor's
close (cashier/dayclose.py); nothing may be dated to a closed day afterwards:
no payment, no void, no cash session.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from cashier.errors import RuleError

# The SPC refuses a business date more than one day after its own (spc-protocol.md): a day
# opened further ahead would only collect payments it refuses.
MAX_DAYS_AHEAD = 1


def state(conn: sqlite3.Connection, day: date) -> str | None:
    """'open', 'closed', or None when nothing has happened that day yet."""
    row = conn.execute("SELECT state FROM business_days WHERE business_date = ?",
                       (day.isoformat(),)).fetchone()
    return row["state"] if row else None


def current(conn: sqlite3.Connection, today: date) -> date:
    """The business date of what happens now: the earliest day from `today` on that the
    supervisor opened ahead of time, else `today` itself (open, not started, or closed)."""
    row = conn.execute("SELECT MIN(business_date) FROM business_days WHERE state = 'open' "
                       "AND business_date > ?", (today.isoformat(),)).fetchone()
    if row[0] and state(conn, today) == "closed":
        return date.fromisoformat(row[0])
    return today


def unclosed_before(conn: sqlite3.Connection, day: date) -> list[date]:
    """Business days before `day` that began and were never closed, oldest first: a close
    forgotten (the branch's day cannot close without it) that the supervisor closes first."""
    return [date.fromisoformat(r[0]) for r in conn.execute(
        "SELECT business_date FROM business_days WHERE state = 'open' AND business_date < ? "
        "ORDER BY business_date", (day.isoformat(),))]


def refuse_if_closed(conn: sqlite3.Connection, day: date, consequence: str) -> None:
    """RuleError day_closed when `day` is closed; `consequence` says what cannot happen."""
    current_state = state(conn, day)
    if current_state is not None and current_state != "open":
        raise RuleError("day_closed", f"The business day {day.isoformat()} is closed; {consequence} "
                        "A supervisor can open the next business day (F12, or `cashier day open`).",
                        None, {"business_date": day.isoformat()})


def open_if_new(conn: sqlite3.Connection, day: date, now: datetime, consequence: str) -> None:
    """Inside the caller's transaction: refuse a closed day, open a day not seen yet."""
    if not conn.in_transaction:  # one part of the caller's unit of work, never on its own
        raise RuntimeError("open_if_new must run inside db.atomic()")
    refuse_if_closed(conn, day, consequence)
    conn.execute("INSERT OR IGNORE INTO business_days(business_date, state, opened_at) "
                 "VALUES (?, 'open', ?)", (day.isoformat(), now.isoformat(timespec="seconds")))


def business_date(ws) -> date:
    """The business date of what happens at the desk now (cashier/days.py)."""
    return current(ws.conn, ws.now().date())
