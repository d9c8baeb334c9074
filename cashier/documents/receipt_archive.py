"""The receipt archive and the print log.

Every receipt PDF the workstation makes is kept under
<data>/receipts/<business date>/: the original as <receipt_no>.pdf, written
once and never rewritten, and each reprint as <receipt_no>-copy-<N>.pdf. A
file is created with no-clobber semantics (temp file, fsync, hard link), so no
path is ever overwritten, not even by two threads at once. Each file gets a
row in `receipt_archive` with its sha256 and the QR text it carries.

`receipt_prints` records every attempt to print: the printer, the CUPS job,
queued | printed | failed and why. `refresh_states` asks CUPS how queued jobs
ended. The use cases in cashier/documents/receipts.py (print_receipt, receipt_prints,
last_print_failed) are built on these functions.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cashier.identity import audit
from cashier.storage import db
from cashier.storage.fileio import atomic_create_bytes
from cashier.errors import CashierError, ConfigError, ValidationError
from cashier.model import Payment

log = logging.getLogger(__name__)

MAX_COPIES = 10_000
_warned_no_key: set[str] = set()


@dataclass(frozen=True)
class ArchiveEntry:
    id: int
    payment_id: str
    copy_no: int          # 0 = the original, N = the N-th reprint
    path: Path
    sha256: str
    size: int
    qr_payload: str | None
    created_at: str


@dataclass(frozen=True)
class PrintRecord:
    id: int
    payment_id: str
    receipt_no: str
    copy: bool
    copy_no: int | None
    printer: str          # "" when no printer could be chosen
    job_id: str | None
    state: str            # queued | printed | failed
    error_code: str | None
    error: str | None
    pdf_path: str | None
    requested_at: str
    updated_at: str


def archive_path(receipts_dir: Path, payment: Payment, copy_no: int = 0) -> Path:
    name = payment.receipt_no + (f"-copy-{copy_no}" if copy_no else "") + ".pdf"
    return Path(receipts_dir) / payment.business_date.isoformat() / name


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def write_new(path: Path, data: bytes) -> bool:
    """Create `path` with `data`, durably; False (and nothing changed) when it already exists."""
    return atomic_create_bytes(path, data)


def qr_payload(ws, payment: Payment) -> str | None:
    """The signed QR text, or None (logged once) when the workstation's key is not available.
    A voided payment has none: its receipt must not read as valid anywhere."""
    from cashier.documents import receipt_code
    if payment.status == "voided":
        return None
    try:
        return receipt_code.make_payload(payment, receipt_code.workstation_key(ws.config.workstation_id))
    except (ConfigError, ValidationError) as exc:
        if ws.config.workstation_id not in _warned_no_key:
            _warned_no_key.add(ws.config.workstation_id)
            log.warning("receipts are printed without a QR verification code: %s", exc.message)
        return None


def render(ws, payment: Payment, *, copy: bool) -> tuple[bytes, str | None]:
    from cashier.documents.receipt_pdf import render_receipt  # reportlab: on demand
    try:
        rules = ws.config.fee_rules
    except ConfigError:
        rules = None  # a wrong [fees] table: the receipt still shows the fee, without providers
    payload = qr_payload(ws, payment)
    pdf = render_receipt(payment, receipt_header(ws, payment.teller_id), copy=copy, tz=ws.config.tz,
                         qr_payload=payload, fee_rules=rules)
    return pdf, payload


def receipt_header(ws, teller_id: str | None = None):
    """The bank's block of a receipt; the teller is whoever took the payment."""
    from cashier.documents.receipt_pdf import ReceiptHeader  # reportlab: on demand
    cfg = ws.config
    teller_name = cfg.teller_name or cfg.teller_id
    if teller_id:
        row = ws.conn.execute("SELECT name FROM users WHERE user_id = ?", (teller_id,)).fetchone()
        teller_name = row["name"] if row else teller_id
    return ReceiptHeader(bank_name=cfg.bank_name, bank_bin=cfg.bank_bin,
                         branch_name=cfg.branch_name, branch_address=cfg.branch_address,
                         workstation_id=cfg.workstation_id, teller_name=teller_name)


def _entry(row) -> ArchiveEntry:
    return ArchiveEntry(id=row["id"], payment_id=row["payment_id"], copy_no=row["copy_no"],
                        path=Path(row["path"]), sha256=row["sha256"], size=row["size"],
                        qr_payload=row["qr_payload"], created_at=row["created_at"])


def _row(conn, payment_id: str, copy_no: int):
    return conn.execute("SELECT * FROM receipt_archive WHERE payment_id = ? AND copy_no = ?",
                        (payment_id, copy_no)).fetchone()


def entries(conn, payment_id: str) -> list[ArchiveEntry]:
    return [_entry(r) for r in conn.execute(
        "SELECT * FROM receipt_archive WHERE payment_id = ? ORDER BY copy_no", (payment_id,))]


def check_intact(entry: ArchiveEntry) -> None:
    """Raise when the archived file is gone or no longer what was written."""
    what = "original" if entry.copy_no == 0 else f"copy {entry.copy_no}"
    if not entry.path.is_file():
        raise CashierError("receipt_missing", f"The archived receipt ({what}) {entry.path} is missing. "
                           "The payment is saved: print a copy (КОПИЯ) and tell IT.", None,
                           {"detail": str(entry.path)})
    digest, _ = sha256_file(entry.path)
    if digest != entry.sha256:
        raise CashierError("receipt_archive_changed", f"The archived receipt ({what}) {entry.path} "
                           "was changed after it was written. Print a copy (КОПИЯ) and tell IT.",
                           None, {"detail": str(entry.path)})


def archive(ws, payment: Payment, *, copy: bool = False, actor: str | None = None) -> ArchiveEntry:
    """The archived original (written now if it never was), or a new reprint -copy-N made by
    `actor` (who the audit entry names; the caller checked they may)."""
    conn = ws.conn
    if not copy:
        row = _row(conn, payment.payment_id, 0)
        if row is not None:
            entry = _entry(row)
            check_intact(entry)
            return entry
    data, payload = render(ws, payment, copy=copy)
    if copy:
        n = conn.execute("SELECT COALESCE(MAX(copy_no), 0) + 1 FROM receipt_archive "
                         "WHERE payment_id = ?", (payment.payment_id,)).fetchone()[0]
        for n in range(n, n + MAX_COPIES):
            path = archive_path(ws.config.receipts_dir, payment, n)
            if write_new(path, data):
                break
        else:  # pragma: no cover - ten thousand reprints of one receipt
            raise CashierError("receipt_archive_full", f"Too many copies of {payment.receipt_no}.")
        copy_no = n
    else:
        copy_no = 0
        path = archive_path(ws.config.receipts_dir, payment, 0)
        if not write_new(path, data):
            found = path.read_bytes()
            if payment.payment_id.encode("ascii") in found:
                # Written before but never recorded (a crash in between, or a receipt from
                # before the archive existed): that file is the original; keep it as it is.
                data, payload = found, None
            else:
                # Another payment's receipt under this number (a database restored from an
                # older backup reuses numbers): keep it, and file this one beside it.
                log.warning("%s belongs to another payment; %s is filed by its id", path,
                            payment.receipt_no)
                path = path.with_name(f"{payment.receipt_no}.{payment.payment_id}.pdf")
                if not write_new(path, data):
                    data, payload = path.read_bytes(), None
    digest = hashlib.sha256(data).hexdigest()
    now = ws.now()
    with db.atomic(conn):
        conn.execute(
            "INSERT INTO receipt_archive(payment_id, copy_no, path, sha256, size, qr_payload, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(payment_id, copy_no) DO NOTHING",
            (payment.payment_id, copy_no, str(path), digest, len(data), payload,
             now.isoformat(timespec="seconds")))
        if copy_no == 0:
            conn.execute("UPDATE payments SET receipt_pdf = ? WHERE payment_id = ?",
                         (str(path), payment.payment_id))
        else:
            audit.record(conn, now, actor or ws.actor_id, "receipt.copy_written", payment.payment_id,
                         {"receipt_no": payment.receipt_no, "copy_no": copy_no, "sha256": digest})
    return _entry(_row(conn, payment.payment_id, copy_no))


# -- the print log ------------------------------------------------------------------------

_PRINT_SELECT = (
    "SELECT rp.*, p.receipt_no, ra.copy_no, ra.path AS pdf_path FROM receipt_prints rp "
    "JOIN payments p ON p.payment_id = rp.payment_id "
    "LEFT JOIN receipt_archive ra ON ra.id = rp.archive_id ")


def _record(row) -> PrintRecord:
    return PrintRecord(id=row["id"], payment_id=row["payment_id"], receipt_no=row["receipt_no"],
                       copy=bool(row["copy"]), copy_no=row["copy_no"], printer=row["printer"],
                       job_id=row["job_id"], state=row["state"], error_code=row["error_code"],
                       error=row["error"], pdf_path=row["pdf_path"],
                       requested_at=row["requested_at"], updated_at=row["updated_at"])


def record_print(ws, payment: Payment, entry: ArchiveEntry, *, printer: str, job=None,
                 error: CashierError | None = None, actor: str | None = None) -> PrintRecord:
    """Store one print attempt and its audit entry in one transaction."""
    conn = ws.conn
    now = ws.now()
    at = now.isoformat(timespec="seconds")
    state = "queued" if job is not None else "failed"
    details = {"receipt_no": payment.receipt_no, "copy_no": entry.copy_no,
               "printer": job.printer if job is not None else printer, "sha256": entry.sha256}
    if job is not None:
        details["job_id"] = job.job_id
    else:
        details.update(error_code=error.code if error else "print_failed",
                       error=error.message if error else "")
    with db.atomic(conn):
        cur = conn.execute(
            "INSERT INTO receipt_prints(payment_id, archive_id, copy, printer, job_id, state, "
            "error_code, error, requested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (payment.payment_id, entry.id, int(entry.copy_no > 0), details["printer"],
             job.job_id if job is not None else None, state, details.get("error_code"),
             details.get("error"), at, at))
        audit.record(conn, now, actor or ws.actor_id,
                     "receipt.printed" if job is not None else "receipt.print_failed",
                     payment.payment_id, details)
    return _record(conn.execute(_PRINT_SELECT + "WHERE rp.id = ?", (cur.lastrowid,)).fetchone())


def prints_for(conn, payment_id: str) -> list[PrintRecord]:
    return [_record(r) for r in conn.execute(_PRINT_SELECT + "WHERE rp.payment_id = ? ORDER BY rp.id",
                                             (payment_id,))]


def latest_failed(conn, since: date | None = None) -> list[PrintRecord]:
    """Payments whose latest print attempt failed (a later success clears it), oldest first."""
    sql = (_PRINT_SELECT + "WHERE rp.id IN (SELECT MAX(id) FROM receipt_prints GROUP BY payment_id) "
           "AND rp.state = 'failed'")
    args: tuple = ()
    if since is not None:
        sql += " AND p.business_date >= ?"
        args = (since.isoformat(),)
    return [_record(r) for r in conn.execute(sql + " ORDER BY rp.id", args)]


def refresh_states(ws, payment_id: str | None = None, limit: int = 50) -> int:
    """Ask CUPS how queued jobs ended: completed -> printed, canceled/aborted -> failed.

    Returns how many records changed. Stops quietly when CUPS cannot be asked.
    """
    from cashier.adapters import printing
    conn = ws.conn
    sql = "SELECT id, payment_id, job_id FROM receipt_prints WHERE state = 'queued' AND job_id IS NOT NULL"
    args: tuple = ()
    if payment_id is not None:
        sql += " AND payment_id = ?"
        args = (payment_id,)
    rows = conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
    changed = 0
    for row in rows:
        try:
            cups_state = printing.job_state(row["job_id"])
        except CashierError:
            break
        if cups_state not in printing.FINISHED:
            continue
        now = ws.now()
        with db.atomic(conn):
            if cups_state == "completed":
                n = conn.execute("UPDATE receipt_prints SET state = 'printed', updated_at = ? "
                                 "WHERE id = ? AND state = 'queued'",
                                 (now.isoformat(timespec="seconds"), row["id"])).rowcount
            else:
                message = f"CUPS reports the job {row['job_id']} as {cups_state}"
                n = conn.execute("UPDATE receipt_prints SET state = 'failed', error_code = ?, "
                                 "error = ?, updated_at = ? WHERE id = ? AND state = 'queued'",
                                 (f"print_{cups_state}", message, now.isoformat(timespec="seconds"),
                                  row["id"])).rowcount
                if n:
                    audit.record(conn, now, "cups", "receipt.print_failed", row["payment_id"],
                                 {"job_id": row["job_id"], "error_code": f"print_{cups_state}",
                                  "error": message})
        changed += n
    return changed


def original_sent(conn, payment_id: str) -> bool:
    """Whether the original was sent to a printer and CUPS has not reported it lost."""
    return conn.execute("SELECT 1 FROM receipt_prints WHERE payment_id = ? AND copy = 0 "
                        "AND state IN ('queued', 'printed') LIMIT 1", (payment_id,)).fetchone() is not None
