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
import os
import random
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterator

from cashier import audit, db
from cashier.errors import CashierError
from cashier.model import QueueStatus
from cashier.spc_client import SpcAuthError, SpcProtocolError, SpcRejected, SpcUnavailable
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

BACKOFF_BASE = 2.0       # seconds before the first retry
BACKOFF_CAP = 300.0      # never wait longer than this between tries
RETRY_AFTER_CAP = 3600.0  # a Retry-After beyond an hour is treated as garbage


def backoff_delay(attempts: int, retry_after: float | None = None,
                  rng: random.Random | None = None) -> float:
    """Truncated exponential backoff with jitter, never shorter than Retry-After."""
    rng = rng or random
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    # "Equal jitter": at least half the ceiling, so a crowd of workstations
    # coming back after an outage spreads out without anyone retrying at once.
    delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, RETRY_AFTER_CAP))
    return delay


class SenderBusy(CashierError):
    def __init__(self) -> None:
        super().__init__("sender_busy", "Another sender is already working on this workstation's "
                         "queue (another window or `cashier sync`); it will send the payments.")


@contextmanager
def sender_lock(ws: Workstation, blocking: bool = False) -> Iterator[None]:
    path = ws.config.db_path.with_name(ws.config.db_path.name + ".sender.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise SenderBusy() from exc
        except ImportError:  # pragma: no cover - Windows
            import msvcrt
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                raise SenderBusy() from exc
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


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
            db.set_state(conn, "clock_skew_seconds", f"{contact.skew_seconds:.1f}")


def _requeue_after_credentials_change(ws: Workstation) -> None:
    """Payments parked for a credentials problem go back in line once the token changed."""
    conn = ws.conn
    failed_with = db.get_state(conn, "auth_failed_token")
    if failed_with is None or failed_with == _token_fingerprint(ws):
        return
    with db.atomic(conn):
        conn.execute("UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE state = 'attention'",
                     (ws.now().isoformat(),))
        db.set_state(conn, "auth_failed_token", None)


def retry_attention(ws: Workstation) -> int:
    """Put payments parked for a credentials problem back in line (after IT fixed the SPC side)."""
    conn = ws.conn
    with db.atomic(conn):
        n = conn.execute("UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE state = 'attention'",
                         (ws.now().isoformat(),)).rowcount
        db.set_state(conn, "auth_failed_token", None)
    return n


def _due(ws: Workstation, limit: int) -> list:
    return ws.conn.execute(
        "SELECT id, payment_id, body, attempts FROM outbox WHERE state = 'waiting' "
        "AND next_attempt_at <= ? ORDER BY id LIMIT ?", (ws.now().isoformat(), limit)).fetchall()


def _mark_accepted(ws: Workstation, row, result: dict) -> None:
    conn = ws.conn
    now = ws.now()
    with db.atomic(conn):
        conn.execute(
            "UPDATE outbox SET state = 'accepted', attempts = attempts + 1, last_attempt_at = ?, "
            "spc_txn_id = ?, registered_at = ?, replayed = ?, last_error_code = NULL, "
            "last_error_message = NULL WHERE id = ?",
            (now.isoformat(), str(result.get("spc_txn_id") or ""), result.get("registered_at"),
             1 if result.get("replayed") else 0, row["id"]))


def _mark_rejected(ws: Workstation, row, exc: SpcRejected) -> None:
    conn = ws.conn
    now = ws.now()
    with db.atomic(conn):
        conn.execute(
            "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_attempt_at = ?, "
            "last_http_status = ?, last_error_code = ?, last_error_message = ? WHERE id = ?",
            (now.isoformat(), exc.status, exc.code, exc.message, row["id"]))
        audit.record(conn, now, "sender", "payment.rejected", row["payment_id"],
                     {"code": exc.code, "message": exc.message, "field": exc.field})


def _mark_attention(ws: Workstation, row, exc: SpcAuthError) -> None:
    conn = ws.conn
    now = ws.now()
    with db.atomic(conn):
        conn.execute(
            "UPDATE outbox SET state = 'attention', attempts = attempts + 1, last_attempt_at = ?, "
            "last_http_status = ?, last_error_code = ?, last_error_message = ? WHERE id = ?",
            (now.isoformat(), exc.status, exc.spc_code, exc.message, row["id"]))
        db.set_state(conn, "auth_failed_token", _token_fingerprint(ws))


def _defer(ws: Workstation, row, exc: Exception, retry_after: float | None) -> None:
    conn = ws.conn
    now = ws.now()
    attempts = row["attempts"] + 1
    delay = backoff_delay(attempts, retry_after)
    code = getattr(exc, "code", type(exc).__name__)
    with db.atomic(conn):
        conn.execute(
            "UPDATE outbox SET attempts = ?, last_attempt_at = ?, next_attempt_at = ?, "
            "last_http_status = ?, last_error_code = ?, last_error_message = ? WHERE id = ?",
            (attempts, now.isoformat(), (now + timedelta(seconds=delay)).isoformat(),
             getattr(exc, "status", None), code, str(exc)[:500], row["id"]))


def sync_once(ws: Workstation, *, limit: int = 500) -> SyncReport:
    """One pass over what is due. Holds the sender lock; raises SenderBusy if another has it."""
    report = SyncReport()
    with sender_lock(ws):
        _requeue_after_credentials_change(ws)
        for row in _due(ws, limit):
            report.sent += 1
            try:
                result = ws.client.post_payment(row["payment_id"], row["body"].encode("utf-8"))
            except SpcRejected as exc:
                _mark_rejected(ws, row, exc)
                report.rejected += 1
                _record_contact(ws, True, None)
                continue
            except SpcAuthError as exc:
                _mark_attention(ws, row, exc)
                report.auth_problem = True
                report.errors.append(exc.message)
                _record_contact(ws, False, f"credentials: {exc.message}")
                break  # rule 4: stop sending, keep the queue
            except (SpcUnavailable, SpcProtocolError) as exc:
                # Outcome unknown: the same body goes again later, under the same key.
                _defer(ws, row, exc, getattr(exc, "retry_after", None))
                report.deferred += 1
                report.unreachable = True
                report.errors.append(exc.message)
                _record_contact(ws, False, exc.message)
                break  # the rest would only fail the same way; they keep their turn
            except CashierError as exc:  # e.g. a 404 from a misrouted proxy: unknown outcome
                _defer(ws, row, exc, None)
                report.deferred += 1
                report.errors.append(exc.message)
                _record_contact(ws, False, exc.message)
                break
            _mark_accepted(ws, row, result)
            report.accepted += 1
            _record_contact(ws, True, None)
    return report


def probe(ws: Workstation) -> bool:
    """Is the SPC reachable and does it accept our token? Updates the status for the window."""
    try:
        ws.client.health()
    except (SpcUnavailable, SpcProtocolError) as exc:
        _record_contact(ws, False, exc.message)
        return False
    if db.get_state(ws.conn, "auth_failed_token") == _token_fingerprint(ws):
        _record_contact(ws, False, "credentials")
        return False
    _record_contact(ws, True, None)
    return True


def next_due_in(ws: Workstation) -> float | None:
    """Seconds until the next waiting payment is due (0 if one is due now), None if none waits."""
    row = ws.conn.execute("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'waiting'").fetchone()
    if not row or row[0] is None:
        return None
    return max(0.0, (datetime.fromisoformat(row[0]) - ws.now()).total_seconds())


class BackgroundSender(threading.Thread):
    """Sends in a loop until stopped; `wake()` after a new payment sends it at once."""

    def __init__(self, ws: Workstation, on_status: Callable[[QueueStatus], None] | None = None,
                 interval: float = 2.0, probe_interval: float = 10.0):
        super().__init__(name="outbox-sender", daemon=True)
        self.ws = ws
        self.on_status = on_status
        self.interval = interval
        self.probe_interval = probe_interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._last_probe = 0.0

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        from cashier import services  # services imports this module's neighbours, not this one
        import time
        while not self._stop.is_set():
            wait = self.interval
            try:
                report = sync_once(self.ws)
                if report.sent == 0 and time.monotonic() - self._last_probe > self.probe_interval:
                    self._last_probe = time.monotonic()
                    probe(self.ws)
                due = next_due_in(self.ws)
                if due is not None:
                    wait = min(max(due, 0.05), self.interval) if not report.unreachable else \
                        min(max(due, 0.5), self.probe_interval)
            except SenderBusy:
                wait = self.interval
            except Exception:  # never let the sender die silently; log and go on
                log.exception("sender pass failed")
            if self.on_status is not None:
                try:
                    self.on_status(services.queue_status(self.ws))
                except Exception:
                    log.exception("status callback failed")
            self._wake.wait(wait)
            self._wake.clear()
