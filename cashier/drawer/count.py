"""Counting the drawer by denomination (tenge notes and coins), and the drawer at the close.

The denominations and the parsing of counts are pure (no database); `cash_summary`
reads the day's cash sessions for cashier/dayclose.py.

The National Bank of Kazakhstan issues notes of 20 000, 10 000, 5 000, 2 000,
1 000, 500 and 200 tenge and coins of 200, 100, 50, 20, 10, 5, 2 and 1 tenge.
200 is both a note and a coin, so a denomination is a kind and a value; its key
is "note_200" / "coin_200". What a person types may be shorter: "20000" (the
only 20 000 is a note), "100" (a coin), "200n" / "200c" (200 needs the suffix).

A count is a non-negative whole number of pieces; anything else is refused with
a ValidationError naming the denomination, and nothing is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping

from cashier import drawer, money
from cashier.drawer.summary import movement_sums
from cashier.errors import ValidationError
from cashier.workstation import Workstation

MAX_PIECES = 1_000_000  # more pieces of one kind than any drawer holds: a typing slip


@dataclass(frozen=True)
class Denomination:
    kind: str    # note | coin
    value: int   # whole tenge

    @property
    def key(self) -> str:
        return f"{self.kind}_{self.value}"

    @property
    def minor(self) -> int:
        return self.value * money.MINOR_PER_MAJOR

    @property
    def label(self) -> str:
        """For messages (English, like every core message): "20 000 ₸ notes"."""
        return f"{self.value:,}".replace(",", "\u00a0") + f" ₸ {self.kind}s"


NOTES = tuple(Denomination("note", v) for v in (20000, 10000, 5000, 2000, 1000, 500, 200))
COINS = tuple(Denomination("coin", v) for v in (200, 100, 50, 20, 10, 5, 2, 1))
DENOMINATIONS = NOTES + COINS
BY_KEY = {d.key: d for d in DENOMINATIONS}

_SHORT = re.compile(r"^(?P<value>\d{1,6})(?P<suffix>[nc]?)$", re.ASCII)


def denomination(text: str) -> Denomination:
    """A denomination from its key or a short form: "note_200", "20000", "200c", "coin_5"."""
    raw = str(text).strip().lower().replace(" ", "").replace("\u00a0", "")
    if raw in BY_KEY:
        return BY_KEY[raw]
    m = _SHORT.fullmatch(raw)
    if m:
        value = int(m["value"])
        kinds = {"n": ("note",), "c": ("coin",), "": ("note", "coin")}[m["suffix"]]
        found = [d for d in DENOMINATIONS if d.value == value and d.kind in kinds]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValidationError("denomination_ambiguous",
                                  f"{value} tenge is both a note and a coin: write {value}n for "
                                  f"notes or {value}c for coins.", f"count:{raw}", {"value": value})
    raise ValidationError("denomination_unknown",
                          f"{text!r} is not a tenge note or coin (notes: 20000 10000 5000 2000 "
                          "1000 500 200n; coins: 200c 100 50 20 10 5 2 1).", f"count:{raw}",
                          {"denomination": str(text)})


def _pieces(value: object, d: Denomination) -> int:
    field = f"count:{d.key}"
    if isinstance(value, bool):
        raise ValidationError("count_invalid", f"The count of {d.label} is not a number.", field)
    if isinstance(value, int):
        n = value
    elif isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,7}\s*", value, re.ASCII):
        n = int(value)
    elif isinstance(value, str) and not value.strip():
        n = 0  # an empty field in the dialog: none of these
    else:
        raise ValidationError("count_invalid", f"The count of {d.label} must be a whole number of "
                              f"pieces, not {value!r}.", field, {"denomination": d.key})
    if n < 0:
        raise ValidationError("count_negative", f"The count of {d.label} cannot be negative.",
                              field, {"denomination": d.key})
    if n > MAX_PIECES:
        raise ValidationError("count_too_large", f"{n} pieces of {d.label} is more than a drawer "
                              "holds; check the count.", field, {"denomination": d.key})
    return n


def parse_counts(counts: Mapping[str, object] | Iterable[str] | None) -> dict[str, int]:
    """Counts keyed by denomination key, every denomination present (0 when not given).

    Takes a mapping {"20000": 3, "coin_100": "5"} (the dialog) or "KEY=N" strings
    (the command line). A denomination given twice is refused, not added up.
    """
    pairs: list[tuple[str, object]] = []
    if counts is None:
        counts = {}
    if isinstance(counts, Mapping):
        pairs = list(counts.items())
    else:
        for item in counts:
            key, sep, value = str(item).partition("=")
            if not sep:
                raise ValidationError("count_invalid", f"A count is DENOMINATION=PIECES, like "
                                      f"5000=12; got {item!r}.", "count")
            pairs.append((key, value))
    result = {d.key: 0 for d in DENOMINATIONS}
    seen: set[str] = set()
    for key, value in pairs:
        d = denomination(key)
        if d.key in seen:
            raise ValidationError("count_repeated", f"{d.label} is counted twice.",
                                  f"count:{d.key}", {"denomination": d.key})
        seen.add(d.key)
        result[d.key] = _pieces(value, d)
    return result


def count_total(counts: Mapping[str, int]) -> int:
    """The counted cash in minor units (tiyn) from parsed counts."""
    return sum(BY_KEY[key].minor * n for key, n in counts.items())


def count_rows(counts: Mapping[str, int]) -> list[tuple[Denomination, int, int]]:
    """(denomination, pieces, amount in minor units) in the order of DENOMINATIONS."""
    return [(d, counts.get(d.key, 0), d.minor * counts.get(d.key, 0)) for d in DENOMINATIONS]


# -- the drawer at the close (cashier/dayclose.py) ----------------------------------------

@dataclass(frozen=True)
class SessionCash:
    session_id: str
    user_id: str
    state: str                # open | closed
    opened_at: datetime
    opening_float: int
    received: int
    change: int               # positive: what left the drawer
    handovers: int
    refunds: int
    expected: int             # float + received - change - handovers - refunds (now / at close)
    counted: int | None
    difference: int | None


@dataclass(frozen=True)
class CashSummary:
    """The drawer at the close: what it should hold, what was counted, the difference."""
    business_date: date
    sessions: tuple[SessionCash, ...]     # the day's sessions on this workstation, oldest first
    open_session_id: str | None           # the one the count closes
    expected: int
    counts: dict[str, int]                # denomination key -> pieces (all keys)
    counted: int
    other_day_session: drawer.Session | None = None   # open, but of another day: blocks

    @property
    def difference(self) -> int:
        return self.counted - self.expected

    @property
    def received(self) -> int:
        return sum(s.received for s in self.sessions)

    @property
    def change(self) -> int:
        return sum(s.change for s in self.sessions)

    @property
    def handovers(self) -> int:
        return sum(s.handovers for s in self.sessions)

    @property
    def refunds(self) -> int:
        return sum(s.refunds for s in self.sessions)

    @property
    def opening_float(self) -> int:
        return self.sessions[0].opening_float if self.sessions else 0

    def to_json(self) -> dict:
        w = money.to_wire
        return {"business_date": self.business_date.isoformat(),
                "open_session_id": self.open_session_id, "float": w(self.opening_float),
                "received": w(self.received), "change": w(self.change),
                "handovers": w(self.handovers), "refunds": w(self.refunds),
                "expected": w(self.expected), "counted": w(self.counted),
                "difference": w(self.difference),
                "counts": {k: n for k, n in self.counts.items() if n},
                "sessions": [{"session_id": s.session_id, "user_id": s.user_id, "state": s.state,
                              "float": w(s.opening_float), "expected": w(s.expected),
                              "counted": None if s.counted is None else w(s.counted)}
                             for s in self.sessions],
                "other_day_session": None if self.other_day_session is None else {
                    "session_id": self.other_day_session.session_id,
                    "user_id": self.other_day_session.user_id,
                    "business_date": self.other_day_session.business_date.isoformat()}}


def _session_cash(conn, row) -> SessionCash:
    sums = movement_sums(conn, row["session_id"])
    expected = sum(sums.values())
    return SessionCash(row["session_id"], row["user_id"], row["state"],
                       datetime.fromisoformat(row["opened_at"]), row["opening_float"],
                       sums.get("payment", 0), -sums.get("change", 0), -sums.get("handover", 0),
                       -sums.get("void_refund", 0), expected if row["state"] == "open" else
                       (row["expected"] if row["expected"] is not None else expected),
                       row["counted"], row["difference"])


def cash_summary(ws: Workstation, day: date,
                 counts: Mapping[str, object] | Iterable[str] | None = None) -> CashSummary:
    """The expected cash of the day's drawer and, with `counts`, the count against it.

    Raises ValidationError for a count that is not whole non-negative pieces of a
    tenge note or coin. Reads only; safe to call on every keystroke of the dialog.
    """
    parsed = parse_counts(counts)
    conn, ws_id = ws.conn, ws.config.workstation_id
    sessions = tuple(_session_cash(conn, r) for r in conn.execute(
        "SELECT * FROM teller_sessions WHERE workstation_id = ? AND business_date = ? "
        "ORDER BY opened_at, rowid", (ws_id, day.isoformat())))
    open_now = drawer.current(conn, ws_id)
    other = open_now if open_now is not None and open_now.business_date != day else None
    open_id = open_now.session_id if open_now is not None and other is None else None
    if open_id is not None:
        expected = next(s.expected for s in sessions if s.session_id == open_id)
    else:
        closed = [s for s in sessions if s.counted is not None]
        expected = closed[-1].counted if closed else 0
    return CashSummary(day, sessions, open_id, expected, parsed, count_total(parsed), other)
