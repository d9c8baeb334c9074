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
from datetime import date, datetime, timedelta

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
    supervisor opened ahead of time, else `today` itself (open, not started, or closed).

    It never goes back: a clock set behind the latest day that began here dates nothing
    before it (that day, open or closed, decides; `check_clock` refuses a clock far behind)."""
    row = conn.execute("SELECT MIN(business_date) FILTER (WHERE state = 'open' AND "
                       "business_date > ?), MAX(business_date) FROM business_days",
                       (today.isoformat(),)).fetchone()
    later_open, latest = row[0], row[1]
    if later_open and state(conn, today) == "closed":
        return date.fromisoformat(later_open)
    if latest and latest > today.isoformat():
        return date.fromisoformat(later_open or latest)
    return today


def check_clock(day: date, today: date) -> None:
    """RuleError clock_behind when the clock says a date more than MAX_DAYS_AHEAD before the
    business day: what is dated now would carry a time the SPC refuses with that day."""
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        raise RuleError("clock_behind",
                        f"This computer's clock says {today.isoformat()}, but the business day "
                        f"{day.isoformat()} has already begun here: the clock is behind. Ask IT to "
                        "set it; nothing can be dated until then.", None,
                        {"today": today.isoformat(), "business_date": day.isoformat()})


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
    check_clock(day, now.date())
    refuse_if_closed(conn, day, consequence)
    conn.execute("INSERT OR IGNORE INTO business_days(business_date, state, opened_at) "
                 "VALUES (?, 'open', ?)", (day.isoformat(), now.isoformat(timespec="seconds")))


def business_date(ws) -> date:
    """The business date of what happens at the desk now (cashier/days.py)."""
    return current(ws.conn, ws.now().date())
