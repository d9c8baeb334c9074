"""The void slip: the paper a void leaves, written, archived and printed like a receipt.

After `voids.void_payment` the payment's row says 'voided'; the reason, the
supervisor and the moment of the void are in its outbox cancel (the body the SPC
gets) and the teller who asked is the actor of its `payment.voided` audit entry.
From those this module makes the slip (cashier/documents/void_slip_layout.py draws it);
the one archive-and-print pipeline (cashier/documents/archive.py, kind 'void_slip') keeps
it under <data>/receipts/<business date>/ as <receipt_no>-void.pdf (a reprint:
-void-copy-N.pdf), written once with no-clobber semantics and recorded with its sha256,
and prints it through CUPS, each attempt stored and audited.

A print failure never touches the void: it is stored as 'failed' and raised (PrintFailed),
so the desk can offer to print again (a copy, once the original went to a printer).
Printing runs lp (seconds at worst): never call it on the GUI thread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cashier import money
from cashier.documents import archive as pipeline
from cashier.documents import print_log
from cashier.documents.copies import actor_of
from cashier.errors import NotFoundError, RuleError
from cashier.identity import users
from cashier.model import Payment
from cashier.documents.receipt_layout import Line
from cashier.documents.void_slip_layout import SlipContent, render_slip
from cashier.workstation import Workstation

SlipEntry = pipeline.Entry
SlipPrint = print_log.PrintRecord


@dataclass(frozen=True)
class VoidFacts:
    """What the void itself recorded, beside the payment."""
    voided_at: datetime
    reason: str
    teller_id: str        # who asked for the void at the desk
    supervisor_id: str    # who approved it with their own password


def _voided_payment(ws: Workstation, payment_id: str) -> Payment:
    from cashier.storage.records import load_payment
    payment = load_payment(ws, payment_id)
    if payment.status != "voided":
        raise RuleError("not_voided", f"Receipt {payment.receipt_no} is not voided, so it has no "
                        "void slip.", None, {"receipt_no": payment.receipt_no})
    return payment


def void_facts(ws: Workstation, payment_id: str) -> VoidFacts:
    """When, why, by whom and approved by whom the payment was voided."""
    conn = ws.conn
    cancel = conn.execute("SELECT body FROM outbox WHERE kind = 'cancel' AND payment_id = ?",
                          (payment_id,)).fetchone()
    entry = conn.execute("SELECT at, actor, details FROM audit_log WHERE action = 'payment.voided' "
                         "AND subject = ? ORDER BY id DESC LIMIT 1", (payment_id,)).fetchone()
    if cancel is None and entry is None:
        raise NotFoundError("void_not_found", f"No record of a void of {payment_id}.")
    body = json.loads(cancel["body"]) if cancel is not None else {}
    details = json.loads(entry["details"]) if entry is not None else {}
    at = body.get("cancelled_at") or entry["at"]
    return VoidFacts(voided_at=datetime.fromisoformat(at),
                     reason=body.get("reason") or details.get("reason", ""),
                     teller_id=entry["actor"] if entry is not None else "",
                     supervisor_id=body.get("supervisor_id") or details.get("supervisor_id", ""))


def _person(conn, user_id: str) -> str:
    row = conn.execute("SELECT name FROM users WHERE user_id = ?", (user_id,)).fetchone()
    return f"{row['name']} ({user_id})" if row and row["name"] != user_id else user_id or "—"


def _when(moment: datetime, tz) -> str:
    moment = moment.astimezone(tz)
    text = moment.strftime("%d.%m.%Y %H:%M:%S")
    offset = moment.strftime("%z")
    return text + (f" (UTC{offset[:3]}:{offset[3:]})" if offset else "")


def slip_content(ws: Workstation, payment: Payment, facts: VoidFacts, *, copy: bool = False) -> SlipContent:
    from cashier.documents.receipt_archive import receipt_header
    tz, cur = ws.config.tz, payment.currency
    m = re.fullmatch(r"(\d{4})-(\d{2})", payment.period or "")
    subtotal = sum(line.amount for line in payment.lines)
    return SlipContent(
        header=receipt_header(ws, facts.teller_id or None),
        receipt_no=payment.receipt_no, payment_id=payment.payment_id,
        paid_at=_when(payment.accepted_at, tz), voided_at=_when(facts.voided_at, tz),
        stamp_date=facts.voided_at.astimezone(tz).strftime("%d.%m.%Y"),
        account=payment.account, holder=payment.holder, address=payment.address,
        period=f"{m[2]}.{m[1]}" if m else (payment.period or ""),
        lines=tuple(Line(pl.service_name, pl.provider_name, "", "", money.format_amount(pl.amount, cur))
                    for pl in payment.lines),
        subtotal=money.format_amount(subtotal, cur),
        fee=money.format_amount(payment.fee, cur) if payment.fee > 0 else None,
        refunded=money.format_amount(payment.total, cur),
        reason=facts.reason, teller=_person(ws.conn, facts.teller_id),
        supervisor=_person(ws.conn, facts.supervisor_id), copy=copy)


def _render(ws: Workstation, payment: Payment, copy: bool) -> bytes:
    return render_slip(slip_content(ws, payment, void_facts(ws, payment.payment_id), copy=copy),
                       author=ws.config.bank_name)


def render_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False) -> bytes:
    """The slip of a voided payment as PDF bytes (nothing written, nothing recorded)."""
    return _render(ws, _voided_payment(ws, payment_id), copy)


def void_slip_path(ws: Workstation, payment: Payment, copy_no: int = 0) -> Path:
    """<receipts>/<date>/<receipt_no>-void.pdf, or <receipt_no>-void-copy-N.pdf for a reprint."""
    return pipeline.payment_document_path(ws.config.receipts_dir, pipeline.VOID_SLIP, payment,
                                          copy_no)


def slip_entries(ws: Workstation, payment_id: str) -> list[SlipEntry]:
    """The archived slips of a payment (original first, then reprints)."""
    payment = _voided_payment(ws, payment_id)
    return pipeline.entries(ws.conn, pipeline.VOID_SLIP, payment.payment_id)


def _archive(ws: Workstation, payment: Payment, copy: bool, actor: str | None) -> SlipEntry:
    return pipeline.archive(ws, pipeline.VOID_SLIP, payment, lambda c: (_render(ws, payment, c), None),
                            copy=copy, actor=actor)


def archive_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False,
                      by: users.User | None = None) -> SlipEntry:
    """The archived original slip (written now if it never was), or a new reprint -copy-N
    made by the signed-in `by` (copies.py)."""
    payment = _voided_payment(ws, payment_id)
    return _archive(ws, payment, copy, actor_of(ws, by, copy))


def write_void_slip(ws: Workstation, payment_id: str) -> Path:
    """The archived original slip of a voided payment, written once: its path."""
    return archive_void_slip(ws, payment_id).path


def void_slip_prints(ws: Workstation, payment_id: str) -> list[SlipPrint]:
    """Every attempt to print a payment's void slip, oldest first, after asking CUPS how
    the queued ones ended."""
    payment = _voided_payment(ws, payment_id)
    print_log.refresh_states(ws, pipeline.VOID_SLIP, payment.payment_id)
    return print_log.prints_for(ws.conn, pipeline.VOID_SLIP, payment.payment_id)


def print_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False,
                    printer: str | None = None, by: users.User | None = None) -> Path:
    """Write (once), archive and print a voided payment's slip; returns the PDF's path.

    copy=False prints the original, once: after it went to a printer only a copy (marked
    КОПИЯ, -void-copy-N.pdf) may follow. The printer is `printer`, else Config.printer,
    else the CUPS default. A failed print leaves the void as it is: the attempt is stored
    (state 'failed') and audited, then raised as PrintFailed (its `record` the stored
    attempt, its `pdf_path` the slip). Runs lp: never on the GUI thread.
    """
    payment = _voided_payment(ws, payment_id)
    actor = actor_of(ws, by, copy)
    record = print_log.print_payment_document(ws, pipeline.VOID_SLIP, payment,
                                             lambda c: _archive(ws, payment, c, actor), copy=copy,
                                             printer=printer, actor=actor)
    return Path(record.pdf_path)
