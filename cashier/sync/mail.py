"""E-mailed receipts: a durable queue of their own (mail_outbox) and the pass that sends it.

Queueing (`queue_receipt_email`) is one transaction: the address stored with the payment
(payments.email), the e-mail in mail_outbox (state `waiting`, due now, its Message-ID fixed)
and the journal entry `receipt.email_queued`. Nothing is sent then: a payment never waits
on a mail server.

Sending (`send_due_mail`) is one pass over what is due, oldest first, on the SPC sender's
loop (cashier/sync/worker.py: MailSender beside BackgroundSender) or from `cashier sync
--once`. The attachment is the archived original receipt (cashier/documents/archive.py),
checked against its SHA-256; an owed receipt is made first. What the server answers
(cashier/adapters/mailer.py) decides:

- taken: `sent`, with the journal entry `receipt.emailed`;
- refused for good (5xx: no such mailbox...), or the payment was voided, or its archived
  receipt is gone or changed: `failed`, the reason kept in last_error and in the journal
  entry `receipt.email_failed`. A failed e-mail stays listed until the teller sends the
  receipt again (a corrected address: a new e-mail);
- anything else (4xx, connection refused, timeout, a login or TLS problem): it waits, the
  reason in last_error, and is tried again after the SPC sender's backoff
  (cashier/sync/backoff.py, the retry_base_seconds and retry_cap_seconds settings).

One sender per database (a lock file beside it, as the SPC sender's). The mail server's
answer to an e-mail may be lost after it took it: that e-mail then goes again, with the same
Message-ID (at least once, never lost).
"""

from __future__ import annotations

import hashlib
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterator

from cashier.adapters import credentials
from cashier.adapters.email_address import EmailAddress, parse_address
from cashier.adapters.mailer import MailError, SmtpSession, SmtpSettings
from cashier.documents import archive as pipeline
from cashier.documents import receipt_archive
from cashier.errors import CashierError, ConfigError, RuleError, StorageError
from cashier.identity import audit
from cashier.model import Payment
from cashier.storage import db, locks
from cashier.storage.records import load_payment
from cashier.sync.backoff import RETRY_AFTER_CAP, backoff_delay
from cashier.sync.mail_message import new_message_id, receipt_message
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

ACTOR = "mailer"          # the journal's actor for what the sending pass records
MAX_ERROR = 500


class MailerBusy(CashierError):
    def __init__(self) -> None:
        super().__init__("mailer_busy", "Another process is sending this workstation's e-mailed "
                         "receipts (the window or `cashier sync`); it will send them.")


@contextmanager
def mail_lock(ws: Workstation) -> Iterator[None]:
    """One mail sender per database; MailerBusy when another has it."""
    with locks.exclusive(locks.beside(ws.config.db_path, "mailer"), MailerBusy):
        yield


@dataclass(frozen=True)
class MailEntry:
    id: int
    payment_id: str
    receipt_no: str
    address: str
    state: str                  # waiting | sent | failed
    attempts: int
    created_at: str
    next_attempt_at: str
    sent_at: str | None
    last_error: str | None
    message_id: str | None


@dataclass
class MailReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    unreachable: bool = False   # the pass stopped: the server could not be reached or used
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "deferred": self.deferred,
                "unreachable": self.unreachable, "errors": self.errors}


@dataclass(frozen=True)
class MailStatus:
    waiting: int
    failed: int                 # failed, and not sent again since
    sent: int
    oldest_waiting_at: str | None
    last_error: str | None      # why the newest waiting e-mail has not gone yet

    def to_json(self) -> dict:
        return {"waiting": self.waiting, "failed": self.failed, "sent": self.sent,
                "oldest_waiting_at": self.oldest_waiting_at, "last_error": self.last_error}


# -- queueing ------------------------------------------------------------------------------

def mail_configured(config) -> bool:
    return bool(config.smtp_host.strip() and config.smtp_sender.strip())


def require_mail_setup(config) -> None:
    if not mail_configured(config):
        raise ConfigError("mail_not_configured", "E-mailed receipts are not set up at this "
                          "workstation: IT sets smtp_host and smtp_sender (and smtp_user, with "
                          "its password in the keyring: `cashier token set --smtp`).")


def check_address(ws: Workstation, typed: str | None) -> EmailAddress:
    """What `queue_receipt_email` checks before it stores anything, for a caller that must
    refuse before it takes the payment (`cashier pay --email`)."""
    require_mail_setup(ws.config)
    return parse_address(typed)


def queue_receipt_email(ws: Workstation, payment_id: str, typed_address: str,
                        actor: str | None = None) -> MailEntry:
    """Queue the payment's receipt for the customer's address; one transaction (see above).
    The same address (whatever its case) already waiting for the same payment is that e-mail,
    not a second."""
    address = check_address(ws, typed_address)
    conn, now = ws.conn, ws.now()
    actor = actor or ws.actor_id
    with db.atomic(conn):
        row = conn.execute("SELECT payment_id, receipt_no, status FROM payments "
                           "WHERE payment_id = ? OR receipt_no = ?",
                           (payment_id, payment_id)).fetchone()
        if row is None:
            load_payment(ws, payment_id)   # raises payment_not_found, its words
        if row["status"] == "voided":
            raise RuleError("email_payment_voided", f"The payment {row['receipt_no']} was voided: "
                            "its receipt is not e-mailed.", None, {"receipt_no": row["receipt_no"]})
        pid = row["payment_id"]
        same = conn.execute("SELECT id FROM mail_outbox WHERE payment_id = ? AND state = "
                            "'waiting' AND lower(address) = lower(?)", (pid, address.text)).fetchone()
        if same is not None:
            return _entry(conn, same["id"])
        conn.execute("UPDATE payments SET email = ? WHERE payment_id = ?", (address.text, pid))
        message_id = new_message_id(ws.config.smtp_sender)
        mail_id = conn.execute(
            "INSERT INTO mail_outbox(payment_id, address, state, attempts, next_attempt_at, "
            "created_at, message_id) VALUES (?, ?, 'waiting', 0, ?, ?, ?)",
            (pid, address.text, db.stamp(now), now.isoformat(timespec="seconds"),
             message_id)).lastrowid
        audit.record(conn, now, actor, "receipt.email_queued", pid,
                     {"payment_id": pid, "receipt_no": row["receipt_no"], "address": address.text,
                      "mail_id": mail_id, "message_id": message_id})
        return _entry(conn, mail_id)


# -- reading -------------------------------------------------------------------------------

_SELECT = ("SELECT m.id, m.payment_id, p.receipt_no, m.address, m.state, m.attempts, "
           "m.created_at, m.next_attempt_at, m.sent_at, m.last_error, m.message_id "
           "FROM mail_outbox m JOIN payments p ON p.payment_id = m.payment_id ")


def _entry(conn, mail_id: int) -> MailEntry:
    return MailEntry(**dict(conn.execute(_SELECT + "WHERE m.id = ?", (mail_id,)).fetchone()))


def payment_mail(ws: Workstation, payment_id: str) -> MailEntry | None:
    """The payment's latest e-mail, or None (the window's line under the receipt)."""
    row = ws.conn.execute(_SELECT + "WHERE m.payment_id = ? ORDER BY m.id DESC LIMIT 1",
                          (payment_id,)).fetchone()
    return MailEntry(**dict(row)) if row else None


_OPEN_FAILED = ("m.state = 'failed' AND NOT EXISTS (SELECT 1 FROM mail_outbox n "
                "WHERE n.payment_id = m.payment_id AND n.id > m.id)")


def mail_entries(ws: Workstation, states: tuple[str, ...] = ("waiting", "failed")) -> list[MailEntry]:
    """E-mails in these states, oldest first; a failed one sent again since is left out."""
    wanted = []
    if "waiting" in states:
        wanted.append("m.state = 'waiting'")
    if "failed" in states:
        wanted.append(_OPEN_FAILED)
    if "sent" in states:
        wanted.append("m.state = 'sent'")
    if not wanted:
        return []
    rows = ws.conn.execute(_SELECT + "WHERE " + " OR ".join(f"({w})" for w in wanted) +
                           " ORDER BY m.id")
    return [MailEntry(**dict(r)) for r in rows]


def mail_status(ws: Workstation) -> MailStatus:
    conn = ws.conn
    waiting, oldest = conn.execute("SELECT COUNT(*), MIN(created_at) FROM mail_outbox "
                                   "WHERE state = 'waiting'").fetchone()
    failed = conn.execute(f"SELECT COUNT(*) FROM mail_outbox m WHERE {_OPEN_FAILED}").fetchone()[0]
    sent = conn.execute("SELECT COUNT(*) FROM mail_outbox WHERE state = 'sent'").fetchone()[0]
    last = conn.execute("SELECT last_error FROM mail_outbox WHERE state = 'waiting' AND "
                        "last_error IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    return MailStatus(waiting, failed, sent, oldest, last[0] if last else None)


def _horizon(ws: Workstation, now: datetime) -> str:
    # A due time further ahead than any backoff could put it means the clock was set back
    # after it was written: that e-mail is due now (as in the SPC sender's _claim).
    return db.stamp(now + timedelta(seconds=max(ws.config.retry_cap_seconds, RETRY_AFTER_CAP) + 60))


def _due(ws: Workstation, limit: int) -> list:
    now = ws.now()
    return ws.conn.execute(
        "SELECT id, payment_id, address, attempts, message_id FROM mail_outbox "
        "WHERE state = 'waiting' AND (next_attempt_at <= ? OR next_attempt_at > ?) "
        "ORDER BY id LIMIT ?", (db.stamp(now), _horizon(ws, now), limit)).fetchall()


def next_mail_due_in(ws: Workstation) -> float | None:
    """Seconds until the next waiting e-mail is due (0 if one is due now), None if none waits."""
    row = ws.conn.execute("SELECT MIN(next_attempt_at) FROM mail_outbox "
                          "WHERE state = 'waiting'").fetchone()
    if not row or row[0] is None:
        return None
    if row[0] > _horizon(ws, ws.now()):
        return 0.0
    return max(0.0, (datetime.fromisoformat(row[0]) - ws.now()).total_seconds())


# -- sending -------------------------------------------------------------------------------

def smtp_settings(ws: Workstation) -> SmtpSettings:
    """The mail server as the settings say, its password from the keyring (or
    CASHIER_SMTP_PASSWORD); timeouts are the network's (connect_timeout, read_timeout)."""
    cfg = ws.config
    require_mail_setup(cfg)
    password = credentials.get_token(cfg.workstation_id, config=cfg, which=credentials.SMTP) \
        if cfg.smtp_user else None
    return SmtpSettings(host=cfg.smtp_host.strip(), port=cfg.smtp_port, tls=cfg.smtp_tls,
                        sender=cfg.smtp_sender.strip(), user=cfg.smtp_user, password=password,
                        timeout=max(cfg.connect_timeout, cfg.read_timeout),
                        ca_bundle=cfg.ca_bundle)


def _receipt_pdf(ws: Workstation, payment: Payment) -> bytes:
    """The archived original's bytes, as written (its SHA-256 checked); made now if owed."""
    entry = pipeline.find(ws.conn, pipeline.RECEIPT, payment.payment_id, 0)
    if entry is None:
        entry = receipt_archive.archive(ws, payment)
    pipeline.check_intact(entry)   # gone or changed: the archive's own error says so
    data = entry.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != entry.sha256:   # changed a moment ago
        pipeline.check_intact(entry)
    return data


def _compose(ws: Workstation, row):
    payment = load_payment(ws, row["payment_id"])
    if payment.status == "voided":
        raise RuleError("email_payment_voided", f"The payment {payment.receipt_no} was voided: "
                        "its receipt is not e-mailed.", None, {"receipt_no": payment.receipt_no})
    address = parse_address(row["address"])
    cfg = ws.config
    message = receipt_message(
        payment, _receipt_pdf(ws, payment), recipient=address.ascii,
        sender=cfg.smtp_sender.strip(), bank_name=cfg.bank_name, branch_name=cfg.branch_name,
        message_id=row["message_id"] or new_message_id(cfg.smtp_sender), when=ws.now(),
        tz=cfg.tz)
    return payment, message, address.ascii


def _defer(ws: Workstation, rows: list, reason: str) -> int:
    cfg, now = ws.config, ws.now().astimezone(timezone.utc)
    with db.atomic(ws.conn):
        ws.conn.executemany(
            "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
            "WHERE id = ? AND state = 'waiting'",
            [(db.stamp(now + timedelta(seconds=backoff_delay(
                r["attempts"] + 1, base=cfg.retry_base_seconds, cap=cfg.retry_cap_seconds))),
              reason[:MAX_ERROR], r["id"]) for r in rows])
    return len(rows)


def _finish(ws: Workstation, row, receipt_no: str | None, sent: bool, reason: str | None) -> None:
    conn, now = ws.conn, ws.now()
    with db.atomic(conn):
        if sent:
            conn.execute("UPDATE mail_outbox SET state = 'sent', attempts = attempts + 1, "
                         "sent_at = ?, last_error = NULL WHERE id = ?",
                         (now.isoformat(timespec="seconds"), row["id"]))
        else:
            conn.execute("UPDATE mail_outbox SET state = 'failed', attempts = attempts + 1, "
                         "last_error = ? WHERE id = ?", ((reason or "")[:MAX_ERROR], row["id"]))
        details = {"payment_id": row["payment_id"], "receipt_no": receipt_no,
                   "address": row["address"], "mail_id": row["id"],
                   "message_id": row["message_id"], "attempts": row["attempts"] + 1}
        if not sent:
            details["reason"] = (reason or "")[:MAX_ERROR]
        audit.record(conn, now, ACTOR, "receipt.emailed" if sent else "receipt.email_failed",
                     row["payment_id"], details)


def send_due_mail(ws: Workstation, *, limit: int = 100) -> MailReport:
    """One pass over the e-mails due (see the module's doc). MailerBusy if another sends."""
    report = MailReport()
    if not _due(ws, 1):
        return report   # nothing due: not even the lock file is touched
    with mail_lock(ws):
        rows = _due(ws, limit)
        if not rows:
            return report
        try:
            settings = smtp_settings(ws)
        except CashierError as exc:
            report.deferred += _defer(ws, rows, exc.message)
            report.unreachable = True
            report.errors.append(exc.message)
            return report
        session: SmtpSession | None = None
        try:
            for i, row in enumerate(rows):
                try:
                    payment, message, recipient = _compose(ws, row)
                except StorageError as exc:   # an owed receipt that cannot be made yet
                    report.deferred += _defer(ws, [row], exc.message)
                    report.errors.append(exc.message)
                    continue
                except CashierError as exc:   # voided, its receipt gone or changed, an address
                    _finish(ws, row, None, False, exc.message)
                    report.failed += 1
                    report.errors.append(exc.message)
                    continue
                try:
                    if session is None:
                        session = SmtpSession(settings)
                        session.open()
                    session.send(message, recipient)
                except MailError as exc:
                    report.errors.append(exc.reply)
                    if exc.permanent:
                        _finish(ws, row, payment.receipt_no, False, exc.reply)
                        report.failed += 1
                        continue
                    waiting = rows[i:] if exc.whole_pass else [row]
                    report.deferred += _defer(ws, waiting, exc.reply)
                    if exc.whole_pass:
                        report.unreachable = True
                        log.info("e-mailed receipts wait: %s", exc.reply)
                        break
                    continue
                _finish(ws, row, payment.receipt_no, True, None)
                report.sent += 1
        finally:
            if session is not None:
                session.close()
    return report
