"""The rules that depend on time: how late a payment or a cancel may arrive,
which periods were open on a payment's business date, and meter readings that
arrive in another order than they were taken.

A desk keeps a payment through an outage and sends it unchanged days later
(spc-protocol.md, client rule 1). So every rule here judges a payment as of
the day the teller took it, and lateness itself is bounded by `late_days`, a
server setting. None of them is consulted for a replay: they run after the
idempotency lookup, so the exact repeat of a stored payment never fails on
them, whatever the clock or the account has done since.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from spc import store
from spc.errors import bad_request, unprocessable
from spc.validation import parse_rfc3339, period_index

DEFAULT_LATE_DAYS = 90
MAX_LATE_DAYS = 3650
# A desk east of the SPC can already be in tomorrow; nobody is two days ahead.
_AHEAD = dt.timedelta(days=1)


def check_business_date(business_date: str, today: dt.date, late_days: int) -> None:
    day = dt.date.fromisoformat(business_date)
    if day > today + _AHEAD:
        # A date that cannot be true for this payment: the protocol's 400
        # invalid_request naming the field (its 422 codes are all named; this is none of them).
        raise bad_request(
                            f"business_date {business_date} has not begun yet: the SPC's date "
                            f"is {today.isoformat()}.", "business_date")
    late = (today - day).days
    if late > late_days:
        raise unprocessable("period_closed",
                            f"business_date {business_date} is {late} days ago; the SPC takes "
                            f"payments up to {late_days} days after their business date.",
                            "business_date")


def check_cancel(business_date: str, accepted_at: dt.datetime, voided_on: dt.date,
                 today: dt.date, late_days: int) -> None:
    """A cancel is allowed for a void done within the payment's business day, however late
    it arrives within the window: a desk voids the same day and may send it days later.

    The business day is its date, and also the evening before it for a payment
    taken that evening, on a day the desk opened ahead (cashier/days.py).
    """
    day = dt.date.fromisoformat(business_date)
    taken_on = accepted_at.date()
    if voided_on != day and not (voided_on == taken_on == day - _AHEAD):
        raise unprocessable("cancel_not_allowed",
                            f"A payment can be cancelled within its business day "
                            f"({business_date}) only; cancelled_at is on {voided_on.isoformat()}.",
                            "cancelled_at")
    late = (today - day).days
    if late > late_days:
        raise unprocessable("cancel_not_allowed",
                            f"The payment's business date {business_date} is {late} days ago; "
                            f"the SPC takes cancels up to {late_days} days after it.", None)


def open_periods(account: sqlite3.Row, changes: list[sqlite3.Row], day: dt.date) -> set[int]:
    """Period indexes a payment taken on `day` may pay, as period_index() numbers them.

    The invoice current on that day and the one before it (people pay last
    month's bill late), for every period that was current at some moment of
    the day; and whatever is open now, since those are payable anyway.
    """
    on = day.isoformat()
    at_start = None
    during = []
    for change in changes:
        if change["opened_on"] < on:
            at_start = change["period"]
        elif change["opened_on"] == on:
            during.append(change["period"])
    if at_start is None:
        at_start = changes[0]["previous"] if changes else account["period"]
    result: set[int] = set()
    for period in (account["period"], at_start, *during):
        result |= {period_index(period), period_index(period) - 1}
    return result


def reading_floor_after(conn: sqlite3.Connection, account: str, code: str,
                        accepted_at: dt.datetime) -> int | None:
    """Where the meter stood before the readings taken after `accepted_at` moved it.

    None when no reading taken later has moved it: then the meter's current
    value really is the previous reading for this payment.
    """
    floor = None
    for row in store.meter_moves(conn, account):
        befores = [before for c, before, _ in json.loads(row["meter_changes"]) if c == code]
        if not befores:
            continue
        taken = parse_rfc3339(json.loads(row["body"])["accepted_at"], "accepted_at")
        if taken > accepted_at:
            floor = min(befores if floor is None else [floor, *befores])
    return floor
