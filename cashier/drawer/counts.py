"""Every count of the cash, in order: a teller's drawer at a session's close, the day's cash at
the day's close (table cash_counts, migration 8).

A count is recorded when it is submitted, before anything is shown against it. With the
bank's `blind_count` setting the person counting never sees the expected cash before
submitting: the count is recorded (blind = 1), then the expected figure and the
difference are shown. A difference may be counted again: each further count of the same
drawer is the next attempt (a recount, attempt > 1), the first one kept as it was.
Every count writes `cash.counted` to the journal in the same transaction:

    scope, scope_id, attempt, counted, expected, difference, blind, recount

A close that follows a count reuses it when nothing changed (the same pieces, the same
expected cash): a note typed after a difference is not a recount.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from cashier import money
from cashier.drawer.count import count_total, parse_counts
from cashier.errors import ValidationError
from cashier.identity import audit
from cashier.storage import db

SCOPES = ("session", "day")


@dataclass(frozen=True)
class CountRecord:
    scope: str                 # session | day
    scope_id: str              # the session's id, or the business date (ISO)
    attempt: int               # 1, then 2, 3... for each recount
    counted: int
    expected: int              # what the drawer should have held when it was counted
    blind: bool                # the expected cash was not on screen while counting
    # Pieces by denomination key; {} when the total was typed as one amount.
    counts: dict[str, int] = field(default_factory=dict)
    counted_at: datetime | None = None
    counted_by: str = ""

    @property
    def difference(self) -> int:
        return self.counted - self.expected

    @property
    def recount(self) -> bool:
        return self.attempt > 1

    def same_as(self, counted: int, counts: Mapping[str, int], expected: int) -> bool:
        """Whether a count about to be recorded repeats this one (nothing recounted)."""
        return (self.counted, self.expected, self.counts) == (counted, expected, dict(counts))

    def to_json(self) -> dict:
        w = money.to_wire
        return {"scope": self.scope, "scope_id": self.scope_id, "attempt": self.attempt,
                "counted": w(self.counted), "expected": w(self.expected),
                "difference": w(self.difference), "blind": self.blind, "recount": self.recount,
                "counts": dict(self.counts),
                "counted_at": self.counted_at.isoformat() if self.counted_at else None,
                "counted_by": self.counted_by}


def pieces(counts: Mapping[str, object] | Iterable[str] | None) -> dict[str, int]:
    """Parsed counts with only the denominations counted (the form stored and compared)."""
    if not counts:
        return {}
    return {key: n for key, n in parse_counts(counts).items() if n}


def total(counted: int | None, counts: Mapping[str, int]) -> int:
    """The amount counted: the pieces' sum, or `counted` when the total was typed as one
    amount. Both given must agree."""
    if counted is None:
        return count_total(counts)
    if counted < 0:
        raise ValidationError("amount_negative", "The cash counted cannot be negative.", "counted")
    if counts and count_total(counts) != counted:
        raise ValidationError("count_total_differs",
                              f"The pieces counted add up to {money.format_amount(count_total(counts))}, "
                              f"not {money.format_amount(counted)}: give one or the other.",
                              "counted", {"pieces": money.format_amount(count_total(counts), "KZT"),
                                          "counted": money.format_amount(counted, "KZT")})
    return counted


def record_count(conn: sqlite3.Connection, now: datetime, actor: Any, scope: str, scope_id: str,
                 counts: Mapping[str, object] | Iterable[str] | None, expected: int, blind: bool,
                 *, counted: int | None = None) -> CountRecord:
    """Record one count (the next attempt for this drawer) and its `cash.counted` journal
    entry, in one transaction (a savepoint inside the caller's). `actor` is a User or a user
    id; `counts` pieces by denomination (a mapping or "KEY=N" strings), or `counted` the total
    typed as one amount."""
    if scope not in SCOPES:
        raise ValueError(f"unknown count scope {scope!r}")
    actor_id = getattr(actor, "user_id", actor)
    parsed = pieces(counts)
    amount = total(counted, parsed)
    with db.atomic(conn):
        attempt = conn.execute("SELECT COALESCE(MAX(attempt), 0) + 1 FROM cash_counts "
                               "WHERE scope = ? AND scope_id = ?", (scope, scope_id)).fetchone()[0]
        conn.execute("INSERT INTO cash_counts(scope, scope_id, attempt, counted, expected, blind, "
                     "counts, counted_at, counted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (scope, scope_id, attempt, amount, expected, int(bool(blind)),
                      json.dumps(parsed, sort_keys=True), db.stamp(now), actor_id))
        record = CountRecord(scope, scope_id, attempt, amount, expected, bool(blind), parsed, now,
                             actor_id)
        w = money.to_wire
        audit.record(conn, now, actor_id, "cash.counted", scope_id, {
            "scope": scope, "scope_id": scope_id, "attempt": attempt, "counted": w(amount),
            "expected": w(expected), "difference": w(record.difference), "blind": bool(blind),
            "recount": record.recount, "counts": parsed})
    return record


def _row(row: sqlite3.Row) -> CountRecord:
    return CountRecord(row["scope"], row["scope_id"], row["attempt"], row["counted"],
                       row["expected"], bool(row["blind"]), json.loads(row["counts"] or "{}"),
                       datetime.fromisoformat(row["counted_at"]), row["counted_by"])


def counts_of(conn: sqlite3.Connection, scope: str, scope_id: str) -> list[CountRecord]:
    """Every count of one drawer (a session) or one day, first attempt first."""
    return [_row(r) for r in conn.execute("SELECT * FROM cash_counts WHERE scope = ? AND "
                                          "scope_id = ? ORDER BY attempt", (scope, scope_id))]


def last_count(conn: sqlite3.Connection, scope: str, scope_id: str) -> CountRecord | None:
    row = conn.execute("SELECT * FROM cash_counts WHERE scope = ? AND scope_id = ? "
                       "ORDER BY attempt DESC LIMIT 1", (scope, scope_id)).fetchone()
    return _row(row) if row else None


def count_once(conn: sqlite3.Connection, now: datetime, actor: Any, scope: str, scope_id: str,
               counts: Mapping[str, int], expected: int, blind: bool, *,
               counted: int | None = None) -> CountRecord:
    """The last count when this one repeats it (a close after a count), else a new one."""
    parsed = pieces(counts)
    amount = total(counted, parsed)
    last = last_count(conn, scope, scope_id)
    if last is not None and last.same_as(amount, parsed, expected):
        return last
    return record_count(conn, now, actor, scope, scope_id, parsed, expected, blind, counted=amount)
