"""Accepting, replaying, looking up and cancelling payments.

Idempotency is permanent and atomic: inside one BEGIN IMMEDIATE transaction
the payment_id is looked up and, if new, the payment is validated against the
account and inserted. Writers are serialized by SQLite's write lock, so two
concurrent requests with one key cannot both insert; the second one finds the
first one's row and becomes a replay (or a conflict, if its body differs).
The UNIQUE constraint on payment_id is the last line of defence.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from spc.wire import to_wire

from spc import rules, store
from spc.errors import ApiError, bad_request, unprocessable
from spc.validation import (PaymentIn, canonical_hash, closed_object, parse_rfc3339, period_index,
                            text_field)

CANCEL_KEYS = frozenset({"reason", "supervisor_id", "cancelled_at"})


def _result(row: sqlite3.Row, replayed: bool, status: str | None = None) -> dict:
    return {"payment_id": row["payment_id"], "spc_txn_id": row["spc_txn_id"],
            "status": status or "accepted", "registered_at": row["registered_at"],
            "replayed": replayed}


def submit(conn: sqlite3.Connection, p: PaymentIn, canonical_body: str,
           now: dt.datetime, late_days: int) -> tuple[int, dict]:
    """(HTTP status, result) for a payment already checked by parse_payment.

    `now` is the SPC's time in its own zone; its date is the SPC's business date.
    """
    with store.write_txn(conn):
        existing = store.find_payment(conn, p.payment_id)
        if existing is not None:
            if existing["body_sha256"] != p.body_hash:
                raise ApiError(409, "idempotency_conflict",
                               "This payment_id was already used with a different body.",
                               "payment_id")
            # The original result, as first answered: a later cancel is
            # visible through GET /v1/payments/{id}, not here.
            return 200, _result(existing, replayed=True)

        # Only a new payment meets the clock: a stored one was judged when it came.
        rules.check_business_date(p.business_date, now.date(), late_days)
        row = store.get_account(conn, p.account)
        if row is None:
            raise unprocessable("account_not_found", f"No account {p.account}.", "account")
        day = dt.date.fromisoformat(p.business_date)
        if period_index(p.period) not in rules.open_periods(row, store.period_changes(conn, p.account),
                                                            day):
            raise unprocessable("period_closed",
                                f"Period {p.period} was not open on {p.business_date}; open "
                                f"periods now end with {row['period']}.", "period")
        services = json.loads(row["services"])
        changes = _check_lines(conn, p, services)
        for entry, before, after in changes:
            entry[5] = after
        if changes:
            store.set_services(conn, p.account, services)

        seq = store.next_seq(conn)
        spc_txn_id = f"SPC-{seq:012d}"
        registered_at = now.isoformat(timespec="seconds")
        store.insert_payment(
            conn, seq=seq, payment_id=p.payment_id, body_sha256=p.body_hash, body=canonical_body,
            spc_txn_id=spc_txn_id, workstation_id=p.workstation_id, receipt_no=p.receipt_no,
            business_date=p.business_date, account=p.account, total=p.total, status="accepted",
            registered_at=registered_at,
            meter_changes=json.dumps([[e[0], b, a] for e, b, a in changes]))
    return 201, {"payment_id": p.payment_id, "spc_txn_id": spc_txn_id, "status": "accepted",
                 "registered_at": registered_at, "replayed": False}


def _check_lines(conn: sqlite3.Connection, p: PaymentIn, services: list) -> list:
    """The 422 rules of the lines against the account; returns the meter moves to apply."""
    by_code = {entry[0]: entry for entry in services}
    changes = []
    accepted_at = None
    for i, line in enumerate(p.lines):
        entry = by_code.get(line.service_code)
        if entry is None:
            raise unprocessable("unknown_service",
                                f"Account {p.account} has no service {line.service_code}.",
                                f"lines[{i}].service_code")
        if line.reading is None:
            continue
        if entry[3] is None:
            # A reading for a service without a meter: a field that cannot hold a value
            # for this account. The protocol's 400 invalid_request naming the field: its 422
            # codes are all named, and this is none of them.
            raise bad_request(f"Service {line.service_code} has no meter; its reading must be "
                              "null.", f"lines[{i}].reading")
        if line.reading < entry[5]:
            # A reading taken before the one that now holds the meter (a desk
            # that was offline) is judged against the meter as it stood then,
            # and leaves the later reading in place.
            accepted_at = accepted_at or parse_rfc3339(p.accepted_at, "accepted_at")
            floor = rules.reading_floor_after(conn, p.account, line.service_code, accepted_at)
            if floor is None or line.reading < floor:
                raise unprocessable("reading_below_previous",
                                    f"The reading for {line.service_code} is below the previous one.",
                                    f"lines[{i}].reading")
            continue
        if line.reading != entry[5]:
            changes.append((entry, entry[5], line.reading))
    return changes


def replay_stored(conn: sqlite3.Connection, body: object, key: str,
                  workstation_id: str) -> dict | None:
    """The original answer when a body the parser now refuses is stored exactly as sent.

    A payment accepted before a rule was tightened must replay, not turn into
    a 400 that the desk would take as final while the SPC holds the money.
    """
    if not isinstance(body, dict) or body.get("payment_id") != key:
        return None
    try:
        digest = canonical_hash(body)
    except (RecursionError, ValueError):  # UnicodeEncodeError is a ValueError
        return None
    row = store.find_payment(conn, key)
    if row is None or row["body_sha256"] != digest or row["workstation_id"] != workstation_id:
        return None
    return _result(row, replayed=True)


def get(conn: sqlite3.Connection, payment_id: str, workstation_id: str) -> dict:
    row = _own_payment(conn, payment_id, workstation_id)
    return _result(row, replayed=False, status=row["status"])


def _own_payment(conn: sqlite3.Connection, payment_id: str, workstation_id: str) -> sqlite3.Row:
    row = store.find_payment(conn, payment_id)
    if row is None:
        raise ApiError(404, "payment_not_found", f"No payment {payment_id}.", "payment_id")
    if row["workstation_id"] != workstation_id:
        raise ApiError(403, "forbidden", "The payment belongs to another workstation.",
                       "payment_id")
    return row


def parse_cancel(body: object) -> dict:
    if not isinstance(body, dict):
        raise bad_request("The body must be a JSON object.")
    closed_object(body, CANCEL_KEYS)
    reason = text_field(body, "reason")
    supervisor_id = text_field(body, "supervisor_id")
    if "cancelled_at" not in body:
        raise bad_request("Missing field cancelled_at.", "cancelled_at")
    cancelled_at = parse_rfc3339(body["cancelled_at"], "cancelled_at")
    return {"reason": reason, "supervisor_id": supervisor_id, "cancelled_at": body["cancelled_at"],
            "voided_on": cancelled_at.date()}


def cancel(conn: sqlite3.Connection, payment_id: str, workstation_id: str, request: dict,
           today: dt.date, late_days: int) -> dict:
    with store.write_txn(conn):
        row = _own_payment(conn, payment_id, workstation_id)
        if row["status"] == "cancelled":
            return {"payment_id": payment_id, "status": "cancelled"}
        # The day the supervisor voided it at the desk, not the day the cancel
        # got through: an outage over midnight must not undo a same-day void.
        accepted_at = parse_rfc3339(json.loads(row["body"])["accepted_at"], "accepted_at")
        rules.check_cancel(row["business_date"], accepted_at, request["voided_on"], today,
                           late_days)
        conn.execute("UPDATE payments SET status = 'cancelled', cancelled_at = ?, "
                     "cancel_reason = ?, supervisor_id = ? WHERE seq = ?",
                     (request["cancelled_at"], request["reason"], request["supervisor_id"],
                      row["seq"]))
        _undo_meters(conn, row)
    return {"payment_id": payment_id, "status": "cancelled"}


def _undo_meters(conn: sqlite3.Connection, payment: sqlite3.Row) -> None:
    """Put back the readings this payment moved, unless a later payment moved them again."""
    changes = json.loads(payment["meter_changes"])
    if not changes:
        return
    account = store.get_account(conn, payment["account"])
    if account is None:
        return
    services = json.loads(account["services"])
    by_code = {entry[0]: entry for entry in services}
    touched = False
    for code, before, after in changes:
        entry = by_code.get(code)
        if entry is not None and entry[5] == after:
            entry[5] = before
            touched = True
    if touched:
        store.set_services(conn, payment["account"], services)


def register(conn: sqlite3.Connection, business_date: str, workstation_id: str) -> dict:
    rows = store.register(conn, business_date, workstation_id)
    payments = [{"payment_id": r["payment_id"], "spc_txn_id": r["spc_txn_id"],
                 "receipt_no": r["receipt_no"], "account": r["account"],
                 "total": to_wire(r["total"]), "status": r["status"]} for r in rows]
    amount = sum(r["total"] for r in rows if r["status"] == "accepted")
    return {"business_date": business_date, "workstation_id": workstation_id,
            "payments": payments, "count": len(payments), "amount": to_wire(amount)}
