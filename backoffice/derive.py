"""What the branch view (and, next, the bank's books) reads, kept up as entries arrive.

Called by journal.py inside the transaction that stores the entries, so the derived
tables never disagree with the journal. The journal is the truth and is kept verbatim;
these tables are a reading of it, which is why a malformed fact (an older desk's details
without the whole fact, a hostile one) never refuses an entry that chains correctly: a
missing or absurd amount counts as zero, a missing business date is the date of the
entry's `at`.

One batch costs a handful of statements whatever its size: its facts are folded in
memory first (one upsert per desk day, one update per session touched).
"""

from __future__ import annotations

import re
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from backoffice import db
from backoffice.schema import cash_moves, desk_days, payments, sessions

# 100 billion tenge: past it an amount is not a real one, and a year of them must still
# add up inside a 64-bit integer.
_MONEY = re.compile(r"-?[0-9]{1,11}\.[0-9]{2}")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_SUMS = ("received", "change_given", "refunds", "handovers")
_DAY_SUMS = ("payments_count", "payments_amount", "voids_count", "voids_amount")
_CLOSE = ("closed_at", "closed_seq", "expected", "counted", "difference")


def _amount(details: dict, key: str) -> int:
    value = details.get(key)
    if value.__class__ is str and _MONEY.fullmatch(value):
        return int(value.replace(".", "", 1))
    return 0


def _id(details: dict, key: str, fallback: str | None) -> str | None:
    value = details.get(key)
    value = value if isinstance(value, str) and 0 < len(value) <= 100 else fallback
    return value[:100] if isinstance(value, str) else None


def _day(details: dict, e) -> str:
    value = details.get("business_date")
    return value if isinstance(value, str) and _DATE.fullmatch(value) else e.at[:10]


class _Batch:
    """One batch's facts, folded."""

    def __init__(self) -> None:
        self.payments: list[dict] = []
        self.paid: dict[str, tuple[int, str]] = {}          # payment_id -> (seq, business_date)
        self.voids: list[tuple[object, str]] = []           # (entry, payment_id)
        self.days: dict[str, dict] = defaultdict(lambda: dict.fromkeys(_DAY_SUMS, 0))
        self.day_closes: dict[str, dict] = {}
        self.opened: dict[str, dict] = {}
        self.sums: dict[str, dict] = defaultdict(lambda: dict.fromkeys(_SUMS, 0))
        self.closes: list[dict] = []
        self.moves: list[dict] = []
        self.last_seq: dict[str, int] = {}
        self.session_moves: list[tuple[object, str, str, int]] = []   # entry, session, kind, amt
        self.void_marks: list[dict] = []

    def touch(self, day: str, seq: int) -> dict:
        self.last_seq[day] = seq
        return self.days[day]


def apply(conn: Connection, ws_key: int, entries: list) -> None:
    b = _Batch()
    for e in entries:
        handler = _HANDLERS.get(e.action)
        if handler is not None:
            handler(b, e, e.details)
    _resolve_voids(conn, ws_key, b)
    _resolve_session_days(conn, ws_key, b)
    _write(conn, ws_key, b)


def _payment(b: _Batch, e, d: dict) -> None:
    pid = _id(d, "payment_id", e.subject) or f"seq-{e.seq}"
    day, total = _day(d, e), _amount(d, "total")
    tendered, change = _amount(d, "tendered"), _amount(d, "change")
    session_id = _id(d, "session_id", None)
    b.payments.append({"seq": e.seq, "payment_id": pid, "business_date": day,
                       "session_id": session_id, "total": total, "fee": _amount(d, "fee"),
                       "tendered": tendered, "change_given": change})
    b.paid[pid] = (e.seq, day)
    sums = b.touch(day, e.seq)
    sums["payments_count"] += 1
    sums["payments_amount"] += total
    if session_id:
        session = b.sums[session_id]
        session["received"] += tendered
        session["change_given"] += change


def _void(b: _Batch, e, d: dict) -> None:
    pid = _id(d, "payment_id", e.subject)
    if pid:
        b.voids.append((e, pid))
    session_id = _id(d, "session_id", None)
    if session_id:
        b.sums[session_id]["refunds"] += _amount(d, "refund")


def _session_opened(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if not session_id:
        return
    day = _day(d, e)
    b.opened[session_id] = {"session_id": session_id, "teller_id": _id(d, "teller_id", e.actor),
                            "business_date": day, "opened_at": e.at, "opened_seq": e.seq,
                            "opening_float": _amount(d, "float"), "state": "open"}
    b.moves.append({"seq": e.seq, "business_date": day, "session_id": session_id,
                    "kind": "float", "amount": _amount(d, "float")})
    b.touch(day, e.seq)


def _handover(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if session_id:
        b.sums[session_id]["handovers"] += _amount(d, "amount")
        b.session_moves.append((e, session_id, "handover", _amount(d, "amount")))


def _session_closed(b: _Batch, e, d: dict) -> None:
    session_id = _id(d, "session_id", e.subject)
    if not session_id:
        return
    difference = _amount(d, "difference")
    b.closes.append({"b_session_id": session_id, "c_closed_at": e.at, "c_closed_seq": e.seq,
                     "c_expected": _amount(d, "expected"), "c_counted": _amount(d, "counted"),
                     "c_difference": difference})
    if difference:
        b.session_moves.append((e, session_id, "difference", difference))


def _day_closed(b: _Batch, e, d: dict) -> None:
    day = _day(d, e)
    b.touch(day, e.seq)
    b.day_closes[day] = {"closed_seq": e.seq, "closed_at": e.at,
                         "expected": _amount(d, "expected"), "counted": _amount(d, "counted"),
                         "difference": _amount(d, "difference")}


_HANDLERS = {"payment.accepted": _payment, "payment.voided": _void,
             "session.opened": _session_opened, "session.handover": _handover,
             "session.closed": _session_closed, "day.closed": _day_closed}


def _resolve_voids(conn: Connection, ws_key: int, b: _Batch) -> None:
    """A void counts on its payment's business day: from this batch or from the table."""
    wanted = {pid for _, pid in b.voids if pid not in b.paid}
    known = dict(b.paid)
    if wanted:
        for row in conn.execute(sa.select(payments.c.payment_id, payments.c.seq,
                                          payments.c.business_date)
                                .where(payments.c.ws_key == ws_key,
                                       payments.c.payment_id.in_(sorted(wanted)))
                                .order_by(payments.c.seq)):
            known[row.payment_id] = (row.seq, row.business_date)
    for e, pid in b.voids:
        refund = _amount(e.details, "refund")
        seq, day = known.get(pid, (None, e.at[:10]))
        sums = b.touch(day, e.seq)
        sums["voids_count"] += 1
        sums["voids_amount"] += refund
        if seq is not None:
            b.void_marks.append({"b_seq": seq, "v_void_seq": e.seq, "v_refund": refund})


def _resolve_session_days(conn: Connection, ws_key: int, b: _Batch) -> None:
    """A handover or a close difference is dated by its session's business day."""
    days = {sid: row["business_date"] for sid, row in b.opened.items()}
    wanted = {sid for _, sid, _, _ in b.session_moves if sid not in days}
    if wanted:
        days.update(conn.execute(sa.select(sessions.c.session_id, sessions.c.business_date)
                                 .where(sessions.c.ws_key == ws_key,
                                        sessions.c.session_id.in_(sorted(wanted)))).all())
    for e, sid, kind, amount in b.session_moves:
        b.moves.append({"seq": e.seq, "business_date": days.get(sid, e.at[:10]),
                        "session_id": sid, "kind": kind, "amount": amount})


def _insert(conn: Connection, table: sa.Table):
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def _write(conn: Connection, ws_key: int, b: _Batch) -> None:
    if b.payments:
        db.insert_many(conn, payments, [{"ws_key": ws_key, **p} for p in b.payments])
    if b.opened:
        rows = []
        for sid, row in b.opened.items():
            row = {"ws_key": ws_key, **row, **b.sums.pop(sid, dict.fromkeys(_SUMS, 0))}
            rows.append(row)
        # The same session id opened twice is a desk's bug or a forgery, not a reason to
        # refuse a chain that verifies: the first opening stands.
        conn.execute(_insert(conn, sessions).on_conflict_do_nothing(), rows)
    if b.sums:
        t = sessions.c
        conn.execute(sessions.update()
                     .where(t.ws_key == ws_key, t.session_id == sa.bindparam("b_session_id"))
                     .values({c: t[c] + sa.bindparam("d_" + c) for c in _SUMS}),
                     [{"b_session_id": sid, **{"d_" + c: v for c, v in sums.items()}}
                      for sid, sums in b.sums.items()])
    if b.closes:
        t = sessions.c
        conn.execute(sessions.update()
                     .where(t.ws_key == ws_key, t.session_id == sa.bindparam("b_session_id"))
                     .values(state="closed", **{c: sa.bindparam("c_" + c) for c in _CLOSE}),
                     b.closes)
    if b.void_marks:
        t = payments.c
        conn.execute(payments.update().where(t.ws_key == ws_key, t.seq == sa.bindparam("b_seq"))
                     .values(void_seq=sa.bindparam("v_void_seq"), refund=sa.bindparam("v_refund")),
                     b.void_marks)
    if b.moves:
        conn.execute(_insert(conn, cash_moves).on_conflict_do_nothing(),
                     [{"ws_key": ws_key, **m} for m in b.moves])
    if b.last_seq:
        _write_days(conn, ws_key, b)


def _write_days(conn: Connection, ws_key: int, b: _Batch) -> None:
    rows = []
    for day, seq in b.last_seq.items():
        close = b.day_closes.get(day, dict.fromkeys(_CLOSE))
        rows.append({"ws_key": ws_key, "business_date": day, "last_seq": seq, **b.days[day],
                     **close})
    ins = _insert(conn, desk_days)
    t, x = desk_days.c, ins.excluded
    conn.execute(ins.on_conflict_do_update(
        index_elements=[t.ws_key, t.business_date],
        set_={**{c: t[c] + x[c] for c in _DAY_SUMS}, "last_seq": x.last_seq,
              **{c: sa.func.coalesce(x[c], t[c]) for c in _CLOSE}}),
        rows)
