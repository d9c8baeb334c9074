"""The drawer's books and the days against the journal: the rest of `cashier audit verify`.

Cash is what the journal's facts moved: a session's float (session.opened), each payment's
cash in and change out (payment.accepted: its session, tendered, change), a void's refund
(payment.voided: its session, refund) and each handover (session.handover). Deleting a
payment's movement, changing the change given or slipping in a handover moves the drawer's
expected cash, and hides a shortage, without touching a payment row; so each session's
movements are replayed from the journal and compared, and so are the sessions themselves
(whose they are, their float, how they closed).

Every payment has its one entry in the SPC queue, written in its own transaction: a deleted
queue row is a payment that silently never reaches the SPC. A day closed has its day.closed
entry and its close record as the entry says; a closed day reopened by hand, a close whose
count was changed, or a closed day nobody closed is each found here.

Facts written before the journal carried them (an old release's payments with no session
in their entry) are checked on what they carry: their movements are not judged.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from cashier import money
from cashier.identity.audit_problems import DataProblem

CASH_DIFFERS = "cash_differs"                # a session's movements are not what the journal moved
SESSION_UNRECORDED = "session_unrecorded"    # a cash session with no session.opened entry
SESSION_DIFFERS = "session_differs"          # teller, float, day or close differ (`field`)
PAYMENT_UNQUEUED = "payment_unqueued"        # a payment with no entry in the SPC queue
DAY_DIFFERS = "day_differs"                  # a day's state or close record differs (`field`)

_W = money.to_wire
_CLOSE_FIELDS = ("state", "counted", "expected", "difference")


def check_books(conn: sqlite3.Connection, entries: list) -> list[DataProblem]:
    return _cash(conn, entries) + _sessions(conn, entries) + _queue(conn) + _days(conn, entries)


def _amount(details: dict, key: str) -> int | None:
    try:
        return money.from_wire(details[key])
    except (KeyError, TypeError, ValueError):
        return None


def _journal_moves(entries: list) -> tuple[dict[str, Counter], set[str]]:
    """session -> Counter of (kind, amount, payment_id) the journal moved; and the payments
    whose entries do not say (their movements are not judged)."""
    moved: dict[str, Counter] = {}
    unsure: set[str] = set()
    for e in entries:
        d = e.details
        sid = d.get("session_id")
        if e.action == "session.opened" and _amount(d, "float") is not None:
            moved.setdefault(str(e.subject), Counter())[("float", _amount(d, "float"), None)] += 1
        elif e.action == "session.handover" and sid and _amount(d, "amount") is not None:
            moved.setdefault(sid, Counter())[("handover", -_amount(d, "amount"), None)] += 1
        elif e.action == "payment.accepted":
            tendered, change = _amount(d, "tendered"), _amount(d, "change")
            if not sid or tendered is None or change is None:
                unsure.add(str(e.subject))
                continue
            if tendered or change:   # drawer.record_payment: cash in, and change out if any
                moved.setdefault(sid, Counter())[("payment", tendered, e.subject)] += 1
                if change:
                    moved[sid][("change", -change, e.subject)] += 1
        elif e.action == "payment.voided":
            refund = _amount(d, "refund")
            if not sid or refund is None:
                unsure.add(str(e.subject))
            elif refund:
                moved.setdefault(sid, Counter())[("void_refund", -refund, e.subject)] += 1
    return moved, unsure


def _cash(conn: sqlite3.Connection, entries: list) -> list[DataProblem]:
    moved, unsure = _journal_moves(entries)
    moved = {sid: Counter({k: n for k, n in moves.items() if k[2] not in unsure})
             for sid, moves in moved.items()}
    held: dict[str, Counter] = {}
    for r in conn.execute("SELECT session_id, kind, amount, payment_id FROM cash_movements"):
        if r["payment_id"] in unsure:
            continue
        held.setdefault(r["session_id"], Counter())[(r["kind"], r["amount"], r["payment_id"])] += 1
    out = []
    for sid in sorted(set(moved) | set(held)):
        want, have = moved.get(sid, Counter()), held.get(sid, Counter())
        for (kind, amount, pid), n in sorted((have - want).items(), key=str):
            out.append(DataProblem(CASH_DIFFERS, sid, f"cash session {sid}: a {kind} movement of "
                                   f"{money.format_amount(amount)}{_of(pid)} is in the database "
                                   "but the journal never moved it" + _times(n), None, kind,
                                   None, _W(amount)))
        for (kind, amount, pid), n in sorted((want - have).items(), key=str):
            out.append(DataProblem(CASH_DIFFERS, sid, f"cash session {sid}: the journal moved a "
                                   f"{kind} of {money.format_amount(amount)}{_of(pid)} that the "
                                   "database no longer holds" + _times(n), None, kind, _W(amount),
                                   None))
    return out


def _of(pid) -> str:
    return f" for payment {pid}" if pid else ""


def _times(n: int) -> str:
    return f" ({n} times)" if n > 1 else ""


def _sessions(conn: sqlite3.Connection, entries: list) -> list[DataProblem]:
    opened = {str(e.subject): e for e in entries if e.action == "session.opened"}
    closed = {str(e.subject): e for e in entries if e.action == "session.closed"}
    out = []
    for r in conn.execute("SELECT * FROM teller_sessions ORDER BY opened_at"):
        sid = r["session_id"]
        e = opened.get(sid)
        if e is None:
            out.append(DataProblem(SESSION_UNRECORDED, sid, f"cash session {sid} of {r['user_id']} "
                                   "has no session.opened entry in the journal"))
            continue
        said = {"user_id": e.details.get("teller_id", e.actor), "business_date":
                e.details.get("business_date"), "opening_float": e.details.get("float")}
        stored = {"user_id": r["user_id"], "business_date": r["business_date"],
                  "opening_float": _W(r["opening_float"])}
        c = closed.get(sid)
        if c is not None:
            said.update(state="closed", counted=c.details.get("counted"),
                        expected=c.details.get("expected"), difference=c.details.get("difference"))
            stored.update(state=r["state"], **{k: None if r[k] is None else _W(r[k])
                                               for k in ("counted", "expected", "difference")})
        elif r["state"] != "open":
            said["state"], stored["state"] = "open", r["state"]
        for field, value in said.items():
            if value is not None and value != stored[field]:
                row = (c if c is not None and field in _CLOSE_FIELDS else e).row_id
                out.append(DataProblem(SESSION_DIFFERS, sid, f"cash session {sid}: {field} is "
                                       f"{stored[field]!r} in the database, {value!r} in the "
                                       f"journal (audit row {row})", row, field, value,
                                       stored[field]))
    return out


def _queue(conn: sqlite3.Connection) -> list[DataProblem]:
    return [DataProblem(PAYMENT_UNQUEUED, r["payment_id"], f"payment {r['payment_id']} (receipt "
                        f"{r['receipt_no']}) has no entry in the SPC queue: it would never be sent",
                        None, "outbox")
            for r in conn.execute(
                "SELECT p.payment_id, p.receipt_no FROM payments p WHERE NOT EXISTS (SELECT 1 "
                "FROM outbox o WHERE o.payment_id = p.payment_id AND o.kind = 'payment')")]


def _days(conn: sqlite3.Connection, entries: list) -> list[DataProblem]:
    closes = {(e.details.get("business_date", e.subject), e.details.get("workstation_id")): e
              for e in entries if e.action == "day.closed"}
    state = {r["business_date"]: r["state"] for r in conn.execute(
        "SELECT business_date, state FROM business_days")}
    records = {(r["business_date"], r["workstation_id"]): r for r in conn.execute(
        "SELECT business_date, workstation_id, expected, counted, difference FROM day_closes")}
    out = []
    closed_days = {day for day, _ws in closes}
    for (day, ws_id), e in sorted(closes.items(), key=lambda kv: str(kv[0])):
        if state.get(day) != "closed":
            out.append(DataProblem(DAY_DIFFERS, str(day), f"the business day {day} was closed "
                                   f"(audit row {e.row_id}) but is {state.get(day)!r} in the "
                                   "database: reopened by hand", e.row_id, "state", "closed",
                                   state.get(day)))
        rec = records.get((day, ws_id))
        if rec is None:
            out.append(DataProblem(DAY_DIFFERS, str(day), f"the close of {day} (audit row "
                                   f"{e.row_id}) has no close record in the database", e.row_id,
                                   "day_closes"))
            continue
        for field in ("expected", "counted", "difference"):
            said, stored = e.details.get(field), _W(rec[field])
            if said is not None and said != stored:
                out.append(DataProblem(DAY_DIFFERS, str(day), f"the close of {day}: {field} is "
                                       f"{stored!r} in the database, {said!r} in the journal "
                                       f"(audit row {e.row_id})", e.row_id, field, said, stored))
    for day, s in sorted(state.items()):
        if s == "closed" and day not in closed_days:
            out.append(DataProblem(DAY_DIFFERS, day, f"the business day {day} is closed in the "
                                   "database, but the journal has no day.closed entry for it",
                                   None, "state", None, "closed"))
    return out
