"""Receipts owed: payments committed whose receipt PDF was never made.

A payment is durable before its receipt exists (DESIGN.md), so a process killed
between the commit and the PDF, or a disk that fills up in between, leaves a
paid payment with no receipt. Nobody may have to notice that by chance: the
window and the `cashier` command make the missing receipts when they start and
after every payment, the status shows the ones that could not be made and why,
and the day close refuses while one is owed.

`payments.receipt_pdf` is set in the same transaction that records the archived
original (receipt_archive.archive, through cashier/documents/archive.py), so "owed" is
one indexed query.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from cashier.errors import CashierError

log = logging.getLogger(__name__)

MAKE_LIMIT = 200  # per call: a backlog is worked off over several calls, never all at once


@dataclass(frozen=True)
class OwedReceipt:
    payment_id: str
    receipt_no: str
    business_date: str
    error_code: str | None = None      # why the last try failed (None: not tried yet)
    error: str | None = None

    def to_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class OwedReport:
    made: list[str] = field(default_factory=list)            # receipt numbers made now
    failed: list[OwedReceipt] = field(default_factory=list)  # still owed, with the reason

    def to_json(self) -> dict:
        return {"made": self.made, "failed": [f.to_json() for f in self.failed]}


def owed(conn, day: date | None = None, limit: int | None = None) -> list[OwedReceipt]:
    """Payments with no archived original receipt, oldest first (of `day` when given)."""
    sql = ("SELECT payment_id, receipt_no, business_date FROM payments WHERE receipt_pdf IS NULL")
    args: list = []
    if day is not None:
        sql += " AND business_date = ?"
        args.append(day.isoformat())
    sql += " ORDER BY business_date, accepted_at, seq"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(int(limit))
    return [OwedReceipt(r["payment_id"], r["receipt_no"], r["business_date"])
            for r in conn.execute(sql, args)]


def owed_count(conn) -> int:
    return conn.execute("SELECT COUNT(*) FROM payments WHERE receipt_pdf IS NULL").fetchone()[0]


def make_owed(ws, day: date | None = None, limit: int = MAKE_LIMIT) -> OwedReport:
    """Write the receipt of every payment that has none (at most `limit` per call).

    A receipt that still cannot be written (a full disk, a missing key) stays owed and
    is reported with its reason; the others are made. Renders PDFs and fsyncs files:
    never on the GUI thread.
    """
    from cashier.documents.receipt_archive import archive
    from cashier.storage.records import load_payment
    report = OwedReport()
    for item in owed(ws.conn, day, limit):
        try:
            archive(ws, load_payment(ws, item.payment_id))
        except CashierError as exc:  # a full disk (StorageError) included
            report.failed.append(OwedReceipt(item.payment_id, item.receipt_no, item.business_date,
                                             exc.code, exc.message))
            continue
        report.made.append(item.receipt_no)
    if report.made:
        log.info("receipts owed and now made: %s", ", ".join(report.made))
    for f in report.failed:
        log.warning("receipt %s still owed: %s %s", f.receipt_no, f.error_code, f.error)
    return report
