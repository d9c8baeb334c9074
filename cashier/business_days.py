"""The business day's state: the one place that says whether a day still takes changes.

A day opens by itself with its first payment and is locked by the supervisor's
close (cashier/dayclose.py); nothing may be dated to a closed day afterwards:
no payment, no void, no cash session.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from cashier.errors import RuleError


def state(conn: sqlite3.Connection, day: date) -> str | None:
    """'open', 'closed', or None when nothing has happened that day yet."""
    row = conn.execute("SELECT state FROM business_days WHERE business_date = ?",
                       (day.isoformat(),)).fetchone()
    return row["state"] if row else None


def refuse_if_closed(conn: sqlite3.Connection, day: date, consequence: str) -> None:
    """RuleError day_closed when `day` is closed; `consequence` says what cannot happen."""
    current = state(conn, day)
    if current is not None and current != "open":
        raise RuleError("day_closed", f"The business day {day.isoformat()} is closed; {consequence}",
                        None, {"business_date": day.isoformat()})


def open_if_new(conn: sqlite3.Connection, day: date, now: datetime, consequence: str) -> None:
    """Inside the caller's transaction: refuse a closed day, open a day not seen yet."""
    refuse_if_closed(conn, day, consequence)
    conn.execute("INSERT OR IGNORE INTO business_days(business_date, state, opened_at) "
                 "VALUES (?, 'open', ?)", (day.isoformat(), now.isoformat(timespec="seconds")))
