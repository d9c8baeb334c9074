"""A receipt in the archive: the PDF rendered (the signed QR text, the bank's header) and the
one archive-and-print pipeline (cashier/documents/archive.py) applied to kind 'receipt'.

The original is <data>/receipts/<business date>/<receipt_no>.pdf, written once and never
rewritten; each reprint is <receipt_no>-copy-<N>.pdf, marked КОПИЯ. The original's row is
recorded in the transaction that sets payments.receipt_pdf, so "a receipt is owed" stays one
indexed query (receipts_owed.py). The use cases (print_receipt, receipt_prints,
last_print_failed) are in cashier/documents/receipts.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cashier.documents import archive as pipeline
from cashier.documents import print_log
from cashier.errors import ConfigError, ValidationError
from cashier.model import Payment

log = logging.getLogger(__name__)

ArchiveEntry = pipeline.Entry
PrintRecord = print_log.PrintRecord
write_new = pipeline.write_new
_warned_no_key: set[str] = set()


def archive_path(receipts_dir: Path, payment: Payment, copy_no: int = 0) -> Path:
    return pipeline.payment_document_path(receipts_dir, pipeline.RECEIPT, payment, copy_no)


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


def entries(conn, payment_id: str) -> list[ArchiveEntry]:
    return pipeline.entries(conn, pipeline.RECEIPT, payment_id)


def _set_receipt_pdf(conn, entry: ArchiveEntry) -> None:
    conn.execute("UPDATE payments SET receipt_pdf = ? WHERE payment_id = ?",
                 (str(entry.path), entry.payment_id))


def archive(ws, payment: Payment, *, copy: bool = False, actor: str | None = None) -> ArchiveEntry:
    """The archived original (written now if it never was), or a new reprint -copy-N made by
    `actor` (who the audit entry names; the caller checked they may)."""
    return pipeline.archive(ws, pipeline.RECEIPT, payment, lambda c: render(ws, payment, copy=c),
                            copy=copy, actor=actor, on_original=_set_receipt_pdf)


def record_print(ws, payment: Payment, entry: ArchiveEntry, *, printer: str, job=None,
                 error=None, actor: str | None = None) -> PrintRecord:
    """Store one print attempt of a receipt and its audit entry in one transaction."""
    return print_log.record_print(ws, entry, printer=printer, job=job, error=error, actor=actor)
