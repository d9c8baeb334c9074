"""The local queue seen from the desk: what waits, what was refused, the offline limits.

The sender (cashier/sync/sender.py) moves rows through the outbox; this module only
reads it for the status bar, the queue panel and `cashier status`, and holds
the rules that stop a desk from piling up payments the SPC has not seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cashier import money
from cashier.identity import approvals, audit, users
from cashier.storage import db
from cashier.errors import NotFoundError, RuleError, ValidationError
from cashier.model import QueueStatus
from cashier.identity.users import User
from cashier.workstation import Workstation

def waiting_summary(ws: Workstation, amounts: bool = True) -> QueueStatus:
    """Just what the offline limits need, from the open states only (index on state).
    amounts=False reads the oldest waiting payment alone (no join with the payments): what
    a desk without an amount limit needs before each payment, however long the queue."""
    if not amounts:
        oldest = ws.conn.execute(
            "SELECT MIN(created_at) FROM outbox WHERE state IN ('waiting', 'sending') "
            "AND kind = 'payment'").fetchone()[0]
        return QueueStatus(waiting=0, waiting_amount=0, rejected=0, attention=0,
                           oldest_waiting_at=datetime.fromisoformat(oldest) if oldest else None,
                           last_contact_at=None, last_contact_ok=None)
    oldest, n, amount = ws.conn.execute(
        "SELECT MIN(o.created_at), COUNT(*), COALESCE(SUM(p.total), 0) FROM outbox o "
        "JOIN payments p ON p.payment_id = o.payment_id WHERE o.state IN ('waiting', 'sending') "
        "AND o.kind = 'payment'").fetchone()
    return QueueStatus(waiting=n, waiting_amount=amount, rejected=0, attention=0,
                       oldest_waiting_at=datetime.fromisoformat(oldest) if oldest else None,
                       last_contact_at=None, last_contact_ok=None)


def offline_state(ws: Workstation, status: QueueStatus | None = None) -> tuple[str, str | None]:
    """('ok' | 'warn' | 'block', reason code) from the age and amount of what waits."""
    cfg = ws.config
    status = status or queue_status(ws)
    age = (ws.now() - status.oldest_waiting_at).total_seconds() if status.oldest_waiting_at else 0
    if cfg.offline_block_seconds and age > cfg.offline_block_seconds:
        return "block", "offline_too_long"
    if cfg.offline_max_waiting_amount and status.waiting_amount > cfg.offline_max_waiting_amount:
        return "block", "offline_amount_exceeded"
    if cfg.offline_warn_seconds and age > cfg.offline_warn_seconds:
        return "warn", "offline_warning"
    return "ok", None


def offline_refusal(cfg, status: QueueStatus, now: datetime, adding: int = 0) -> RuleError | None:
    """Why a new payment of `adding` must be refused under the offline limits, or None.

    Pure, so the window can show the refusal before the teller presses Accept.
    The amount limit applies only while something waits: with an empty queue
    the payment goes out at once.
    """
    age = (now - status.oldest_waiting_at).total_seconds() if status.oldest_waiting_at else 0
    if cfg.offline_block_seconds and age > cfg.offline_block_seconds:
        hours = cfg.offline_block_seconds // 3600
        return RuleError("offline_too_long",
                         f"Payments have not reached the processing center for over {hours} h. "
                         "New payments are stopped until the queue is sent: ask the branch IT person "
                         "to restore the connection (or to change the offline limit in the settings).",
                         None, {"hours": hours})
    if cfg.offline_max_waiting_amount and status.waiting and \
            status.waiting_amount + adding > cfg.offline_max_waiting_amount:
        limit = money.format_amount(cfg.offline_max_waiting_amount)
        return RuleError("offline_amount_exceeded",
                         f"Unsent payments would exceed the offline limit of {limit}. New payments "
                         "are stopped until the queue is sent: ask the branch IT person to restore "
                         "the connection (or to change the offline limit in the settings).",
                         None, {"limit": limit})
    return None


def check_offline_limits(ws: Workstation, adding: int = 0) -> None:
    """Refuse a new payment when too much has waited too long to reach the SPC."""
    cfg = ws.config
    if not (cfg.offline_block_seconds or cfg.offline_max_waiting_amount):
        return
    refusal = offline_refusal(cfg, waiting_summary(ws, amounts=bool(cfg.offline_max_waiting_amount)),
                              ws.now(), adding)
    if refusal is not None:
        raise refusal


def _refused_rows(conn, payment: str) -> list:
    """The unresolved refusals of one payment (by id or receipt number): the payment's own
    and, when it was voided meanwhile, its cancel's."""
    return conn.execute(
        "SELECT o.id, o.kind, o.payment_id, o.last_error_code, p.receipt_no FROM outbox o "
        "JOIN payments p ON p.payment_id = o.payment_id WHERE (p.payment_id = ? OR "
        "p.receipt_no = ?) AND o.state = 'rejected' AND o.resolved_at IS NULL ORDER BY o.id",
        (payment, payment)).fetchall()


def _supervisor(conn, supervisor: User) -> User:
    # The stored user, not the one who signed in hours ago.
    users.require(supervisor, "supervisor")
    return users.require(users.get(conn, supervisor.user_id), "supervisor")


def resolve_rejected(ws: Workstation, payment: str, supervisor: User, note: str) -> str:
    """A supervisor has dealt with a payment the SPC refused (refund, re-entry...). It stays
    in the records and stops blocking the day close. Returns the payment id."""
    conn = ws.conn
    supervisor = _supervisor(conn, supervisor)
    if not (note or "").strip():
        raise ValidationError("note_required", "Say what was done about the refused payment.", "note")
    now = ws.now()
    with db.atomic(conn):
        rows = _refused_rows(conn, payment)
        if not rows:
            raise NotFoundError("not_rejected", "No unresolved refused payment with that id.")
        conn.executemany("UPDATE outbox SET resolved_by = ?, resolved_at = ? WHERE id = ?",
                         [(supervisor.user_id, now.isoformat(), r["id"]) for r in rows])
        audit.record(conn, now, supervisor.user_id, "payment.rejection_resolved",
                     rows[0]["payment_id"],
                     {"payment_id": rows[0]["payment_id"], "receipt_no": rows[0]["receipt_no"],
                      "resolver_id": supervisor.user_id, "note": note.strip(),
                      "code": rows[0]["last_error_code"]})
    return rows[0]["payment_id"]


def retry_rejected(ws: Workstation, payment: str, supervisor: User) -> str:
    """Send a refused payment (or cancel) again, unchanged, after the cause was fixed at the
    SPC (an account created late, a period reopened). Same key, same body: the SPC's answer
    decides again. Needs a supervisor, since it unblocks the day close. Returns the id."""
    conn = ws.conn
    supervisor = _supervisor(conn, supervisor)
    now = ws.now()
    with db.atomic(conn):
        rows = _refused_rows(conn, payment)
        if not rows:
            raise NotFoundError("not_rejected", "No unresolved refused payment with that id.")
        conn.executemany("UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE id = ?",
                         [(db.stamp(now), r["id"]) for r in rows])
        audit.record(conn, now, supervisor.user_id, "payment.rejection_retried",
                     rows[0]["payment_id"],
                     {"payment_id": rows[0]["payment_id"], "receipt_no": rows[0]["receipt_no"],
                      "supervisor_id": supervisor.user_id,
                      "code": rows[0]["last_error_code"], "kinds": [r["kind"] for r in rows]})
    return rows[0]["payment_id"]


def resolve_approved(ws: Workstation, payment: str, supervisor_id: str, password: str,
                     note: str) -> str:
    """resolve_rejected with the supervisor's password typed at this desk (the queue panel)."""
    if not (note or "").strip():  # before the password: a missing note costs no try
        raise ValidationError("note_required", "Say what was done about the refused payment.", "note")
    supervisor = approvals.approve(ws.conn, ws.now(), supervisor_id, password, "queue_approval")
    return resolve_rejected(ws, payment, supervisor, note)


def retry_approved(ws: Workstation, payment: str, supervisor_id: str, password: str) -> str:
    """retry_rejected with the supervisor's password typed at this desk (the queue panel)."""
    supervisor = approvals.approve(ws.conn, ws.now(), supervisor_id, password, "queue_approval")
    return retry_rejected(ws, payment, supervisor)


def queue_status(ws: Workstation) -> QueueStatus:
    conn = ws.conn
    # Only the open states are summed: delivered history grows all year and
    # must not make the status (called every few seconds) slower.
    counts = {r["state"]: (r["n"], r["amount"]) for r in conn.execute(
        "SELECT o.state, COUNT(*) AS n, COALESCE(SUM(p.total), 0) AS amount FROM outbox o "
        "JOIN payments p ON p.payment_id = o.payment_id "
        "WHERE o.state IN ('waiting', 'sending', 'attention') AND o.kind = 'payment' GROUP BY o.state")}
    oldest = conn.execute("SELECT MIN(created_at) FROM outbox WHERE state IN ('waiting', 'sending') "
                          "AND kind = 'payment'").fetchone()[0]
    last_at = db.get_state(conn, "last_contact_at")
    last_ok = db.get_state(conn, "last_contact_ok")
    skew = db.get_state(conn, "clock_skew_seconds")
    return QueueStatus(
        waiting=counts.get("waiting", (0, 0))[0] + counts.get("sending", (0, 0))[0],
        waiting_amount=counts.get("waiting", (0, 0))[1] + counts.get("sending", (0, 0))[1],
        rejected=conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'rejected' "
                              "AND resolved_at IS NULL").fetchone()[0],
        attention=counts.get("attention", (0, 0))[0],
        oldest_waiting_at=datetime.fromisoformat(oldest) if oldest else None,
        last_contact_at=datetime.fromisoformat(last_at) if last_at else None,
        last_contact_ok=None if last_ok is None else last_ok == "1",
        last_error=db.get_state(conn, "last_error"),
        extra={"accepted": conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'accepted' "
                                        "AND kind = 'payment'").fetchone()[0],
               "cancels_waiting": conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'cancel' "
                                               "AND state IN ('waiting', 'sending')").fetchone()[0],
               "clock_skew_seconds": int(skew.split(".")[0]) if skew else None,
               "receipts_owed": conn.execute("SELECT COUNT(*) FROM payments "
                                             "WHERE receipt_pdf IS NULL").fetchone()[0]},
    )


@dataclass(frozen=True)
class OutboxEntry:
    payment_id: str
    receipt_no: str
    account: str
    total: int
    state: str
    attempts: int
    created_at: str
    last_error_code: str | None
    last_error_message: str | None
    kind: str = "payment"  # or "cancel": a void on its way to the SPC


def outbox_entries(ws: Workstation, states: tuple[str, ...] = ("waiting", "sending", "rejected",
                                                               "attention")) -> list[OutboxEntry]:
    """What still needs someone's attention; refusals a supervisor resolved are left out."""
    marks = ",".join("?" * len(states))
    rows = ws.conn.execute(
        f"SELECT o.payment_id, p.receipt_no, p.account, p.total, o.state, o.attempts, o.created_at, "
        f"o.last_error_code, o.last_error_message, o.kind FROM outbox o JOIN payments p "
        f"ON p.payment_id = o.payment_id WHERE o.state IN ({marks}) "
        f"AND NOT (o.state = 'rejected' AND o.resolved_at IS NOT NULL) ORDER BY o.id", states)
    return [OutboxEntry(**dict(r)) for r in rows]
