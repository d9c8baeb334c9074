"""What the branch view (and, next, the bank's books) reads, kept up as entries arrive.

Cash is what a drawer took and gave: a session's `received`, `change_given` and `refunds`
are the cash parts the entries say (`tendered`, `change`, a void's `refund`); a card part
(paid on the bank's terminal) is in a payment's total and a void's amount, never in a
drawer. The cash movement of a void (`refund`) is its cash refund alone; the books and the
branch close read a void's card part from its entry (daybook.py).

Called by journal.py inside the transaction that stores the entries, so the derived
tables never disagree with the journal. The journal is the truth and is kept verbatim;
these tables are a reading of it, which is why a malformed fact (an older desk's details
without the whole fact, a hostile one) never refuses an entry that chains correctly: a
missing or absurd amount counts as zero, a missing business date is the date of the
entry's `at`, a session never opened is kept as an orphan that no view shows open.

One batch costs four statements whatever its size (and one more when a void's payment came
in an earlier batch): its facts are folded in memory first, then the payments are copied
in, every session it touched is upserted once (its business day comes back, to date the
cash it moved), the cash movements are copied in, and every desk day it touched is
upserted once. Round trips, not rows, are what a batch's derivation costs. A batch with
facts of the bank's AML controls (an identified payer, a structuring flag, a sanctions
match) costs a few statements more (aml.py): their register rows, and a sanctions match's
date and alarm.
"""

from __future__ import annotations

import re
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from backoffice import aml, db
from backoffice.schema import cash_moves, desk_days, payments, sessions

# 100 billion tenge: past it an amount is not a real one, and a year of them must still
# add up inside a 64-bit integer.
_MONEY = re.compile(r"-?[0-9]{1,11}\.[0-9]{2}")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_SUMS = ("received", "change_given", "refunds", "handovers")
_CLOSE = ("closed_at", "closed_seq", "expected", "counted", "difference")
_DAY_SUMS = ("payments_count", "payments_amount", "voids_count", "voids_amount")
_PAYMENT_COLUMNS = ("ws_key", "seq", "payment_id", "business_date", "session_id", "total", "fee")
_MOVE_COLUMNS = ("ws_key", "seq", "business_date", "session_id", "kind", "amount", "payment_id")


def _amount(details: dict, key: str) -> int:
    value = details.get(key)
    if value.__class__ is str and _MONEY.fullmatch(value):
        return int(value.replace(".", "", 1))
    return 0


def _id(details: dict, key: str, fallback: str | None) -> str | None:
    value = details.get(key)
    value = value if isinstance(value, str) and 0 < len(value) <= 100 else fallback
    return value[:100] if isinstance(value, str) and value else None


def _day(details: dict, e) -> str:
    value = details.get("business_date")
    return value if isinstance(value, str) and _DATE.fullmatch(value) else e.at[:10]


class _Batch:
    """One batch's facts, folded."""

    def __init__(self, ws_key: int) -> None:
        self.ws_key = ws_key
        self.payments: list[tuple] = []
        self.paid: dict[str, str] = {}                       # payment_id -> business date
        self.voids: list[tuple] = []                         # (entry, payment_id, session_id)
        self.days: dict[str, dict] = defaultdict(lambda: dict.fromkeys(_DAY_SUMS, 0))
        self.last_seq: dict[str, int] = {}
        self.day_closes: dict[str, dict] = {}
        self.sessions: dict[str, dict] = {}                  # session_id -> its upsert row
        self.moves: list[tuple] = []
        self.session_moves: list[tuple] = []                 # (entry, session_id, kind, amount)
        self.aml: list[tuple] = []                           # (entry, kind, payment_id, day)

    def day(self, day: str, seq: int) -> dict:
        self.last_seq[day] = seq
        return self.days[day]

    def session(self, session_id: str, e) -> dict:
        """The session's row in this batch; a placeholder until (unless) it is opened."""
        row = self.sessions.get(session_id)
        if row is None:
            row = self.sessions[session_id] = {
                "session_id": session_id, "teller_id": "", "business_date": e.at[:10],
                "opened_at": "", "opened_seq": 0, "opening_float": 0, "state": "orphan",
                **dict.fromkeys(_SUMS, 0), **dict.fromkeys(_CLOSE)}
        return row


def apply(conn: Connection, ws_key: int, entries: list) -> None:
    b = _Batch(ws_key)
    for e in entries:
        handler = _HANDLERS.get(e.action)
        if handler is not None:
            handler(b, e, e.details)
    _date_voids(conn, ws_key, b)
    db.insert_many(conn, payments, _PAYMENT_COLUMNS, b.payments)
    if b.aml:       # after the payments: a hit is dated by the desk's payments before it
        aml.store(conn, ws_key, b.aml)
    session_days = _upsert_sessions(conn, ws_key, b)
    for e, session_id, kind, amount in b.session_moves:
        b.moves.append((ws_key, e.seq, session_days.get(session_id, e.at[:10]), session_id,
                        kind, amount, None))
    db.insert_many(conn, cash_moves, _MOVE_COLUMNS, b.moves)
    _upsert_days(conn, ws_key, b)


def _payment(b: _Batch, e, d: dict) -> None:
    pid = _id(d, "payment_id", e.subject) or f"seq-{e.seq}"
    day, total = _day(d, e), _amount(d, "total")
    session_id = _id(d, "session_id", None)
    b.payments.append((b.ws_key, e.seq, pid, day, session_id, total, _amount(d, "fee")))
    b.paid[pid] = day
    kind = aml.payment_kind(d)
    if kind is not None:
        b.aml.append((e, kind, pid, day))
    sums = b.day(day, e.seq)
    sums["payments_count"] += 1
    sums["payments_amount"] += total
    if session_id:
        row = b.session(session_id, e)
        row["received"] += _amount(d, "tendered")
        row["change_given"] += _amount(d, "change")


def _void(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", None)
    b.voids.append((e, _id(d, "payment_id", e.subject), session_id))
    if session_id:
        b.session(session_id, e)["refunds"] += _amount(d, "refund")


def _session_opened(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if not session_id:
        return
    day, opening_float = _day(d, e), _amount(d, "float")
    row = b.session(session_id, e)
    if row["state"] == "orphan":     # the same id opened twice: the first opening stands
        row.update(teller_id=_id(d, "teller_id", e.actor) or "", business_date=day,
                   opened_at=e.at, opened_seq=e.seq, opening_float=opening_float,
                   state="closed" if row["closed_seq"] else "open")
    b.moves.append((b.ws_key, e.seq, day, session_id, "float", opening_float, None))
    b.day(day, e.seq)


def _handover(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if session_id:
        amount = _amount(d, "amount")
        b.session(session_id, e)["handovers"] += amount
        b.session_moves.append((e, session_id, "handover", amount))


def _session_closed(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if not session_id:
        return
    row = b.session(session_id, e)
    difference = _amount(d, "difference")
    row.update(closed_at=e.at, closed_seq=e.seq, expected=_amount(d, "expected"),
               counted=_amount(d, "counted"), difference=difference)
    if row["state"] == "open":
        row["state"] = "closed"
    if difference:
        b.session_moves.append((e, session_id, "difference", difference))


def _day_closed(b: _Batch, e, d: dict) -> None:
    day = _day(d, e)
    b.day(day, e.seq)
    b.day_closes[day] = {"closed_seq": e.seq, "closed_at": e.at,
                         "expected": _amount(d, "expected"), "counted": _amount(d, "counted"),
                         "difference": _amount(d, "difference")}


def _screening_hit(b: _Batch, e, d: dict) -> None:
    b.aml.append((e, "screening_hit", None, None))


_HANDLERS = {"payment.accepted": _payment, "payment.voided": _void,
             "session.opened": _session_opened, "session.handover": _handover,
             "session.closed": _session_closed, "day.closed": _day_closed,
             "screening.hit": _screening_hit}


def _date_voids(conn: Connection, ws_key: int, b: _Batch) -> None:
    """A void counts on its payment's business day, from this batch or an earlier one; its
    refund is a cash movement that names the payment (what the books reverse)."""
    known = dict(b.paid)
    wanted = sorted({pid for _, pid, _ in b.voids if pid and pid not in known})
    if wanted:
        known.update(conn.execute(sa.select(payments.c.payment_id, payments.c.business_date)
                                  .where(payments.c.ws_key == ws_key,
                                         payments.c.payment_id.in_(wanted))
                                  .order_by(payments.c.seq)).all())
    for e, pid, session_id in b.voids:
        refund = _amount(e.details, "refund")
        day = known.get(pid, e.at[:10])
        sums = b.day(day, e.seq)
        sums["voids_count"] += 1
        sums["voids_amount"] += refund + _card_refund(e.details)
        b.moves.append((ws_key, e.seq, day, session_id, "refund", refund, pid))


def _card_refund(details: dict) -> int:
    """A void's card part (refunded on the bank's terminal): in the void's amount beside the
    cash refund, never in a drawer's cash."""
    card = details.get("card_refund")
    value = _amount(card, "amount") if isinstance(card, dict) else 0
    return max(value, 0)


def _insert(conn: Connection, table: sa.Table):
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def _upsert_sessions(conn: Connection, ws_key: int, b: _Batch) -> dict[str, str]:
    """Every session the batch touched, in one statement: opened, added to, closed. Answers
    each one's business day as stored (an earlier batch may have opened it)."""
    if not b.sessions:
        return {}
    ins = _insert(conn, sessions)
    t, x = sessions.c, ins.excluded
    stmt = ins.on_conflict_do_update(
        index_elements=[t.ws_key, t.session_id],
        set_={**{c: t[c] + x[c] for c in _SUMS},
              **{c: sa.func.coalesce(x[c], t[c]) for c in _CLOSE},
              "state": sa.case((sa.and_(x.closed_seq.is_not(None), t.state == "open"), "closed"),
                               else_=t.state)},
    ).returning(t.session_id, t.business_date)
    rows = [{"ws_key": ws_key, **row} for row in b.sessions.values()]
    return dict(conn.execute(stmt, rows).all())


def _upsert_days(conn: Connection, ws_key: int, b: _Batch) -> None:
    if not b.last_seq:
        return
    rows = [{"ws_key": ws_key, "business_date": day, "last_seq": seq, **b.days[day],
             **b.day_closes.get(day, dict.fromkeys(_CLOSE))}
            for day, seq in b.last_seq.items()]
    ins = _insert(conn, desk_days)
    t, x = desk_days.c, ins.excluded
    conn.execute(ins.on_conflict_do_update(
        index_elements=[t.ws_key, t.business_date],
        set_={**{c: t[c] + x[c] for c in _DAY_SUMS}, "last_seq": x.last_seq,
              **{c: sa.func.coalesce(x[c], t[c]) for c in _CLOSE}}),
        rows)
