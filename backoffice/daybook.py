"""One branch's business day as its desks' journals tell it: what the branch close and the
bank's books read.

The derived tables (derive.py) say which entries belong to the day: payments by their
business date, cash moves (floats, handovers, refunds, count differences) by their
session's day, each desk's day close. Derive keeps a payment's total and fee but not its
lines, so each of the day's payment entries is read from the journal itself, through the
primary key: a handful of indexed queries, never a scan of anyone's history.

Amounts are read as derive.py reads them (text with two decimals, else nothing), so the
close, the books and the branch view never disagree about an entry. A payment's card part
(paid on the bank's terminal, never in a drawer) and a void's card refund are read from
their entries too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice.schema import (
    cash_moves,
    desk_days,
    journal,
    payments,
    sessions,
    workstations,
)

_MONEY = re.compile(r"-?[0-9]{1,11}\.[0-9]{2}")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def amount(details: dict, key: str) -> int:
    value = details.get(key)
    if value.__class__ is str and _MONEY.fullmatch(value):
        return int(value.replace(".", "", 1))
    return 0


def name(details: dict, key: str) -> str | None:
    """An id or a code the desk wrote, if it is one: it ends up in an account and a CSV."""
    value = details.get(key)
    if isinstance(value, str) and 0 < len(value) <= 100 and not _UNSAFE.search(value):
        return value
    return None


@dataclass(slots=True)
class Line:
    service_code: str | None
    provider_id: str | None
    amount: int


@dataclass(slots=True)
class Payment:
    ws_key: int
    seq: int
    payment_id: str
    receipt_no: str
    fee: int
    total: int
    lines: list[Line]
    card: int = 0             # the part paid by card on the bank's terminal (0 to total)


@dataclass(slots=True)
class Move:
    ws_key: int
    seq: int
    kind: str                 # float | handover | refund | difference
    amount: int
    session_id: str | None
    payment_id: str | None
    card: int = 0             # a void's card part, refunded on the terminal: not in `amount`


@dataclass
class Day:
    branch_id: str
    business_date: str
    desks: dict[int, str]                    # every workstation of the branch: ws_key -> id
    closes: dict[int, object]                # desk_days rows of the day, by ws_key
    payments: list[Payment]                  # the day's, in (ws_key, seq) order
    moves: list[Move]                        # the day's, in (ws_key, seq) order
    # The payments the day's voids name, wherever they were dated: what a void reverses.
    voided: dict[tuple[int, str], Payment] = field(default_factory=dict)
    # Desks whose day close counted the drawer by closing its open session: that session's
    # close already says the difference, the day's entry says it again.
    repeated_close: set[int] = field(default_factory=set)


def _payment(ws_key: int, seq: int, payment_id: str, details_text: str) -> Payment:
    d = json.loads(details_text)
    lines = []
    for item in d.get("lines") if isinstance(d.get("lines"), list) else ():
        if isinstance(item, dict):
            lines.append(Line(name(item, "service_code"), name(item, "provider_id"),
                              amount(item, "amount")))
    total = amount(d, "total")
    return Payment(ws_key, seq, payment_id, name(d, "receipt_no") or payment_id,
                   amount(d, "fee"), total, lines, card_part(d, "card", total))


def card_part(details: dict, key: str, most: int | None = None) -> int:
    """The card part an entry names (`card` of a payment, `card_refund` of a void): its
    amount, as a payment's any other; an absurd one (below zero, above the payment's total)
    counts as none."""
    part = details.get(key)
    value = amount(part, "amount") if isinstance(part, dict) else 0
    return value if 0 <= value and (most is None or value <= most) else 0


def _payments(conn: Connection, where) -> list[Payment]:
    p, j = payments.c, journal.c
    rows = conn.execute(
        sa.select(p.ws_key, p.seq, p.payment_id, j.details)
        .select_from(payments.join(journal, sa.and_(j.ws_key == p.ws_key, j.seq == p.seq)))
        .where(where).order_by(p.ws_key, p.seq))
    return [_payment(*row) for row in rows]


def branch_desks(conn: Connection, branch_id: str) -> dict[int, str]:
    w = workstations.c
    return dict(conn.execute(sa.select(w.ws_key, w.workstation_id)
                             .where(w.branch_id == branch_id).order_by(w.ws_key)).all())


def read(conn: Connection, branch_id: str, business_date: str) -> Day:
    desks = branch_desks(conn, branch_id)
    keys = list(desks)
    if not keys:
        return Day(branch_id, business_date, {}, {}, [], [])
    dd, m, p = desk_days.c, cash_moves.c, payments.c
    closes = {row.ws_key: row for row in conn.execute(
        sa.select(desk_days).where(dd.ws_key.in_(keys), dd.business_date == business_date))}
    day_payments = _payments(conn, sa.and_(p.ws_key.in_(keys), p.business_date == business_date))
    moves = [Move(*row) for row in conn.execute(
        sa.select(m.ws_key, m.seq, m.kind, m.amount, m.session_id, m.payment_id)
        .where(m.ws_key.in_(keys), m.business_date == business_date)
        .order_by(m.ws_key, m.seq))]
    day = Day(branch_id, business_date, desks, closes, day_payments, moves)
    _card_refunds(conn, day)
    _voided(conn, day)
    _repeated_closes(conn, day)
    return day


def _card_refunds(conn: Connection, day: Day) -> None:
    """A void's card part, from its entry (derive keeps the cash refund, what left a drawer)."""
    refunds = {(mv.ws_key, mv.seq): mv for mv in day.moves if mv.kind == "refund"}
    if not refunds:
        return
    j = journal.c
    for ws_key, seq, details in conn.execute(
            sa.select(j.ws_key, j.seq, j.details)
            .where(sa.tuple_(j.ws_key, j.seq).in_(sorted(refunds)))):
        refunds[ws_key, seq].card = card_part(json.loads(details), "card_refund")


def _voided(conn: Connection, day: Day) -> None:
    named = {(mv.ws_key, mv.payment_id) for mv in day.moves
             if mv.kind == "refund" and mv.payment_id}
    if not named:
        return
    # An id paid twice (only a forged journal does that): the first payment stands.
    found = {(pay.ws_key, pay.payment_id): pay for pay in reversed(day.payments)}
    missing = sorted(named - found.keys())
    if missing:
        p = payments.c
        for pay in reversed(_payments(conn, sa.tuple_(p.ws_key, p.payment_id).in_(missing))):
            found[pay.ws_key, pay.payment_id] = pay
    day.voided = {key: found[key] for key in named if key in found}


def _repeated_closes(conn: Connection, day: Day) -> None:
    """A supervisor's day close with the teller's session still open closes that session
    with the day's count, in the entry just before `day.closed` and with the same figures."""
    wanted = [(k, row.closed_seq - 1) for k, row in day.closes.items()
              if row.closed_seq is not None and row.difference]
    if not wanted:
        return
    s = sessions.c
    for ws_key, expected, counted, difference in conn.execute(
            sa.select(s.ws_key, s.expected, s.counted, s.difference)
            .where(sa.tuple_(s.ws_key, s.closed_seq).in_(wanted))):
        row = day.closes[ws_key]
        if (expected, counted, difference) == (row.expected, row.counted, row.difference):
            day.repeated_close.add(ws_key)
