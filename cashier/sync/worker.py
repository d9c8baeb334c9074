"""Background work of the desk: one loop for every job that runs again and again on its own
thread (the SPC sender here, the account cache refresher in cashier/accounts/snapshot.py).
The SPC sender brings the e-mailed receipts' sender (MailSender, cashier/sync/mail.py) along
on a thread of its own, so a slow mail server never holds up a payment on its way to the SPC.

A Worker runs `step()` until stopped; `step()` says how long to wait before the next pass,
and `wake()` cuts that wait short (a new payment is sent at once). A pass that raises is
logged and the loop goes on after `failed()`'s wait: the thread never dies silently. Each
worker reaches the database and the network through the Workstation, which gives every
thread its own SQLite connection and HTTP session.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Callable

from cashier.adapters.spc_client import SpcAuthError
from cashier.errors import CashierError, NotFoundError
from cashier.model import QueueStatus
from cashier.storage import db
from cashier.sync import mail
from cashier.sync.queue import queue_status
from cashier.sync.sender import (PROBE_PAYMENT_ID, SenderBusy, _record_contact, _token_fingerprint,
                                 sync_once)
from cashier.workstation import Workstation

log = logging.getLogger(__name__)


class Worker(threading.Thread):
    def __init__(self, name: str):
        super().__init__(name=name, daemon=True)
        self._woken = threading.Event()
        self._stopping = threading.Event()

    def step(self) -> float:
        """One pass; returns the seconds to wait before the next."""
        raise NotImplementedError

    def failed(self) -> float:
        """A pass raised (the exception is being handled): log it, return the wait."""
        log.exception("%s: a pass failed", self.name)
        return 10.0

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def wake(self) -> None:
        self._woken.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._woken.set()
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                wait = self.step()
            except Exception:  # noqa: BLE001 - the loop outlives any one pass
                wait = self.failed()
            self._woken.wait(wait)
            self._woken.clear()


def probe(ws: Workstation) -> bool:
    """Is the SPC reachable and does it accept our token? Updates the status for the window."""
    try:
        ws.client.health()
        # health needs no token; asking for a payment that cannot exist does,
        # so a wrong token shows up even while the queue is empty.
        ws.client.get_payment(PROBE_PAYMENT_ID)
    except NotFoundError:
        pass  # the token was accepted
    except SpcAuthError as exc:
        _record_contact(ws, False, f"credentials: {exc.message}")
        return False
    except CashierError as exc:
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


class MailSender(Worker):
    """E-mailed receipts that wait (cashier/sync/mail.py), sent in a loop until stopped."""

    def __init__(self, ws: Workstation, interval: float = 2.0):
        super().__init__("mail-sender")
        self.ws = ws
        self.interval = interval

    def step(self) -> float:
        try:
            mail.send_due_mail(self.ws)
        except mail.MailerBusy:
            return self.interval
        due = mail.next_mail_due_in(self.ws)
        return self.interval if due is None else min(max(due, 0.05), self.interval)


class BackgroundSender(Worker):
    """Sends in a loop until stopped; `wake()` after a new payment sends it at once. Its
    MailSender starts, wakes and stops with it."""

    def __init__(self, ws: Workstation, on_status: Callable[[QueueStatus], None] | None = None,
                 interval: float = 2.0, probe_interval: float = 10.0):
        super().__init__("outbox-sender")
        self.ws = ws
        self.on_status = on_status
        self.interval = interval
        self.probe_interval = probe_interval
        self._last_probe = 0.0
        self.mailer = MailSender(ws, interval=interval)

    def start(self) -> None:
        super().start()
        self.mailer.start()

    def wake(self) -> None:
        super().wake()
        self.mailer.wake()

    def stop(self, timeout: float = 10.0) -> None:
        self.mailer.stop(timeout)
        super().stop(timeout)

    def step(self) -> float:
        try:
            return self._send()
        except SenderBusy:
            return self.interval
        finally:
            if self.on_status is not None:
                try:
                    self.on_status(queue_status(self.ws))
                except Exception:  # noqa: BLE001 - a broken listener must not stop the sender
                    log.exception("status callback failed")

    def failed(self) -> float:
        log.exception("sender pass failed")
        return self.interval

    def _send(self) -> float:
        report = sync_once(self.ws)
        if report.sent == 0 and time.monotonic() - self._last_probe > self.probe_interval:
            self._last_probe = time.monotonic()
            probe(self.ws)
        due = next_due_in(self.ws)
        if due is None:
            return self.interval
        if report.unreachable:
            return min(max(due, 0.5), self.probe_interval)
        return min(max(due, 0.05), self.interval)
