"""The outbox sender: takes what waits in the local queue to the SPC, exactly once.

Exactly once comes from two halves. This side never mints a second key for a
payment and sends the stored bytes unchanged (protocol client rule 1), so any
number of retries is safe; the SPC keeps every key forever and answers a
repeat with the original result. What is left for this side is never to stop
trying while the outcome is unknown, and never to drop what the SPC refused.

Only one sender may work on a database at a time (rule 5): `sender_lock()`
takes an exclusive lock on a file beside the database, which the OS releases
if the process dies, even by SIGKILL.
"""

from __future__ import annotations

import hashlib
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from typing import Iterator

from cashier.identity import audit
from cashier.storage import db, locks
from cashier.errors import CashierError
from cashier.adapters.spc_client import (SpcAuthError, SpcProtocolError, SpcRejected,
                                 check_payment_result)
from cashier.sync.backoff import RETRY_AFTER_CAP, backoff_delay
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

PROBE_PAYMENT_ID = "00000000-0000-4000-8000-000000000000"  # never minted: uuid4 is random
class SenderBusy(CashierError):
    def __init__(self) -> None:
        super().__init__("sender_busy", "Another sender is already working on this workstation's "
                         "queue (another window or `cashier sync`); it will send the payments.")


@contextmanager
def sender_lock(ws: Workstation, blocking: bool = False) -> Iterator[None]:
    """One sender per database (protocol client rule 5); SenderBusy when another has it."""
    with locks.exclusive(locks.beside(ws.config.db_path, "sender"), SenderBusy, blocking):
        yield


@dataclass
class SyncReport:
    sent: int = 0
    accepted: int = 0
    rejected: int = 0
    deferred: int = 0
    auth_problem: bool = False
    unreachable: bool = False
    errors: list[str] = field(default_factory=list)


def _token_fingerprint(ws: Workstation) -> str:
    return hashlib.sha256((ws.token or "").encode()).hexdigest()[:16]


def _record_contact(ws: Workstation, ok: bool, error: str | None) -> None:
    conn = ws.conn
    with db.atomic(conn):
        db.set_state(conn, "last_contact_ok", "1" if ok else "0")
        db.set_state(conn, "last_error", error)
        if ok:
            db.set_state(conn, "last_contact_at", ws.now().isoformat(timespec="seconds"))
        contact = ws.client.last_contact
        if contact is not None and contact.skew_seconds is not None:
            db.set_state(conn, "clock_skew_seconds", str(round(contact.skew_seconds)))  # whole seconds


def _requeue_after_credentials_change(ws: Workstation) -> None:
    """Payments parked for a credentials problem go back in line once the token changed."""
    conn = ws.conn
    failed_with = db.get_state(conn, "auth_failed_token")
    if failed_with is None or failed_with == _token_fingerprint(ws):
        return
    with db.atomic(conn):
        conn.execute("UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE state = 'attention'",
                     (db.stamp(ws.now()),))
        db.set_state(conn, "auth_failed_token", None)


def retry_attention(ws: Workstation) -> int:
    """Put payments parked for a credentials problem back in line (after IT fixed the SPC side)."""
    conn = ws.conn
    with db.atomic(conn):
        n = conn.execute("UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE state = 'attention'",
                         (db.stamp(ws.now()),)).rowcount
        db.set_state(conn, "auth_failed_token", None)
    return n


def _recover_in_flight(ws: Workstation) -> int:
    """Rows left in 'sending' by a sender that died mid-request: outcome unknown.

    We hold the sender lock, so nobody else is sending them. They go back in
    line as they are; the retry itself resolves the outcome, because the SPC
    answers a repeated key with the original result (protocol: idempotency).
    """
    conn = ws.conn
    with db.atomic(conn):
        return conn.execute("UPDATE outbox SET state = 'waiting', next_attempt_at = ? "
                            "WHERE state = 'sending'", (db.stamp(ws.now()),)).rowcount


def _claim(ws: Workstation, limit: int, kind: str = "payment") -> list:
    """Take what is due, oldest first, and mark it in flight before the first byte leaves."""
    conn = ws.conn
    moment = ws.now()
    now = db.stamp(moment)
    # A due time further ahead than any backoff could put it means the clock
    # was set back after it was written: that row is due now, not in hours.
    horizon = db.stamp(moment + timedelta(seconds=max(ws.config.retry_cap_seconds, RETRY_AFTER_CAP) + 60))
    with db.atomic(conn):
        rows = conn.execute(
            "SELECT id, payment_id, body, attempts FROM outbox WHERE state = 'waiting' AND kind = ? "
            "AND (next_attempt_at <= ? OR next_attempt_at > ?) ORDER BY id LIMIT ?",
            (kind, now, horizon, limit)).fetchall()
        if kind == "cancel":
            # A cancel goes only once the SPC holds the payment it cancels.
            ready = {r[0] for r in conn.execute(
                f"SELECT payment_id FROM outbox WHERE kind = 'payment' AND state IN ('accepted', 'rejected') "
                f"AND payment_id IN ({','.join('?' * len(rows))})", [r["payment_id"] for r in rows])}
            rows = [r for r in rows if r["payment_id"] in ready]
        conn.executemany("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                         "last_attempt_at = ? WHERE id = ?", [(now, r["id"]) for r in rows])
    return rows


def _accepted_params(row, result: dict) -> tuple:
    return (str(result.get("spc_txn_id") or ""), result.get("registered_at"),
            1 if result.get("replayed") else 0, row["id"])


_ACCEPT_SQL = ("UPDATE outbox SET state = 'accepted', spc_txn_id = ?, registered_at = ?, replayed = ?, "
               "last_http_status = NULL, last_error_code = NULL, last_error_message = NULL WHERE id = ?")


def _reject(ws: Workstation, row, code: str, message: str, field: str | None,
            status: int | None) -> None:
    """Final refusal (rule 3): keep the payment, mark it, tell a supervisor. Call inside atomic()."""
    db.require_transaction(ws.conn)
    ws.conn.execute(
        "UPDATE outbox SET state = 'rejected', last_http_status = ?, last_error_code = ?, "
        "last_error_message = ? WHERE id = ?", (status, code, message, row["id"]))
    audit.record(ws.conn, ws.now(), "sender", "payment.rejected", row["payment_id"],
                 {"payment_id": row["payment_id"], "code": code, "message": message,
                  "field": field})


def _park_for_credentials(ws: Workstation, rows: list, exc: SpcAuthError) -> None:
    """Rule 4: stop sending, keep the queue. The rows wait for the credentials to change."""
    conn = ws.conn
    with db.atomic(conn):
        conn.executemany(
            "UPDATE outbox SET state = 'attention', last_http_status = ?, last_error_code = ?, "
            "last_error_message = ? WHERE id = ? AND state = 'sending'",
            [(exc.status, exc.peer_code, exc.message, r["id"]) for r in rows])
        db.set_state(conn, "auth_failed_token", _token_fingerprint(ws))


def _defer(ws: Workstation, rows: list, exc: Exception, retry_after: float | None) -> int:
    """Outcome unknown (rule 2): back in line, same key and body, after a backoff."""
    conn = ws.conn
    now = ws.now().astimezone(timezone.utc)  # real seconds, not wall-clock arithmetic
    cfg = ws.config
    code = getattr(exc, "code", type(exc).__name__)
    with db.atomic(conn):
        before = conn.total_changes
        conn.executemany(
            "UPDATE outbox SET state = 'waiting', next_attempt_at = ?, last_http_status = ?, "
            "last_error_code = ?, last_error_message = ? WHERE id = ? AND state = 'sending'",
            [((now + timedelta(seconds=backoff_delay(r["attempts"] + 1, retry_after,
                                                     base=cfg.retry_base_seconds,
                                                     cap=cfg.retry_cap_seconds))).isoformat(
                                                         timespec="microseconds"),
              getattr(exc, "status", None), code, str(exc)[:500], r["id"]) for r in rows])
        return conn.total_changes - before


def _send_one(ws: Workstation, row, report: "SyncReport") -> None:
    try:
        result = ws.client.post_payment(row["payment_id"], row["body"].encode("utf-8"))
    except SpcRejected as exc:
        with db.atomic(ws.conn):
            _reject(ws, row, exc.code, exc.message, exc.field, exc.status)
        report.rejected += 1
        return
    result = check_payment_result(result, row["payment_id"])  # garbage: unknown outcome
    with db.atomic(ws.conn):
        ws.conn.execute(_ACCEPT_SQL, _accepted_params(row, result))
    report.accepted += 1


# Batch items carry no HTTP status; these error codes are the SPC's 401/403 ones.
AUTH_CODES = frozenset({"unauthorized", "forbidden"})


def _send_batch(ws: Workstation, rows: list, report: "SyncReport") -> None:
    try:
        results = ws.client.post_batch([r["body"].encode("utf-8") for r in rows])
    except SpcRejected:
        # The envelope itself was refused (e.g. one item is not even JSON to
        # this server). Send them one by one so one bad item cannot hold the rest.
        for row in rows:
            _send_one(ws, row, report)
        return
    wanted = {r["payment_id"] for r in rows}
    by_id: dict[str, dict] = {}
    for res in results:
        # An item we cannot read leaves its payment's outcome unknown: it stays
        # out of by_id and is deferred below, never marked either way.
        pid = res.get("payment_id") if isinstance(res, dict) else None
        if not isinstance(pid, str) or pid not in wanted:
            continue
        if res.get("status") == "accepted":
            try:
                by_id[pid] = check_payment_result(res, pid)
            except SpcProtocolError:
                continue
        elif res.get("status") == "rejected":
            by_id[pid] = res
    missing = [r for r in rows if r["payment_id"] not in by_id]
    auth_error: SpcAuthError | None = None
    with db.atomic(ws.conn):
        for row in rows:
            res = by_id.get(row["payment_id"])
            if res is None:
                continue
            if res["status"] == "accepted":
                ws.conn.execute(_ACCEPT_SQL, _accepted_params(row, res))
                report.accepted += 1
            else:
                err = res.get("error") if isinstance(res.get("error"), dict) else {}
                field = err.get("field") if isinstance(err.get("field"), str) else None
                code = str(err.get("code") or "rejected")[:100]
                if code in AUTH_CODES:
                    # Rule 4, exactly as a 401/403 on the single endpoint: not final;
                    # the row stays in flight and sync_once parks it for attention.
                    auth_error = SpcAuthError(code, str(err.get("message") or "")[:500], 403)
                    continue
                _reject(ws, row, code, str(err.get("message") or "")[:500], field, None)
                report.rejected += 1
    if auth_error is not None:
        raise auth_error
    if missing:
        # An answer that skips or garbles an item leaves that outcome unknown:
        # sync_once defers what is still in flight and marks the contact failed.
        raise SpcProtocolError(f"The SPC's batch answer left out or garbled {len(missing)} payment(s)")


def sync_once(ws: Workstation, *, limit: int = 2000) -> SyncReport:
    """One pass over what is due. Holds the sender lock; raises SenderBusy if another has it."""
    report = SyncReport()
    with sender_lock(ws):
        _requeue_after_credentials_change(ws)
        _recover_in_flight(ws)
        batch = max(1, ws.config.batch_size)
        while report.sent < limit:
            rows = _claim(ws, min(batch, limit - report.sent))
            if not rows:
                break
            report.sent += len(rows)
            try:
                if len(rows) == 1:
                    _send_one(ws, rows[0], report)
                else:
                    _send_batch(ws, rows, report)
            except SpcAuthError as exc:
                _park_for_credentials(ws, rows, exc)
                report.auth_problem = True
                report.errors.append(exc.message)
                _record_contact(ws, False, f"credentials: {exc.message}")
                break
            except CashierError as exc:
                # Network, timeout, 429, 5xx, garbage, or a 404 from a misrouted
                # proxy: the outcome is unknown, so the same bytes go again later.
                report.deferred += _defer(ws, rows, exc, getattr(exc, "retry_after", None))
                report.unreachable = True
                report.errors.append(exc.message)
                _record_contact(ws, False, exc.message)
                break
            _record_contact(ws, True, None)
        if not (report.auth_problem or report.unreachable):
            _send_cancels(ws, report)
    return report


def _send_cancels(ws: Workstation, report: SyncReport) -> None:
    """Voids reach the SPC as cancels, one by one, after their payments."""
    for row in _claim(ws, 200, kind="cancel"):
        report.sent += 1
        refused = ws.conn.execute("SELECT 1 FROM outbox WHERE kind = 'payment' AND state = 'rejected' "
                                  "AND payment_id = ?", (row["payment_id"],)).fetchone()
        try:
            if refused:
                raise SpcRejected("payment_refused", "The SPC refused the payment itself; "
                                  "there is nothing to cancel there.", None, 422)
            result = ws.client.cancel_payment_raw(row["payment_id"], row["body"].encode("utf-8"))
            if not isinstance(result, dict) or result.get("status") != "cancelled" \
                    or result.get("payment_id") != row["payment_id"]:
                raise SpcProtocolError("The SPC's answer to a cancel does not confirm it")
        except SpcRejected as exc:
            with db.atomic(ws.conn):
                _reject(ws, row, exc.code, exc.message, exc.field, exc.status)
            report.rejected += 1
            continue
        except SpcAuthError as exc:
            _park_for_credentials(ws, [row], exc)
            report.auth_problem = True
            _record_contact(ws, False, f"credentials: {exc.message}")
            return
        except CashierError as exc:  # NotFoundError included: unknown outcome, try again later
            report.deferred += _defer(ws, [row], exc, getattr(exc, "retry_after", None))
            report.unreachable = True
            _record_contact(ws, False, exc.message)
            return
        with db.atomic(ws.conn):
            ws.conn.execute("UPDATE outbox SET state = 'accepted', last_error_code = NULL, "
                            "last_error_message = NULL WHERE id = ?", (row["id"],))
        report.accepted += 1
        _record_contact(ws, True, None)
