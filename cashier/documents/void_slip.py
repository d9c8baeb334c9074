"""The void slip: the paper a void leaves, written, archived and printed like a receipt.

After `voids.void_payment` the payment's row says 'voided'; the reason, the
supervisor and the moment of the void are in its outbox cancel (the body the SPC
gets) and the teller who asked is the actor of its `payment.voided` audit entry.
From those this module makes the slip (cashier/documents/void_slip_layout.py draws it),
keeps it under <data>/receipts/<business date>/ as <receipt_no>-void.pdf (a
reprint: -void-copy-N.pdf), written once with no-clobber semantics and recorded
with its sha256 in `document_archive` (kind 'void_slip', migration step 5), and
prints it through CUPS, each attempt stored in `document_prints` and audited.

A print failure never touches the void: it is stored as 'failed' and raised, so
the desk can offer to print again (a copy, once the original went to a printer).
Printing runs lp (seconds at worst): never call it on the GUI thread.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cashier import money
from cashier.identity import audit
from cashier.storage import db
from cashier.errors import CashierError, NotFoundError, RuleError
from cashier.model import Payment
from cashier.documents.receipt_archive import MAX_COPIES, sha256_file, write_new
from cashier.documents.receipt_layout import Line
from cashier.documents.void_slip_layout import SlipContent, render_slip
from cashier.workstation import Workstation

KIND = "void_slip"


@dataclass(frozen=True)
class VoidFacts:
    """What the void itself recorded, beside the payment."""
    voided_at: datetime
    reason: str
    teller_id: str        # who asked for the void at the desk
    supervisor_id: str    # who approved it with their own password


@dataclass(frozen=True)
class SlipEntry:
    id: int
    payment_id: str
    copy_no: int          # 0 = the original, N = the N-th reprint
    path: Path
    sha256: str
    size: int
    created_at: str


@dataclass(frozen=True)
class SlipPrint:
    id: int
    payment_id: str
    receipt_no: str
    copy_no: int
    printer: str          # "" when no printer could be chosen
    job_id: str | None
    state: str            # queued | printed | failed
    error_code: str | None
    error: str | None
    pdf_path: str
    requested_at: str
    updated_at: str


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


def render_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False) -> bytes:
    """The slip of a voided payment as PDF bytes (nothing written, nothing recorded)."""
    payment = _voided_payment(ws, payment_id)
    return render_slip(slip_content(ws, payment, void_facts(ws, payment.payment_id), copy=copy),
                       author=ws.config.bank_name)


def void_slip_path(ws: Workstation, payment: Payment, copy_no: int = 0) -> Path:
    """<receipts>/<date>/<receipt_no>-void.pdf, or <receipt_no>-void-copy-N.pdf for a reprint."""
    name = f"{payment.receipt_no}-void" + (f"-copy-{copy_no}" if copy_no else "") + ".pdf"
    return Path(ws.config.receipts_dir) / payment.business_date.isoformat() / name


# -- the archive ----------------------------------------------------------------------------

def _entry(row) -> SlipEntry:
    return SlipEntry(id=row["id"], payment_id=row["payment_id"], copy_no=row["copy_no"],
                     path=Path(row["path"]), sha256=row["sha256"], size=row["size"],
                     created_at=row["created_at"])


def _row(conn, payment_id: str, copy_no: int):
    return conn.execute("SELECT * FROM document_archive WHERE kind = ? AND payment_id = ? "
                        "AND copy_no = ?", (KIND, payment_id, copy_no)).fetchone()


def slip_entries(ws: Workstation, payment_id: str) -> list[SlipEntry]:
    """The archived slips of a payment (original first, then reprints)."""
    payment = _voided_payment(ws, payment_id)
    return [_entry(r) for r in ws.conn.execute(
        "SELECT * FROM document_archive WHERE kind = ? AND payment_id = ? ORDER BY copy_no",
        (KIND, payment.payment_id))]


def _check_intact(entry: SlipEntry) -> None:
    what = "original" if entry.copy_no == 0 else f"copy {entry.copy_no}"
    if not entry.path.is_file():
        raise CashierError("void_slip_missing", f"The archived void slip ({what}) {entry.path} is "
                           "missing. The void stands: print a copy and tell IT.", None,
                           {"detail": str(entry.path)})
    if sha256_file(entry.path)[0] != entry.sha256:
        raise CashierError("void_slip_archive_changed", f"The archived void slip ({what}) "
                           f"{entry.path} was changed after it was written. Print a copy and "
                           "tell IT.", None, {"detail": str(entry.path)})


def archive_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False) -> SlipEntry:
    """The archived original slip (written now if it never was), or a new reprint -copy-N."""
    conn = ws.conn
    payment = _voided_payment(ws, payment_id)
    if not copy and (row := _row(conn, payment.payment_id, 0)) is not None:
        entry = _entry(row)
        _check_intact(entry)
        return entry
    data = render_slip(slip_content(ws, payment, void_facts(ws, payment.payment_id), copy=copy),
                       author=ws.config.bank_name)
    if copy:
        first = conn.execute("SELECT COALESCE(MAX(copy_no), 0) + 1 FROM document_archive "
                             "WHERE kind = ? AND payment_id = ?", (KIND, payment.payment_id)).fetchone()[0]
        for copy_no in range(first, first + MAX_COPIES):
            path = void_slip_path(ws, payment, copy_no)
            if write_new(path, data):  # a file left by a crash keeps its name; take the next
                break
        else:  # pragma: no cover - ten thousand reprints of one slip
            raise CashierError("void_slip_archive_full", f"Too many copies of the void slip of "
                               f"{payment.receipt_no}.")
    else:
        copy_no, path = 0, void_slip_path(ws, payment)
        if not write_new(path, data):
            found = path.read_bytes()
            if payment.payment_id.encode("ascii") in found:
                data = found  # written before a crash, never recorded: that file is the original
            else:  # another payment's slip under this number (a restored backup): file by id
                path = path.with_name(f"{payment.receipt_no}-void.{payment.payment_id}.pdf")
                if not write_new(path, data):
                    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    now = ws.now()
    with db.atomic(conn):
        conn.execute("INSERT INTO document_archive(kind, payment_id, copy_no, path, sha256, size, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(kind, payment_id, copy_no) DO NOTHING",
                     (KIND, payment.payment_id, copy_no, str(path), digest, len(data),
                      now.isoformat(timespec="seconds")))
        audit.record(conn, now, ws.actor_id, "void_slip.written", payment.payment_id,
                     {"receipt_no": payment.receipt_no, "copy_no": copy_no, "sha256": digest})
    return _entry(_row(conn, payment.payment_id, copy_no))


def write_void_slip(ws: Workstation, payment_id: str) -> Path:
    """The archived original slip of a voided payment, written once: its path."""
    return archive_void_slip(ws, payment_id).path


# -- printing -------------------------------------------------------------------------------

_PRINT_SELECT = ("SELECT dp.*, da.payment_id, da.copy_no, da.path AS pdf_path, p.receipt_no "
                 "FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
                 "JOIN payments p ON p.payment_id = da.payment_id ")


def _print_record(row) -> SlipPrint:
    return SlipPrint(id=row["id"], payment_id=row["payment_id"], receipt_no=row["receipt_no"],
                     copy_no=row["copy_no"], printer=row["printer"], job_id=row["job_id"],
                     state=row["state"], error_code=row["error_code"], error=row["error"],
                     pdf_path=row["pdf_path"], requested_at=row["requested_at"],
                     updated_at=row["updated_at"])


def _record_print(ws: Workstation, payment: Payment, entry: SlipEntry, *, printer: str, job=None,
                  error: CashierError | None = None) -> SlipPrint:
    """Store one print attempt and its audit entry in one transaction."""
    conn, now = ws.conn, ws.now()
    at = now.isoformat(timespec="seconds")
    details = {"receipt_no": payment.receipt_no, "copy_no": entry.copy_no, "sha256": entry.sha256,
               "printer": job.printer if job is not None else printer}
    if job is not None:
        details["job_id"] = job.job_id
    else:
        details.update(error_code=error.code if error else "print_failed",
                       error=error.message if error else "")
    with db.atomic(conn):
        cur = conn.execute(
            "INSERT INTO document_prints(document_id, printer, job_id, state, error_code, error, "
            "requested_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (entry.id, details["printer"], details.get("job_id"),
             "queued" if job is not None else "failed", details.get("error_code"),
             details.get("error"), at, at))
        audit.record(conn, now, ws.actor_id,
                     "void_slip.printed" if job is not None else "void_slip.print_failed",
                     payment.payment_id, details)
    return _print_record(conn.execute(_PRINT_SELECT + "WHERE dp.id = ?", (cur.lastrowid,)).fetchone())


def _refresh(ws: Workstation, payment_id: str) -> None:
    """Ask CUPS how this payment's queued slip jobs ended (quietly stops when it cannot)."""
    from cashier.adapters import printing
    conn = ws.conn
    rows = conn.execute("SELECT dp.id, dp.job_id FROM document_prints dp JOIN document_archive da "
                        "ON da.id = dp.document_id WHERE da.kind = ? AND da.payment_id = ? "
                        "AND dp.state = 'queued' AND dp.job_id IS NOT NULL",
                        (KIND, payment_id)).fetchall()
    for row in rows:
        try:
            state = printing.job_state(row["job_id"])
        except CashierError:
            return
        if state not in printing.FINISHED:
            continue
        now = ws.now()
        at = now.isoformat(timespec="seconds")
        with db.atomic(conn):
            if state == "completed":
                conn.execute("UPDATE document_prints SET state = 'printed', updated_at = ? "
                             "WHERE id = ? AND state = 'queued'", (at, row["id"]))
                continue
            message = f"CUPS reports the job {row['job_id']} as {state}"
            if conn.execute("UPDATE document_prints SET state = 'failed', error_code = ?, error = ?, "
                            "updated_at = ? WHERE id = ? AND state = 'queued'",
                            (f"print_{state}", message, at, row["id"])).rowcount:
                audit.record(conn, now, "cups", "void_slip.print_failed", payment_id,
                             {"job_id": row["job_id"], "error_code": f"print_{state}",
                              "error": message})


def void_slip_prints(ws: Workstation, payment_id: str) -> list[SlipPrint]:
    """Every attempt to print a payment's void slip, oldest first, after asking CUPS how
    the queued ones ended."""
    payment = _voided_payment(ws, payment_id)
    _refresh(ws, payment.payment_id)
    return [_print_record(r) for r in ws.conn.execute(
        _PRINT_SELECT + "WHERE da.kind = ? AND da.payment_id = ? ORDER BY dp.id",
        (KIND, payment.payment_id))]


def print_void_slip(ws: Workstation, payment_id: str, *, copy: bool = False,
                    printer: str | None = None) -> Path:
    """Write (once), archive and print a voided payment's slip; returns the PDF's path.

    copy=False prints the original, once: after it went to a printer only a copy (marked
    КОПИЯ, -void-copy-N.pdf) may follow. The printer is `printer`, else Config.printer,
    else the CUPS default. A failed print leaves the void as it is: the attempt is stored
    (state 'failed') and audited, then its CashierError is raised with `.record` (a
    SlipPrint) and `.pdf_path` set. Runs lp: never on the GUI thread.
    """
    from cashier.adapters import printing
    payment = _voided_payment(ws, payment_id)
    if not copy:
        _refresh(ws, payment.payment_id)
        sent = ws.conn.execute(
            "SELECT 1 FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
            "WHERE da.kind = ? AND da.payment_id = ? AND da.copy_no = 0 "
            "AND dp.state IN ('queued', 'printed') LIMIT 1", (KIND, payment.payment_id)).fetchone()
        if sent is not None:
            raise RuleError("void_slip_already_printed", f"The void slip of {payment.receipt_no} "
                            "was already sent to a printer; print a copy instead.", None,
                            {"receipt_no": payment.receipt_no})
    entry = archive_void_slip(ws, payment.payment_id, copy=copy)
    dest = printer or ws.config.printer or None
    title = f"void slip {payment.receipt_no}" + (f" copy {entry.copy_no}" if copy else "")
    try:
        job = printing.print_pdf(entry.path, dest, title)
    except CashierError as exc:
        exc.record = _record_print(ws, payment, entry, printer=dest or "", error=exc)
        exc.pdf_path = entry.path
        raise
    _record_print(ws, payment, entry, printer=job.printer, job=job)
    return entry.path
