"""Voiding a payment: same business day, a supervisor's credentials at the desk, a reason.

Four eyes: the teller asks, a supervisor types their own user id and password
at the teller's desk; both ids are recorded. The void is one transaction: the
payment is marked voided (its receipt keeps its number), the refund leaves the
drawer, a cancel is queued for the SPC in the same outbox as payments (so it
survives a crash and an outage), and the audit log records it. The sender
delivers the cancel only after the SPC holds the payment itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from datetime import date

from cashier import days, drawer, money
from cashier.documents import archive, void_slip
from cashier.documents.print_log import PrintFailed
from cashier.identity import approvals, audit, users
from cashier.storage import db
from cashier.errors import CashierError, NotFoundError, RuleError, ValidationError
from cashier.model import UNSAFE_TEXT, Payment
from cashier.storage.records import load_payment
from cashier.identity.users import User
from cashier.workstation import Workstation

MIN_REASON = 5
MAX_REASON = 200  # the SPC's limit for text fields (spc/validation.py MAX_TEXT)


def void_payment(ws: Workstation, teller: User, payment_id: str, supervisor_id: str,
                 supervisor_password: str, reason: str) -> dict:
    users.require(teller, "teller", "supervisor")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason_required", "Say why the payment is voided.", "reason")
    if len(reason) > MAX_REASON or UNSAFE_TEXT.search(reason):
        # The SPC refuses such a cancel for good (400), after the cash was handed back.
        raise ValidationError("reason_invalid",
                              f"The reason must be plain text of at most {MAX_REASON} "
                              "characters, on one line.", "reason", {"max": MAX_REASON})
    if len(reason) < MIN_REASON:
        raise ValidationError("reason_too_short",
                              f"The reason is too short: write at least {MIN_REASON} characters "
                              "that say why, e.g. \"wrong account typed\".", "reason",
                              {"min": MIN_REASON})
    conn = ws.conn
    now = ws.now()
    supervisor = approvals.approve(conn, now, supervisor_id, supervisor_password, "void_approval")
    if supervisor.user_id == teller.user_id:
        raise RuleError("four_eyes", "A void needs a second person: another supervisor must approve it.")
    with db.atomic(conn):
        row = conn.execute("SELECT payment_id, receipt_no, business_date, total, status, "
                           "workstation_id, teller_id, card_amount, card_auth, card_rrn "
                           "FROM payments WHERE payment_id = ? "
                           "OR receipt_no = ?",
                           (payment_id, payment_id)).fetchone()
        if row is None:
            raise NotFoundError("payment_not_found", f"No payment {payment_id} on this workstation.")
        if row["teller_id"] == supervisor.user_id:
            raise RuleError("four_eyes_own_payment",
                            f"{supervisor.user_id} took this payment and cannot also approve its "
                            "void: another supervisor must approve it.", None,
                            {"supervisor_id": supervisor.user_id})
        if row["status"] == "voided":
            raise RuleError("already_voided", f"Receipt {row['receipt_no']} is already voided.")
        if row["business_date"] != days.current(conn, now.date()).isoformat():
            raise RuleError("void_other_day", f"Receipt {row['receipt_no']} is from {row['business_date']}; "
                            "only payments of the current business day can be voided.")
        days.refuse_if_closed(conn, date.fromisoformat(row["business_date"]),
                                       "nothing in it can change.")
        out = conn.execute("SELECT state FROM outbox WHERE kind = 'payment' AND payment_id = ?",
                           (row["payment_id"],)).fetchone()
        if out is not None and out["state"] == "rejected":
            raise RuleError("void_rejected_payment", "The SPC refused this payment; a supervisor resolves "
                            "it from the queue instead of voiding it.")
        # The refund leaves the drawer of whoever hands it over: the voiding teller's own.
        session = drawer.current(conn, ws.config.workstation_id)
        if session is None:
            raise RuleError("no_open_session", "Open a cash session: the refund comes out of the drawer.")
        session = drawer.require_open(conn, ws.config.workstation_id, teller)
        conn.execute("UPDATE payments SET status = 'voided' WHERE payment_id = ?", (row["payment_id"],))
        # The printed original keeps its QR; the archive keeps no text that still reads as valid.
        archive.forget_qr_payloads(conn, row["payment_id"])
        # The cash part comes back out of the drawer; a card part is refunded on the bank's
        # terminal (the teller is told so, and the journal says which RRN it reverses).
        card = row["card_amount"] or 0
        cash_refund = row["total"] - card
        if cash_refund:
            drawer.record_void_refund(conn, now, session.session_id, teller.user_id,
                                      row["payment_id"], cash_refund)
        body = json.dumps({"reason": reason, "supervisor_id": supervisor.user_id,
                           "cancelled_at": now.isoformat(timespec="seconds")},
                          ensure_ascii=False, separators=(",", ":"))
        conn.execute("INSERT INTO outbox(kind, payment_id, body, state, created_at, next_attempt_at) "
                     "VALUES ('cancel', ?, ?, 'waiting', ?, ?)",
                     (row["payment_id"], body, db.stamp(now), db.stamp(now)))
        audit.record(conn, now, teller.user_id, "payment.voided", row["payment_id"],
                     {"payment_id": row["payment_id"], "receipt_no": row["receipt_no"],
                      "supervisor_id": supervisor.user_id, "reason": reason,
                      "refund": money.to_wire(cash_refund), "session_id": session.session_id,
                      **({"card_refund": {"amount": money.to_wire(card), "auth": row["card_auth"],
                                          "rrn": row["card_rrn"]}} if card else {})})
    return {"payment_id": row["payment_id"], "receipt_no": row["receipt_no"], "total": row["total"],
            "supervisor_id": supervisor.user_id, "teller_id": teller.user_id,
            "cash_refund": cash_refund, "card_refund": card, "card_rrn": row["card_rrn"]}


# -- finding the payment, and the void slip after the void ---------------------------------

SHORT_RECEIPT_DIGITS = 5   # "7" means today's receipt …-00007 of this workstation


def find_payment(ws: Workstation, text: str) -> Payment:
    """A payment of this workstation by its receipt number (or id); digits alone are today's
    receipt with that sequence number, as the teller reads it off the receipt's end."""
    text = text.strip()
    try:
        return load_payment(ws, text)
    except NotFoundError:
        if not (text.isdigit() and len(text) <= SHORT_RECEIPT_DIGITS and int(text) > 0):
            raise
    day = days.business_date(ws)
    return load_payment(ws, f"{ws.config.workstation_id}-{day:%Y%m%d}-{int(text):05d}")


@dataclass(frozen=True)
class SlipOutcome:
    path: Path | None
    printed: bool
    error: CashierError | None = None


def make_slip(ws: Workstation, payment_id: str, *, print_it: bool, copy: bool = False,
              by: users.User | None = None) -> SlipOutcome:
    """Write (and with print_it print) the void slip; a copy is made by the signed-in `by`.
    The void already stands: every failure comes back as the outcome's error, never as an
    exception."""
    try:
        if not print_it:
            return SlipOutcome(void_slip.archive_void_slip(ws, payment_id, copy=copy, by=by).path,
                               False)
        return SlipOutcome(void_slip.print_void_slip(ws, payment_id, copy=copy, by=by), True)
    except PrintFailed as exc:  # written and archived; only the printer failed
        return SlipOutcome(exc.pdf_path, False, exc)
    except CashierError as exc:
        return SlipOutcome(None, False, exc)
    except OSError as exc:
        return SlipOutcome(None, False, CashierError(
            "void_slip_not_written", f"The void slip could not be written: {exc}", None,
            {"detail": str(exc)}))
