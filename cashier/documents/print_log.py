"""The archive-and-print pipeline's second half: printing an archived document, its print log.

An archived file (cashier/documents/archive.py) goes to its printer (printers.py: CUPS through
cashier/adapters/printing.py, or a roll to a network ESC/POS printer). Each attempt is a row
of `document_prints` (queued | printed | failed, and why) written in one transaction with its
audit entry ("<kind>.printed" / "<kind>.print_failed"). A payment's original goes to a
printer once, whichever of its family's kinds it was (the A4 receipt or its roll rendering);
after that only a copy may follow. A failed attempt is stored, then raised as PrintFailed,
which carries that stored record. `refresh_states` asks CUPS how queued jobs ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from cashier.adapters import printing
from cashier.documents import printers
from cashier.documents.archive import Entry, Kind
from cashier.errors import CashierError, RuleError
from cashier.identity import audit
from cashier.model import Payment
from cashier.storage import db

# Each kind's code when its original went to a printer already: a table in the module that
# raises it, where tests/support/error_codes.py reads it.
ALREADY_PRINTED = {"receipt": "receipt_already_printed", "receipt_roll": "receipt_already_printed",
                   "basket_receipt": "receipt_already_printed",
                   "void_slip": "void_slip_already_printed"}


def _kin(kind: Kind) -> tuple[str, str]:
    """SQL for "da.kind is of this kind's family" and its arguments' placeholders: an A4
    receipt and its roll rendering share one print log and one original."""
    return f"da.kind IN ({', '.join('?' * len(kind.kin))})", kind.kin


@dataclass(frozen=True)
class PrintRecord:
    id: int
    kind: str
    payment_id: str | None
    receipt_no: str | None
    copy: bool
    copy_no: int
    printer: str                # "" when no printer could be chosen
    job_id: str | None
    state: str                  # queued | printed | failed
    error_code: str | None
    error: str | None
    pdf_path: str
    requested_at: str
    updated_at: str
    # After the first print of a cash payment's receipt: "opened", or why the drawer did not
    # open (an error code); None when no drawer was to open (documents/drawer_opening.py).
    drawer: str | None = None


class PrintFailed(CashierError):
    """A document did not reach a printer. The attempt was stored ('failed') and audited
    before this was raised; the code, message and params are the printer's error's."""

    record: PrintRecord

    def __init__(self, cause: CashierError, record: PrintRecord):
        super().__init__(cause.code, cause.message, cause.field, cause.params)
        self.record = record

    @property
    def pdf_path(self) -> Path:
        """The archived file that was to be printed; it stays for the next try."""
        return Path(self.record.pdf_path)


_PRINT_SELECT = (
    "SELECT dp.*, da.kind, da.payment_id, da.copy_no, da.path AS pdf_path, p.receipt_no "
    "FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
    "LEFT JOIN payments p ON p.payment_id = da.payment_id ")


def _print_record(row) -> PrintRecord:
    return PrintRecord(id=row["id"], kind=row["kind"], payment_id=row["payment_id"],
                       receipt_no=row["receipt_no"], copy=row["copy_no"] > 0,
                       copy_no=row["copy_no"], printer=row["printer"], job_id=row["job_id"],
                       state=row["state"], error_code=row["error_code"], error=row["error"],
                       pdf_path=row["pdf_path"], requested_at=row["requested_at"],
                       updated_at=row["updated_at"])


def print_payment_document(ws, kind: Kind, payment: Payment, archived: Callable[[bool], Entry], *,
                           copy: bool = False, printer: str | None = None,
                           actor: str | None = None) -> PrintRecord:
    """Print a payment's document: the original once (archived(False)); after it went to a
    printer only a copy (archived(True): a new marked reprint). See print_entry."""
    if not copy:
        refresh_states(ws, kind, payment.payment_id)
        if original_sent(ws.conn, kind, payment.payment_id):
            raise RuleError(ALREADY_PRINTED.get(kind.name), f"The original {kind.noun} of "
                            f"{payment.receipt_no} was already sent to a printer; print a copy "
                            "(marked КОПИЯ) instead.", None, {"receipt_no": payment.receipt_no})
    entry = archived(copy)
    title = f"{kind.noun} {payment.receipt_no}" + (f" copy {entry.copy_no}" if copy else "")
    return print_entry(ws, entry, title, printer=printer, actor=actor)


def print_entry(ws, entry: Entry, title: str, *, printer: str | None = None,
                actor: str | None = None) -> PrintRecord:
    """Send an archived file to `printer`, else its printer (documents/printers.py: a roll to
    the ESC/POS printer when there is one, else Config.printer, else the CUPS default), and
    store the attempt. A failure is stored and audited, then raised as PrintFailed. Runs lp
    or talks to the printer (seconds at worst): never on the GUI thread."""
    try:
        job = printers.send(ws, entry, title, printer)
    except CashierError as exc:
        raise PrintFailed(exc, record_print(ws, entry, error=exc, actor=actor,
                                            printer=printers.destination(ws, entry, printer))) from exc
    return record_print(ws, entry, printer=job.printer, job=job, actor=actor)


def record_print(ws, entry: Entry, *, printer: str, job: printing.PrintJob | None = None,
                 error: CashierError | None = None, actor: str | None = None) -> PrintRecord:
    """Store one print attempt and its audit entry in one transaction."""
    conn, now = ws.conn, ws.now()
    at = now.isoformat(timespec="seconds")
    owner = conn.execute("SELECT receipt_no FROM payments WHERE payment_id = ?",
                         (entry.payment_id,)).fetchone()
    details = {"copy_no": entry.copy_no, "sha256": entry.sha256,
               "printer": job.printer if job is not None else printer}
    if owner is not None:
        details["receipt_no"] = owner["receipt_no"]
    if job is not None:
        details["job_id"] = job.job_id or None
    else:
        details.update(error_code=error.code if error else "print_failed",
                       error=error.message if error else "")
    with db.atomic(conn):
        cur = conn.execute(
            "INSERT INTO document_prints(document_id, printer, job_id, state, error_code, error, "
            "requested_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (entry.id, details["printer"], details.get("job_id"),
             job.state if job is not None else "failed", details.get("error_code"),
             details.get("error"), at, at))
        audit.record(conn, now, actor or ws.actor_id,
                     f"{entry.kind}.printed" if job is not None else f"{entry.kind}.print_failed",
                     entry.payment_id or entry.business_date, details)
    return _print_record(conn.execute(_PRINT_SELECT + "WHERE dp.id = ?", (cur.lastrowid,)).fetchone())


def prints_for(conn, kind: Kind, payment_id: str) -> list[PrintRecord]:
    """Every attempt to print a payment's documents of one kind, oldest first."""
    kin, names = _kin(kind)
    return [_print_record(r) for r in conn.execute(
        _PRINT_SELECT + f"WHERE {kin} AND da.payment_id = ? ORDER BY dp.id", (*names, payment_id))]


def latest_failed(conn, kind: Kind, since: date | None = None) -> list[PrintRecord]:
    """Payments whose latest print of this kind failed (a later success clears it), oldest
    first; of payments dated `since` and later when given."""
    kin, names = _kin(kind)
    sql = (_PRINT_SELECT + "WHERE dp.id IN (SELECT MAX(p2.id) FROM document_prints p2 "
           f"JOIN document_archive da ON da.id = p2.document_id WHERE {kin} "
           "GROUP BY da.payment_id) AND dp.state = 'failed'")
    args: tuple = names
    if since is not None:
        sql += " AND p.business_date >= ?"
        args += (since.isoformat(),)
    return [_print_record(r) for r in conn.execute(sql + " ORDER BY dp.id", args)]


def attempted(conn, kind: Kind, payment_id: str) -> bool:
    """Whether anyone tried to print the payment's original (of this kind's family) before."""
    kin, names = _kin(kind)
    return conn.execute(
        "SELECT 1 FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
        f"WHERE {kin} AND da.payment_id = ? AND da.copy_no = 0 LIMIT 1",
        (*names, payment_id)).fetchone() is not None


def original_sent(conn, kind: Kind, payment_id: str) -> bool:
    """Whether the original was sent to a printer and CUPS has not reported it lost."""
    kin, names = _kin(kind)
    return conn.execute(
        "SELECT 1 FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
        f"WHERE {kin} AND da.payment_id = ? AND da.copy_no = 0 "
        "AND dp.state IN ('queued', 'printed') LIMIT 1", (*names, payment_id)).fetchone() is not None


def refresh_states(ws, kind: Kind | None = None, payment_id: str | None = None,
                   limit: int = 50) -> int:
    """Ask CUPS how queued jobs ended: completed -> printed, canceled/aborted -> failed
    (audited). Returns how many records changed; stops quietly when CUPS cannot be asked."""
    conn = ws.conn
    sql = ("SELECT dp.id, dp.job_id, da.kind, COALESCE(da.payment_id, da.business_date) AS subject "
           "FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id "
           "WHERE dp.state = 'queued' AND dp.job_id IS NOT NULL")
    args: tuple = ()
    if kind is not None:
        kin, names = _kin(kind)
        sql, args = sql + f" AND {kin}", args + names
    if payment_id is not None:
        sql, args = sql + " AND da.payment_id = ?", args + (payment_id,)
    changed = 0
    for row in conn.execute(sql + " ORDER BY dp.id DESC LIMIT ?", (*args, limit)).fetchall():
        try:
            cups_state = printing.job_state(row["job_id"])
        except CashierError:
            break
        if cups_state in printing.FINISHED:
            changed += _finish(ws, row, cups_state)
    return changed


def _finish(ws, row, cups_state: str) -> int:
    conn, now = ws.conn, ws.now()
    at = now.isoformat(timespec="seconds")
    with db.atomic(conn):
        if cups_state == "completed":
            return conn.execute("UPDATE document_prints SET state = 'printed', updated_at = ? "
                                "WHERE id = ? AND state = 'queued'", (at, row["id"])).rowcount
        message = f"CUPS reports the job {row['job_id']} as {cups_state}"
        n = conn.execute("UPDATE document_prints SET state = 'failed', error_code = ?, error = ?, "
                         "updated_at = ? WHERE id = ? AND state = 'queued'",
                         (f"print_{cups_state}", message, at, row["id"])).rowcount
        if n:
            audit.record(conn, now, "cups", f"{row['kind']}.print_failed", row["subject"],
                         {"job_id": row["job_id"], "error_code": f"print_{cups_state}",
                          "error": message})
    return n
